/**
 * Who may book and cancel studio appointments, which records are bookable, and where an
 * appointment belongs. Pure rules; the appointment service loads the rows and applies them.
 *
 * Decisions:
 * - Booking roles: OPERATOR (window), DISPATCHER and ADMIN for any bookable record they can see;
 *   PARTNER (e.g. the 12345 hotline books for a resident who called in) likewise; a MEDIATOR only
 *   in their own studio (their account's mediatorId). GRID_WORKER, DEPARTMENT, SUPERVISOR and
 *   LEADER do not book: they ask the window or the dispatcher.
 * - Cancelling: OPERATOR / DISPATCHER / ADMIN any visible appointment; a MEDIATOR those of their
 *   own studio; a PARTNER only the ones its own account booked.
 * - Bookable: gold-team mediators (金牌调解员工作室) and experts (legal experts, psychologists: the
 *   issue says "bookable like mediators"); a regular pool mediator is assigned to cases, not booked.
 *   A bookable record on leave (available = false) cannot be booked: CONFLICT, a state, not a typo.
 * - Region: an appointment belongs to the booker's region when that lies below the studio's (a town
 *   window booking the county studio for a town resident: the town and the county see it, other towns
 *   do not), else to the studio's region. Who sees it by that region is domain/access.ts.
 */
import { authorize, authorizeOn, conflict, DomainError, type Identity } from '@zz/common';
import type { AppointmentFacts } from './access';
import type { CandidateKind } from './matching';

export interface BookableRecord {
  id: string;
  kind: CandidateKind;
  goldTeam: boolean;
  available: boolean;
}

/** May this caller book at all (before looking at which mediator)? FORBIDDEN otherwise (policy row Mutation.bookAppointment). */
export function requireBookingRole(identity: Identity): void {
  authorize(identity, 'Mutation.bookAppointment');
}

/** A MEDIATOR without another booking role books only their own studio. */
export function requireMayBookFor(identity: Identity, mediatorId: string): void {
  authorizeOn(identity, 'Mutation.bookAppointment', { ASSIGNED_MEDIATOR: !!identity.mediatorId && identity.mediatorId === mediatorId });
}

export function isBookable(m: Pick<BookableRecord, 'kind' | 'goldTeam'>): boolean {
  return m.goldTeam || m.kind === 'LEGAL_EXPERT' || m.kind === 'PSYCHOLOGIST';
}

export function requireBookable(m: BookableRecord): void {
  if (!isBookable(m)) {
    throw new DomainError('BAD_USER_INPUT', '只能预约金牌调解员工作室或法学、心理专家', 'input.mediatorId');
  }
  if (!m.available) throw conflict('该调解员/专家休假中，暂不接受预约');
}

/** May this caller cancel this (visible) appointment? FORBIDDEN otherwise (policy row Mutation.cancelAppointment). */
export function requireMayCancel(identity: Identity, a: AppointmentFacts): void {
  authorizeOn(identity, 'Mutation.cancelAppointment', {
    ASSIGNED_MEDIATOR: !!identity.mediatorId && identity.mediatorId === a.mediatorId,
    OWN_RECORD: identity.userId !== null && a.bookedBy === identity.userId,
  });
}

export interface RegionRef {
  id: string;
  code: string;
}

/** The booker's region when it lies strictly below the studio's, else the studio's. */
export function appointmentRegion(caller: RegionRef | null, studio: RegionRef): RegionRef {
  if (caller && caller.code.length > studio.code.length && caller.code.startsWith(studio.code)) return caller;
  return studio;
}
