import type { MigrationInterface, QueryRunner } from 'typeorm';

const REASONS = `('SUCCESS', 'WRONG_PASSWORD', 'UNKNOWN_USER', 'ACCOUNT_DISABLED', 'LOCKED_ACCOUNT', 'LOCKED_ADDRESS')`;

/**
 * Login abuse (issue 12). `login_throttle` holds the failed-login counters per account (the username as
 * typed, normalised) and per client address; rows are locked per attempt (SELECT … FOR UPDATE), so two
 * personnel instances and a restart see one state. `login_attempt` is the login log: who (username
 * typed, account if any, the account's region for jurisdiction), when, from where, the outcome. It is
 * append-only — a trigger refuses UPDATE, DELETE and TRUNCATE, like the cases ledger — and it never
 * holds a password.
 */
export class LoginAttempts1763800002005 implements MigrationInterface {
  name = 'LoginAttempts1763800002005';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE personnel.login_throttle (
      kind text NOT NULL CHECK (kind IN ('ACCOUNT', 'ADDRESS')),
      key text NOT NULL CHECK (length(key) BETWEEN 0 AND 128),
      failures int NOT NULL DEFAULT 0 CHECK (failures >= 0),
      lockouts int NOT NULL DEFAULT 0 CHECK (lockouts >= 0),
      locked_until timestamptz,
      last_failure_at timestamptz,
      PRIMARY KEY (kind, key)
    )`);
    await q.query(`CREATE TABLE personnel.login_attempt (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      username text NOT NULL CHECK (length(username) <= 128),
      user_id uuid,
      region_code text,
      client_address text CHECK (length(client_address) <= 64),
      success boolean NOT NULL,
      reason text NOT NULL CHECK (reason IN ${REASONS}),
      CHECK (success = (reason = 'SUCCESS')),
      CHECK ((user_id IS NULL) = (region_code IS NULL))
    )`);
    await q.query(`CREATE INDEX login_attempt_region ON personnel.login_attempt (region_code text_pattern_ops, id)`);
    await q.query(`CREATE INDEX login_attempt_username ON personnel.login_attempt (username, id)`);
    await q.query(`CREATE INDEX login_attempt_address ON personnel.login_attempt (client_address, id)`);
    await q.query(`CREATE FUNCTION personnel.login_attempt_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '登录日志只能追加，不能修改或删除 (login_attempt is append-only)' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER login_attempt_append_only BEFORE UPDATE OR DELETE ON personnel.login_attempt
      FOR EACH ROW EXECUTE FUNCTION personnel.login_attempt_append_only()`);
    await q.query(`CREATE TRIGGER login_attempt_no_truncate BEFORE TRUNCATE ON personnel.login_attempt
      FOR EACH STATEMENT EXECUTE FUNCTION personnel.login_attempt_append_only()`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE personnel.login_attempt`);
    await q.query(`DROP FUNCTION personnel.login_attempt_append_only()`);
    await q.query(`DROP TABLE personnel.login_throttle`);
  }
}
