import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Departments (global), centers at county / town / village level, stationing of departments, staff, mediators. */
export class Organisation1763800002001 implements MigrationInterface {
  name = 'Organisation1763800002001';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE personnel.department (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('COURT','PROCURATORATE','POLICE','JUSTICE','PETITION','HUMAN_RESOURCES','HOUSING',
        'CIVIL_AFFAIRS','HEALTH','WOMEN_FEDERATION','MARKET_REGULATION','TRANSPORT','LAW_SOCIETY','OTHER'))
    )`);
    await q.query(`CREATE TABLE personnel.center (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      level text NOT NULL CHECK (level IN ('COUNTY','TOWN','VILLAGE')),
      region_id uuid NOT NULL,
      region_code text NOT NULL UNIQUE CHECK (region_code ~ '^[0-9]{6}([0-9]{3}){0,2}$')
    )`);
    await q.query(`CREATE INDEX center_region ON personnel.center (region_code text_pattern_ops)`);
    await q.query(`CREATE TABLE personnel.stationing (
      center_id uuid NOT NULL REFERENCES personnel.center (id),
      department_id uuid NOT NULL REFERENCES personnel.department (id),
      mode text NOT NULL CHECK (mode IN ('RESIDENT','ROTATING','ON_CALL','CONTRACTED')),
      staff_count int NOT NULL CHECK (staff_count >= 0),
      months int[] NOT NULL CHECK (months <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12]),
      PRIMARY KEY (center_id, department_id)
    )`);
    await q.query(`CREATE TABLE personnel.staff (
      id uuid PRIMARY KEY,
      center_id uuid NOT NULL REFERENCES personnel.center (id),
      department_id uuid REFERENCES personnel.department (id),
      kind text NOT NULL CHECK (kind IN ('WINDOW','STATIONED')),
      name text NOT NULL,
      title text NOT NULL,
      phone text,
      region_code text NOT NULL,
      active boolean NOT NULL DEFAULT true,
      CHECK ((kind = 'WINDOW') = (department_id IS NULL))
    )`);
    await q.query(`CREATE INDEX staff_center ON personnel.staff (center_id)`);
    await q.query(`CREATE INDEX staff_region ON personnel.staff (region_code text_pattern_ops)`);
    await q.query(`CREATE TABLE personnel.mediator (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('MEDIATOR','LEGAL_EXPERT','PSYCHOLOGIST')),
      center_id uuid NOT NULL REFERENCES personnel.center (id),
      region_code text NOT NULL,
      specialties text[] NOT NULL,
      languages text[] NOT NULL,
      gold_team boolean NOT NULL DEFAULT false,
      brand text,
      available boolean NOT NULL DEFAULT true,
      title text NOT NULL,
      phone text,
      studio_hours jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (brand IS NULL OR gold_team)
    )`);
    await q.query(`CREATE INDEX mediator_region ON personnel.mediator (region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX mediator_center ON personnel.mediator (center_id)`);
    await q.query(`CREATE INDEX mediator_order ON personnel.mediator (region_code, name, id)`);
    await q.query(`CREATE INDEX mediator_gold ON personnel.mediator (gold_team) WHERE gold_team`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE personnel.mediator`);
    await q.query(`DROP TABLE personnel.staff`);
    await q.query(`DROP TABLE personnel.stationing`);
    await q.query(`DROP TABLE personnel.center`);
    await q.query(`DROP TABLE personnel.department`);
  }
}
