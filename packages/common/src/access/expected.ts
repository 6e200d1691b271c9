/**
 * What the policy promises a caller, as the authorization matrix checks it: for a field, an account's
 * roles and where the record lies, the outcome the gateway must answer with. Derived from the same
 * rows the subgraphs enforce (policy.ts), so the matrix cannot drift from the code's own table.
 */
import type { Role } from '../auth';
import { ruleFor } from './authorize';
import { RELATIONAL_CONDITIONS, type Grant, type Outcome } from './types';

/**
 * `in`: a record inside the caller's jurisdiction that meets the grant's condition where it has one
 * (the caller's assigned case, its own booking …; OWN_GRID and ABOVE follow from the placement: a
 * grid worker's jurisdiction is its grid, a center's lies below it); `unrelated`: inside, but
 * meeting no relational condition; `out`: a record of a neighbouring jurisdiction.
 */
export type Placement = 'in' | 'unrelated' | 'out';

const holds = (roles: readonly Role[], g: Grant) => g.role === 'ANY' || g.role === 'PUBLIC' || roles.includes(g.role as Role);

export function expectedOutcome(key: string, roles: readonly Role[] | null, where: Placement): Outcome {
  const rule = ruleFor(key);
  if (roles === null) return rule.grants.some((g) => g.role === 'PUBLIC') ? 'DATA' : 'UNAUTHENTICATED';
  const admin = rule.admin !== false && roles.includes('ADMIN');
  const held = rule.grants.filter((g) => holds(roles, g));
  if (!admin && !held.length) return rule.denied ?? 'FORBIDDEN';
  if (where === 'out' && rule.outside !== 'NONE') return rule.outside;
  const unconditional = admin || held.some((g) => !g.when || !RELATIONAL_CONDITIONS.includes(g.when));
  if (where === 'unrelated' && !unconditional) return 'FORBIDDEN';
  return 'DATA';
}

/** Does the caller hold this field only under relational conditions (so an `unrelated` record is refused)? */
export function hasConditionalGrant(key: string, roles: readonly Role[]): boolean {
  const rule = ruleFor(key);
  if (rule.admin !== false && roles.includes('ADMIN')) return false;
  const held = rule.grants.filter((g) => holds(roles, g));
  return held.length > 0 && held.every((g) => !!g.when && RELATIONAL_CONDITIONS.includes(g.when));
}
