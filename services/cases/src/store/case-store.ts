/**
 * Data access for the cases schema: the `case` rows themselves (found, listed, inserted, changed
 * under their version), and the stores of the rows around them, all bound to the same data source or,
 * inside `transaction`, to that transaction's manager. Only the stores touch the database; they
 * receive decided parameters (a region-code prefix, a version) and decide nothing.
 */
import crypto from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { pgErrorCode, PG_UNIQUE_VIOLATION, queryRows, type Queryable } from '@zz/common';
import type { CaseEntity } from './entities/case.entity';
import { OPEN_STATUSES } from '../domain/case-status';
import type { RegionLevel } from '../domain/ladder';
import { AssignmentStore } from './assignment-store';
import { CenterMeetingStore } from './center-meeting-store';
import { ConsultationStore } from './consultation-store';
import { DuplicateStore } from './duplicate-store';
import { LedgerStore } from './ledger-store';
import { ConfirmationStore } from './confirmation-store';
import { MediationSessionStore } from './mediation-session-store';
import { PartyStore } from './party-store';
import { PolicyStore } from './policy-store';
import { CASE_COLUMNS, CASE_RETURNING, CASE_SELECT, CASE_TABLE as T } from './sql';

export interface CaseListQuery {
  /** Region-code prefix the caller may see and asked for ('' = everything). */
  regionPrefix: string;
  status?: readonly string[] | null;
  type?: readonly string[] | null;
  channel?: readonly string[] | null;
  level?: RegionLevel | null;
  overdue?: boolean | null;
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
  search?: string | null;
  /** 领导包案: only the cases this leader took. */
  leaderId?: string | null;
  now: Date;
  /** Keyset: strictly after (receivedAt desc, id desc). */
  after?: { receivedAt: string; id: string } | null;
  limit: number;
}

export interface NewCaseRow extends Omit<CaseEntity, 'version' | 'updatedAt'> {}

export class IdempotencyKeyTaken extends Error {}

/** `%text%` for ILIKE with the pattern characters of the text escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

export class CaseStore {
  readonly parties: PartyStore;
  readonly assignments: AssignmentStore;
  readonly consultations: ConsultationStore;
  readonly meetings: CenterMeetingStore;
  readonly sessions: MediationSessionStore;
  readonly confirmations: ConfirmationStore;
  readonly duplicates: DuplicateStore;
  readonly ledger: LedgerStore;
  readonly policies: PolicyStore;

  constructor(private readonly db: DataSource | EntityManager) {
    this.parties = new PartyStore(this.q);
    this.assignments = new AssignmentStore(this.q);
    this.consultations = new ConsultationStore(this.q);
    this.meetings = new CenterMeetingStore(this.q);
    this.sessions = new MediationSessionStore(this.q);
    this.confirmations = new ConfirmationStore(this.q);
    this.duplicates = new DuplicateStore(this.q);
    this.ledger = new LedgerStore(db);
    this.policies = new PolicyStore(this.q);
  }

  private get q(): Queryable {
    return this.db as Queryable;
  }

  /** Runs `work` in one transaction with a store bound to it. */
  transaction<R>(work: (tx: CaseStore) => Promise<R>): Promise<R> {
    const ds = this.db as DataSource;
    if (typeof ds.transaction !== 'function' || (this.db as EntityManager).queryRunner?.isTransactionActive) {
      throw new Error('CaseStore.transaction: already in a transaction');
    }
    return ds.transaction((manager) => work(new CaseStore(manager)));
  }

  // ---------------------------------------------------------------------------------------------
  // Reads

  async casesByIds(ids: readonly string[]): Promise<CaseEntity[]> {
    if (!ids.length) return [];
    return this.q.query(`SELECT ${CASE_SELECT} FROM ${T} c WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  async caseByCode(code: string): Promise<CaseEntity | null> {
    const rows = await this.q.query(`SELECT ${CASE_SELECT} FROM ${T} c WHERE c.code = $1`, [code]);
    return rows[0] ?? null;
  }

  async caseByIdempotencyKey(key: string): Promise<CaseEntity | null> {
    const rows = await this.q.query(`SELECT ${CASE_SELECT} FROM ${T} c WHERE c.idempotency_key = $1`, [key]);
    return rows[0] ?? null;
  }

  /** Progress of many idempotency keys at once (the demo seed resumes from it). */
  async versionsByIdempotencyKeys(keys: readonly string[]): Promise<Map<string, { id: string; version: number; status: string }>> {
    if (!keys.length) return new Map();
    const rows: { key: string; id: string; version: number; status: string }[] = await this.q.query(
      `SELECT idempotency_key AS key, id, version, status FROM ${T} WHERE idempotency_key = ANY($1::text[])`, [keys]);
    return new Map(rows.map((r) => [r.key, { id: r.id, version: r.version, status: r.status }]));
  }

  /** Cases merged into each of the given cases. */
  casesMergedInto(ids: readonly string[]): Promise<CaseEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.q.query(`SELECT ${CASE_SELECT} FROM ${T} c WHERE c.merged_into_id = ANY($1::uuid[]) ORDER BY c.received_at, c.id`, [ids]);
  }

  /** Open cases per mediator (every case where the mediator is currently LEAD or ASSIST), all jurisdictions. */
  async openCaseCountsByMediator(mediatorIds: readonly string[]): Promise<Map<string, number>> {
    if (!mediatorIds.length) return new Map();
    // `&&` finds the cases through the GIN index on mediator_ids; unnest counts each mediator once per case.
    const rows: { mediatorId: string; n: number }[] = await this.q.query(
      `SELECT m AS "mediatorId", count(*)::int AS n FROM ${T} c CROSS JOIN LATERAL unnest(c.mediator_ids) AS m
        WHERE c.mediator_ids && $1::uuid[] AND c.status IN ('REGISTERED','ACCEPTED','ASSIGNED','IN_MEDIATION') AND m = ANY($1::uuid[])
        GROUP BY m`, [mediatorIds]);
    return new Map(rows.map((r) => [r.mediatorId, r.n]));
  }

  private listWhere(query: CaseListQuery, params: unknown[]): string {
    const add = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (query.regionPrefix) where.push(`c.region_code LIKE ${add(query.regionPrefix.replace(/[\\%_]/g, '') + '%')}`);
    if (query.status?.length) where.push(`c.status = ANY(${add(query.status)}::text[])`);
    if (query.type?.length) where.push(`c.type = ANY(${add(query.type)}::text[])`);
    if (query.channel?.length) where.push(`c.channel = ANY(${add(query.channel)}::text[])`);
    if (query.level) where.push(`c.level = ${add(query.level)}`);
    if (query.receivedFrom) where.push(`c.received_at >= ${add(query.receivedFrom)}`);
    if (query.receivedTo) where.push(`c.received_at < ${add(query.receivedTo)}`);
    if (query.leaderId) where.push(`c.leader_id = ${add(query.leaderId)}`);
    if (query.overdue === true || query.overdue === false) {
      const open = add(OPEN_STATUSES);
      const now = add(query.now);
      const overdue = `(c.status = ANY(${open}::text[]) AND c.deadline_at IS NOT NULL AND c.deadline_at < ${now})`;
      where.push(query.overdue ? overdue : `NOT ${overdue}`);
    }
    if (query.search) {
      const p = add(containsPattern(query.search));
      where.push(`((c.title || ' ' || c.description) ILIKE ${p} OR c.code ILIKE ${p}
        OR EXISTS (SELECT 1 FROM cases.party sp WHERE sp.case_id = c.id AND sp.name ILIKE ${p}))`);
    }
    return where.length ? `WHERE ${where.join(' AND ')}` : '';
  }

  /** One page, newest first: `limit + 1` rows (the extra one says there is a next page). */
  async list(query: CaseListQuery): Promise<CaseEntity[]> {
    const params: unknown[] = [];
    let where = this.listWhere(query, params);
    if (query.after) {
      params.push(query.after.receivedAt, query.after.id);
      const keyset = `(c.received_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
      where = where ? `${where} AND ${keyset}` : `WHERE ${keyset}`;
    }
    params.push(query.limit + 1);
    return this.q.query(`SELECT ${CASE_SELECT} FROM ${T} c ${where} ORDER BY c.received_at DESC, c.id DESC LIMIT $${params.length}`, params);
  }

  async count(query: CaseListQuery): Promise<number> {
    const params: unknown[] = [];
    const where = this.listWhere(query, params);
    const rows: { n: number }[] = await this.q.query(`SELECT count(*)::int AS n FROM ${T} c ${where}`, params);
    return rows[0]?.n ?? 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Writes

  /**
   * The next sequence of the unified code for a county and day, in its own short transaction: one
   * atomic upsert, so concurrent intakes never share a number, and the counter row is locked only for
   * that statement instead of for a whole intake (which serialised every intake of a county: ~50/s).
   * An intake that fails after taking its number leaves a gap in the day's sequence, never a duplicate.
   * The commit need not wait for its own WAL flush: the case that uses the number commits later and
   * flushes the WAL up to and past this commit, so a number in use is always durable. One statement
   * in autocommit (one round trip): set_config(…, true) lasts until the end of that statement's
   * transaction, i.e. through its commit.
   */
  async allocateCodeSequence(countyCode: string, day: string): Promise<number> {
    if ((this.db as EntityManager).queryRunner?.isTransactionActive) {
      throw new Error('CaseStore.allocateCodeSequence: must not run inside the intake transaction');
    }
    const rows: { seq: number }[] = await this.db.query(
      `WITH async_commit AS (SELECT set_config('synchronous_commit', 'off', true)),
            next AS (INSERT INTO cases.case_code_counter AS k (county_code, day, last_seq) VALUES ($1, $2, 1)
                     ON CONFLICT (county_code, day) DO UPDATE SET last_seq = k.last_seq + 1 RETURNING k.last_seq AS seq)
       SELECT next.seq FROM next, async_commit`, [countyCode, day]);
    return rows[0].seq;
  }

  /** Inserts a case at version 1; IdempotencyKeyTaken when another intake holds its key. */
  async insertCase(row: NewCaseRow, at: Date): Promise<CaseEntity> {
    const entries = Object.entries(row).filter(([k]) => k in CASE_COLUMNS) as [keyof CaseEntity, unknown][];
    const cols = [...entries.map(([k]) => CASE_COLUMNS[k]), 'version', 'updated_at'];
    const params = [...entries.map(([, v]) => v), 1, at];
    try {
      const rows = await this.q.query(
        `INSERT INTO ${T} (${cols.join(', ')}) VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING ${CASE_RETURNING}`, params);
      return rows[0];
    } catch (err) {
      const detail = (err as { driverError?: { constraint?: string }; constraint?: string });
      const constraint = detail.driverError?.constraint ?? detail.constraint;
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION && constraint === 'case_idempotency_key_key') throw new IdempotencyKeyTaken();
      throw err;
    }
  }

  /**
   * Applies `patch` if the case is still at `expectedVersion`, bumping the version; null when someone
   * else changed it first (the caller answers CONFLICT). Under READ COMMITTED a concurrent UPDATE
   * waits for the first to commit and then re-checks the version, so exactly one of them wins.
   */
  async updateCase(id: string, expectedVersion: number, patch: Partial<CaseEntity>, at: Date): Promise<CaseEntity | null> {
    const params: unknown[] = [id, expectedVersion, at];
    const sets = ['version = version + 1', 'updated_at = $3'];
    for (const [k, v] of Object.entries(patch) as [keyof CaseEntity, unknown][]) {
      if (k === 'id' || k === 'version' || k === 'updatedAt' || !(k in CASE_COLUMNS) || v === undefined) continue;
      params.push(v);
      sets.push(`${CASE_COLUMNS[k]} = $${params.length}`);
    }
    const rows = await queryRows<CaseEntity>(this.q, `UPDATE ${T} SET ${sets.join(', ')} WHERE id = $1 AND version = $2 RETURNING ${CASE_RETURNING}`, params);
    return rows[0] ?? null;
  }

  /** The record of a merge (cases.case_merge); the two case rows change through updateCase. */
  async insertMerge(sourceId: string, targetId: string, at: Date, by: string | null, reason: string | null): Promise<void> {
    await this.q.query(`INSERT INTO cases.case_merge (id, source_case_id, target_case_id, merged_at, merged_by, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
      [crypto.randomUUID(), sourceId, targetId, at, by, reason]);
  }
}
