import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resident self-service (居民自助): one-time codes (kept hashed), the public endpoint's counters, the
 * filings made by a verified phone, the ratings given through a link (one per case and resolution
 * round, by the primary key), and the local sink of the notification port (the messages sent).
 * No phone number is stored except as the recipient of a message in the local sink.
 */
export class ResidentSelfService1766300003010 implements MigrationInterface {
  name = 'ResidentSelfService1766300003010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE cases.resident_code (
      id uuid PRIMARY KEY,
      phone_hash text NOT NULL,
      code_hash text NOT NULL,
      challenge text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      consumed_at timestamptz
    )`);
    await q.query(`CREATE INDEX resident_code_phone ON cases.resident_code (phone_hash, created_at DESC)`);
    await q.query(`CREATE TABLE cases.resident_throttle (
      bucket text NOT NULL,
      key_hash text NOT NULL,
      window_start timestamptz NOT NULL,
      count int NOT NULL CHECK (count >= 0),
      PRIMARY KEY (bucket, key_hash, window_start)
    )`);
    await q.query(`CREATE TABLE cases.resident_filing (
      case_id uuid PRIMARY KEY REFERENCES cases."case"(id),
      phone_hash text NOT NULL,
      filed_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX resident_filing_phone ON cases.resident_filing (phone_hash)`);
    await q.query(`CREATE TABLE cases.resident_rating (
      case_id uuid NOT NULL REFERENCES cases."case"(id),
      round int NOT NULL CHECK (round >= 0),
      rating text NOT NULL CHECK (rating IN ('SATISFIED','BASICALLY_SATISFIED','UNSATISFIED')),
      rated_at timestamptz NOT NULL,
      PRIMARY KEY (case_id, round)
    )`);
    await q.query(`CREATE TABLE cases.notification (
      id uuid PRIMARY KEY,
      created_at timestamptz NOT NULL,
      channel text NOT NULL CHECK (channel IN ('SMS')),
      recipient text NOT NULL,
      template text NOT NULL,
      body text NOT NULL,
      case_id uuid,
      region_code text,
      gateway text NOT NULL
    )`);
    await q.query(`CREATE INDEX notification_time ON cases.notification (created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['notification', 'resident_rating', 'resident_filing', 'resident_throttle', 'resident_code']) await q.query(`DROP TABLE cases.${t}`);
  }
}
