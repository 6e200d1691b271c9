import type { MigrationInterface, QueryRunner } from 'typeorm';

const LEVELS = `('COUNTY','TOWN','VILLAGE','GRID')`;
const CENTER_LEVELS = `('COUNTY','TOWN','VILLAGE')`;
const STATUSES = `('REGISTERED','ACCEPTED','ASSIGNED','IN_MEDIATION','RESOLVED','REFERRED','CLOSED','REJECTED','WITHDRAWN')`;
const CHANNELS = `('WINDOW','HOTLINE_12345','POLICE_110','ONLINE','GRID','PETITION','COURT','PARTNER')`;
const TYPES = `('MARRIAGE_FAMILY','NEIGHBOUR','DEBT','LABOUR_WAGES','LAND','TRAFFIC_ACCIDENT','MEDICAL','CONSUMER','PROPERTY_MANAGEMENT','CONSTRUCTION_PAYMENT','OTHER')`;
const COMPLEXITIES = `('SIMPLE','GENERAL','COMPLEX','DIFFICULT')`;

/**
 * The case ledger (台账). `case` holds the current state (with `version` for optimistic concurrency);
 * `case_event` is the append-only ledger: a trigger refuses UPDATE and DELETE on it, and a deferred
 * constraint trigger refuses to commit a case row whose version has no ledger entry, so nothing is
 * ever changed without its event, whatever code writes.
 */
export class Cases1763800001001 implements MigrationInterface {
  name = 'Cases1763800001001';

  async up(q: QueryRunner): Promise<void> {
    // Substring search that also works on Chinese text (ILIKE '%…%' served by trigram GIN indexes).
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`CREATE TABLE cases."case" (
      id uuid PRIMARY KEY,
      code text NOT NULL UNIQUE CHECK (code ~ '^[0-9]{6}-[0-9]{8}-[0-9]{6}$'),
      idempotency_key text UNIQUE,
      title text NOT NULL,
      description text NOT NULL,
      channel text NOT NULL CHECK (channel IN ${CHANNELS}),
      type text NOT NULL CHECK (type IN ${TYPES}),
      complexity text CHECK (complexity IN ${COMPLEXITIES}),
      status text NOT NULL CHECK (status IN ${STATUSES}),
      mediation_failed boolean NOT NULL DEFAULT false,
      ladder_step text NOT NULL,
      level text NOT NULL CHECK (level IN ${LEVELS}),
      center_level text NOT NULL CHECK (center_level IN ${CENTER_LEVELS}),
      handling_center_id uuid NOT NULL,
      region_id uuid NOT NULL,
      region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}([0-9]{3}){0,3}$'),
      region_level text NOT NULL CHECK (region_level IN ${LEVELS}),
      amount_in_dispute numeric(15,2) CHECK (amount_in_dispute >= 0),
      party_count int NOT NULL CHECK (party_count > 0),
      applicant_count int NOT NULL CHECK (applicant_count > 0),
      party_keys text[] NOT NULL DEFAULT '{}',
      lead_department_id uuid,
      department_ids uuid[] NOT NULL DEFAULT '{}',
      mediator_id uuid,
      escalation_count int NOT NULL DEFAULT 0,
      reopen_count int NOT NULL DEFAULT 0,
      received_at timestamptz NOT NULL,
      received_by uuid,
      accepted_at timestamptz,
      deadline_at timestamptz,
      resolved_at timestamptz,
      resolved_level text CHECK (resolved_level IN ${CENTER_LEVELS}),
      closed_at timestamptz,
      agreement text,
      referral_route text CHECK (referral_route IN ('ARBITRATION','LITIGATION','ADMINISTRATIVE_REVIEW')),
      merged_into_id uuid REFERENCES cases."case"(id),
      version int NOT NULL DEFAULT 1 CHECK (version > 0),
      updated_at timestamptz NOT NULL,
      CHECK (merged_into_id IS NULL OR merged_into_id <> id)
    )`);
    // Jurisdiction is a code-prefix scan; lists are keyset-paginated by (received_at desc, id desc).
    await q.query(`CREATE INDEX case_region_code ON cases."case" (region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX case_received ON cases."case" (received_at DESC, id DESC)`);
    await q.query(`CREATE INDEX case_status ON cases."case" (status)`);
    await q.query(`CREATE INDEX case_mediator_open ON cases."case" (mediator_id) WHERE mediator_id IS NOT NULL AND status IN ('REGISTERED','ACCEPTED','ASSIGNED','IN_MEDIATION')`);
    await q.query(`CREATE INDEX case_merged_into ON cases."case" (merged_into_id) WHERE merged_into_id IS NOT NULL`);
    await q.query(`CREATE INDEX case_text_trgm ON cases."case" USING gin ((title || ' ' || description) gin_trgm_ops)`);
    await q.query(`CREATE INDEX case_code_trgm ON cases."case" USING gin (code gin_trgm_ops)`);

    await q.query(`CREATE TABLE cases.party (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases."case"(id),
      position int NOT NULL CHECK (position >= 0),
      name text NOT NULL CHECK (length(btrim(name)) > 0),
      role text NOT NULL CHECK (role IN ('APPLICANT','RESPONDENT','THIRD_PARTY')),
      phone text,
      id_number text,
      UNIQUE (case_id, position)
    )`);
    // Possible duplicates: same applicant phone / ID number, or same respondent name.
    await q.query(`CREATE INDEX party_phone ON cases.party (replace(phone, '-', '')) WHERE phone IS NOT NULL`);
    await q.query(`CREATE INDEX party_id_number ON cases.party (id_number) WHERE id_number IS NOT NULL`);
    await q.query(`CREATE INDEX party_respondent_name ON cases.party (lower(regexp_replace(name, '\\s+', '', 'g'))) WHERE role = 'RESPONDENT'`);
    await q.query(`CREATE INDEX party_name_trgm ON cases.party USING gin (name gin_trgm_ops)`);

    await q.query(`CREATE TABLE cases.assignment (
      id uuid PRIMARY KEY,
      seq bigserial NOT NULL,
      case_id uuid NOT NULL REFERENCES cases."case"(id),
      department_id uuid,
      mediator_id uuid,
      role text NOT NULL CHECK (role IN ('LEAD','ASSIST')),
      assigned_at timestamptz NOT NULL,
      assigned_by uuid,
      note text,
      active boolean NOT NULL DEFAULT true,
      ended_at timestamptz,
      end_reason text,
      CHECK ((department_id IS NULL) <> (mediator_id IS NULL)),
      CHECK (active = (ended_at IS NULL))
    )`);
    await q.query(`CREATE INDEX assignment_case ON cases.assignment (case_id, seq)`);
    await q.query(`CREATE UNIQUE INDEX assignment_one_lead ON cases.assignment (case_id) WHERE active AND role = 'LEAD' AND department_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX assignment_one_mediator ON cases.assignment (case_id) WHERE active AND mediator_id IS NOT NULL`);

    await q.query(`CREATE TABLE cases.case_event (
      id bigserial PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases."case"(id),
      version int NOT NULL,
      at timestamptz NOT NULL,
      actor_id uuid,
      actor_username text,
      action text NOT NULL,
      from_status text CHECK (from_status IN ${STATUSES}),
      to_status text CHECK (to_status IN ${STATUSES}),
      step_key text,
      level text CHECK (level IN ${LEVELS}),
      note text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      UNIQUE (case_id, version)
    )`);
    await q.query(`CREATE FUNCTION cases.case_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '台账只能追加，不能修改或删除 (case_event is append-only)' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON cases.case_event
      FOR EACH ROW EXECUTE FUNCTION cases.case_event_append_only()`);
    await q.query(`CREATE FUNCTION cases.case_has_ledger_entry() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM cases.case_event e WHERE e.case_id = NEW.id AND e.version = NEW.version) THEN
          RAISE EXCEPTION '案件 % 第 % 版没有台账记录 (every case change needs its ledger entry)', NEW.code, NEW.version
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER case_has_ledger_entry AFTER INSERT OR UPDATE ON cases."case"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cases.case_has_ledger_entry()`);

    // Time at each ladder step (and so at each level): one open visit while the case is open.
    await q.query(`CREATE TABLE cases.step_visit (
      id bigserial PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases."case"(id),
      step_key text NOT NULL,
      level text NOT NULL CHECK (level IN ${LEVELS}),
      center_level text NOT NULL CHECK (center_level IN ${CENTER_LEVELS}),
      center_id uuid NOT NULL,
      entered_at timestamptz NOT NULL,
      left_at timestamptz,
      CHECK (left_at IS NULL OR left_at >= entered_at)
    )`);
    await q.query(`CREATE INDEX step_visit_case ON cases.step_visit (case_id, entered_at)`);
    await q.query(`CREATE UNIQUE INDEX step_visit_one_open ON cases.step_visit (case_id) WHERE left_at IS NULL`);

    await q.query(`CREATE TABLE cases.consultation (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases."case"(id),
      topic text NOT NULL,
      department_ids uuid[] NOT NULL CHECK (cardinality(department_ids) > 0),
      convened_by_center_id uuid NOT NULL,
      opened_at timestamptz NOT NULL,
      opened_by uuid,
      responsibility_split text,
      plan text,
      decided_at timestamptz,
      decided_by uuid,
      CHECK ((decided_at IS NULL) = (plan IS NULL))
    )`);
    await q.query(`CREATE INDEX consultation_case ON cases.consultation (case_id, opened_at)`);

    // One row per county and day: the last sequence handed out (allocated by an atomic upsert).
    await q.query(`CREATE TABLE cases.case_code_counter (
      county_code text NOT NULL CHECK (county_code ~ '^[0-9]{6}$'),
      day text NOT NULL CHECK (day ~ '^[0-9]{8}$'),
      last_seq int NOT NULL CHECK (last_seq BETWEEN 1 AND 999999),
      PRIMARY KEY (county_code, day)
    )`);

    await q.query(`CREATE TABLE cases.case_merge (
      id uuid PRIMARY KEY,
      source_case_id uuid NOT NULL UNIQUE REFERENCES cases."case"(id),
      target_case_id uuid NOT NULL REFERENCES cases."case"(id),
      merged_at timestamptz NOT NULL,
      merged_by uuid,
      reason text,
      CHECK (source_case_id <> target_case_id)
    )`);
    await q.query(`CREATE INDEX case_merge_target ON cases.case_merge (target_case_id)`);

    // Flagged at intake: the new case and an earlier one that may be the same dispute.
    await q.query(`CREATE TABLE cases.possible_duplicate (
      case_id uuid NOT NULL REFERENCES cases."case"(id),
      other_case_id uuid NOT NULL REFERENCES cases."case"(id),
      reasons text[] NOT NULL,
      days_apart int NOT NULL,
      detected_at timestamptz NOT NULL,
      PRIMARY KEY (case_id, other_case_id),
      CHECK (case_id <> other_case_id)
    )`);
    await q.query(`CREATE INDEX possible_duplicate_other ON cases.possible_duplicate (other_case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['possible_duplicate', 'case_merge', 'case_code_counter', 'consultation', 'step_visit', 'case_event', 'assignment', 'party']) {
      await q.query(`DROP TABLE IF EXISTS cases.${t}`);
    }
    await q.query(`DROP TABLE IF EXISTS cases."case"`);
    await q.query(`DROP FUNCTION IF EXISTS cases.case_event_append_only()`);
    await q.query(`DROP FUNCTION IF EXISTS cases.case_has_ledger_entry()`);
  }
}
