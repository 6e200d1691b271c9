/**
 * Personnel's jurisdiction rule, in one place and pure: which records a caller sees and may change.
 * The services apply it (row by row before writes and reads, and as the filters below for lists);
 * the stores receive the filters decided here and do not decide. Built on the platform's policy
 * (@zz/common: `authorize`/`mayCall` say WHO may call; `Scope` is the caller's region subtree).
 *
 * - Reference data (centers, their staff, the mediator and expert pools) is in sight in the caller's
 *   subtree and on its chain upward: a village sees its town's and the county's center, not a
 *   neighbouring town's (the gold team and the experts sit at the county, so every level sees them).
 * - Accounts, evaluations and every change (a new account's region, a mediator record edited, a staff
 *   member rated) are in jurisdiction only in the caller's own subtree.
 * - An appointment is seen in the subtree of its region, by its studio's mediator and by the account
 *   that booked it (domain/booking-policy.ts decides which region an appointment belongs to).
 * - The login log: SUPERVISOR and ADMIN, attempts on accounts of the subtree; attempts on unknown
 *   usernames only a county ADMIN.
 * - Departments are global reference data.
 */
import { ancestorCodes, mayCall, type Identity, type Scope } from '@zz/common';

/** Reference data at `regionCode` is in sight: the caller's subtree and its chain upward. */
export function inSight(scope: Scope, regionCode: string): boolean {
  return scope.containsOrAbove(regionCode);
}

/** `row` when it is in sight, else null: a read out of sight looks like an unknown id. */
export function ifInSight<T extends { regionCode: string }>(scope: Scope, row: T | null): T | null {
  return row && inSight(scope, row.regionCode) ? row : null;
}

/** `regionCode` lies in the caller's jurisdiction: its own subtree (accounts, evaluations, any change). */
export function inJurisdiction(scope: Scope, regionCode: string): boolean {
  return scope.contains(regionCode);
}

/**
 * The region codes a list may return, as a store applies it to a `region_code` column: every code
 * (a platform call), none (no region), the subtree of `code`, or that and exactly the `chain` above it.
 */
export type RegionFilter =
  | { kind: 'EVERYWHERE' }
  | { kind: 'NOWHERE' }
  | { kind: 'SUBTREE'; code: string }
  | { kind: 'SUBTREE_AND_CHAIN'; code: string; chain: string[] };
export type SubtreeFilter = Exclude<RegionFilter, { kind: 'SUBTREE_AND_CHAIN' }>;

/** `inSight` as a list filter. */
export function inSightFilter(scope: Scope): RegionFilter {
  if (scope.all) return { kind: 'EVERYWHERE' };
  if (scope.regionCode === null) return { kind: 'NOWHERE' };
  return { kind: 'SUBTREE_AND_CHAIN', code: scope.regionCode, chain: ancestorCodes(scope.regionCode) };
}

/** `inJurisdiction` as a list filter. */
export function jurisdictionFilter(scope: Scope): SubtreeFilter {
  if (scope.all) return { kind: 'EVERYWHERE' };
  if (scope.regionCode === null) return { kind: 'NOWHERE' };
  return { kind: 'SUBTREE', code: scope.regionCode };
}

export interface AppointmentFacts {
  mediatorId: string;
  bookedBy: string | null;
  regionCode: string;
}

export function canSeeAppointment(identity: Identity, scope: Scope, a: AppointmentFacts): boolean {
  if (scope.contains(a.regionCode)) return true;
  if (identity.mediatorId && identity.mediatorId === a.mediatorId) return true;
  return identity.userId !== null && a.bookedBy === identity.userId;
}

/** `canSeeAppointment` as a list filter: any of the given conditions (null: that one does not apply). */
export type AppointmentFilter =
  | { kind: 'EVERYWHERE' }
  | { kind: 'NOWHERE' }
  | { kind: 'ANY_OF'; regionUnder: string | null; mediatorId: string | null; bookedBy: string | null };

export function appointmentFilter(identity: Identity, scope: Scope): AppointmentFilter {
  if (scope.all) return { kind: 'EVERYWHERE' };
  const f = { regionUnder: scope.regionCode, mediatorId: identity.mediatorId || null, bookedBy: identity.userId || null };
  return f.regionUnder === null && !f.mediatorId && !f.bookedBy ? { kind: 'NOWHERE' } : { kind: 'ANY_OF', ...f };
}

export interface AttemptReadScope {
  /** Attempts on accounts whose region lies in the reader's jurisdiction (null pattern: everything). */
  all: boolean;
  /** Attempts on usernames that match no account: they belong to no jurisdiction. */
  unknownUsernames: boolean;
}

/**
 * Who reads the login log: SUPERVISOR and ADMIN, each for the accounts of its jurisdiction. Attempts on
 * unknown usernames are nobody's jurisdiction, and what people type there is sometimes a password in
 * the wrong field: only an ADMIN at county level reads them. Null: may not read at all.
 */
export function attemptReadScope(identity: Identity): AttemptReadScope | null {
  if (identity.kind === 'service') return { all: true, unknownUsernames: true };
  // Who may read at all is the policy's row Query.loginAttempts; this decides how far.
  if (identity.kind !== 'user' || !identity.regionCode || !mayCall(identity, 'Query.loginAttempts')) return null;
  return { all: false, unknownUsernames: identity.roles.includes('ADMIN') && identity.regionCode.length === 6 };
}

/** `attemptReadScope` as a list filter: the accounts' regions, and whether attempts on unknown usernames are included. */
export interface LoginLogFilter {
  accounts: SubtreeFilter;
  unknownUsernames: boolean;
}

export function loginLogFilter(identity: Identity, scope: Scope): LoginLogFilter | null {
  const read = attemptReadScope(identity);
  if (!read) return null;
  return { accounts: read.all ? { kind: 'EVERYWHERE' } : jurisdictionFilter(scope), unknownUsernames: read.unknownUsernames };
}
