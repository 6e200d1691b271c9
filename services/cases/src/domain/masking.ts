/**
 * Masking of parties' personal data (phone, ID number) for viewers who do not need it.
 *
 * Rule (canSeePartyPii), only for a case inside the viewer's jurisdiction:
 * - ADMIN, OPERATOR, DISPATCHER, SUPERVISOR, LEADER see full numbers: they register, route, call
 *   back and supervise cases of their territory.
 * - MEDIATOR sees them on a case they are assigned to (they must contact the parties), not otherwise.
 *   The assignment names a Mediator record; a MEDIATOR account carries its record's id
 *   (identity.mediatorId), matched against `assignedMediatorIds` (account ids in
 *   `assignedMediatorUserIds` are matched too, for callers that know those).
 * - DEPARTMENT sees them when the viewer's department is the case's lead department (it resolves
 *   the substance); co-departments (ASSIST) see masked numbers.
 * - GRID_WORKER and PARTNER see masked numbers. A partner system that pushed a case in already has
 *   its own copy; nothing it receives back needs the full numbers.
 * Any one granting role is enough. Names are not masked (the contract masks phone/idNumber only).
 */

import { mayUnmask, type Identity, type Role } from '@zz/common';

export interface PiiViewer {
  roles: readonly string[];
  userId: string;
  /** The Mediator record of a MEDIATOR account (identity.mediatorId), if any. */
  mediatorId?: string | null;
  /** The department a DEPARTMENT account belongs to, if any. */
  departmentId?: string | null;
}

export interface PiiCaseFacts {
  /** User-account ids of the mediators assigned to the case (not Mediator entity ids). */
  assignedMediatorUserIds: readonly string[];
  /** Mediator record ids assigned to the case. */
  assignedMediatorIds?: readonly string[];
  /** Department ids holding the LEAD assignment. */
  leadDepartmentIds: readonly string[];
  /** Whether the case lies in the viewer's region or below. */
  inJurisdiction: boolean;
}

/** The rule itself is the policy's (`Party.phone` / `Party.idNumber` in @zz/common MASK_POLICY); this supplies the case's facts. */
export function canSeePartyPii(viewer: PiiViewer, caseFacts: PiiCaseFacts): boolean {
  if (!caseFacts.inJurisdiction) return false;
  const identity: Identity = {
    kind: 'user', userId: viewer.userId, username: null, roles: viewer.roles as Role[], regionId: null, regionCode: null,
    mediatorId: viewer.mediatorId ?? null, departmentId: viewer.departmentId ?? null,
  };
  const facts = {
    ASSIGNED_MEDIATOR: caseFacts.assignedMediatorUserIds.includes(viewer.userId) || (!!viewer.mediatorId && (caseFacts.assignedMediatorIds ?? []).includes(viewer.mediatorId)),
    LEAD_DEPARTMENT: !!viewer.departmentId && caseFacts.leadDepartmentIds.includes(viewer.departmentId),
  };
  return mayUnmask(identity, 'Party.phone', facts) && mayUnmask(identity, 'Party.idNumber', facts);
}

const stars = (n: number) => '*'.repeat(Math.max(0, n));

/** Keeps the first `head` and last `tail` characters; a value too short for that is fully masked. */
function keepEnds(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return stars(value.length);
  return value.slice(0, head) + stars(value.length - head - tail) + value.slice(value.length - tail);
}

/**
 * Mobile `13812345678` → `138****5678`. Landline: the area code stays, the local number keeps its
 * last 4 digits (`0755-12345678` → `0755-****5678`, `01012345678` → `010****5678`). Anything else
 * keeps only its last 4 characters.
 */
export function maskPhone(phone: string): string;
export function maskPhone(phone: string | null | undefined): string | null;
export function maskPhone(phone: string | null | undefined): string | null {
  if (phone === null || phone === undefined) return null;
  const p = phone.trim();
  if (/^1\d{10}$/.test(p)) return keepEnds(p, 3, 4);
  if (/^0\d{2,3}-?\d{7,8}$/.test(p)) {
    const dash = p.indexOf('-');
    // Without a dash, 010 and 02x are the 3-digit area codes; all others have 4 digits.
    const areaLength = dash > 0 ? dash + 1 : /^0(?:10|2\d)/.test(p) ? 3 : 4;
    const area = p.slice(0, areaLength);
    const local = p.slice(areaLength);
    return area + keepEnds(local, 0, 4);
  }
  return keepEnds(p, 0, 4);
}

/** `440102199001011234` → `440102********1234` (region code and last 4 kept). */
export function maskIdNumber(idNumber: string): string;
export function maskIdNumber(idNumber: string | null | undefined): string | null;
export function maskIdNumber(idNumber: string | null | undefined): string | null {
  if (idNumber === null || idNumber === undefined) return null;
  return keepEnds(idNumber.trim(), 6, 4);
}

export interface PartyPii {
  phone: string | null;
  idNumber: string | null;
}

/** The party as the viewer may see it: unchanged when allowed, else with phone and ID masked. */
export function presentParty<P extends PartyPii>(party: P, canSee: boolean): P {
  if (canSee) return party;
  return { ...party, phone: maskPhone(party.phone), idNumber: maskIdNumber(party.idNumber) };
}
