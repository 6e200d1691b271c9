import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 调解会: the sittings of a case's mediation, numbered 1, 2 … per case. */
export class MediationSessions1763800001101 implements MigrationInterface {
  name = 'MediationSessions1763800001101';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE cases.mediation_session (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases."case"(id),
      sequence int NOT NULL CHECK (sequence >= 1),
      held_at timestamptz NOT NULL,
      place text NOT NULL,
      parties jsonb NOT NULL CHECK (jsonb_typeof(parties) = 'array' AND jsonb_array_length(parties) > 0),
      mediators jsonb NOT NULL CHECK (jsonb_typeof(mediators) = 'array' AND jsonb_array_length(mediators) > 0),
      department_ids uuid[] NOT NULL DEFAULT '{}',
      minutes text NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('AGREED','PARTIAL','NO_AGREEMENT','ADJOURNED')),
      recorded_at timestamptz NOT NULL,
      recorded_by uuid,
      UNIQUE (case_id, sequence)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cases.mediation_session`);
  }
}
