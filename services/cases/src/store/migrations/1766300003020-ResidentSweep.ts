import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for sweeping spent resident rows of any key (store/resident-store.ts `sweep`): throttle windows
 * and codes of phones and addresses that never come back would otherwise stay for ever — a bot rotating
 * numbers would grow the tables without bound.
 */
export class ResidentSweep1766300003020 implements MigrationInterface {
  name = 'ResidentSweep1766300003020';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX resident_throttle_window ON cases.resident_throttle (window_start)`);
    await q.query(`CREATE INDEX resident_code_created ON cases.resident_code (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases.resident_code_created`);
    await q.query(`DROP INDEX cases.resident_throttle_window`);
  }
}
