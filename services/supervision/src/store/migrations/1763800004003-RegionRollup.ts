import type { MigrationInterface, QueryRunner } from 'typeorm';
import { COUNTER_NAMES } from '../../domain/rollup';
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
    // The counters the table has when this runs: in order, `accepted` comes later (AcceptedCount1763800004010).
    const columns: { column_name: string }[] = await q.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'supervision' AND table_name = 'stats_rollup'`);
    await q.query(rollupInsertSql(['R'], COUNTER_NAMES.filter((n) => columns.some((c) => c.column_name === n))));
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM supervision.stats_rollup WHERE dim = 'R'`);
    await q.query(`ALTER TABLE supervision.stats_rollup DROP CONSTRAINT stats_rollup_dim_check,
      ADD CONSTRAINT stats_rollup_dim_check CHECK (dim IN ('C','T','D'))`);
  }
}
