import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rollupInsertSql } from '../stats-store';

/**
 * Statistics by 化解方式 (resolution mode) and of 领导包案 (leader-owned cases): the read model keeps
 * the case's mode and leader from its snapshots, and the rollup gains two dimensions, P (mode) and L
 * (leader-owned), filled from the rows already there. Rows written before have neither (the snapshot
 * did not carry them, or the case was never changed since): they count as "not recorded" and "no
 * leader" until their next event.
 */
export class ModeAndLeaderStats1765000004030 implements MigrationInterface {
  name = 'ModeAndLeaderStats1765000004030';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision.case_read ADD COLUMN resolution_mode text, ADD COLUMN leader_id uuid`);
    await this.fillCells(q);
  }

  /** Admits the two dimensions and fills their cells from the rows (also run by the rollup test on a filled database). */
  async fillCells(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision.stats_rollup DROP CONSTRAINT stats_rollup_dim_check,
      ADD CONSTRAINT stats_rollup_dim_check CHECK (dim IN ('C','T','D','R','P','L'))`);
    await q.query(rollupInsertSql(['P', 'L'], ['received', 'accepted', 'resolved', 'closed', 'overdue', 'rated', 'satisfied', 'village', 'town', 'county']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM supervision.stats_rollup WHERE dim IN ('P', 'L')`);
    await q.query(`ALTER TABLE supervision.stats_rollup DROP CONSTRAINT stats_rollup_dim_check,
      ADD CONSTRAINT stats_rollup_dim_check CHECK (dim IN ('C','T','D','R'))`);
    await q.query(`ALTER TABLE supervision.case_read DROP COLUMN resolution_mode, DROP COLUMN leader_id`);
  }
}
