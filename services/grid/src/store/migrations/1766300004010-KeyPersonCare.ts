import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 三级预警 and visits for 重点人群: each record gets a tier, a responsible cadre and a visit plan (its own
 * interval or the tier's; the next due date kept for the "who is due" read), and the visits are recorded.
 * Existing records start as 黄色预警, due 30 days after registration. `overdue_announced_for` is the due
 * date whose overdue the grid's watch has announced on the board (once per due date).
 */
export class KeyPersonCare1766300004010 implements MigrationInterface {
  name = 'KeyPersonCare1766300004010';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE grid.key_person
      ADD COLUMN tier text NOT NULL DEFAULT 'YELLOW' CHECK (tier IN ('RED','ORANGE','YELLOW')),
      ADD COLUMN responsible_cadre text,
      ADD COLUMN visit_every_days int CHECK (visit_every_days BETWEEN 1 AND 90),
      ADD COLUMN last_visited_at timestamptz,
      ADD COLUMN next_visit_due_at timestamptz,
      ADD COLUMN overdue_announced_for timestamptz`);
    await q.query(`UPDATE grid.key_person SET next_visit_due_at = created_at + interval '30 days'`);
    await q.query(`ALTER TABLE grid.key_person ALTER COLUMN next_visit_due_at SET NOT NULL`);
    await q.query(`CREATE INDEX key_person_due ON grid.key_person (region_code text_pattern_ops, next_visit_due_at)`);
    await q.query(`CREATE TABLE grid.key_person_visit (
      id uuid PRIMARY KEY,
      key_person_id uuid NOT NULL REFERENCES grid.key_person(id),
      region_code text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('HOME_VISIT','PHONE','MEETING')),
      visited_at timestamptz NOT NULL,
      met_in_person boolean NOT NULL,
      note text NOT NULL,
      visitor_user_id uuid,
      visitor_name text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX key_person_visit_person ON grid.key_person_visit (key_person_id, visited_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE grid.key_person_visit`);
    await q.query(`DROP INDEX grid.key_person_due`);
    await q.query(`ALTER TABLE grid.key_person DROP COLUMN tier, DROP COLUMN responsible_cadre, DROP COLUMN visit_every_days,
      DROP COLUMN last_visited_at, DROP COLUMN next_visit_due_at, DROP COLUMN overdue_announced_for`);
  }
}
