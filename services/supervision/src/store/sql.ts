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
