import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Grids with their boundary and staff. Spatial lookup without PostGIS: `boundary polygon` holds the
 * ring in degrees ([lng, lat] as given), `bbox box` (generated from it) carries a GiST index. See
 * GRID_AT_SQL in grid-repository.ts for the query and why its exact test scales the coordinates.
 */
export class Grids1763800003001 implements MigrationInterface {
  name = 'Grids1763800003001';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE grid.grid (
      id uuid PRIMARY KEY REFERENCES grid.region(id),
      region_code text NOT NULL UNIQUE CHECK (region_code ~ '^[0-9]{15}$'),
      village_region_id uuid NOT NULL REFERENCES grid.region(id),
      name text NOT NULL CHECK (length(btrim(name)) > 0),
      boundary polygon NOT NULL,
      bbox box GENERATED ALWAYS AS (box(boundary)) STORED,
      households int NOT NULL CHECK (households >= 0),
      residents int NOT NULL CHECK (residents >= 0),
      places int NOT NULL DEFAULT 0 CHECK (places >= 0),
      things int NOT NULL DEFAULT 0 CHECK (things >= 0),
      organisations int NOT NULL DEFAULT 0 CHECK (organisations >= 0),
      leader_name text,
      leader_phone text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX grid_bbox ON grid.grid USING gist (bbox)`);
    await q.query(`CREATE INDEX grid_region_code_prefix ON grid.grid (region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX grid_village ON grid.grid (village_region_id)`);

    await q.query(`CREATE TABLE grid.grid_worker (
      id uuid PRIMARY KEY,
      grid_id uuid NOT NULL REFERENCES grid.grid(id),
      region_code text NOT NULL,
      name text NOT NULL CHECK (length(btrim(name)) > 0),
      kind text NOT NULL CHECK (kind IN ('FULL_TIME','PART_TIME','AUXILIARY')),
      phone text,
      user_id uuid UNIQUE,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX grid_worker_grid ON grid.grid_worker (grid_id)`);
    await q.query(`CREATE INDEX grid_worker_region_code ON grid.grid_worker (region_code text_pattern_ops)`);

    await q.query(`CREATE TABLE grid.building_head (
      id uuid PRIMARY KEY,
      grid_id uuid NOT NULL REFERENCES grid.grid(id),
      region_code text NOT NULL,
      name text NOT NULL CHECK (length(btrim(name)) > 0),
      building text NOT NULL,
      phone text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX building_head_grid ON grid.building_head (grid_id)`);

    await q.query(`CREATE TABLE grid.key_person (
      id uuid PRIMARY KEY,
      grid_id uuid NOT NULL REFERENCES grid.grid(id),
      region_code text NOT NULL,
      name text NOT NULL CHECK (length(btrim(name)) > 0),
      category text NOT NULL CHECK (category IN ('SEVERE_MENTAL_DISORDER','COMMUNITY_CORRECTION','RELEASED_PRISONER',
        'DRUG_REHABILITATION','THREE_LOSSES_ONE_BIAS','KEY_PETITIONER','OTHER')),
      plan text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX key_person_grid ON grid.key_person (grid_id)`);
    await q.query(`CREATE INDEX key_person_region_code ON grid.key_person (region_code text_pattern_ops)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE grid.key_person`);
    await q.query(`DROP TABLE grid.building_head`);
    await q.query(`DROP TABLE grid.grid_worker`);
    await q.query(`DROP TABLE grid.grid`);
  }
}
