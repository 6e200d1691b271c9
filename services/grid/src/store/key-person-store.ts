import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { KeyPersonEntity } from './entities/key-person.entity';
import type { KeyPersonReadFilter } from '../domain/access';
import type { KeyPersonChanges } from '../domain/grid-input';
import { GridChildList } from './grid-child-list';
import { likePrefix, type Params } from '@zz/common';

export interface KeyPersonListFilter {
  /** Only under this code prefix (jurisdiction ∩ requested region). */
  prefix: string;
  /** Which grids the caller may read at all (domain/access.ts). */
  access: KeyPersonReadFilter;
  category?: string | null;
  gridId?: string | null;
}

/** 重点人群: every read goes through the access filter, so an unreadable record is never even fetched. */
export class KeyPersonStore extends GridChildList<KeyPersonEntity, KeyPersonListFilter> {
  protected readonly order = 't.name, t.id';
  constructor(ds: DataSource) {
    super(ds, KeyPersonEntity, 'grid.key_person');
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
    return where;
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
