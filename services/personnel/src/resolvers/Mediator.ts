import type { MediatorConnectionResolvers, MediatorResolvers } from '../generated/resolvers-types';
import { isBookable } from '../domain/booking-policy';
import { phoneFor } from '../domain/masking';
import { totalCountOf } from '@zz/common';
import { referenced } from './fields';

export const Mediator: MediatorResolvers = {
  __resolveReference: (ref, ctx) => ctx.services.mediators.mediatorRef(ctx, ref.id),
  center: (m, _, ctx) => referenced(ctx.loaders.centerById, m.centerId, 'mediator of unknown center'),
  onLeave: (m) => !m.available,
  phone: (m, _, ctx) => phoneFor(ctx.identity, m.phone),
  bookable: (m) => isBookable(m),
  bookedSlots: (m, args, ctx) => ctx.services.appointments.bookedSlots(m.id, args.day),
};

export const MediatorConnection: MediatorConnectionResolvers = {
  totalCount: (c) => totalCountOf(c),
};
