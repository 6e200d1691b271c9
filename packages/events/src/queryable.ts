/** What the log's readers accept: a pg client or pool, or a TypeORM manager or data source. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Rows from either a pg client/pool (`rows`) or TypeORM (`array`). */
export function rowsOf(result: unknown): Record<string, unknown>[] {
  return Array.isArray(result) ? result : ((result as { rows: Record<string, unknown>[] }).rows ?? []);
}
