import { DomainError } from '@zz/common';
import type { GridResolvers, GridBaseDataResolvers, GridWorkerResolvers, BuildingHeadResolvers } from '../generated/resolvers-types';
import { pgPolygonToGeoJson } from '../domain/polygon';
import { visibleGrid } from '../app/grids';
import { reportsOfGrid } from '../app/reports';
import { patrolTasksOfGrid } from '../app/patrols';
import { assertCanReadKeyPersons, keyPersonsOfGrid } from '../app/key-persons';
import type { GridContext } from '../context';

async function regionOf(ctx: GridContext, id: string) {
  const r = await ctx.loaders.regionById.load(id);
  if (!r) throw new DomainError('INTERNAL_SERVER_ERROR', `region ${id} is missing`);
  return r;
}

export const Grid: GridResolvers = {
  async __resolveReference(ref, ctx) {
    return visibleGrid(ctx, ref.id);
  },
  code: (g) => g.regionCode,
  region: (g, _, ctx) => regionOf(ctx, g.id),
  village: (g, _, ctx) => regionOf(ctx, g.villageRegionId),
  boundary: (g) => pgPolygonToGeoJson(g.boundary),
  leader: (g) => (g.leaderName ? { name: g.leaderName, phone: g.leaderPhone } : null),
  workers: (g, _, ctx) => ctx.loaders.workersByGridId.load(g.id),
  buildingHeads: (g, _, ctx) => ctx.loaders.buildingHeadsByGridId.load(g.id),
  baseData: (g) => g,
  keyPersons: (g, args, ctx) => keyPersonsOfGrid(ctx, g, args),
  reports: (g, args, ctx) => reportsOfGrid(ctx, g, args),
  patrolTasks: (g, args, ctx) => patrolTasksOfGrid(ctx, g, args),
};

export const GridBaseData: GridBaseDataResolvers = {
  events: (g, _, ctx) => ctx.loaders.reportCountByGridId.load(g.id),
  async keyPersons(g, _, ctx) {
    assertCanReadKeyPersons(ctx, g.regionCode);
    return ctx.loaders.keyPersonCountByGridId.load(g.id);
  },
};

export const GridWorker: GridWorkerResolvers = {
  async __resolveReference(ref, ctx) {
    const w = await ctx.loaders.workerById.load(ref.id);
    return w && ctx.scope.contains(w.regionCode) ? w : null;
  },
  async grid(w, _, ctx) {
    const g = await ctx.loaders.gridById.load(w.gridId);
    if (!g) throw new DomainError('INTERNAL_SERVER_ERROR', `grid ${w.gridId} is missing`);
    return g;
  },
};

export const BuildingHead: BuildingHeadResolvers = {
  async grid(h, _, ctx) {
    const g = await ctx.loaders.gridById.load(h.gridId);
    if (!g) throw new DomainError('INTERNAL_SERVER_ERROR', `grid ${h.gridId} is missing`);
    return g;
  },
};
