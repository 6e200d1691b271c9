import type { CenterResolvers } from '../generated/resolvers-types';
import type { PersonnelContext } from '../context';
import type { CenterEntity } from '../store/entities/center.entity';
import { ancestorCodes } from '../domain/regions';
import { monthOrCurrent } from '../domain/days';
import { visibleCenter, visibleMediator } from './visibility';

/** Stationings of a center present in `month` (rotating departments only in their months). */
export async function stationingsIn(ctx: PersonnelContext, center: CenterEntity, month: number) {
  return (await ctx.loaders.stationingsByCenterId.load(center.id)).filter((s) => s.months.includes(month));
}

export const Center: CenterResolvers = {
  async __resolveReference(ref, ctx) {
    return visibleCenter(ctx, await ctx.loaders.centerById.load(ref.id));
  },
  region: (c) => ({ __typename: 'Region', id: c.regionId }),
  async parent(c, _, ctx) {
    // The nearest center above: normally the parent region's, else further up.
    for (const code of ancestorCodes(c.regionCode).reverse()) {
      const p = await ctx.loaders.centerByRegionCode.load(code);
      if (p) return visibleCenter(ctx, p);
    }
    return null;
  },
  async stationings(c, args, ctx) {
    return stationingsIn(ctx, c, monthOrCurrent(args.month, ctx.now));
  },
  async staff(c, args, ctx) {
    const month = monthOrCurrent(args.month, ctx.now);
    const [staff, present] = await Promise.all([ctx.loaders.staffByCenterId.load(c.id), stationingsIn(ctx, c, month)]);
    const departments = new Set(present.map((s) => s.departmentId));
    return staff.filter((s) => s.kind === 'WINDOW' || (s.departmentId !== null && departments.has(s.departmentId)));
  },
  async mediators(c, _, ctx) {
    return (await ctx.loaders.mediatorsByCenterId.load(c.id)).filter((m) => visibleMediator(ctx, m));
  },
};
