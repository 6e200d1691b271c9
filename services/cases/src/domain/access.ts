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
 * - The conditional grants (its mediator, its lead department, its own record) hold on one case's facts.
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
  mediatorId: string | null;
  leadDepartmentId: string | null;
  receivedBy: string | null;
}

export function caseFacts(identity: Identity, c: CaseAccessFacts): Facts {
  return {
    ASSIGNED_MEDIATOR: !!identity.mediatorId && identity.mediatorId === c.mediatorId,
    LEAD_DEPARTMENT: !!identity.departmentId && identity.departmentId === c.leadDepartmentId,
    OWN_RECORD: !!identity.userId && identity.userId === c.receivedBy,
  };
}

export interface CasePiiFacts {
  regionCode: string;
  mediatorId: string | null;
  leadDepartmentId: string | null;
}

/** Phone and ID numbers in full only for roles that need them on this case (domain/masking). */
export function maySeePartyPii(identity: Identity, scope: Scope, c: CasePiiFacts): boolean {
  if (identity.kind === 'service') return true;
  return canSeePartyPii(
    { roles: identity.roles, userId: identity.userId ?? '', mediatorId: identity.mediatorId ?? null, departmentId: identity.departmentId ?? null },
    {
      assignedMediatorUserIds: [], assignedMediatorIds: c.mediatorId ? [c.mediatorId] : [],
      leadDepartmentIds: c.leadDepartmentId ? [c.leadDepartmentId] : [], inJurisdiction: inJurisdiction(scope, c.regionCode),
    },
  );
}
