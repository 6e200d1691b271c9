/**
 * The vocabulary of the authorization policy (policy.ts). Kept apart so the table reads as data.
 */
import type { Role } from '../auth';

/**
 * A condition on the record a grant applies to, decided by the owning subgraph's domain (its
 * access rules compute the facts and pass them to `authorizeOn`):
 * - ASSIGNED_MEDIATOR: a MEDIATOR account whose mediator record is assigned to the case (or owns the studio);
 * - LEAD_DEPARTMENT:   a DEPARTMENT account of the case's lead department;
 * - OWN_DEPARTMENT:    a DEPARTMENT account asking about its own department;
 * - OWN_RECORD:        the record was created by this very account (a partner's own case, its own booking);
 * - OWN_GRID:          a GRID_WORKER account whose region is the record's grid;
 * - ABOVE:             the account's region lies strictly above the record's (a center pushing work down).
 */
export type Condition = 'ASSIGNED_MEDIATOR' | 'LEAD_DEPARTMENT' | 'OWN_DEPARTMENT' | 'OWN_RECORD' | 'OWN_GRID' | 'ABOVE';
export const CONDITIONS: readonly Condition[] = ['ASSIGNED_MEDIATOR', 'LEAD_DEPARTMENT', 'OWN_DEPARTMENT', 'OWN_RECORD', 'OWN_GRID', 'ABOVE'];
/**
 * Conditions on how a record relates to the caller (its case, its department, its own booking), as
 * against OWN_GRID and ABOVE, which follow from where the record lies relative to the caller's region.
 */
export const RELATIONAL_CONDITIONS: readonly Condition[] = ['ASSIGNED_MEDIATOR', 'LEAD_DEPARTMENT', 'OWN_DEPARTMENT', 'OWN_RECORD'];

/** The facts about one record that conditions are checked against. */
export type Facts = Partial<Record<Condition, boolean>>;

/** `ANY`: every signed-in account (staff and partners); `PUBLIC`: callers without a token too. */
export type Grantee = Role | 'ANY' | 'PUBLIC';

export interface Grant {
  role: Grantee;
  /** The grant holds only for records meeting this condition. */
  when?: Condition;
}

/**
 * What a caller sees. `DATA` the answer; `NULL` a hidden single record (existence not revealed);
 * `EMPTY` a list without the hidden rows; `FORBIDDEN`, `NOT_FOUND`, `UNAUTHENTICATED` typed errors;
 * `MASKED` the record with its personal numbers masked; `NONE` the field names no record, so
 * "outside the jurisdiction" does not apply.
 */
export type Outcome = 'DATA' | 'NULL' | 'EMPTY' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'MASKED' | 'NONE';

export interface Rule {
  /** Who may call it (any one grant is enough). */
  grants: readonly Grant[];
  /** ADMIN may do everything in its jurisdiction unless this is false (e.g. key persons: administration needs no personal data). */
  admin?: boolean;
  /** The answer to a role without a grant (default FORBIDDEN). */
  denied?: Outcome;
  /** The answer when the record the call names lies outside the caller's jurisdiction. */
  outside: Outcome;
  /**
   * Input fields that name further records (a mediator, a grid, a case): naming one outside the
   * jurisdiction is refused with this outcome and the field, and nothing is written.
   */
  inputs?: Readonly<Record<string, Outcome>>;
  /** Why, in the centers' words. */
  why: string;
}

/** Fields whose value is masked for some viewers (phone and ID numbers). */
export interface MaskRule {
  /** Who sees the value in full (any other viewer sees it masked). */
  full: readonly Grant[];
  why: string;
}
