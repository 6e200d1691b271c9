import type { CenterResolvers } from '../generated/resolvers-types';

export const Center: CenterResolvers = {
  __resolveReference: (ref, ctx) => ctx.services.organisation.centerRef(ctx, ref.id),
  region: (c) => ({ __typename: 'Region', id: c.regionId }),
  parent: (c, _, ctx) => ctx.services.organisation.parentOf(ctx, c),
  stationings: (c, args, ctx) => ctx.services.organisation.stationingsIn(c, args.month),
  staff: (c, args, ctx) => ctx.services.organisation.staffIn(c, args.month),
  mediators: (c, _, ctx) => ctx.services.mediators.ofCenter(ctx, c.id),
  allStationings: (c, _, ctx) => ctx.loaders.stationingsByCenterId.load(c.id),
  windows: (c, _, ctx) => ctx.services.rota.windowsOf(c),
  rota: (c, args, ctx) => ctx.services.rota.rotaOf(c, args.year, args.month),
  onDuty: (c, args, ctx) => ctx.services.rota.onDuty(c, args.day),
};
