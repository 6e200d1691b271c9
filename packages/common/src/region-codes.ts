/**
 * Region codes and region lookups, once for every subgraph. Codes are hierarchical digits (county 6,
 * town 9, village 12, grid 15; a child's code is its parent's plus 3 digits), so the regions above a
 * code are its prefixes and need no lookup (the county of a code: `countyCodeOf`, county-policy.ts).
 * The region behind an id is grid's: `regionById` asks it.
 */
import type { Identity } from './auth';
import type { InternalClient } from './internal-client';
import type { RegionLevel } from './vocabulary';

/** A well-formed region code of any level. */
export const REGION_CODE = /^\d{6}(\d{3}){0,3}$/;

/** Region codes of the chain above `code` (county 6, town 9, village 12 digits), excluding itself. */
export function ancestorCodes(code: string): string[] {
  return [6, 9, 12].filter((n) => n < code.length).map((n) => code.slice(0, n));
}

/** Prefixes of `code` at every level, itself included (for "the centers above this region"). */
export function selfAndAncestorCodes(code: string): string[] {
  return [6, 9, 12, 15].filter((n) => n <= code.length).map((n) => code.slice(0, n));
}

/** A region as grid shows it. */
export interface RegionRef {
  id: string;
  code: string;
  level: RegionLevel;
}

const REGION_BY_ID = `query RegionById($id: ID!) { region(id: $id) { id code level } }`;

/** grid's `region(id)` as `identity` sees it: null when unknown or out of that identity's sight. */
export async function regionById(client: InternalClient, id: string, identity: Identity): Promise<RegionRef | null> {
  const data = await client.call<{ region: RegionRef | null }>('grid', REGION_BY_ID, { id }, identity);
  return data.region ?? null;
}
