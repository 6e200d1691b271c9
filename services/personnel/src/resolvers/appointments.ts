import { randomUUID } from 'node:crypto';
import {
  appendEvents, authorize, badInput, CHINA_HOLIDAYS, conflict, DomainError, inTransaction, notFound, pgErrorCode, PG_DEADLOCK, PG_EXCLUSION_VIOLATION, SERVICE_IDENTITY,
} from '@zz/common';
import type { PersonnelContext } from '../context';
import type { AppointmentEntity } from '../store/entities/appointment.entity';
import { isUuid } from '../domain/accounts';
import { cancelTransition, DEFAULT_STUDIO_HOURS, validateBooking, type StudioHours } from '../domain/appointments';
import { appointmentRegion, requireBookable, requireBookingRole, requireMayBookFor, requireMayCancel } from '../domain/booking-policy';
import { visibleAppointment, visibleMediator } from './visibility';

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

const snapshot = (a: Pick<AppointmentEntity, 'id' | 'mediatorId' | 'startsAt' | 'endsAt' | 'status' | 'caseId'>) => ({
  appointment: { id: a.id, mediatorId: a.mediatorId, caseId: a.caseId, startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString(), status: a.status },
});

/**
 * Validates, then inserts with the dispatch event in one transaction. Double booking is left to the
 * exclusion constraint: of N concurrent requests for one slot exactly one commits, the others get
 * 23P01 → CONFLICT, and nothing of theirs (row or event) is written.
 */
export async function bookAppointment(ctx: PersonnelContext, input: BookInput): Promise<AppointmentEntity> {
  requireBookingRole(ctx.identity);
  const mediator = visibleMediator(ctx, isUuid(input.mediatorId) ? await ctx.loaders.mediatorById.load(input.mediatorId) : null);
  const booking = validateBooking(
    { ...input, startsAt: iso(input.startsAt), endsAt: iso(input.endsAt) }, ctx.now, mediator?.studioHours ?? STANDARD_HOURS,
  );
  if (!mediator) throw notFound('调解员/专家不存在');
  requireMayBookFor(ctx.identity, mediator.id);
  requireBookable(mediator);
  if (booking.caseId) {
    const facts = isUuid(booking.caseId) ? await ctx.peers.caseFacts(booking.caseId, ctx.identity) : null;
    if (!facts) {
      const exists = isUuid(booking.caseId) && !!(await ctx.peers.caseFacts(booking.caseId, SERVICE_IDENTITY('personnel')));
      if (exists) throw new DomainError('FORBIDDEN', '案件不在您的辖区内 (the case is outside your jurisdiction)', 'input.caseId');
      throw badInput('案件不存在', 'input.caseId');
    }
  }
  const studio = (await ctx.loaders.centerById.load(mediator.centerId))!;
  const caller = ctx.identity.regionId && ctx.identity.regionCode ? { id: ctx.identity.regionId, code: ctx.identity.regionCode } : null;
  const region = appointmentRegion(caller, { id: studio.regionId, code: studio.regionCode });

  const row: AppointmentEntity = {
    id: randomUUID(), mediatorId: mediator.id, caseId: booking.caseId, startsAt: booking.startsAt, endsAt: booking.endsAt, status: 'BOOKED',
    contactName: booking.contactName, contactPhone: booking.contactPhone, regionId: region.id, regionCode: region.code,
    bookedBy: ctx.identity.userId, createdAt: ctx.now, cancelledAt: null, cancelledBy: null, cancelReason: null,
  };
  // Concurrent inserts checked by one exclusion constraint can deadlock on each other's tentative rows
  // (PostgreSQL aborts one of them): that booking collided with another, so it is tried again and then
  // meets the committed booking as an exclusion violation — CONFLICT, never an internal error.
  for (let attempt = 1; ; attempt++) {
    try {
      await inTransaction(ctx.dataSource, async (m) => {
        await ctx.appointments.insert(m, row);
        await appendEvents(m, [{
          kind: 'APPOINTMENT_BOOKED', source: 'personnel', regionId: studio.regionId, regionCode: studio.regionCode,
          appointmentId: row.id, caseId: row.caseId, actorId: ctx.identity.userId, occurredAt: ctx.now, data: snapshot(row),
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

export async function cancelAppointment(ctx: PersonnelContext, id: string, reason: string | null | undefined): Promise<AppointmentEntity> {
  authorize(ctx.identity, 'Mutation.cancelAppointment');
  const note = reason?.trim() || null;
  if (note && [...note].length > MAX_CANCEL_REASON) throw badInput(`取消原因不能超过 ${MAX_CANCEL_REASON} 字`, 'reason');
  const current = visibleAppointment(ctx, isUuid(id) ? await ctx.loaders.appointmentById.load(id) : null);
  if (!current) throw notFound('预约不存在');
  requireMayCancel(ctx.identity, current);
  const mediator = (await ctx.loaders.mediatorById.load(current.mediatorId))!;
  const studio = (await ctx.loaders.centerById.load(mediator.centerId))!;
  await inTransaction(ctx.dataSource, async (m) => {
    // The row lock serialises concurrent cancels: the second one sees CANCELLED and gets CONFLICT.
    const locked = await ctx.appointments.lockById(m, current.id);
    if (!locked) throw notFound('预约不存在');
    const status = cancelTransition(locked.status);
    await ctx.appointments.cancel(m, locked.id, ctx.identity.userId, note, ctx.now);
    await appendEvents(m, [{
      kind: 'APPOINTMENT_CANCELLED', source: 'personnel', regionId: studio.regionId, regionCode: studio.regionCode,
      appointmentId: locked.id, caseId: locked.caseId, actorId: ctx.identity.userId, occurredAt: ctx.now,
      data: { ...snapshot({ ...locked, status }), reason: note },
    }]);
  });
  ctx.loaders.appointmentById.clear(current.id);
  return (await ctx.loaders.appointmentById.load(current.id))!;
}
