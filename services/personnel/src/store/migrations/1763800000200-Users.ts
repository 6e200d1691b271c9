import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Users1763800000200 implements MigrationInterface {
  name = 'Users1763800000200';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE personnel.app_user (
      id uuid PRIMARY KEY,
      username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
      display_name text NOT NULL,
      password_hash text NOT NULL,
      roles text[] NOT NULL CHECK (cardinality(roles) > 0),
      region_id uuid NOT NULL,
      region_code text NOT NULL,
      mediator_id uuid,
      department_id uuid,
      partner text,
      active boolean NOT NULL DEFAULT true,
      token_version int NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX app_user_region ON personnel.app_user (region_code text_pattern_ops)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE personnel.app_user`);
  }
}
