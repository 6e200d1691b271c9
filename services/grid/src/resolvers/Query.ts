import { authorize, badInput } from '@zz/common';
import type { QueryResolvers } from '../generated/resolvers-types';
import { visibleRegion } from './Region';
import { gridAt, listGrids, visibleGrid } from '../app/grids';
import { listReports, visibleReport } from '../app/reports';
import { listPatrolTasks, visiblePatrolTask } from '../app/patrols';
import { listKeyPersons } from '../app/key-persons';
import { isUuid } from '../app/common';

function checkId(id: string): void {
  if (!isUuid(id)) throw badInput('无效的 ID (malformed id)', 'id');
}

export const Query: QueryResolvers = {
  async region(_, args, ctx) {
    authorize(ctx.identity, 'Query.region');
    checkId(args.id);
    return visibleRegion(ctx, await ctx.loaders.regionById.load(args.id));
  },
  async regionByCode(_, args, ctx) {
    authorize(ctx.identity, 'Query.regionByCode');
    const [r] = await ctx.regions.byCodes([args.code]);
    return visibleRegion(ctx, r ?? null);
  },
  async regions(_, args, ctx) {
    authorize(ctx.identity, 'Query.regions');
    return ctx.regions.list(ctx.scope, args);
  },
  async grid(_, args, ctx) {
    authorize(ctx.identity, 'Query.grid');
    checkId(args.id);
    return visibleGrid(ctx, args.id);
  },
  async gridByCode(_, args, ctx) {
    authorize(ctx.identity, 'Query.gridByCode');
    const g = await ctx.grids.byCode(args.code);
    return g && ctx.scope.contains(g.regionCode) ? g : null;
  },
  grids: (_, args, ctx) => listGrids(ctx, args),
  gridAt: (_, args, ctx) => gridAt(ctx, args.lat, args.lng),
  async gridWorker(_, args, ctx) {
    authorize(ctx.identity, 'Query.gridWorker');
    checkId(args.id);
    const w = await ctx.loaders.workerById.load(args.id);
    return w && ctx.scope.contains(w.regionCode) ? w : null;
  },
  async gridReport(_, args, ctx) {
    authorize(ctx.identity, 'Query.gridReport');
    checkId(args.id);
    return visibleReport(ctx, args.id);
  },
  gridReports: (_, args, ctx) => listReports(ctx, args),
  async patrolTask(_, args, ctx) {
    authorize(ctx.identity, 'Query.patrolTask');
    checkId(args.id);
    return visiblePatrolTask(ctx, args.id);
  },
  patrolTasks: (_, args, ctx) => listPatrolTasks(ctx, args),
  keyPersons: (_, args, ctx) => listKeyPersons(ctx, args),
};
