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
 * A token that carries several roles is allowed when any one of them is.
 */
import type { Identity, Role } from '@zz/common';

const has = (identity: Identity, role: Role) => identity.roles.includes(role);
const isUser = (identity: Identity) => identity.kind === 'user' && !!identity.regionCode;

/** Is `ancestor` a strictly higher region than `code` (a proper code prefix)? */
export function isStrictAncestor(ancestor: string | null | undefined, code: string): boolean {
  return !!ancestor && code.length > ancestor.length && code.startsWith(ancestor);
}

export const KEY_PERSON_LEADER_ROLES: readonly Role[] = ['LEADER', 'SUPERVISOR'];

export function canReadKeyPersons(identity: Identity, gridCode: string): boolean {
  if (!isUser(identity)) return false;
  if (has(identity, 'GRID_WORKER') && identity.regionCode === gridCode) return true;
  return KEY_PERSON_LEADER_ROLES.some((r) => has(identity, r)) && isStrictAncestor(identity.regionCode, gridCode);
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
  const ownGrid = has(identity, 'GRID_WORKER') && code.length === GRID_CODE_LENGTH ? code : null;
  const below = KEY_PERSON_LEADER_ROLES.some((r) => has(identity, r)) && code.length < GRID_CODE_LENGTH ? code : null;
  return ownGrid || below ? { ownGrid, below } : null;
}

/** Who may file a report (随手拍): grid workers, window and dispatch staff, partner platforms (mini-programs, 12345). */
export const REPORTER_ROLES: readonly Role[] = ['GRID_WORKER', 'OPERATOR', 'DISPATCHER', 'PARTNER'];

/**
 * Who may settle a report on the spot or convert it into a case: the grid's workers (a GRID_WORKER whose
 * jurisdiction holds the grid) and the staff of the centers above (OPERATOR, DISPATCHER; ADMIN too).
 * The jurisdiction test is done by loading the report scoped; this is the role test.
 */
export const REPORT_HANDLER_ROLES: readonly Role[] = ['GRID_WORKER', 'OPERATOR', 'DISPATCHER'];

/**
 * Patrol tasks are pushed DOWN by a center: a DISPATCHER or LEADER (or ADMIN) whose region is strictly
 * above the grid. A grid-level account cannot dispatch to itself.
 */
export const PATROL_DISPATCHER_ROLES: readonly Role[] = ['DISPATCHER', 'LEADER', 'ADMIN'];

export function canDispatchPatrol(identity: Identity, gridCode: string): boolean {
  if (identity.kind === 'service') return true;
  if (!isUser(identity)) return false;
  return PATROL_DISPATCHER_ROLES.some((r) => has(identity, r)) && isStrictAncestor(identity.regionCode, gridCode);
}

/** A patrol task is completed by a grid worker of that grid (a GRID_WORKER account whose region is the grid). */
export function canCompletePatrol(identity: Identity, gridCode: string): boolean {
  return isUser(identity) && has(identity, 'GRID_WORKER') && identity.regionCode === gridCode;
}

/** Reporter phone numbers are shown in full to those who handle reports, masked for everyone else. */
export function canSeeReporterPhone(identity: Identity): boolean {
  return identity.kind === 'service' || REPORT_HANDLER_ROLES.some((r) => has(identity, r)) || has(identity, 'ADMIN');
}

export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
