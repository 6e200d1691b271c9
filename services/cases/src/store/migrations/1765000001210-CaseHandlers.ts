import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Several mediators per case (主办 + 协办) and the joint-mediation kind (五方联调) of each handler.
 * - `case.mediator_ids`: every active mediator, lead first (`mediator_id` stays the lead). The access
 *   rule (ASSIGNED_MEDIATOR) and the mediators' load read it without joining the assignments.
 * - `assignment.joint_kind`: 诉调 / 警调 / 行政 / 行业专业 / 人民调解 of a mediator or department row.
 * - The one-mediator-per-case index becomes one active row per mediator and one active LEAD mediator.
 */
export class CaseHandlers1765000001210 implements MigrationInterface {
  name = 'CaseHandlers1765000001210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases."case" ADD COLUMN mediator_ids uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE cases."case" SET mediator_ids = ARRAY[mediator_id] WHERE mediator_id IS NOT NULL`);
    await q.query(`CREATE INDEX case_mediator_ids_open ON cases."case" USING gin (mediator_ids) WHERE status IN ('REGISTERED','ACCEPTED','ASSIGNED','IN_MEDIATION')`);
    await q.query(`ALTER TABLE cases.assignment ADD COLUMN joint_kind text
      CHECK (joint_kind IN ('LITIGATION','POLICE','ADMINISTRATIVE','PROFESSIONAL','PEOPLES'))`);
    await q.query(`DROP INDEX cases.assignment_one_mediator`);
    await q.query(`CREATE UNIQUE INDEX assignment_mediator_once ON cases.assignment (case_id, mediator_id) WHERE active AND mediator_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX assignment_one_lead_mediator ON cases.assignment (case_id) WHERE active AND role = 'LEAD' AND mediator_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE cases.assignment SET active = false, ended_at = now(), end_reason = '回退迁移' WHERE active AND mediator_id IS NOT NULL AND role = 'ASSIST'`);
    await q.query(`DROP INDEX cases.assignment_one_lead_mediator`);
    await q.query(`DROP INDEX cases.assignment_mediator_once`);
    await q.query(`CREATE UNIQUE INDEX assignment_one_mediator ON cases.assignment (case_id) WHERE active AND mediator_id IS NOT NULL`);
    await q.query(`ALTER TABLE cases.assignment DROP COLUMN joint_kind`);
    await q.query(`DROP INDEX cases.case_mediator_ids_open`);
    await q.query(`ALTER TABLE cases."case" DROP COLUMN mediator_ids`);
  }
}
