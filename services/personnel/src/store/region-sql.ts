import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RegionFilter } from '../domain/access';

/**
 * Applies a region filter decided by domain/access.ts to `alias.region_code`. Both forms are
 * index-friendly (LIKE 'prefix%' on text_pattern_ops, = ANY).
 */
export function whereRegion<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, filter: RegionFilter): SelectQueryBuilder<T> {
  switch (filter.kind) {
    case 'EVERYWHERE':
      return qb;
    case 'NOWHERE':
      return qb.andWhere('false');
    case 'SUBTREE':
      return qb.andWhere(`${alias}.region_code LIKE :scopePattern`, { scopePattern: filter.code + '%' });
    case 'SUBTREE_AND_CHAIN':
      return qb.andWhere(`(${alias}.region_code LIKE :scopePattern OR ${alias}.region_code = ANY(:scopeAncestors))`, {
        scopePattern: filter.code + '%', scopeAncestors: filter.chain,
      });
  }
}
