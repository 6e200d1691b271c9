import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supervision's copy of the county policy versions (from the cases subgraph's COUNTY_POLICY_CHANGED
 * events; the log's retention must not take a version cases still run under), and the version each
 * case runs under (from its snapshots; 0, the start configuration, for every case so far).
 */
export class CountyPolicyVersions1765000004020 implements MigrationInterface {
  name = 'CountyPolicyVersions1765000004020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE supervision.county_policy_version (
      county_code text NOT NULL,
      version int NOT NULL,
      rules jsonb NOT NULL,
      PRIMARY KEY (county_code, version))`);
    await q.query(`ALTER TABLE supervision.case_read ADD COLUMN policy_version int NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision.case_read DROP COLUMN policy_version`);
    await q.query(`DROP TABLE supervision.county_policy_version`);
  }
}
