/**
 * Who may do what with a grid's records, beyond the jurisdiction rule every read and write already
 * obeys (a record is visible only when its region code lies in the caller's subtree).
 *
 * Key persons (重点人群, with their 一人一策 plan) are the most sensitive data of the platform. They may
 * be read by exactly:
 * - a GRID_WORKER account whose region IS that grid (the grid's own workers, who carry out the plan);
 * - a LEADER or SUPERVISOR account whose region is a strict ancestor of the grid (village, town or
 *   county leaders and supervisors above it: 领导包案, risk assessment, 月研判).
 * Everyone else — ADMIN included (system administration does not need personal data), operators,
 * dispatchers, mediators, departments, partners, grid workers of other grids or of the village, and
 * platform jobs — gets FORBIDDEN on key-person fields, and key persons never appear in their lists.
 * A token that carries several roles is allowed when any one of them is. The grants themselves are
 * rows of the platform's policy (@zz/common ACCESS_POLICY); this module supplies a grid's facts.
 */
import { holdsOn, mayUnmask, rolesGranted, type Facts, type Identity } from '@zz/common';

const isUser = (identity: Identity) => identity.kind === 'user' && !!identity.regionCode;

/** Is `ancestor` a strictly higher region than `code` (a proper code prefix)? */
export function isStrictAncestor(ancestor: string | null | undefined, code: string): boolean {
  return !!ancestor && code.length > ancestor.length && code.startsWith(ancestor);
}

/** The facts of a grid (by its region code) for this caller: its own grid, or strictly above it. */
export function gridFacts(identity: Identity, gridCode: string): Facts {
  return { OWN_GRID: !!identity.regionCode && identity.regionCode === gridCode, ABOVE: isStrictAncestor(identity.regionCode, gridCode) };
}

const KEY_PERSONS = 'Query.keyPersons';

/** Platform jobs do not read key persons either: only people with a reason to (the policy's rows). */
export function canReadKeyPersons(identity: Identity, gridCode: string): boolean {
  return isUser(identity) && holdsOn(identity, KEY_PERSONS, gridFacts(identity, gridCode));
}

/**
 * The same rule as a filter on grid codes, for lists: `ownGrid` = the one grid a GRID_WORKER may read,
 * `below` = the code prefix under which a leader may read every grid (strictly below its own region).
 * null when the caller may read no key person at all.
 */
export interface KeyPersonReadFilter {
  ownGrid: string | null;
  below: string | null;
}

/** Region codes grow by 3 digits a level: county 6, town 9, village 12, grid 15. */
export const GRID_CODE_LENGTH = 15;

export function keyPersonReadFilter(identity: Identity): KeyPersonReadFilter | null {
  if (!isUser(identity)) return null;
  const code = identity.regionCode ?? '';
  const has = (roles: string[]) => roles.some((r) => identity.roles.includes(r as never));
  const ownGrid = has(rolesGranted(KEY_PERSONS, 'OWN_GRID')) && code.length === GRID_CODE_LENGTH ? code : null;
  const below = has(rolesGranted(KEY_PERSONS, 'ABOVE')) && code.length < GRID_CODE_LENGTH ? code : null;
  return ownGrid || below ? { ownGrid, below } : null;
}

/**
 * Patrol tasks are pushed DOWN by a center: a DISPATCHER or LEADER (or ADMIN) whose region is strictly
 * above the grid. A grid-level account cannot dispatch to itself.
 */
export function canDispatchPatrol(identity: Identity, gridCode: string): boolean {
  if (identity.kind === 'service') return true;
  return isUser(identity) && holdsOn(identity, 'Mutation.dispatchPatrolTask', gridFacts(identity, gridCode));
}

/** A patrol task is completed by a grid worker of that grid (a GRID_WORKER account whose region is the grid). */
export function canCompletePatrol(identity: Identity, gridCode: string): boolean {
  return isUser(identity) && holdsOn(identity, 'Mutation.completePatrolTask', gridFacts(identity, gridCode));
}

/** Reporter phone numbers are shown in full to those who handle reports, masked for everyone else. */
export function canSeeReporterPhone(identity: Identity): boolean {
  return mayUnmask(identity, 'GridReport.reporterPhone');
}

export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
