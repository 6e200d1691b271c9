import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a case entered its current ladder step: the clock of the step's deadline (四级七天: each step
 * has its own working days). Existing cases take it from their open step visit, else their latest
 * visit, else their receipt.
 */
export class StepEnteredAt1765000001002 implements MigrationInterface {
  name = 'StepEnteredAt1765000001002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases."case" ADD COLUMN step_entered_at timestamptz`);
    await q.query(`UPDATE cases."case" c SET step_entered_at = COALESCE(
      (SELECT v.entered_at FROM cases.step_visit v WHERE v.case_id = c.id ORDER BY v.left_at IS NULL DESC, v.entered_at DESC LIMIT 1),
      c.received_at)`);
    await q.query(`ALTER TABLE cases."case" ALTER COLUMN step_entered_at SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases."case" DROP COLUMN step_entered_at`);
  }
}
