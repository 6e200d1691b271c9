/**
 * Raw-SQL helpers for the stores: a SELECT list and row hydration derived from the TypeORM
 * entity metadata (so the spatial and windowed queries return the same entity objects as `find`),
 * and paging of children per grid in one statement.
 */
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { Params, queryRows, type Queryable } from '@zz/common';

export function selectList(ds: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  return ds.getMetadata(entity).columns.map((c) => `${alias}.${c.databaseName} AS "${c.propertyName}"`).join(', ');
}

export function hydrate<T extends ObjectLiteral>(ctor: new () => T, rows: Record<string, unknown>[]): T[] {
  return rows.map((r) => Object.assign(new ctor(), r));
}


export interface PageQuery {
  /** e.g. `grid.grid_report` (aliased `t`). */
  table: string;
  /** SELECT list over alias `t` (see selectList). */
  cols: string;
  /** Conditions over alias `t`, ANDed; their parameters are in `params`. */
  where: string[];
  params: Params;
  /** ORDER BY over alias `t`, e.g. `t.created_at DESC, t.id DESC`. */
  order: string;
  /** Rows to fetch (the page size + 1). */
  fetch: number;
}

/** One page of a list. */
export async function listPage(q: Queryable, spec: PageQuery): Promise<Record<string, unknown>[]> {
  const where = spec.where.length ? `WHERE ${spec.where.join(' AND ')}` : '';
  return queryRows(q, `SELECT ${spec.cols} FROM ${spec.table} t ${where} ORDER BY ${spec.order} LIMIT ${spec.params.add(spec.fetch)}`, spec.params.values);
}

/**
 * The first page of the same list for many grids in ONE statement (row_number per grid), for the
 * DataLoaders behind `Grid.reports`, `Grid.patrolTasks`, `Grid.keyPersons`. Returns rows by grid id.
 */
export async function listPagePerGrid(q: Queryable, spec: PageQuery, gridIds: readonly string[]): Promise<Map<string, Record<string, unknown>[]>> {
  const ids = spec.params.add([...gridIds]);
  const where = [`t.grid_id = ANY(${ids}::uuid[])`, ...spec.where].join(' AND ');
  const fetch = spec.params.add(spec.fetch);
  const found = await queryRows(q, `SELECT * FROM (SELECT ${spec.cols}, row_number() OVER (PARTITION BY t.grid_id ORDER BY ${spec.order}) AS "__rn"
    FROM ${spec.table} t WHERE ${where}) x WHERE x."__rn" <= ${fetch} ORDER BY x."__rn"`, spec.params.values);
  const out = new Map<string, Record<string, unknown>[]>(gridIds.map((id) => [id, []]));
  for (const r of found) {
    delete r.__rn;
    out.get(String(r.gridId))?.push(r);
  }
  return out;
}

/** Counts of the same list per grid (for totalCount), one statement. */
export async function countPerGrid(q: Queryable, table: string, where: string[], params: Params, gridIds: readonly string[]): Promise<Map<string, number>> {
  const ids = params.add([...gridIds]);
  const all = [`t.grid_id = ANY(${ids}::uuid[])`, ...where].join(' AND ');
  const found = await queryRows(q, `SELECT t.grid_id, count(*)::int AS n FROM ${table} t WHERE ${all} GROUP BY t.grid_id`, params.values);
  return new Map(found.map((r) => [String(r.grid_id), Number(r.n)]));
}

export async function countAll(q: Queryable, table: string, where: string[], params: Params): Promise<number> {
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [r] = await queryRows(q, `SELECT count(*)::int AS n FROM ${table} t ${w}`, params.values);
  return Number(r.n);
}
