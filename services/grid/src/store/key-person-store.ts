import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { KeyPersonEntity } from './entities/key-person.entity';
import type { KeyPersonReadFilter } from '../domain/access';
import type { KeyPersonChanges } from '../domain/grid-input';
import { countAll, countPerGrid, hydrate, likePrefix, listPage, listPagePerGrid, Params, selectList, type PageQuery } from './sql';

export interface KeyPersonListFilter {
  /** Only under this code prefix (jurisdiction ∩ requested region). */
  prefix: string;
  /** Which grids the caller may read at all (domain/access.ts). */
  access: KeyPersonReadFilter;
  category?: string | null;
  gridId?: string | null;
}

/** 重点人群: every read goes through the access filter, so an unreadable record is never even fetched. */
export class KeyPersonStore {
  private readonly cols: string;
  constructor(private readonly ds: DataSource) {
    this.cols = selectList(ds, KeyPersonEntity, 't');
  }

  private conditions(f: KeyPersonListFilter, p: Params): string[] {
    const where = [`t.region_code LIKE ${p.add(likePrefix(f.prefix))}`];
    const allowed: string[] = [];
    if (f.access.ownGrid) allowed.push(`t.region_code = ${p.add(f.access.ownGrid)}`);
    if (f.access.below) allowed.push(`(t.region_code LIKE ${p.add(likePrefix(f.access.below))} AND t.region_code <> ${p.add(f.access.below)})`);
    where.push(allowed.length ? `(${allowed.join(' OR ')})` : 'false');
    if (f.category) where.push(`t.category = ${p.add(f.category)}`);
    if (f.gridId) where.push(`t.grid_id = ${p.add(f.gridId)}`);
    return where;
  }

  private spec(f: KeyPersonListFilter, limit: number, after: [string, string] | null): PageQuery {
    const params = new Params();
    const where = this.conditions(f, params);
    if (after) where.push(`(t.name, t.id) > (${params.add(after[0])}, ${params.add(after[1])}::uuid)`);
    return { table: 'grid.key_person', cols: this.cols, where, params, order: 't.name, t.id', fetch: limit + 1 };
  }

  async page(f: KeyPersonListFilter, limit: number, after: [string, string] | null): Promise<KeyPersonEntity[]> {
    return hydrate(KeyPersonEntity, await listPage(this.ds, this.spec(f, limit, after)));
  }

  async count(f: KeyPersonListFilter): Promise<number> {
    const p = new Params();
    return countAll(this.ds, 'grid.key_person', this.conditions(f, p), p);
  }

  async pagePerGrid(gridIds: readonly string[], f: KeyPersonListFilter, limit: number, after: [string, string] | null): Promise<Map<string, KeyPersonEntity[]>> {
    const found = await listPagePerGrid(this.ds, this.spec(f, limit, after), gridIds);
    return new Map([...found].map(([k, v]) => [k, hydrate(KeyPersonEntity, v)]));
  }

  async countPerGrid(gridIds: readonly string[], f: KeyPersonListFilter): Promise<Map<string, number>> {
    const p = new Params();
    return countPerGrid(this.ds, 'grid.key_person', this.conditions(f, p), p, gridIds);
  }

  /** One record by id, unfiltered: callers apply the access rule (mutations need to tell NOT_FOUND from FORBIDDEN). */
  async byId(id: string): Promise<KeyPersonEntity | null> {
    return this.ds.getRepository(KeyPersonEntity).findOneBy({ id });
  }

  async insert(manager: EntityManager, k: { gridId: string; regionCode: string; name: string; category: string; plan: string }, now: Date): Promise<KeyPersonEntity> {
    const id = randomUUID();
    await manager.query(`INSERT INTO grid.key_person (id, grid_id, region_code, name, category, plan, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
      [id, k.gridId, k.regionCode, k.name, k.category, k.plan, now]);
    return manager.getRepository(KeyPersonEntity).findOneByOrFail({ id });
  }

  async update(manager: EntityManager, id: string, c: KeyPersonChanges, now: Date): Promise<KeyPersonEntity> {
    const repo = manager.getRepository(KeyPersonEntity);
    await repo.update({ id }, { ...c, updatedAt: now });
    return repo.findOneByOrFail({ id });
  }
}
