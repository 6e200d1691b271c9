import { In, type DataSource, type Repository } from 'typeorm';
import type { RegionBounds } from '../domain/access';
import { RegionEntity } from './entities/region.entity';
import { likePrefix } from '@zz/common';

/** Data access for the region tree. */
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

  /**
   * Regions by level and/or parent, within bounds the service decided (domain/access.ts regionListBounds):
   * the subtree under `below` plus the regions on the chain above `chainOf`; null = no bounds.
   */
  async list(bounds: RegionBounds | null, filter: { level?: string | null; parentId?: string | null }): Promise<RegionEntity[]> {
    const qb = this.repo.createQueryBuilder('r').orderBy('r.code', 'ASC');
    if (filter.level) qb.andWhere('r.level = :level', { level: filter.level });
    if (filter.parentId) qb.andWhere('r.parent_id = :parentId', { parentId: filter.parentId });
    if (bounds) {
      // The ancestors' codes are prefixes of `chainOf`.
      qb.andWhere(`(r.code LIKE :pattern OR :own LIKE r.code || '%')`, { pattern: likePrefix(bounds.below), own: bounds.chainOf });
    }
    return qb.getMany();
  }
}
