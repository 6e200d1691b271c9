/**
 * This subgraph's access rules, pure (no GraphQL, no SQL): first the jurisdiction rule every read and
 * write obeys, then who may do what with a grid's records within it. The services apply them; the stores
 * only receive what they decided (a code prefix, a key-person read filter).
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
import { holdsOn, mayUnmask, rolesGranted, type Facts, type Identity, type Scope } from '@zz/common';

/*
 * Jurisdiction (辖区), on the platform's Scope: a record (grid, grid worker, report, patrol task, key
 * person) is the caller's when its region code lies in the caller's subtree; a region (reference data)
 * is visible on the caller's chain upward too. Lists look under one code prefix: the caller's subtree,
 * narrowed — never widened — by the region a filter names.
 */

/** May the caller see (and, role permitting, change) a record of this region code? */
export function inJurisdiction(scope: Scope, regionCode: string | null | undefined): boolean {
  return scope.contains(regionCode);
}

/** May the caller see this region: in its subtree or on its chain upward? */
export function regionVisible(scope: Scope, code: string | null | undefined): boolean {
  return scope.containsOrAbove(code);
}

/** The caller's subtree as a code prefix ('' = everything), or null for no jurisdiction at all. */
export function jurisdictionPrefix(scope: Scope): string | null {
  return scope.prefix;
}

/** A list's code prefix: the caller's subtree narrowed to a requested region, or null when the two are disjoint. */
export function listPrefix(scope: Scope, requestedCode: string | null | undefined): string | null {
  return scope.narrow(requestedCode);
}

/** Which regions a region list may show: the subtree under `below` and the chain above `chainOf`. */
export interface RegionBounds {
  below: string;
  chainOf: string;
}

/** 'all' for a platform job, 'none' for a caller without a region, else the bounds of its subtree and chain. */
export function regionListBounds(scope: Scope): RegionBounds | 'all' | 'none' {
  if (scope.all) return 'all';
  if (scope.regionCode === null) return 'none';
  return { below: scope.regionCode, chainOf: scope.regionCode };
}

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
