import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Territory1763800000100 implements MigrationInterface {
  name = 'Territory1763800000100';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE grid.region (
      id uuid PRIMARY KEY,
      code text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{6}([0-9]{3}){0,3}$'),
      name text NOT NULL CHECK (length(btrim(name)) > 0),
      level text NOT NULL CHECK (level IN ('COUNTY','TOWN','VILLAGE','GRID')),
      parent_id uuid REFERENCES grid.region(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((level = 'COUNTY') = (parent_id IS NULL))
    )`);
    // Jurisdiction queries are code-prefix scans.
    await q.query(`CREATE INDEX region_code_prefix ON grid.region (code text_pattern_ops)`);
    await q.query(`CREATE INDEX region_parent ON grid.region (parent_id)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE grid.region`);
  }
}
