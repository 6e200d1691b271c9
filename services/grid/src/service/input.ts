/** Checks of the arguments every use case shares: ids, the acting user's id, page cursors. */
import { badInput, decodeKeyCursor, type Identity } from '@zz/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);

/** A malformed id argument is the caller's mistake (BAD_USER_INPUT), not "not found". */
export function requireId(id: string, field = 'id'): void {
  if (!isUuid(id)) throw badInput('无效的 ID (malformed id)', field);
}

/** The user recorded as having acted (service identities and synthetic ids record none). */
export const actingUserId = (identity: Identity): string | null => (isUuid(identity.userId) ? identity.userId : null);

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

/** Decodes an `after` cursor of one string (a grid code). */
export function codeCursor(after: string | null | undefined): string | null {
  if (!after) return null;
  const c = decodeKeyCursor(after);
  if (!c || c.length !== 1 || typeof c[0] !== 'string') throw badInput('无效的分页游标 (invalid cursor)', 'after');
  return c[0];
}
