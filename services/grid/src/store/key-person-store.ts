import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { KeyPersonEntity } from './entities/key-person.entity';
import { KeyPersonVisitEntity } from './entities/key-person-visit.entity';
import { KeyPersonRiskEntity } from './entities/key-person-risk.entity';
import type { KeyPersonReadFilter } from '../domain/access';
import type { KeyPersonChanges } from '../domain/grid-input';
import { GridChildList } from './grid-child-list';
import { hydrate, selectList } from './sql';
import { likePrefix, type Params } from '@zz/common';

export interface KeyPersonListFilter {
  /** Only under this code prefix (jurisdiction ∩ requested region). */
  prefix: string;
  /** Which grids the caller may read at all (domain/access.ts). */
  access: KeyPersonReadFilter;
  category?: string | null;
  gridId?: string | null;
  tier?: string | null;
  /** Only records whose next visit is due before this instant (走访到期). */
  dueBefore?: Date | null;
}

/** The care fields a record is written with (domain/key-person-care.ts). */
export interface KeyPersonCare {
  tier: string;
  responsibleCadre: string | null;
  visitEveryDays: number | null;
  nextVisitDueAt: Date;
}

/** The keys a record is matched by (domain/key-person-risk.ts). */
export interface KeyPersonKeys {
  idNumberKey: string | null;
  phoneKey: string | null;
  partyKeys: string[];
}

export type NewRiskLink = Omit<KeyPersonRiskEntity, 'id'>;

export interface NewVisit {
  keyPersonId: string;
  regionCode: string;
  kind: string;
  visitedAt: Date;
  metInPerson: boolean;
  note: string;
  visitorUserId: string | null;
  visitorName: string;
}

/** 重点人群: every read goes through the access filter, so an unreadable record is never even fetched. */
export class KeyPersonStore extends GridChildList<KeyPersonEntity, KeyPersonListFilter> {
  protected readonly order = 't.name, t.id';
  private readonly visitCols: string;
  private readonly riskCols: string;
  constructor(ds: DataSource) {
    super(ds, KeyPersonEntity, 'grid.key_person');
    this.visitCols = selectList(ds, KeyPersonVisitEntity, 'v');
    this.riskCols = selectList(ds, KeyPersonRiskEntity, 'v');
  }

  protected afterRow(after: [string, string], p: Params): string {
    return `(t.name, t.id) > (${p.add(after[0])}, ${p.add(after[1])}::uuid)`;
  }

  protected conditions(f: KeyPersonListFilter, p: Params): string[] {
    const where = [`t.region_code LIKE ${p.add(likePrefix(f.prefix))}`];
    const allowed: string[] = [];
    if (f.access.ownGrid) allowed.push(`t.region_code = ${p.add(f.access.ownGrid)}`);
    if (f.access.below) allowed.push(`(t.region_code LIKE ${p.add(likePrefix(f.access.below))} AND t.region_code <> ${p.add(f.access.below)})`);
    where.push(allowed.length ? `(${allowed.join(' OR ')})` : 'false');
    if (f.category) where.push(`t.category = ${p.add(f.category)}`);
    if (f.gridId) where.push(`t.grid_id = ${p.add(f.gridId)}`);
    if (f.tier) where.push(`t.tier = ${p.add(f.tier)}`);
    if (f.dueBefore) where.push(`t.next_visit_due_at < ${p.add(f.dueBefore)}`);
    return where;
  }

  /** One record by id, unfiltered: callers apply the access rule (mutations need to tell NOT_FOUND from FORBIDDEN). */
  async byId(id: string): Promise<KeyPersonEntity | null> {
    return this.ds.getRepository(KeyPersonEntity).findOneBy({ id });
  }

  /** Several records by id, unfiltered (federated references: the caller applies the access rule). */
  async byIds(ids: readonly string[]): Promise<KeyPersonEntity[]> {
    const rows: Record<string, unknown>[] = await this.ds.query(`SELECT ${this.cols} FROM grid.key_person t WHERE t.id = ANY($1::uuid[])`, [ids]);
    return hydrate(KeyPersonEntity, rows);
  }

  async insert(manager: EntityManager, k: { gridId: string; regionCode: string; name: string; category: string; plan: string } & KeyPersonCare & KeyPersonKeys, now: Date): Promise<KeyPersonEntity> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO grid.key_person (id, grid_id, region_code, name, category, plan, tier, responsible_cadre, visit_every_days, next_visit_due_at,
         id_number_key, phone_key, party_keys, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)`,
      [id, k.gridId, k.regionCode, k.name, k.category, k.plan, k.tier, k.responsibleCadre, k.visitEveryDays, k.nextVisitDueAt,
        k.idNumberKey, k.phoneKey, k.partyKeys, now]);
    return manager.getRepository(KeyPersonEntity).findOneByOrFail({ id });
  }

  /** The record locked for a change that reads it first (a visit moves the plan; a tier change recomputes it). */
  async lock(manager: EntityManager, id: string): Promise<KeyPersonEntity> {
    return manager.getRepository(KeyPersonEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(manager: EntityManager, id: string, c: KeyPersonChanges & Partial<KeyPersonCare> & Partial<KeyPersonKeys> & { lastVisitedAt?: Date }, now: Date): Promise<KeyPersonEntity> {
    const repo = manager.getRepository(KeyPersonEntity);
    await repo.update({ id }, { ...c, updatedAt: now });
    return repo.findOneByOrFail({ id });
  }

  async insertVisit(manager: EntityManager, v: NewVisit, now: Date): Promise<KeyPersonVisitEntity> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO grid.key_person_visit (id, key_person_id, region_code, kind, visited_at, met_in_person, note, visitor_user_id, visitor_name, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [id, v.keyPersonId, v.regionCode, v.kind, v.visitedAt, v.metInPerson, v.note, v.visitorUserId, v.visitorName, now]);
    return manager.getRepository(KeyPersonVisitEntity).findOneByOrFail({ id });
  }

  /**
   * Records past their visit plan whose overdue has not been announced for this due date, locked (others
   * skipped: a second instance's watch takes the next ones), oldest due first.
   */
  async overdueUnannounced(manager: EntityManager, now: Date, limit: number): Promise<KeyPersonEntity[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${this.cols} FROM grid.key_person t
        WHERE t.next_visit_due_at < $1 AND t.overdue_announced_for IS DISTINCT FROM t.next_visit_due_at
        ORDER BY t.next_visit_due_at, t.id LIMIT $2 FOR UPDATE SKIP LOCKED`, [now, limit]);
    return hydrate(KeyPersonEntity, rows);
  }

  async markAnnounced(manager: EntityManager, ids: readonly string[]): Promise<void> {
    await manager.query(`UPDATE grid.key_person SET overdue_announced_for = next_visit_due_at WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** The latest visits of several records (newest first), `limit` each: one statement for a page of records. */
  visitsOf(keyPersonIds: readonly string[], limit: number): Promise<Map<string, KeyPersonVisitEntity[]>> {
    return this.latestPerRecord(KeyPersonVisitEntity, this.visitCols, 'grid.key_person_visit', 'visited_at', keyPersonIds, limit);
  }

  /** The records of a county sharing a key with a case, locked in id order (the risk consumer's transaction). */
  async sharingKeys(manager: EntityManager, countyCode: string, keys: readonly string[]): Promise<KeyPersonEntity[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${this.cols} FROM grid.key_person t WHERE t.region_code LIKE $1 AND t.party_keys && $2::text[] ORDER BY t.id FOR UPDATE`,
      [likePrefix(countyCode), keys]);
    return hydrate(KeyPersonEntity, rows);
  }

  /** Keeps a match of a warning with a record; false when it was kept before (a replayed event). */
  async insertRiskLink(manager: EntityManager, r: NewRiskLink): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO grid.key_person_risk (id, key_person_id, region_code, risk_warning_id, case_id, case_code, rule, rule_name, reason, level, tier_before, tier_after, linked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (key_person_id, risk_warning_id) DO NOTHING RETURNING id`,
      [randomUUID(), r.keyPersonId, r.regionCode, r.riskWarningId, r.caseId, r.caseCode, r.rule, r.ruleName, r.reason, r.level, r.tierBefore, r.tierAfter, r.linkedAt]);
    return rows.length > 0;
  }

  /** The warnings about several records (newest first), `limit` each: one statement for a page of records. */
  risksOf(keyPersonIds: readonly string[], limit: number): Promise<Map<string, KeyPersonRiskEntity[]>> {
    return this.latestPerRecord(KeyPersonRiskEntity, this.riskCols, 'grid.key_person_risk', 'linked_at', keyPersonIds, limit);
  }

  /** The newest `limit` rows of a per-record table (aliased `v` in `cols`) for each of several records, by `at` then id. */
  private async latestPerRecord<T extends { keyPersonId: string }>(
    ctor: new () => T, cols: string, table: string, at: string, keyPersonIds: readonly string[], limit: number,
  ): Promise<Map<string, T[]>> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${cols} FROM unnest($1::uuid[]) AS k(id)
         CROSS JOIN LATERAL (SELECT * FROM ${table} x WHERE x.key_person_id = k.id ORDER BY x.${at} DESC, x.id DESC LIMIT $2) v`,
      [keyPersonIds, limit]);
    const byPerson = new Map<string, T[]>(keyPersonIds.map((id) => [id, []]));
    for (const r of hydrate(ctor, rows)) byPerson.get(r.keyPersonId)!.push(r);
    return byPerson;
  }

  /** The records each of several warnings concerns (ids, in record-id order). */
  async personIdsOfWarnings(warningIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { w: string; k: string }[] = await this.ds.query(
      `SELECT risk_warning_id AS w, key_person_id AS k FROM grid.key_person_risk WHERE risk_warning_id = ANY($1::uuid[]) ORDER BY key_person_id`, [warningIds]);
    const byWarning = new Map<string, string[]>(warningIds.map((id) => [id, []]));
    for (const r of rows) byWarning.get(r.w)?.push(r.k);
    return byWarning;
  }
}
