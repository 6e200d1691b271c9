import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { KeyPersonEntity } from './entities/key-person.entity';
import { KeyPersonVisitEntity } from './entities/key-person-visit.entity';
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
  constructor(ds: DataSource) {
    super(ds, KeyPersonEntity, 'grid.key_person');
    this.visitCols = selectList(ds, KeyPersonVisitEntity, 'v');
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

  async insert(manager: EntityManager, k: { gridId: string; regionCode: string; name: string; category: string; plan: string } & KeyPersonCare, now: Date): Promise<KeyPersonEntity> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO grid.key_person (id, grid_id, region_code, name, category, plan, tier, responsible_cadre, visit_every_days, next_visit_due_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)`,
      [id, k.gridId, k.regionCode, k.name, k.category, k.plan, k.tier, k.responsibleCadre, k.visitEveryDays, k.nextVisitDueAt, now]);
    return manager.getRepository(KeyPersonEntity).findOneByOrFail({ id });
  }

  /** The record locked for a change that reads it first (a visit moves the plan; a tier change recomputes it). */
  async lock(manager: EntityManager, id: string): Promise<KeyPersonEntity> {
    return manager.getRepository(KeyPersonEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(manager: EntityManager, id: string, c: KeyPersonChanges & Partial<KeyPersonCare> & { lastVisitedAt?: Date }, now: Date): Promise<KeyPersonEntity> {
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
  async visitsOf(keyPersonIds: readonly string[], limit: number): Promise<Map<string, KeyPersonVisitEntity[]>> {
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${this.visitCols} FROM unnest($1::uuid[]) AS k(id)
         CROSS JOIN LATERAL (SELECT * FROM grid.key_person_visit x WHERE x.key_person_id = k.id ORDER BY x.visited_at DESC, x.id DESC LIMIT $2) v`,
      [keyPersonIds, limit]);
    const byPerson = new Map<string, KeyPersonVisitEntity[]>(keyPersonIds.map((id) => [id, []]));
    for (const v of hydrate(KeyPersonVisitEntity, rows)) byPerson.get(v.keyPersonId)!.push(v);
    return byPerson;
  }
}
