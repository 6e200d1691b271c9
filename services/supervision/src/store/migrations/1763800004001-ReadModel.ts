import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supervision's read model (built only from the cases subgraph's events) and what supervision owns:
 * deadlines, letters, follow-ups, risk hits, statistics rollups.
 */
export class ReadModel1763800004001 implements MigrationInterface {
  name = 'ReadModel1763800004001';
  async up(q: QueryRunner): Promise<void> {
    // One row per case, from the latest CaseSnapshot, plus supervision's own overdue flag and rating.
    await q.query(`CREATE TABLE supervision.case_read (
      case_id uuid PRIMARY KEY,
      code text NOT NULL,
      region_id uuid NOT NULL,
      region_code text NOT NULL,
      channel text NOT NULL,
      type text NOT NULL,
      complexity text,
      status text NOT NULL,
      level text,
      resolved_level text,
      lead_department_id uuid,
      department_ids uuid[] NOT NULL DEFAULT '{}',
      received_at timestamptz NOT NULL,
      accepted_at timestamptz,
      resolved_at timestamptz,
      closed_at timestamptz,
      reopened_at timestamptz,
      reopen_count int NOT NULL DEFAULT 0,
      escalation_count int NOT NULL DEFAULT 0,
      applicant_count int NOT NULL DEFAULT 0,
      amount_in_dispute numeric(17,2),
      party_keys text[] NOT NULL DEFAULT '{}',
      overdue boolean NOT NULL DEFAULT false,
      rating text CHECK (rating IN ('SATISFIED','BASICALLY_SATISFIED','UNSATISFIED')),
      last_event_id bigint NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    // Jurisdiction + period: every statistics query and every scoped list starts here.
    await q.query(`CREATE INDEX case_read_region_received ON supervision.case_read (region_code text_pattern_ops, received_at)`);
    await q.query(`CREATE INDEX case_read_lead_department ON supervision.case_read (lead_department_id) WHERE lead_department_id IS NOT NULL`);

    // Party keys (hashes, never personal data) for the repeat-party / repeat-petition rules.
    await q.query(`CREATE TABLE supervision.party_key (
      case_id uuid NOT NULL REFERENCES supervision.case_read(case_id) ON DELETE CASCADE,
      key text NOT NULL,
      received_at timestamptz NOT NULL,
      PRIMARY KEY (case_id, key)
    )`);
    await q.query(`CREATE INDEX party_key_key_received ON supervision.party_key (key, received_at)`);

    // The deadline of the current acceptance / reopening; warned_at / overdue_at record the alerts fired.
    await q.query(`CREATE TABLE supervision.deadline (
      case_id uuid PRIMARY KEY REFERENCES supervision.case_read(case_id) ON DELETE CASCADE,
      region_code text NOT NULL,
      started_at timestamptz NOT NULL,
      complexity text NOT NULL,
      deadline_at timestamptz NOT NULL,
      warning_at timestamptz NOT NULL,
      warned_at timestamptz,
      overdue_at timestamptz,
      open boolean NOT NULL,
      settled_at timestamptz
    )`);
    await q.query(`CREATE INDEX deadline_open_warning ON supervision.deadline (warning_at) WHERE open`);
    await q.query(`CREATE INDEX deadline_open_due ON supervision.deadline (region_code text_pattern_ops, deadline_at) WHERE open`);

    // Letter numbers: one gapless sequence per prefix, kind and year (row lock until commit).
    await q.query(`CREATE TABLE supervision.letter_sequence (
      prefix text NOT NULL, kind text NOT NULL, year int NOT NULL, last int NOT NULL,
      PRIMARY KEY (prefix, kind, year)
    )`);
    await q.query(`CREATE TABLE supervision.letter (
      id uuid PRIMARY KEY,
      number text NOT NULL UNIQUE,
      prefix text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('ASSIGNMENT','FEEDBACK','SUPERVISION','REMINDER','RISK_WARNING')),
      year int NOT NULL,
      seq int NOT NULL,
      case_id uuid NOT NULL REFERENCES supervision.case_read(case_id),
      region_id uuid NOT NULL,
      region_code text NOT NULL,
      to_department_id uuid,
      issued_at timestamptz NOT NULL,
      issued_by uuid,
      automatic boolean NOT NULL,
      trigger text UNIQUE,
      note text,
      UNIQUE (prefix, kind, year, seq)
    )`);
    await q.query(`CREATE INDEX letter_case ON supervision.letter (case_id, issued_at, id)`);
    await q.query(`CREATE INDEX letter_department ON supervision.letter (to_department_id, issued_at DESC, id DESC) WHERE to_department_id IS NOT NULL`);

    // Follow-up visits: one per case and resolution round (reopen_count).
    await q.query(`CREATE TABLE supervision.follow_up (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES supervision.case_read(case_id),
      round int NOT NULL,
      rating text NOT NULL CHECK (rating IN ('SATISFIED','BASICALLY_SATISFIED','UNSATISFIED')),
      comment text,
      at timestamptz NOT NULL,
      recorded_by uuid,
      region_code text NOT NULL,
      department_id uuid,
      UNIQUE (case_id, round)
    )`);
    await q.query(`CREATE INDEX follow_up_region_at ON supervision.follow_up (region_code text_pattern_ops, at)`);

    // Risk hits: dedupe_key = caseId:rule:level, raised once.
    await q.query(`CREATE TABLE supervision.risk_hit (
      id uuid PRIMARY KEY,
      dedupe_key text NOT NULL UNIQUE,
      case_id uuid NOT NULL REFERENCES supervision.case_read(case_id),
      rule text NOT NULL,
      level text NOT NULL CHECK (level IN ('YELLOW','ORANGE','RED')),
      reason text NOT NULL,
      raised_at timestamptz NOT NULL,
      region_code text NOT NULL,
      letter_id uuid REFERENCES supervision.letter(id)
    )`);
    await q.query(`CREATE INDEX risk_hit_region ON supervision.risk_hit (region_code text_pattern_ops, raised_at DESC, id DESC)`);
    await q.query(`CREATE INDEX risk_hit_case ON supervision.risk_hit (case_id)`);

    // Statistics rollup: per local day (CST), county or town prefix, and breakdown (C channel, T type,
    // D lead department, '' = none). Maintained in the same transaction as every case_read change.
    await q.query(`CREATE TABLE supervision.stats_rollup (
      prefix text NOT NULL,
      day date NOT NULL,
      dim "char" NOT NULL CHECK (dim IN ('C','T','D')),
      key text NOT NULL,
      received int NOT NULL DEFAULT 0,
      resolved int NOT NULL DEFAULT 0,
      closed int NOT NULL DEFAULT 0,
      overdue int NOT NULL DEFAULT 0,
      rated int NOT NULL DEFAULT 0,
      satisfied int NOT NULL DEFAULT 0,
      village int NOT NULL DEFAULT 0,
      town int NOT NULL DEFAULT 0,
      county int NOT NULL DEFAULT 0,
      PRIMARY KEY (prefix, day, dim, key)
    )`);

    // County names / letter prefixes (seeded from the demo world, refreshed from grid; config wins).
    await q.query(`CREATE TABLE supervision.county (code text PRIMARY KEY, name text, letter_prefix text NOT NULL)`);

    // Case events the consumer could not apply (skipped, kept for repair; the log still has them).
    await q.query(`CREATE TABLE supervision.consumer_error (
      event_id bigint PRIMARY KEY, cursor text NOT NULL, kind text NOT NULL, case_id uuid, error text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['consumer_error', 'county', 'stats_rollup', 'risk_hit', 'follow_up', 'letter', 'letter_sequence', 'deadline', 'party_key', 'case_read']) {
      await q.query(`DROP TABLE IF EXISTS supervision.${t}`);
    }
  }
}
