import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Scope } from '@zz/common';

/** Region codes of the chain above `code` (county 6, town 9, village 12 digits), excluding itself. */
export function ancestorCodes(code: string): string[] {
  return [6, 9, 12].filter((n) => n < code.length).map((n) => code.slice(0, n));
}

/** Prefixes of `code` at every level, itself included (for "the centers above this region"). */
export function selfAndAncestorCodes(code: string): string[] {
  return [6, 9, 12, 15].filter((n) => n <= code.length).map((n) => code.slice(0, n));
}

/**
 * Limits `alias.region_code` to the scope: `contains` = the caller's subtree; `containsOrAbove` = also
 * the chain upward (reference data). Both are index-friendly (LIKE 'prefix%' on text_pattern_ops, = ANY).
 */
export function whereInScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, scope: Scope, mode: 'contains' | 'containsOrAbove'): SelectQueryBuilder<T> {
  if (scope.all) return qb;
  if (scope.regionCode === null) return qb.andWhere('false');
  if (mode === 'contains') return qb.andWhere(`${alias}.region_code LIKE :scopePattern`, { scopePattern: scope.likePattern });
  return qb.andWhere(`(${alias}.region_code LIKE :scopePattern OR ${alias}.region_code = ANY(:scopeAncestors))`, {
    scopePattern: scope.likePattern, scopeAncestors: ancestorCodes(scope.regionCode),
  });
}
