import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 司法确认: applications to a court to confirm a mediation agreement (making it enforceable), numbered
 * 1, 2 … per case; at most one in progress per case (a refused one may be followed by a new one).
 */
export class JudicialConfirmation1765000001190 implements MigrationInterface {
  name = 'JudicialConfirmation1765000001190';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE cases.judicial_confirmation (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases."case"(id),
      sequence int NOT NULL CHECK (sequence >= 1),
      court_department_id uuid NOT NULL,
      via_partner text,
      status text NOT NULL CHECK (status IN ('APPLIED','ACCEPTED','CONFIRMED','REFUSED')),
      applied_at timestamptz NOT NULL,
      applied_by uuid,
      note text,
      accepted_at timestamptz,
      decided_at timestamptz,
      decided_by uuid,
      ruling_number text,
      refusal_reason text,
      UNIQUE (case_id, sequence),
      CHECK ((status = 'CONFIRMED') = (ruling_number IS NOT NULL)),
      CHECK ((status = 'REFUSED') = (refusal_reason IS NOT NULL))
    )`);
    await q.query(`CREATE UNIQUE INDEX judicial_confirmation_in_progress ON cases.judicial_confirmation (case_id) WHERE status IN ('APPLIED','ACCEPTED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cases.judicial_confirmation`);
  }
}
