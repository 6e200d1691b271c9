/**
 * The cases subgraph's jurisdiction rule, on top of the platform's policy (`@zz/common` ACCESS_POLICY /
 * MASK_POLICY: which role may call what, and on which conditions). The services apply it before every
 * write and on every read; the store only receives what it decided (a region-code prefix).
 *
 * - A case belongs to the caller when its region lies in the caller's jurisdiction (its region or
 *   below; platform jobs see everything). Otherwise it does not exist for the caller: null / left out
 *   when read, NOT_FOUND when changed.
 * - A case list reads the overlap of the caller's jurisdiction and the region asked for (a filter can
 *   only narrow it).
 * - Reference data of the neighbours (regions, centers) is visible on the caller's own chain upward as
 *   well, as grid and personnel show it.
 * - The conditional grants (its mediators, its lead department, its own record) hold on one case's facts;
 *   an assisting mediator (协办) has its grants except the outcome and the referral (LEAD_MEDIATOR_ONLY).
 * - Parties' phone and ID numbers are shown in full only in the jurisdiction, to the roles that need
 *   them on that case (masking.ts); platform jobs see them.
 */
import { Scope, type Facts, type Identity } from '@zz/common';
import { canSeePartyPii } from './masking';

/** Whether a record with this region code lies in the caller's jurisdiction. */
export function inJurisdiction(scope: Scope, regionCode: string | null | undefined): boolean {
  return scope.contains(regionCode);
}

/** Whether the neighbours would show the caller reference data of this region (regions, centers). */
export function referenceVisible(identity: Identity, regionCode: string | null | undefined): boolean {
  return Scope.of(identity).containsOrAbove(regionCode);
}

/** The region-code prefix a case list may read ('' = everything), or null when it can read nothing. */
export function listPrefix(scope: Scope, requestedCode: string | null): string | null {
  return scope.narrow(requestedCode);
}

export interface CaseAccessFacts {
  /** The lead mediator (主办). */
  mediatorId: string | null;
  /** Every active mediator, lead first (主办 + 协办); absent on rows read before several mediators per case. */
  mediatorIds?: readonly string[];
  leadDepartmentId: string | null;
  receivedBy: string | null;
}

/**
 * What only the lead mediator (主办) of a case may do among its mediators: the outcome (it signs the
 * agreement or says mediation failed) and the referral that ends the center's mediation. An assisting
 * mediator (协办) works the case otherwise: reads the parties' numbers, starts mediation, records sittings.
 */
export const LEAD_MEDIATOR_ONLY: ReadonlySet<string> = new Set(['Mutation.recordMediationOutcome', 'Mutation.referCase']);

/** Whether the identity's mediator record is one of the case's mediators (only the lead for `LEAD_MEDIATOR_ONLY` keys). */
export function isCaseMediator(identity: Identity, c: Pick<CaseAccessFacts, 'mediatorId' | 'mediatorIds'>, key?: string): boolean {
  if (!identity.mediatorId) return false;
  if (identity.mediatorId === c.mediatorId) return true;
  return !(key && LEAD_MEDIATOR_ONLY.has(key)) && (c.mediatorIds ?? []).includes(identity.mediatorId);
}

/** The conditional grants on one case; `key` is the operation (an assisting mediator's grant depends on it). */
export function caseFacts(identity: Identity, c: CaseAccessFacts, key?: string): Facts {
  return {
    ASSIGNED_MEDIATOR: isCaseMediator(identity, c, key),
    LEAD_DEPARTMENT: !!identity.departmentId && identity.departmentId === c.leadDepartmentId,
    OWN_RECORD: !!identity.userId && identity.userId === c.receivedBy,
  };
}

export interface CasePiiFacts {
  regionCode: string;
  mediatorId: string | null;
  mediatorIds?: readonly string[];
  leadDepartmentId: string | null;
}

/** Phone and ID numbers in full only for roles that need them on this case (domain/masking). */
export function maySeePartyPii(identity: Identity, scope: Scope, c: CasePiiFacts): boolean {
  if (identity.kind === 'service') return true;
  return canSeePartyPii(
    { roles: identity.roles, userId: identity.userId ?? '', mediatorId: identity.mediatorId ?? null, departmentId: identity.departmentId ?? null },
    {
      assignedMediatorUserIds: [], assignedMediatorIds: [...new Set([...(c.mediatorId ? [c.mediatorId] : []), ...(c.mediatorIds ?? [])])],
      leadDepartmentIds: c.leadDepartmentId ? [c.leadDepartmentId] : [], inJurisdiction: inJurisdiction(scope, c.regionCode),
    },
  );
}
