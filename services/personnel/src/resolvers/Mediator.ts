import type { MediatorConnectionResolvers, MediatorResolvers } from '../generated/resolvers-types';
import { totalCount } from './models';
import { isBookable } from '../domain/booking-policy';
import { phoneFor } from '../domain/masking';

export const Mediator: MediatorResolvers = {
  __resolveReference: (ref, ctx) => ctx.services.mediators.mediatorRef(ctx, ref.id),
  async center(m, _, ctx) {
    const c = await ctx.loaders.centerById.load(m.centerId);
    if (!c) throw new Error(`mediator of unknown center ${m.centerId}`);
    return c;
  },
  onLeave: (m) => !m.available,
  phone: (m, _, ctx) => phoneFor(ctx.identity, m.phone),
  bookable: (m) => isBookable(m),
  bookedSlots: (m, args, ctx) => ctx.services.appointments.bookedSlots(m.id, args.day),
};

export const MediatorConnection: MediatorConnectionResolvers = {
  totalCount: (c) => totalCount(c),
};
