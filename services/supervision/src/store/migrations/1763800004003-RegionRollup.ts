import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rollupInsertSql } from '../stats-store';

/**
 * Stats.byRegion (the towns of a county, the villages of a town) read from the rollup like the other
 * breakdowns: a fourth dimension R keyed by the child region's code ('' = the prefix's own region),
 * filled here from the rows already in case_read (the consumer keeps it from then on).
 */
export class RegionRollup1763800004003 implements MigrationInterface {
  name = 'RegionRollup1763800004003';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision.stats_rollup DROP CONSTRAINT stats_rollup_dim_check,
      ADD CONSTRAINT stats_rollup_dim_check CHECK (dim IN ('C','T','D','R'))`);
    await q.query(rollupInsertSql(['R']));
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM supervision.stats_rollup WHERE dim = 'R'`);
    await q.query(`ALTER TABLE supervision.stats_rollup DROP CONSTRAINT stats_rollup_dim_check,
      ADD CONSTRAINT stats_rollup_dim_check CHECK (dim IN ('C','T','D'))`);
  }
}
