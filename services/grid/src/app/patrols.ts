/** Patrol tasks (巡查任务): dispatched down by a center, completed by the grid's worker. */
import { appendEvents, authorize, conflict, encodeKeyCursor, forbidden, inTransaction, notFound, pageSize, toConnection, ValidationErrors } from '@zz/common';
import type { GridContext } from '../context';
import type { GridEntity } from '../store/entities/grid.entity';
import type { PatrolTaskEntity } from '../store/entities/patrol-task.entity';
import { canCompletePatrol, canDispatchPatrol } from '../domain/access';
import { validateDispatch, type DispatchInput } from '../domain/patrol';
import { validateNote } from '../domain/reports';
import { isUuid, scopePrefix, timeCursor } from './common';
import { gridForInput, listScope } from './grids';
import type { PatrolTaskConnectionModel } from '../resolvers/models';

const SOURCE = 'grid';

export async function visiblePatrolTask(ctx: GridContext, id: string | null | undefined): Promise<PatrolTaskEntity | null> {
  if (!isUuid(id)) return null;
  const t = await ctx.loaders.patrolTaskById.load(id);
  return t && ctx.scope.contains(t.regionCode) ? t : null;
}

export async function dispatchPatrolTask(ctx: GridContext, input: DispatchInput): Promise<PatrolTaskEntity> {
  authorize(ctx.identity, 'Mutation.dispatchPatrolTask');
  const errors = new ValidationErrors();
  const grid = await gridForInput(ctx, input.gridId, 'input.gridId', errors);
  if (grid && !canDispatchPatrol(ctx.identity, grid.regionCode)) {
    throw forbidden('巡查任务由网格的上级中心下达 (patrol tasks are dispatched by a center above the grid)');
  }
  const task = validateDispatch(input, ctx.now, errors);
  const userId = isUuid(ctx.identity.userId) ? ctx.identity.userId : null;
  const g = grid as GridEntity;
  const saved = await inTransaction(ctx.dataSource, async (m) => {
    const row = await ctx.patrols.insert(m, { ...task, gridId: g.id, regionCode: g.regionCode, userId }, ctx.now);
    await appendEvents(m, [{
      kind: 'PATROL_TASK_DISPATCHED', source: SOURCE, regionId: g.id, regionCode: g.regionCode, patrolTaskId: row.id, actorId: userId,
      occurredAt: ctx.now, data: { gridId: g.id, title: row.title, dueAt: row.dueAt.toISOString() },
    }]);
    return row;
  });
  ctx.loaders.patrolTaskById.prime(saved.id, saved);
  return saved;
}

export async function completePatrolTask(ctx: GridContext, id: string, note: string): Promise<PatrolTaskEntity> {
  authorize(ctx.identity, 'Mutation.completePatrolTask');
  const task = await visiblePatrolTask(ctx, id);
  if (!task) throw notFound('巡查任务不存在 (patrol task not found)');
  if (!canCompletePatrol(ctx.identity, task.regionCode)) throw forbidden('只有本网格的网格员可以完成巡查任务 (only a grid worker of this grid completes its tasks)');
  const text = validateNote(note, 'note');
  const userId = isUuid(ctx.identity.userId) ? ctx.identity.userId : null;
  const done = await inTransaction(ctx.dataSource, async (m) => {
    const row = await ctx.patrols.complete(m, task.id, text, userId, ctx.now);
    if (!row) throw conflict('巡查任务已完成 (the task is already completed)');
    await appendEvents(m, [{
      kind: 'PATROL_TASK_COMPLETED', source: SOURCE, regionId: row.gridId, regionCode: row.regionCode, patrolTaskId: row.id, actorId: userId,
      occurredAt: ctx.now, data: { gridId: row.gridId, note: text, late: row.completedAt! > row.dueAt },
    }]);
    return row;
  });
  ctx.loaders.patrolTaskById.clear(done.id).prime(done.id, done);
  return done;
}

export const patrolCursor = (t: PatrolTaskEntity) => encodeKeyCursor([t.dueAt.toISOString(), t.id]);

export interface PatrolListArgs {
  gridId?: string | null;
  regionId?: string | null;
  status?: string | null;
  overdue?: boolean | null;
  first?: number | null;
  after?: string | null;
}

export async function listPatrolTasks(ctx: GridContext, args: PatrolListArgs): Promise<PatrolTaskConnectionModel> {
  authorize(ctx.identity, 'Query.patrolTasks');
  const limit = pageSize(args.first, ctx.config.limits.maxFirst);
  const after = timeCursor(args.after);
  const where = await listScope(ctx, args);
  if (!where) return toConnection([], limit, () => '', 0);
  const { prefix, gridId } = where;
  const filter = { prefix, gridId, status: args.status ?? null, overdue: args.overdue ?? null, now: ctx.now };
  const rows = await ctx.patrols.page(filter, limit, after);
  return toConnection(rows, limit, patrolCursor, () => ctx.patrols.count(filter));
}

export async function patrolTasksOfGrid(ctx: GridContext, grid: GridEntity, args: { status?: string | null; overdue?: boolean | null; first?: number | null; after?: string | null }): Promise<PatrolTaskConnectionModel> {
  const limit = pageSize(args.first, ctx.config.limits.maxFirst);
  const after = timeCursor(args.after);
  const filter = { prefix: scopePrefix(ctx.scope) ?? grid.regionCode, status: args.status ?? null, overdue: args.overdue ?? null, now: ctx.now };
  const rows = await ctx.loaders.patrolsOfGrid(JSON.stringify([args.status ?? null, args.overdue ?? null, limit, after]), { ...filter, limit, after }).load(grid.id);
  return toConnection(rows, limit, patrolCursor, () => ctx.loaders.patrolCountOfGrid(JSON.stringify([args.status ?? null, args.overdue ?? null]), filter).load(grid.id));
}
