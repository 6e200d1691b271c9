import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Studio appointments. No double booking is guaranteed by the database, not by a check-then-insert:
 * an exclusion constraint over (mediator, [starts_at, ends_at)) for BOOKED rows, which also holds
 * between concurrent transactions (the loser gets 23P01, mapped to CONFLICT).
 */
export class Appointments1763800002002 implements MigrationInterface {
  name = 'Appointments1763800002002';
  async up(q: QueryRunner): Promise<void> {
    // btree_gist gives GiST an equality operator class for uuid, so `=` and `&&` can share one constraint.
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public`);
    await q.query(`CREATE TABLE personnel.appointment (
      id uuid PRIMARY KEY,
      mediator_id uuid NOT NULL REFERENCES personnel.mediator (id),
      case_id uuid,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      status text NOT NULL CHECK (status IN ('BOOKED','CANCELLED','COMPLETED','NO_SHOW')),
      contact_name text NOT NULL,
      contact_phone text NOT NULL,
      region_id uuid NOT NULL,
      region_code text NOT NULL,
      booked_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      cancelled_at timestamptz,
      cancelled_by uuid,
      cancel_reason text,
      CHECK (ends_at > starts_at),
      CONSTRAINT appointment_no_double_booking EXCLUDE USING gist (
        mediator_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&
      ) WHERE (status = 'BOOKED')
    )`);
    await q.query(`CREATE INDEX appointment_mediator_time ON personnel.appointment (mediator_id, starts_at)`);
    await q.query(`CREATE INDEX appointment_time ON personnel.appointment (starts_at)`);
    await q.query(`CREATE INDEX appointment_region ON personnel.appointment (region_code text_pattern_ops)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE personnel.appointment`);
  }
}
