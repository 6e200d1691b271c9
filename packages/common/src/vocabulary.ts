/**
 * The domain vocabulary every subgraph shares, as runtime lists of shared.graphql's enums. The types
 * are generated from the SDL (`npm run codegen` → generated/shared-enums.ts); `enumValues` holds each
 * list to its type, so adding, renaming or dropping an enum value fails `tsc` here instead of drifting.
 * A subgraph's own enums use the same helper against its own generated types; `Role` and `Complexity`
 * keep their lists beside their rules (auth.ts, deadlines.ts).
 */
import type * as Sdl from './generated/shared-enums';

/**
 * `enumValues<E>()([...])`: the list as given (its order is the one shown to users), refused by the
 * compiler when it holds a value `E` lacks or misses one `E` has (the error names the missing values).
 */
export function enumValues<E extends string>() {
  return <const L extends readonly E[]>(values: L, ..._missing: [Exclude<E, L[number]>] extends [never] ? [] : [missing: Exclude<E, L[number]>]): L => values;
}

/** Departments' kinds: only a type (no code lists them; the demo world and the personnel schema name them). */
export type { DepartmentKind } from './generated/shared-enums';

export const REGION_LEVELS = enumValues<Sdl.RegionLevel>()(['COUNTY', 'TOWN', 'VILLAGE', 'GRID']);
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const CHANNELS = enumValues<Sdl.Channel>()(['WINDOW', 'HOTLINE_12345', 'POLICE_110', 'ONLINE', 'GRID', 'PETITION', 'COURT', 'PARTNER']);
export type Channel = (typeof CHANNELS)[number];

export const DISPUTE_TYPES = enumValues<Sdl.DisputeType>()([
  'MARRIAGE_FAMILY', 'NEIGHBOUR', 'DEBT', 'LABOUR_WAGES', 'LAND', 'TRAFFIC_ACCIDENT', 'MEDICAL', 'CONSUMER',
  'PROPERTY_MANAGEMENT', 'CONSTRUCTION_PAYMENT', 'OTHER',
]);
export type DisputeType = (typeof DISPUTE_TYPES)[number];

export const CASE_STATUSES = enumValues<Sdl.CaseStatus>()([
  'REGISTERED', 'ACCEPTED', 'ASSIGNED', 'IN_MEDIATION', 'RESOLVED', 'REFERRED', 'CLOSED', 'REJECTED', 'WITHDRAWN',
]);
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Work under way: counts toward overdue, toward a mediator's load and the overdue board. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['REGISTERED', 'ACCEPTED', 'ASSIGNED', 'IN_MEDIATION'];

export const SATISFACTIONS = enumValues<Sdl.Satisfaction>()(['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED']);
export type Satisfaction = (typeof SATISFACTIONS)[number];

/** 化解方式: the stepwise path a case is settled on (cases records it; supervision's statistics break down by it). */
export const RESOLUTION_MODES = enumValues<Sdl.ResolutionMode>()(['INSTANT', 'PROFESSIONAL', 'JOINT', 'ARBITRATION', 'LITIGATION', 'ADMINISTRATIVE_REVIEW']);
export type ResolutionMode = (typeof RESOLUTION_MODES)[number];
