import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Windows (窗口号) of a center's hall, the monthly rota of rotating departments and the on-call contact.
 * The rota is conflict-free by the database, not by the service's reading first: composite foreign
 * keys pin a rota row to a ROTATING window and a ROTATING stationing of the same center, and its staff
 * to that department (a county bureau's officer may also rotate to a town center); unique constraints
 * give one department per window per month, one window per department per month, and one place per
 * staff member per month, across centers.
 */
export class Rota1766300001010 implements MigrationInterface {
  name = 'Rota1766300001010';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE personnel.stationing ADD COLUMN contact_staff_id uuid REFERENCES personnel.staff (id)`);
    await q.query(`ALTER TABLE personnel.stationing ADD CONSTRAINT stationing_center_department_mode UNIQUE (center_id, department_id, mode)`);
    await q.query(`ALTER TABLE personnel.staff ADD CONSTRAINT staff_id_department UNIQUE (id, department_id)`);
    await q.query(`CREATE TABLE personnel.center_window (
      center_id uuid NOT NULL REFERENCES personnel.center (id),
      number int NOT NULL CHECK (number BETWEEN 1 AND 99),
      kind text NOT NULL CHECK (kind IN ('INTAKE','FIXED','ROTATING')),
      department_id uuid,
      label text NOT NULL CHECK (length(label) BETWEEN 1 AND 40),
      region_code text NOT NULL,
      PRIMARY KEY (center_id, number),
      CONSTRAINT center_window_kind UNIQUE (center_id, number, kind),
      CHECK ((kind = 'FIXED') = (department_id IS NOT NULL)),
      CONSTRAINT center_window_stationed FOREIGN KEY (center_id, department_id) REFERENCES personnel.stationing (center_id, department_id)
    )`);
    await q.query(`CREATE TABLE personnel.rota_assignment (
      id uuid PRIMARY KEY,
      center_id uuid NOT NULL,
      window_number int NOT NULL,
      window_kind text NOT NULL DEFAULT 'ROTATING' CHECK (window_kind = 'ROTATING'),
      department_id uuid NOT NULL,
      mode text NOT NULL DEFAULT 'ROTATING' CHECK (mode = 'ROTATING'),
      year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      month int NOT NULL CHECK (month BETWEEN 1 AND 12),
      region_code text NOT NULL,
      planned_by uuid,
      planned_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT rota_rotating_window FOREIGN KEY (center_id, window_number, window_kind)
        REFERENCES personnel.center_window (center_id, number, kind),
      CONSTRAINT rota_rotating_department FOREIGN KEY (center_id, department_id, mode)
        REFERENCES personnel.stationing (center_id, department_id, mode),
      CONSTRAINT rota_one_department_per_window UNIQUE (center_id, window_number, year, month),
      CONSTRAINT rota_one_window_per_department UNIQUE (center_id, department_id, year, month),
      CONSTRAINT rota_assignment_key UNIQUE (id, center_id, department_id, year, month)
    )`);
    await q.query(`CREATE INDEX rota_center_month ON personnel.rota_assignment (center_id, year, month)`);
    await q.query(`CREATE TABLE personnel.rota_staff (
      assignment_id uuid NOT NULL,
      staff_id uuid NOT NULL,
      center_id uuid NOT NULL,
      department_id uuid NOT NULL,
      year int NOT NULL,
      month int NOT NULL,
      PRIMARY KEY (assignment_id, staff_id),
      CONSTRAINT rota_staff_assignment FOREIGN KEY (assignment_id, center_id, department_id, year, month)
        REFERENCES personnel.rota_assignment (id, center_id, department_id, year, month) ON DELETE CASCADE,
      CONSTRAINT rota_staff_of_department FOREIGN KEY (staff_id, department_id) REFERENCES personnel.staff (id, department_id),
      CONSTRAINT rota_staff_one_place_per_month UNIQUE (staff_id, year, month)
    )`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE personnel.rota_staff`);
    await q.query(`DROP TABLE personnel.rota_assignment`);
    await q.query(`DROP TABLE personnel.center_window`);
    await q.query(`ALTER TABLE personnel.staff DROP CONSTRAINT staff_id_department`);
    await q.query(`ALTER TABLE personnel.stationing DROP CONSTRAINT stationing_center_department_mode`);
    await q.query(`ALTER TABLE personnel.stationing DROP COLUMN contact_staff_id`);
  }
}
