import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 领导包案: the leader of the jurisdiction who took the case personally, and since when. A leader's
 * own cases are listed by leader_id (partial index: most cases have none).
 */
export class LeaderOwnership1763800001160 implements MigrationInterface {
  name = 'LeaderOwnership1763800001160';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases."case" ADD COLUMN leader_id uuid, ADD COLUMN leader_since timestamptz,
      ADD CONSTRAINT case_leader_since CHECK ((leader_id IS NULL) = (leader_since IS NULL))`);
    await q.query(`CREATE INDEX case_leader ON cases."case" (leader_id, received_at DESC, id DESC) WHERE leader_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases."case" DROP COLUMN leader_since, DROP COLUMN leader_id`);
  }
}
