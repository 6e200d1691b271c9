/**
 * Small helpers shared by the stores (raw SQL over TypeORM's DataSource / EntityManager): the row
 * converters and keyset paging of supervision; statements and parameters are @zz/common's.
 */
import { Params, queryRows, type Queryable, type Row } from '@zz/common';

export { Params, type Row };
export type Db = Queryable;

/** The rows of any statement, UPDATE … RETURNING included. */
export const rows = (db: Db, sql: string, params: unknown[] = []): Promise<Row[]> => queryRows(db, sql, params);

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
