import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versioned per-county policy (ladder, deadline days, calendar, 1+5+N kinds), written by a county's
 * ADMIN: one row per version, never changed. A case records the version it runs under; cases that
 * exist already ran on the start configuration (COUNTY_POLICY_JSON), version 0.
 */
export class CountyPolicyVersions1765000001080 implements MigrationInterface {
  name = 'CountyPolicyVersions1765000001080';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE cases.county_policy_version (
      county_code text NOT NULL CHECK (county_code ~ '^[0-9]{6}$'),
      version int NOT NULL CHECK (version > 0),
      rules jsonb NOT NULL,
      changed_by uuid,
      changed_at timestamptz NOT NULL,
      reason text NOT NULL,
      PRIMARY KEY (county_code, version))`);
    await q.query(`ALTER TABLE cases."case" ADD COLUMN policy_version int NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases."case" DROP COLUMN policy_version`);
    await q.query(`DROP TABLE cases.county_policy_version`);
  }
}
