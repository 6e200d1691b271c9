/** Helpers shared by the use cases: jurisdiction prefixes, id checks, cursors. */
import { badInput, decodeKeyCursor, type Scope } from '@zz/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);

/** The caller's subtree as a code prefix ('' = everything), or null for no jurisdiction at all. */
export function scopePrefix(scope: Scope): string | null {
  return scope.all ? '' : scope.regionCode;
}

/** Decodes an `after` cursor of two strings (sort value, id). */
export function pairCursor(after: string | null | undefined, field = 'after'): [string, string] | null {
  const v = decodeKeyCursor(after, field);
  if (!v) return null;
  if (v.length !== 2 || typeof v[0] !== 'string' || !isUuid(v[1])) throw badInput('无效的分页游标 (invalid cursor)', field);
  return [v[0], v[1]];
}

export function timeCursor(after: string | null | undefined, field = 'after'): [string, string] | null {
  const c = pairCursor(after, field);
  if (c && Number.isNaN(Date.parse(c[0]))) throw badInput('无效的分页游标 (invalid cursor)', field);
  return c;
}
