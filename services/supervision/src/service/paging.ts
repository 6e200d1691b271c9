/** Keyset pages of the lists (newest or nearest first): `first` capped, `after` a [time, uuid] cursor, totalCount. */
import { badInput, decodeKeyCursor, encodeKeyCursor, isUuid, pageSize, toConnection } from '@zz/common';

/** Decodes a keyset cursor [ISO time, uuid]; BAD_USER_INPUT (field `after`) for anything else. */
export function timeIdCursor(after: string | null | undefined): { at: string; id: string } | null {
  const v = decodeKeyCursor(after);
  if (!v) return null;
  const [at, id] = v;
  if (typeof at !== 'string' || Number.isNaN(new Date(at).getTime()) || typeof id !== 'string' || !isUuid(id)) {
    throw badInput('无效的分页游标 (invalid cursor)', 'after');
  }
  return { at, id };
}

/** The page size and the decoded cursor, in this order (a bad `first` is reported before a bad `after`). */
export function keysetArgs(args: { first?: number | null; after?: string | null }, maxFirst: number) {
  const limit = pageSize(args.first, maxFirst);
  return { limit, after: timeIdCursor(args.after) };
}

/** A connection from `limit + 1` fetched rows, with the count of the whole list. */
export async function connectionOf<T>(page: { rows: T[]; count: () => Promise<number> }, limit: number, key: (row: T) => (string | number)[]) {
  const conn = toConnection(page.rows, limit, (r) => encodeKeyCursor(key(r)), 0);
  return { edges: conn.edges, pageInfo: conn.pageInfo, totalCount: await page.count() };
}
