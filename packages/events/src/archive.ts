/** Retention's storage side: the archive table holds a prefix of the log (see archiveOldEvents). */
import type { DataSource } from 'typeorm';
import type { Position } from './position';
import { rowsOf, type Queryable } from './queryable';

/**
 * Moves events older than the retention window to the archive table (never deletes them outright),
 * in one transaction per batch so a reader never sees them in neither table. Returns how many moved.
 *
 * Only a PREFIX of the log order is ever archived: everything strictly before the first event that
 * is either recorded within the window or not yet final. So every archived event lies before every
 * live one, a resume cursor is valid exactly when it is at or after the archive's last position
 * (see archivedHorizon), and an event whose `occurred_at` was backdated by its writer (an imported
 * historical case) is still kept for the whole window after it was recorded: the rule looks at
 * `recorded_at` (set by the database at insert), not at the business time.
 */
export async function archiveOldEvents(dataSource: DataSource, retentionDays: number, batchSize = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const moved = await dataSource.transaction(async (m) => rowsOf(await m.query(
      `WITH snap AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
       boundary AS (
         SELECT e.tx, e.id FROM events.dispatch_event e, snap
         WHERE e.recorded_at >= now() - make_interval(days => $1) OR e.tx >= snap.xmin
         ORDER BY e.tx, e.id LIMIT 1),
       victims AS (
         SELECT e.tx, e.id FROM events.dispatch_event e, snap
         WHERE e.tx < snap.xmin AND NOT EXISTS (SELECT 1 FROM boundary b WHERE (e.tx, e.id) >= (b.tx, b.id))
         ORDER BY e.tx, e.id LIMIT $2),
       moved AS (
         DELETE FROM events.dispatch_event d USING victims v WHERE d.tx = v.tx AND d.id = v.id
         RETURNING d.id, d.tx, d.kind, d.occurred_at, d.recorded_at, d.source, d.region_id, d.region_code, d.case_id,
           d.patrol_task_id, d.grid_report_id, d.appointment_id, d.letter_id, d.actor_id, d.data)
       INSERT INTO events.dispatch_event_archive (id, tx, kind, occurred_at, recorded_at, source, region_id, region_code, case_id,
           patrol_task_id, grid_report_id, appointment_id, letter_id, actor_id, data)
       SELECT * FROM moved RETURNING id`,
      [retentionDays, batchSize],
    )).length);
    total += moved;
    if (moved < batchSize) return total;
  }
}

/**
 * The last archived position, or null when nothing was ever archived. Archived events are a prefix
 * of the log, so a resume cursor before this position would skip archived events: it has expired.
 */
export async function archivedHorizon(db: Queryable): Promise<Position | null> {
  const rows = rowsOf(await db.query(`SELECT a.tx::text AS tx, a.id::text AS id FROM events.dispatch_event_archive a ORDER BY a.tx DESC, a.id DESC LIMIT 1`));
  return rows.length ? { tx: String(rows[0].tx), id: String(rows[0].id) } : null;
}
