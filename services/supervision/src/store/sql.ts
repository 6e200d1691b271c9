/** Small helpers shared by the stores (raw SQL over TypeORM's DataSource / EntityManager). */
import type { DataSource, EntityManager } from 'typeorm';

export type Db = DataSource | EntityManager;
export type Row = Record<string, unknown>;

export async function rows(db: Db, sql: string, params: unknown[] = []): Promise<Row[]> {
  const result = await db.query(sql, params);
  // UPDATE … RETURNING through TypeORM gives [rows, count].
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as Row[];
  return result as Row[];
}

/** Appends a parameter and returns its placeholder. */
export class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

export const toDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));
export const toDateOrNull = (v: unknown): Date | null => (v === null || v === undefined ? null : toDate(v));
export const str = (v: unknown): string => String(v);
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** A keyset page and, on demand, the size of the whole list (the lists' totalCount). */
export interface KeysetPage<T> {
  rows: T[];
  count: () => Promise<number>;
}

/**
 * `limit` rows of `from` (a table with its alias) matching `where`, past the cursor condition `after`
 * adds, in `orderBy`; the count asks the same filter without the cursor. Placeholders come from `p`,
 * in which `where` was built.
 */
export async function keysetPage<T>(
  db: Db,
  q: { columns: string; from: string; where: string[]; p: Params; after: ((p: Params) => string) | null; orderBy: string; limit: number },
  map: (r: Row) => T,
): Promise<KeysetPage<T>> {
  const { p } = q;
  const countWhere = [...q.where];
  const countParams = [...p.values];
  const where = q.after ? [...q.where, q.after(p)] : q.where;
  const found = await rows(db, `SELECT ${q.columns} FROM ${q.from} WHERE ${where.join(' AND ')} ORDER BY ${q.orderBy} LIMIT ${p.add(q.limit)}`, p.values);
  return {
    rows: found.map(map),
    count: async () => Number((await rows(db, `SELECT count(*)::int AS n FROM ${q.from} WHERE ${countWhere.join(' AND ')}`, countParams))[0].n),
  };
}
