import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The durable dispatch event log (transactional outbox), shared by every service that writes events.
 * Each service lists this migration; it is idempotent, so whichever runs first creates the log.
 *
 * Order: `tx` is the writing transaction's id (xid8), `id` the row's sequence. Readers deliver only
 * rows with tx < xmin of their snapshot: every transaction below xmin has finished, so no row can
 * later appear before the cursor (a bigserial alone would skip rows of transactions that commit out
 * of id order).
 */
export class EventLog1763800000000 implements MigrationInterface {
  name = 'EventLog1763800000000';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS events`);
    await q.query(`CREATE TABLE IF NOT EXISTS events.dispatch_event (
      id bigserial PRIMARY KEY,
      tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
      kind text NOT NULL,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      -- When the row was written (set by the database, never by the writer): retention is counted from it.
      recorded_at timestamptz NOT NULL DEFAULT now(),
      source text NOT NULL,
      region_id uuid NOT NULL,
      region_code text NOT NULL,
      case_id uuid,
      patrol_task_id uuid,
      grid_report_id uuid,
      appointment_id uuid,
      letter_id uuid,
      actor_id uuid,
      data jsonb NOT NULL DEFAULT '{}'::jsonb
    )`);
    await q.query(`CREATE INDEX IF NOT EXISTS dispatch_event_order ON events.dispatch_event (tx, id)`);
    await q.query(`CREATE INDEX IF NOT EXISTS dispatch_event_case ON events.dispatch_event (case_id) WHERE case_id IS NOT NULL`);
    await q.query(`CREATE INDEX IF NOT EXISTS dispatch_event_time ON events.dispatch_event (occurred_at)`);
    // Pruned rows move here: the live table stays small, nothing is lost within retention.
    await q.query(`CREATE TABLE IF NOT EXISTS events.dispatch_event_archive (LIKE events.dispatch_event INCLUDING DEFAULTS)`);
    // Resume cursors are checked against the archive's last position (archivedHorizon).
    await q.query(`CREATE INDEX IF NOT EXISTS dispatch_event_archive_order ON events.dispatch_event_archive (tx, id)`);
    // Consumers (supervision's read model, partner relays) keep their position here.
    await q.query(`CREATE TABLE IF NOT EXISTS events.consumer_cursor (
      consumer text PRIMARY KEY, tx xid8 NOT NULL, id bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`);
  }
  async down(): Promise<void> {
    // Shared by every service: never dropped by one service's rollback.
  }
}
