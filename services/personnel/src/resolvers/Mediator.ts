import type { MediatorConnectionResolvers, MediatorResolvers } from '../generated/resolvers-types';
import { isBookable } from '../domain/booking-policy';
import { localDayRange } from '../domain/days';
import { phoneFor } from '../domain/masking';
import { visibleMediator } from './visibility';

export const Mediator: MediatorResolvers = {
  async __resolveReference(ref, ctx) {
    return visibleMediator(ctx, await ctx.loaders.mediatorById.load(ref.id));
  },
  async center(m, _, ctx) {
    const c = await ctx.loaders.centerById.load(m.centerId);
    if (!c) throw new Error(`mediator of unknown center ${m.centerId}`);
    return c;
  },
  onLeave: (m) => !m.available,
  phone: (m, _, ctx) => phoneFor(ctx.identity, m.phone),
  bookable: (m) => isBookable(m),
  async bookedSlots(m, args, ctx) {
    localDayRange(args.day); // validates the argument (BAD_USER_INPUT on `day`)
    const rows = await ctx.loaders.bookedSlots.load(`${m.id}|${args.day.trim()}`);
    return rows.map((a) => ({ startsAt: a.startsAt, endsAt: a.endsAt }));
  },
};

export const MediatorConnection: MediatorConnectionResolvers = {
  totalCount: (c) => (typeof c.totalCount === 'function' ? c.totalCount() : c.totalCount),
};
