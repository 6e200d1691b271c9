/**
 * Raw SQL over TypeORM, once for every store: rows of any statement (TypeORM's postgres `query()`
 * answers UPDATE/DELETE … RETURNING with `[rows, rowCount]` instead of the rows), numbered
 * parameters, and the LIKE pattern of a region-code prefix (codes are hierarchical digits: county 6,
 * town 9, village 12, grid 15; the intersection of two subtrees is `Scope.narrow`).
 */
import type { DataSource, EntityManager } from 'typeorm';

/** A data source or the entity manager of a transaction. */
export type Queryable = DataSource | EntityManager;
export type Row = Record<string, unknown>;

/** The rows a statement returns: SELECT, INSERT … RETURNING, UPDATE/DELETE … RETURNING alike. */
export async function queryRows<T = Row>(q: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  return rowsOf<T>(await q.query(sql, params));
}

/** TypeORM's answer to a statement → its rows. */
export function rowsOf<T = Row>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return (Array.isArray(result) ? result : []) as T[];
}

/** Appends a parameter and returns its placeholder (`$1`, `$2` …). */
export class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

/** LIKE pattern for a code prefix (codes are digits: nothing to escape). */
export const likePrefix = (code: string) => `${code}%`;

/**
 * The prefix of the intersection of two subtrees — a jurisdiction (`''` = everything) and a requested
 * region — or null when they are disjoint. A request can only narrow: asking for a region above the
 * jurisdiction gets the jurisdiction. No request: the jurisdiction itself.
 */
export function narrowPrefix(scopeCode: string, requestedCode: string | null | undefined): string | null {
  if (!requestedCode) return scopeCode;
  if (requestedCode.startsWith(scopeCode)) return requestedCode;
  if (scopeCode.startsWith(requestedCode)) return scopeCode;
  return null;
}
