import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rollupInsertSql } from '../stats-store';

/**
 * 受理量 (accepted cases), the denominator of 化解率 and 办结率: a counter of the rollup, filled by
 * rebuilding the rollup from the rows already in case_read (the consumer keeps it from then on).
 */
export class AcceptedCount1763800004010 implements MigrationInterface {
  name = 'AcceptedCount1763800004010';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision.stats_rollup ADD COLUMN accepted int NOT NULL DEFAULT 0`);
    await q.query(`DELETE FROM supervision.stats_rollup`);
    await q.query(rollupInsertSql(['C', 'T', 'D', 'R'], ['received', 'accepted', 'resolved', 'closed', 'overdue', 'rated', 'satisfied', 'village', 'town', 'county']));
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision.stats_rollup DROP COLUMN accepted`);
  }
}
