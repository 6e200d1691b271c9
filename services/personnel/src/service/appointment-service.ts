/**
 * Studio appointments (预约调解): booking with gold-team mediators and experts, cancelling, and who
 * sees them (domain/access.ts canSeeAppointment). Each change and its dispatch event are one
 * transaction; events carry the studio's center region (the county board coordinates the studios).
 */
import { randomUUID } from 'node:crypto';
import {
  authorize, badInput, CHINA_HOLIDAYS, conflict, DomainError, inTransaction, isUuid, notFound, pgErrorCode, PG_DEADLOCK, PG_EXCLUSION_VIOLATION, SERVICE_IDENTITY,
} from '@zz/common';
import { appendEvents } from '@zz/events';
import type { AppointmentEntity } from '../store/entities/appointment.entity';
import { appointmentFilter, canSeeAppointment, ifInSight } from '../domain/access';
import { cancelTransition, DEFAULT_STUDIO_HOURS, validateBooking, type StudioHours } from '../domain/appointments';
import { appointmentRegion, requireBookable, requireBookingRole, requireMayBookFor, requireMayCancel } from '../domain/booking-policy';
import { localDayRange } from '../domain/days';
import { loadIf, type Actor, type RequestState, type ServiceDeps } from './request';

export interface BookInput {
  mediatorId: string;
  caseId?: string | null;
  startsAt: Date | string;
  endsAt: Date | string;
  contactName: string;
  contactPhone: string;
}

const MAX_CANCEL_REASON = 200;

/** Studios keep the default hours and close on the public holidays, unless the record carries its own. */
const STANDARD_HOURS: StudioHours = { ...DEFAULT_STUDIO_HOURS, closedDates: CHINA_HOLIDAYS.holidays };

const iso = (v: Date | string) => (v instanceof Date ? v.toISOString() : v);

/** The event's `data`: what dispatch needs, no contact data. */
const snapshot = (a: Pick<AppointmentEntity, 'id' | 'mediatorId' | 'startsAt' | 'endsAt' | 'status' | 'caseId'>) => ({
  appointment: { id: a.id, mediatorId: a.mediatorId, caseId: a.caseId, startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString(), status: a.status },
});

export class AppointmentService {
  constructor(private readonly deps: ServiceDeps, private readonly req: RequestState) {}

  async appointment(actor: Actor, id: string): Promise<AppointmentEntity | null> {
    authorize(actor.identity, 'Query.appointment');
    return this.visible(actor, await loadIf(id, (i) => this.req.loaders.appointmentById.load(i)));
  }

  /** An `Appointment` reference, or null when out of sight. */
  async appointmentRef(actor: Actor, id: string): Promise<AppointmentEntity | null> {
    return this.visible(actor, await this.req.loaders.appointmentById.load(id));
  }

  /** The appointments of a local day the caller may see, of one mediator (when in sight) or all. */
  async forDay(actor: Actor, day: string, mediatorId: string | null | undefined): Promise<AppointmentEntity[]> {
    authorize(actor.identity, 'Query.appointments');
    const range = localDayRange(day);
    if (mediatorId) {
      const m = ifInSight(actor.scope, await loadIf(mediatorId, (id) => this.req.loaders.mediatorById.load(id)));
      if (!m) return [];
    }
    return this.deps.stores.appointments.listForDay(appointmentFilter(actor.identity, actor.scope), range, mediatorId ?? null);
  }

  /** Busy intervals of a mediator's day, without who booked them (any window can find a free slot). */
  async bookedSlots(mediatorId: string, day: string): Promise<{ startsAt: Date; endsAt: Date }[]> {
    localDayRange(day); // validates the argument (BAD_USER_INPUT on `day`)
    const rows = await this.req.loaders.bookedSlots.load(`${mediatorId}|${day.trim()}`);
    return rows.map((a) => ({ startsAt: a.startsAt, endsAt: a.endsAt }));
  }

  /**
   * Validates, then inserts with the dispatch event in one transaction. Double booking is left to the
   * exclusion constraint: of N concurrent requests for one slot exactly one commits, the others get
   * 23P01 → CONFLICT, and nothing of theirs (row or event) is written.
   */
  async book(actor: Actor, input: BookInput): Promise<AppointmentEntity> {
    const { identity } = actor;
    const { loaders, now } = this.req;
    const { dataSource, peers, stores } = this.deps;
    requireBookingRole(identity);
    const mediator = ifInSight(actor.scope, await loadIf(input.mediatorId, (id) => loaders.mediatorById.load(id)));
    const booking = validateBooking(
      { ...input, startsAt: iso(input.startsAt), endsAt: iso(input.endsAt) }, now, mediator?.studioHours ?? STANDARD_HOURS,
    );
    if (!mediator) throw notFound('调解员/专家不存在');
    requireMayBookFor(identity, mediator.id);
    requireBookable(mediator);
    if (booking.caseId) {
      const facts = isUuid(booking.caseId) ? await peers.caseFacts(booking.caseId, identity) : null;
      if (!facts) {
        const exists = isUuid(booking.caseId) && !!(await peers.caseFacts(booking.caseId, SERVICE_IDENTITY('personnel')));
        if (exists) throw new DomainError('FORBIDDEN', '案件不在您的辖区内 (the case is outside your jurisdiction)', 'input.caseId');
        throw badInput('案件不存在', 'input.caseId');
      }
    }
    const studio = (await loaders.centerById.load(mediator.centerId))!;
    const caller = identity.regionId && identity.regionCode ? { id: identity.regionId, code: identity.regionCode } : null;
    const region = appointmentRegion(caller, { id: studio.regionId, code: studio.regionCode });

    const row: AppointmentEntity = {
      id: randomUUID(), mediatorId: mediator.id, caseId: booking.caseId, startsAt: booking.startsAt, endsAt: booking.endsAt, status: 'BOOKED',
      contactName: booking.contactName, contactPhone: booking.contactPhone, regionId: region.id, regionCode: region.code,
      bookedBy: identity.userId, createdAt: now, cancelledAt: null, cancelledBy: null, cancelReason: null,
    };
    // Concurrent inserts checked by one exclusion constraint can deadlock on each other's tentative rows
    // (PostgreSQL aborts one of them): that booking collided with another, so it is tried again and then
    // meets the committed booking as an exclusion violation — CONFLICT, never an internal error.
    for (let attempt = 1; ; attempt++) {
      try {
        await inTransaction(dataSource, async (m) => {
          await stores.appointments.insert(m, row);
          await appendEvents(m, [{
            kind: 'APPOINTMENT_BOOKED', source: 'personnel', regionId: studio.regionId, regionCode: studio.regionCode,
            appointmentId: row.id, caseId: row.caseId, actorId: identity.userId, occurredAt: now, data: snapshot(row),
          }]);
        });
        return row;
      } catch (err) {
        const code = pgErrorCode(err);
        if (code === PG_EXCLUSION_VIOLATION || (code === PG_DEADLOCK && attempt >= 3)) throw conflict('该时段已被预约，请另选时段 (the slot is already booked)');
        if (code !== PG_DEADLOCK) throw err;
      }
    }
  }

  async cancel(actor: Actor, id: string, reason: string | null | undefined): Promise<AppointmentEntity> {
    const { identity } = actor;
    const { loaders, now } = this.req;
    const { appointments } = this.deps.stores;
    authorize(identity, 'Mutation.cancelAppointment');
    const note = reason?.trim() || null;
    if (note && [...note].length > MAX_CANCEL_REASON) throw badInput(`取消原因不能超过 ${MAX_CANCEL_REASON} 字`, 'reason');
    const current = this.visible(actor, await loadIf(id, (i) => loaders.appointmentById.load(i)));
    if (!current) throw notFound('预约不存在');
    requireMayCancel(identity, current);
    const mediator = (await loaders.mediatorById.load(current.mediatorId))!;
    const studio = (await loaders.centerById.load(mediator.centerId))!;
    await inTransaction(this.deps.dataSource, async (m) => {
      // The row lock serialises concurrent cancels: the second one sees CANCELLED and gets CONFLICT.
      const locked = await appointments.lockById(m, current.id);
      if (!locked) throw notFound('预约不存在');
      const status = cancelTransition(locked.status);
      await appointments.cancel(m, locked.id, identity.userId, note, now);
      await appendEvents(m, [{
        kind: 'APPOINTMENT_CANCELLED', source: 'personnel', regionId: studio.regionId, regionCode: studio.regionCode,
        appointmentId: locked.id, caseId: locked.caseId, actorId: identity.userId, occurredAt: now,
        data: { ...snapshot({ ...locked, status }), reason: note },
      }]);
    });
    loaders.appointmentById.clear(current.id);
    return (await loaders.appointmentById.load(current.id))!;
  }

  private visible(actor: Actor, a: AppointmentEntity | null): AppointmentEntity | null {
    return a && canSeeAppointment(actor.identity, actor.scope, a) ? a : null;
  }
}
