import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who attended a 1+5+N consultation, recorded with its decision: [{ departmentId, name, title }].
 * Staff of the convened departments, kept on the consultation row (not in the ledger or the dispatch
 * log). Consultations decided before this have none on record.
 */
export class ConsultationAttendees1765000001070 implements MigrationInterface {
  name = 'ConsultationAttendees1765000001070';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases.consultation ADD COLUMN attendees jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases.consultation DROP COLUMN attendees`);
  }
}
