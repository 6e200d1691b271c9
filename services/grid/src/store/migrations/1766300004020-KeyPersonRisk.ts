import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Risk warnings that concern key persons. A record keeps the keys a case's parties are matched by: the
 * hash of its ID number and of its phone when given (the numbers themselves are never stored here), and the
 * hash of its name at its grid, village and town (domain/key-person-risk.ts); `party_keys` is their union,
 * GIN-indexed for the "which records share a key with this case" read. Each match of a warning with a
 * record is kept once, with the tier before and after (a warning raises the tier when its level is higher).
 */
export class KeyPersonRisk1766300004020 implements MigrationInterface {
  name = 'KeyPersonRisk1766300004020';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE grid.key_person
      ADD COLUMN id_number_key text,
      ADD COLUMN phone_key text,
      ADD COLUMN party_keys text[] NOT NULL DEFAULT '{}'`);
    await q.query(`CREATE INDEX key_person_party_keys ON grid.key_person USING gin (party_keys)`);
    await q.query(`CREATE TABLE grid.key_person_risk (
      id uuid PRIMARY KEY,
      key_person_id uuid NOT NULL REFERENCES grid.key_person(id),
      region_code text NOT NULL,
      risk_warning_id uuid NOT NULL,
      case_id uuid NOT NULL,
      case_code text NOT NULL,
      rule text NOT NULL,
      rule_name text NOT NULL,
      reason text NOT NULL,
      level text NOT NULL CHECK (level IN ('RED','ORANGE','YELLOW')),
      tier_before text NOT NULL CHECK (tier_before IN ('RED','ORANGE','YELLOW')),
      tier_after text NOT NULL CHECK (tier_after IN ('RED','ORANGE','YELLOW')),
      linked_at timestamptz NOT NULL,
      UNIQUE (key_person_id, risk_warning_id)
    )`);
    await q.query(`CREATE INDEX key_person_risk_person ON grid.key_person_risk (key_person_id, linked_at DESC, id DESC)`);
    await q.query(`CREATE INDEX key_person_risk_warning ON grid.key_person_risk (risk_warning_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE grid.key_person_risk`);
    await q.query(`DROP INDEX grid.key_person_party_keys`);
    await q.query(`ALTER TABLE grid.key_person DROP COLUMN id_number_key, DROP COLUMN phone_key, DROP COLUMN party_keys`);
  }
}
