import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 周例会 / 月研判: a center's meetings, numbered per center, kind and year, with their agenda of cases
 * (one row per item, indexed by case so a case file lists the meetings that discussed it).
 */
export class CenterMeetings1765000001220 implements MigrationInterface {
  name = 'CenterMeetings1765000001220';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE cases.center_meeting (
      id uuid PRIMARY KEY,
      center_id uuid NOT NULL,
      center_region_code text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('WEEKLY','MONTHLY')),
      year int NOT NULL,
      sequence int NOT NULL CHECK (sequence >= 1),
      scheduled_at timestamptz NOT NULL,
      place text NOT NULL,
      topic text NOT NULL,
      status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED','HELD','CANCELLED')),
      scheduled_by uuid,
      created_at timestamptz NOT NULL,
      held_at timestamptz,
      attendees jsonb NOT NULL DEFAULT '[]'::jsonb,
      minutes text,
      decisions jsonb NOT NULL DEFAULT '[]'::jsonb,
      recorded_by uuid,
      cancelled_at timestamptz,
      cancel_reason text,
      cancelled_by uuid,
      UNIQUE (center_id, kind, year, sequence)
    )`);
    await q.query(`CREATE INDEX center_meeting_center_time ON cases.center_meeting (center_id, scheduled_at DESC, id DESC)`);
    await q.query(`CREATE TABLE cases.center_meeting_agenda (
      meeting_id uuid NOT NULL REFERENCES cases.center_meeting(id) ON DELETE CASCADE,
      position int NOT NULL CHECK (position >= 1),
      case_id uuid NOT NULL REFERENCES cases."case"(id),
      note text,
      PRIMARY KEY (meeting_id, position),
      UNIQUE (meeting_id, case_id)
    )`);
    await q.query(`CREATE INDEX center_meeting_agenda_case ON cases.center_meeting_agenda (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cases.center_meeting_agenda`);
    await q.query(`DROP TABLE cases.center_meeting`);
  }
}
