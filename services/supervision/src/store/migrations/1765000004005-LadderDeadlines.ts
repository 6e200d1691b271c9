import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadlines that follow the escalation ladder: the deadline row names the ladder step it belongs to
 * and keeps the case's overall deadline (the end of the ladder); a 督办函 for a stalled step names the
 * step. Rows written before have no step (they ran on the complexity deadline).
 */
export class LadderDeadlines1765000004005 implements MigrationInterface {
  name = 'LadderDeadlines1765000004005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision.deadline ADD COLUMN step_key text, ADD COLUMN step_name text, ADD COLUMN step_deadline_at timestamptz,
      ADD COLUMN overall_deadline_at timestamptz`);
    await q.query(`UPDATE supervision.deadline SET overall_deadline_at = deadline_at`);
    await q.query(`ALTER TABLE supervision.deadline ALTER COLUMN overall_deadline_at SET NOT NULL`);
    await q.query(`ALTER TABLE supervision.letter ADD COLUMN step_key text, ADD COLUMN step_name text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision.letter DROP COLUMN step_key, DROP COLUMN step_name`);
    await q.query(`ALTER TABLE supervision.deadline DROP COLUMN step_key, DROP COLUMN step_name, DROP COLUMN step_deadline_at, DROP COLUMN overall_deadline_at`);
  }
}
