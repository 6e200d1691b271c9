import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The name of a case's leader as recorded when they took it or were named (包案领导：李建华), so the
 * case file and its documents show it without asking personnel for every case read. Cases taken
 * before keep no name (the case file then finds it on the ledger entry of the take).
 */
export class LeaderName1765000001180 implements MigrationInterface {
  name = 'LeaderName1765000001180';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases."case" ADD COLUMN leader_name text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases."case" DROP COLUMN leader_name`);
  }
}
