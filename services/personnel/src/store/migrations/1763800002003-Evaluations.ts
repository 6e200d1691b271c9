import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Quarterly evaluation of stationed staff: one row per person per quarter. */
export class Evaluations1763800002003 implements MigrationInterface {
  name = 'Evaluations1763800002003';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE personnel.evaluation (
      id uuid PRIMARY KEY,
      staff_id uuid NOT NULL REFERENCES personnel.staff (id),
      center_id uuid NOT NULL REFERENCES personnel.center (id),
      department_id uuid REFERENCES personnel.department (id),
      region_code text NOT NULL,
      year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      quarter int NOT NULL CHECK (quarter BETWEEN 1 AND 4),
      score numeric(4,1) NOT NULL CHECK (score BETWEEN 0 AND 100),
      comment text,
      evaluated_by uuid,
      evaluated_at timestamptz NOT NULL DEFAULT now(),
      revision int NOT NULL DEFAULT 1,
      CONSTRAINT evaluation_once_per_quarter UNIQUE (staff_id, year, quarter)
    )`);
    await q.query(`CREATE INDEX evaluation_center_quarter ON personnel.evaluation (center_id, year, quarter)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE personnel.evaluation`);
  }
}
