/**
 * Applying the policy (policy.ts). Two steps, always in this order:
 * 1. `authorize(identity, key)` before anything is read: the caller holds a role with some grant for
 *    the field (conditional or not), else FORBIDDEN (UNAUTHENTICATED without a token);
 * 2. `authorizeOn(identity, key, facts)` once the record is loaded (and found inside the jurisdiction):
 *    one grant holds for this record, given the facts the subgraph's domain computed, else FORBIDDEN.
 * Platform jobs (`service` identities) pass both.
 */
import { DomainError, forbidden } from '../errors';
import type { Identity, Role } from '../auth';
import { ACCESS_POLICY, MASK_POLICY } from './policy';
import type { Condition, Facts, Grant, Rule } from './types';

export function ruleFor(key: string): Rule {
  const rule = ACCESS_POLICY[key];
  // A programming error, not a client's: every field must have its row (the tests enforce it).
  if (!rule) throw new Error(`no authorization policy row for ${key}`);
  return rule;
}

const isAdmin = (identity: Identity) => identity.roles.includes('ADMIN');

function matches(identity: Identity, grant: Grant): boolean {
  if (grant.role === 'PUBLIC') return true;
  if (identity.kind !== 'user') return false;
  return grant.role === 'ANY' || identity.roles.includes(grant.role);
}

/** The grants this caller holds for the field, whatever the record (conditional ones included). */
function heldGrants(identity: Identity, rule: Rule): Grant[] {
  const held = rule.grants.filter((g) => matches(identity, g));
  if (rule.admin !== false && identity.kind === 'user' && isAdmin(identity)) held.push({ role: 'ADMIN' });
  return held;
}

function refuse(identity: Identity, key: string, rule: Rule): never {
  if (identity.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', '请先登录 (authentication required)');
  const who = rule.grants.map((g) => (g.role === 'ANY' ? '已登录账号' : g.role) + (g.when ? `（${CONDITION_NAMES[g.when]}）` : ''));
  if (rule.admin !== false && !rule.grants.some((g) => g.role === 'ADMIN')) who.push('ADMIN');
  throw forbidden(`无权执行 ${key}：需要 ${who.join('、') || '（无人）'} (not allowed: ${rule.why})`);
}

/** May this caller use the field at all? */
export function mayCall(identity: Identity, key: string): boolean {
  if (identity.kind === 'service') return true;
  return heldGrants(identity, ruleFor(key)).length > 0;
}

/** Step 1: FORBIDDEN (or UNAUTHENTICATED) unless the caller holds some grant for the field. */
export function authorize(identity: Identity, key: string): void {
  if (identity.kind === 'service') return;
  const rule = ruleFor(key);
  if (!heldGrants(identity, rule).length) refuse(identity, key, rule);
}

/** Does one of the caller's grants hold for a record with these facts? */
export function holdsOn(identity: Identity, key: string, facts: Facts): boolean {
  if (identity.kind === 'service') return true;
  return heldGrants(identity, ruleFor(key)).some((g) => !g.when || facts[g.when] === true);
}

/** Step 2: FORBIDDEN unless one of the caller's grants holds for this record. */
export function authorizeOn(identity: Identity, key: string, facts: Facts): void {
  if (identity.kind === 'service') return;
  const rule = ruleFor(key);
  if (!holdsOn(identity, key, facts)) {
    if (!heldGrants(identity, rule).length) refuse(identity, key, rule);
    const conditions = heldGrants(identity, rule).map((g) => g.when).filter((c): c is Condition => !!c);
    throw forbidden(`无权对该记录执行 ${key}：仅限${conditions.map((c) => CONDITION_NAMES[c]).join('或')} (not allowed on this record: ${rule.why})`);
  }
}

/** The roles with an unconditional grant, or with a grant under `condition` (for SQL filters of lists). */
export function rolesGranted(key: string, condition?: Condition): Role[] {
  return ruleFor(key).grants.filter((g) => (g.when ?? null) === (condition ?? null) && g.role !== 'ANY' && g.role !== 'PUBLIC').map((g) => g.role as Role);
}

/** May this viewer read the field's value in full (else it is shown masked)? */
export function mayUnmask(identity: Identity, field: string, facts: Facts = {}): boolean {
  if (identity.kind === 'service') return true;
  if (identity.kind !== 'user') return false;
  const rule = MASK_POLICY[field];
  if (!rule) throw new Error(`no mask policy row for ${field}`);
  if (isAdmin(identity)) return true;
  return rule.full.some((g) => matches(identity, g) && (!g.when || facts[g.when] === true));
}

export const CONDITION_NAMES: Record<Condition, string> = {
  ASSIGNED_MEDIATOR: '本案（本工作室）调解员',
  LEAD_DEPARTMENT: '本案牵头部门',
  OWN_DEPARTMENT: '本部门',
  OWN_RECORD: '本账号登记的记录',
  OWN_GRID: '本网格网格员',
  ABOVE: '上级中心',
};
