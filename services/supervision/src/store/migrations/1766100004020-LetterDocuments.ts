import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Letters become documents: the issuing center, a free-text addressee (where it is not a department),
 * the title and body rendered from the kind's template (and the template's version), the date the
 * answer is due, and the answer (the 反馈单 that closes the letter: its text, who, when, and the link
 * both ways). Letters written before keep their note as the text and expect no answer (due_at null).
 * A letter is answered once: the 反馈单 that answers it by hand is unique per answered letter.
 */
export class LetterDocuments1766100004020 implements MigrationInterface {
  name = 'LetterDocuments1766100004020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision.letter ADD COLUMN issuer text, ADD COLUMN addressee text, ADD COLUMN title text, ADD COLUMN body text,
      ADD COLUMN template_version integer, ADD COLUMN due_at timestamptz, ADD COLUMN answered_at timestamptz, ADD COLUMN answer text,
      ADD COLUMN answered_by text, ADD COLUMN answer_letter_id uuid REFERENCES supervision.letter(id),
      ADD COLUMN answers_letter_id uuid REFERENCES supervision.letter(id)`);
    await q.query(`CREATE UNIQUE INDEX letter_answers ON supervision.letter (answers_letter_id) WHERE answers_letter_id IS NOT NULL`);
    // The 督办 list's overdue documents: open letters by due date.
    await q.query(`CREATE INDEX letter_open_due ON supervision.letter (region_code text_pattern_ops, due_at) WHERE answered_at IS NULL AND due_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX supervision.letter_open_due`);
    await q.query(`DROP INDEX supervision.letter_answers`);
    await q.query(`ALTER TABLE supervision.letter DROP COLUMN issuer, DROP COLUMN addressee, DROP COLUMN title, DROP COLUMN body, DROP COLUMN template_version,
      DROP COLUMN due_at, DROP COLUMN answered_at, DROP COLUMN answer, DROP COLUMN answered_by, DROP COLUMN answer_letter_id, DROP COLUMN answers_letter_id`);
  }
}
