import { In, type DataSource, type Repository } from 'typeorm';
import type { Scope } from '@zz/common';
import { RegionEntity } from './entities/region.entity';

/** Data access for the region tree. Visibility: the caller's subtree and its chain upward. */
export class RegionStore {
  private readonly repo: Repository<RegionEntity>;
  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(RegionEntity);
  }

  async byIds(ids: readonly string[]): Promise<RegionEntity[]> {
    if (!ids.length) return [];
    return this.repo.findBy({ id: In([...ids]) });
  }

  async byCodes(codes: readonly string[]): Promise<RegionEntity[]> {
    if (!codes.length) return [];
    return this.repo.findBy({ code: In([...codes]) });
  }

  async childrenOf(parentIds: readonly string[]): Promise<RegionEntity[]> {
    if (!parentIds.length) return [];
    return this.repo.find({ where: { parentId: In([...parentIds]) }, order: { code: 'ASC' } });
  }

  /** Regions by level and/or parent, limited to what the scope may see. */
  async list(scope: Scope, filter: { level?: string | null; parentId?: string | null }): Promise<RegionEntity[]> {
    const qb = this.repo.createQueryBuilder('r').orderBy('r.code', 'ASC');
    if (filter.level) qb.andWhere('r.level = :level', { level: filter.level });
    if (filter.parentId) qb.andWhere('r.parent_id = :parentId', { parentId: filter.parentId });
    if (!scope.all) {
      const own = scope.regionCode ?? '\u0000';
      // Own subtree, plus the ancestors of the scope's region (their codes are prefixes of it).
      qb.andWhere(`(r.code LIKE :pattern OR :own LIKE r.code || '%')`, { pattern: scope.likePattern, own });
    }
    return qb.getMany();
  }
}
