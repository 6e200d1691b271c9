/** Relay connections: opaque cursors over a sort key, `first` capped. */
import { badInput } from './errors';

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number | (() => Promise<number>);
}

export function pageSize(first: number | null | undefined, max: number, fallback = 20): number {
  if (first === null || first === undefined) return Math.min(fallback, max);
  if (!Number.isInteger(first) || first < 0) throw badInput('first must be a non-negative integer', 'first');
  if (first > max) throw badInput(`first must be at most ${max}`, 'first');
  return first;
}

/** Cursor over a (sort value, id) pair: base64url of JSON. */
export function encodeKeyCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeKeyCursor(cursor: string | null | undefined, field = 'after'): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v)) return v;
  } catch {
    /* fall through */
  }
  throw badInput('无效的分页游标 (invalid cursor)', field);
}

/** Builds a connection from `limit + 1` fetched rows. */
export function toConnection<T>(rows: T[], limit: number, cursorOf: (row: T) => string, totalCount: number | (() => Promise<number>)): Connection<T> {
  const page = rows.slice(0, limit);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: page.length ? cursorOf(page[page.length - 1]) : null },
    totalCount,
  };
}

/** The `totalCount` field resolver of a connection: counted only when asked for (a function until then). */
export const totalCountOf = <T>(c: Connection<T>): number | Promise<number> => (typeof c.totalCount === 'function' ? c.totalCount() : c.totalCount);
