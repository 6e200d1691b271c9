/** Checks of the arguments every use case shares: ids, records by id within the jurisdiction, the acting user's id, page cursors. */
import type DataLoader from 'dataloader';
import { badInput, decodeKeyCursor, isUuid, type Identity } from '@zz/common';
import { inJurisdiction } from '../domain/access';
import type { Actor } from './types';

/** A malformed id argument is the caller's mistake (BAD_USER_INPUT), not "not found". */
export function requireId(id: string, field = 'id'): void {
  if (!isUuid(id)) throw badInput('无效的 ID (malformed id)', field);
}

/** A record by id when it lies in the caller's jurisdiction; a malformed or unknown id is simply not found. */
export async function loadVisible<T extends { regionCode: string }>(actor: Actor, loader: DataLoader<string, T | null>, id: string | null | undefined): Promise<T | null> {
  if (!isUuid(id)) return null;
  const row = await loader.load(id);
  return row && inJurisdiction(actor.scope, row.regionCode) ? row : null;
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
