/**
 * Resident self-service rows (tables cases.resident_code, resident_throttle, resident_filing,
 * resident_rating) and the notification port's local sink (cases.notification).
 */
import type { DataSource, EntityManager } from 'typeorm';
import { pgErrorCode, PG_UNIQUE_VIOLATION, queryRows, type Queryable } from '@zz/common';

export interface ResidentCodeRow {
  id: string;
  phoneHash: string;
  codeHash: string;
  expiresAt: Date;
  attempts: number;
  consumedAt: Date | null;
}

export interface NotificationRow {
  id: string;
  createdAt: Date;
  channel: 'SMS';
  recipient: string;
  template: string;
  body: string;
  caseId: string | null;
  regionCode: string | null;
  gateway: string;
}

export class ChallengeUsed extends Error {}

const SWEEP_BATCH = 100;

export class ResidentStore {
  constructor(private readonly db: DataSource | EntityManager) {}

  private get q(): Queryable {
    return this.db as Queryable;
  }

  transaction<R>(work: (tx: ResidentStore) => Promise<R>): Promise<R> {
    return (this.db as DataSource).transaction((m) => work(new ResidentStore(m)));
  }

  /**
   * One more hit in the fixed window of `windowSeconds` that contains `now`; returns the count
   * including this one and when the window ends. Concurrent hits serialise on the row.
   */
  async hit(bucket: string, keyHash: string, windowSeconds: number, now: Date): Promise<{ count: number; windowEnd: Date }> {
    const start = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
    const [row] = await queryRows<{ count: number }>(this.q, `INSERT INTO cases.resident_throttle (bucket, key_hash, window_start, count)
      VALUES ($1, $2, $3, 1) ON CONFLICT (bucket, key_hash, window_start) DO UPDATE SET count = cases.resident_throttle.count + 1
      RETURNING count`, [bucket, keyHash, start]);
    // A new window: the key's earlier windows are spent, so the table holds one row per key and bucket;
    // and a few spent rows of keys that never came back go too (see sweep).
    if (row.count === 1) {
      await this.q.query(`DELETE FROM cases.resident_throttle WHERE bucket = $1 AND key_hash = $2 AND window_start < $3`, [bucket, keyHash, start]);
      await this.sweep(now);
    }
    return { count: row.count, windowEnd: new Date(start.getTime() + windowSeconds * 1000) };
  }

  /**
   * Drops up to SWEEP_BATCH throttle windows and codes older than two days, of any key: every new window
   * sweeps, so spent rows go at least as fast as new keys arrive, and each sweep stays a small indexed delete.
   * (The longest window is a day; a code lives minutes.)
   */
  async sweep(now: Date): Promise<void> {
    const before = new Date(now.getTime() - 2 * 86_400_000);
    await this.q.query(`DELETE FROM cases.resident_throttle WHERE ctid = ANY(ARRAY(
      SELECT ctid FROM cases.resident_throttle WHERE window_start < $1 ORDER BY window_start LIMIT $2))`, [before, SWEEP_BATCH]);
    await this.q.query(`DELETE FROM cases.resident_code WHERE ctid = ANY(ARRAY(
      SELECT ctid FROM cases.resident_code WHERE created_at < $1 ORDER BY created_at LIMIT $2))`, [before, SWEEP_BATCH]);
  }

  /** Inserts a code, retiring the phone's earlier ones (only the newest code works). ChallengeUsed if the challenge was spent. */
  async insertCode(row: { id: string; phoneHash: string; codeHash: string; challenge: string; createdAt: Date; expiresAt: Date }): Promise<void> {
    await this.q.query(`UPDATE cases.resident_code SET consumed_at = $2 WHERE phone_hash = $1 AND consumed_at IS NULL`, [row.phoneHash, row.createdAt]);
    // Codes older than a day serve nothing (their challenges expired long ago): the phone's are dropped here.
    await this.q.query(`DELETE FROM cases.resident_code WHERE phone_hash = $1 AND created_at < $2`, [row.phoneHash, new Date(row.createdAt.getTime() - 86_400_000)]);
    try {
      await this.q.query(`INSERT INTO cases.resident_code (id, phone_hash, code_hash, challenge, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [row.id, row.phoneHash, row.codeHash, row.challenge, row.createdAt, row.expiresAt]);
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw new ChallengeUsed();
      throw err;
    }
  }

  /** The phone's newest code, locked for the attempt (in a transaction). */
  async newestCodeForUpdate(phoneHash: string): Promise<ResidentCodeRow | null> {
    const [row] = await queryRows<ResidentCodeRow>(this.q, `SELECT id, phone_hash AS "phoneHash", code_hash AS "codeHash", expires_at AS "expiresAt",
      attempts, consumed_at AS "consumedAt" FROM cases.resident_code WHERE phone_hash = $1 ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE`, [phoneHash]);
    return row ?? null;
  }

  async countAttempt(id: string, consumedAt: Date | null): Promise<void> {
    await this.q.query(`UPDATE cases.resident_code SET attempts = attempts + 1, consumed_at = coalesce(consumed_at, $2) WHERE id = $1`, [id, consumedAt]);
  }

  async insertFiling(caseId: string, phoneHash: string, at: Date): Promise<void> {
    await this.q.query(`INSERT INTO cases.resident_filing (case_id, phone_hash, filed_at) VALUES ($1, $2, $3) ON CONFLICT (case_id) DO NOTHING`, [caseId, phoneHash, at]);
  }

  async filingOf(caseId: string): Promise<{ phoneHash: string } | null> {
    const [row] = await queryRows<{ phoneHash: string }>(this.q, `SELECT phone_hash AS "phoneHash" FROM cases.resident_filing WHERE case_id = $1`, [caseId]);
    return row ?? null;
  }

  /** The case's parties' phones (to match a verified phone against them). */
  async partyPhones(caseId: string): Promise<{ role: string; phone: string }[]> {
    return queryRows(this.q, `SELECT role, phone FROM cases.party WHERE case_id = $1 AND phone IS NOT NULL`, [caseId]);
  }

  /** false when the round was already rated (the primary key decides, whoever came first). */
  async insertRating(caseId: string, round: number, rating: string, at: Date): Promise<boolean> {
    const rows = await queryRows(this.q, `INSERT INTO cases.resident_rating (case_id, round, rating, rated_at) VALUES ($1, $2, $3, $4)
      ON CONFLICT (case_id, round) DO NOTHING RETURNING case_id`, [caseId, round, rating, at]);
    return rows.length === 1;
  }

  async ratingOf(caseId: string, round: number): Promise<{ rating: string; ratedAt: Date } | null> {
    const [row] = await queryRows<{ rating: string; ratedAt: Date }>(this.q,
      `SELECT rating, rated_at AS "ratedAt" FROM cases.resident_rating WHERE case_id = $1 AND round = $2`, [caseId, round]);
    return row ?? null;
  }

  async insertNotification(row: NotificationRow): Promise<void> {
    await this.q.query(`INSERT INTO cases.notification (id, created_at, channel, recipient, template, body, case_id, region_code, gateway)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [row.id, row.createdAt, row.channel, row.recipient, row.template, row.body, row.caseId, row.regionCode, row.gateway]);
  }

  /**
   * The local sink's messages, newest first: those of cases under `regionPrefix`, and (when
   * `withoutRegion`) those tied to no case (codes); optionally to one recipient.
   */
  notifications(q: { regionPrefix: string; withoutRegion: boolean; recipient: string | null; limit: number }): Promise<NotificationRow[]> {
    return queryRows(this.q, `SELECT id, created_at AS "createdAt", channel, recipient, template, body, case_id AS "caseId",
      region_code AS "regionCode", gateway FROM cases.notification
      WHERE (region_code LIKE $1 OR ($2 AND region_code IS NULL)) AND ($3::text IS NULL OR recipient = $3)
      ORDER BY created_at DESC, id DESC LIMIT $4`, [`${q.regionPrefix}%`, q.withoutRegion, q.recipient, q.limit]);
  }
}
