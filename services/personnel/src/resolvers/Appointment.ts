import type { AppointmentResolvers } from '../generated/resolvers-types';
import { mayUnmask, noteSensitiveRead } from '@zz/common';
import { maskPhone } from '../domain/masking';
import { referenced } from './fields';

export const Appointment: AppointmentResolvers = {
  __resolveReference: (ref, ctx) => ctx.services.appointments.appointmentRef(ctx, ref.id),
  mediator: (a, _, ctx) => referenced(ctx.loaders.mediatorById, a.mediatorId, 'appointment of unknown mediator'),
  contactPhone(a, _, ctx) {
    if (!mayUnmask(ctx.identity, 'Appointment.contactPhone')) return maskPhone(a.contactPhone);
    if (ctx.identity.kind === 'user') noteSensitiveRead('CONTACT_PHONE', 'Appointment', [a.id]);
    return a.contactPhone;
  },
  case: (a) => (a.caseId ? { __typename: 'Case', id: a.caseId } : null),
  bookedBy: (a, _, ctx) => (a.bookedBy ? ctx.loaders.userById.load(a.bookedBy) : null),
};
