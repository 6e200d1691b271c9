import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluation, accountability of persons and 以案定补 (issue 16, parts 3–5):
 * - `case_read.mediator_id`: the case's lead mediator (主办) from its snapshots, so scores, unsatisfied
 *   ratings and per-case subsidies can be attributed to a person. Rows written before are filled from
 *   the snapshot of the event they were last built from (live log, else the archive).
 * - `follow_up.mediator_id`: the person a visit counts against, fixed at the visit (as `department_id`),
 *   so a later change of mediator does not move an unsatisfied rating to someone else.
 * - `summons`: the 约谈 records (when, by whom, outcome) of a department or a person.
 * - `evaluation_quarter`: a frozen quarter's ranking, read instead of recomputing once frozen.
 */
export class EvaluationAccountability1766300002001 implements MigrationInterface {
  name = 'EvaluationAccountability1766300002001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision.case_read ADD COLUMN mediator_id uuid`);
    await q.query(`UPDATE supervision.case_read c SET mediator_id = (e.data->'case'->>'mediatorId')::uuid
      FROM (SELECT id, data FROM events.dispatch_event UNION ALL SELECT id, data FROM events.dispatch_event_archive) e
      WHERE e.id = c.last_event_id AND (e.data->'case'->>'mediatorId') ~ '^[0-9a-fA-F-]{36}$'`);
    await q.query(`CREATE INDEX case_read_mediator ON supervision.case_read (mediator_id) WHERE mediator_id IS NOT NULL`);

    await q.query(`ALTER TABLE supervision.follow_up ADD COLUMN mediator_id uuid`);
    await q.query(`UPDATE supervision.follow_up f SET mediator_id = c.mediator_id FROM supervision.case_read c WHERE c.case_id = f.case_id`);
    // Accountability lists a subtree's unsatisfied visits, all time (累计) up to a year's end.
    await q.query(`CREATE INDEX follow_up_unsatisfied ON supervision.follow_up (region_code text_pattern_ops, at) WHERE rating = 'UNSATISFIED'`);

    await q.query(`CREATE TABLE supervision.summons (
      id uuid PRIMARY KEY,
      subject_kind text NOT NULL CHECK (subject_kind IN ('DEPARTMENT','MEDIATOR')),
      subject_id uuid NOT NULL,
      region_id uuid NOT NULL,
      region_code text NOT NULL,
      held_at timestamptz NOT NULL,
      held_by text NOT NULL,
      outcome text NOT NULL,
      unsatisfied_count int NOT NULL CHECK (unsatisfied_count >= 0),
      recorded_by uuid,
      recorded_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX summons_region ON supervision.summons (region_code text_pattern_ops, held_at DESC)`);
    await q.query(`CREATE INDEX summons_subject ON supervision.summons (subject_kind, subject_id, held_at DESC)`);

    await q.query(`CREATE TABLE supervision.evaluation_quarter (
      region_id uuid NOT NULL,
      region_code text NOT NULL,
      year int NOT NULL,
      quarter int NOT NULL CHECK (quarter BETWEEN 1 AND 4),
      frozen_at timestamptz NOT NULL,
      frozen_by uuid,
      ranking jsonb NOT NULL,
      PRIMARY KEY (region_id, year, quarter)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE supervision.evaluation_quarter`);
    await q.query(`DROP TABLE supervision.summons`);
    await q.query(`DROP INDEX supervision.follow_up_unsatisfied`);
    await q.query(`ALTER TABLE supervision.follow_up DROP COLUMN mediator_id`);
    await q.query(`ALTER TABLE supervision.case_read DROP COLUMN mediator_id`);
  }
}
