import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 受理告知单 becomes a numbered letter kind (大埔综治受〔2026〕N号), issued at each acceptance. Cases
 * accepted before keep no notice: a number is given when the notice is issued, never backdated.
 */
export class AcceptanceNotice1766200004040 implements MigrationInterface {
  name = 'AcceptanceNotice1766200004040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision.letter DROP CONSTRAINT letter_kind_check,
      ADD CONSTRAINT letter_kind_check CHECK (kind IN ('ASSIGNMENT','FEEDBACK','SUPERVISION','REMINDER','RISK_WARNING','ACCEPTANCE_NOTICE'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM supervision.letter WHERE kind = 'ACCEPTANCE_NOTICE'`);
    await q.query(`ALTER TABLE supervision.letter DROP CONSTRAINT letter_kind_check,
      ADD CONSTRAINT letter_kind_check CHECK (kind IN ('ASSIGNMENT','FEEDBACK','SUPERVISION','REMINDER','RISK_WARNING'))`);
  }
}
