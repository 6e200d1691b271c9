import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log of sensitive reads (key persons, residents' full phone and ID numbers, exports):
 * shared by every service that serves such data, like the event log (each service lists this
 * migration; it is idempotent, and migrations run under one platform-wide lock). Rows can only be
 * added: a trigger refuses UPDATE, DELETE and TRUNCATE, so nobody rewrites who read what.
 */
export class AuditLog1763800000300 implements MigrationInterface {
  name = 'AuditLog1763800000300';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SCHEMA IF NOT EXISTS audit`);
    await q.query(`CREATE TABLE IF NOT EXISTS audit.sensitive_read (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      service text NOT NULL,
      kind text NOT NULL,
      subject_type text NOT NULL,
      subject_ids uuid[] NOT NULL,
      subject_count int NOT NULL,
      actor_id text,
      actor_username text,
      actor_roles text[] NOT NULL DEFAULT '{}',
      actor_region_code text,
      client_address text,
      operation text,
      reason text
    )`);
    // Supervisors read their jurisdiction's entries, newest first.
    await q.query(`CREATE INDEX IF NOT EXISTS sensitive_read_scope ON audit.sensitive_read (actor_region_code text_pattern_ops, id DESC)`);
    await q.query(`CREATE OR REPLACE FUNCTION audit.append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '审计记录只能追加，不能修改或删除 (the audit log is append-only)' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`DROP TRIGGER IF EXISTS sensitive_read_append_only ON audit.sensitive_read`);
    await q.query(`CREATE TRIGGER sensitive_read_append_only BEFORE UPDATE OR DELETE ON audit.sensitive_read FOR EACH ROW EXECUTE FUNCTION audit.append_only()`);
    await q.query(`DROP TRIGGER IF EXISTS sensitive_read_no_truncate ON audit.sensitive_read`);
    await q.query(`CREATE TRIGGER sensitive_read_no_truncate BEFORE TRUNCATE ON audit.sensitive_read FOR EACH STATEMENT EXECUTE FUNCTION audit.append_only()`);
  }
  async down(): Promise<void> {
    // Shared by every service: never dropped by one service's rollback.
  }
}
