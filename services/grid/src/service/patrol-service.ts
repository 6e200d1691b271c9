/** Patrol tasks (巡查任务): dispatched down by a center, completed by the grid's worker. */
import {
  authorize, conflict, encodeKeyCursor, forbidden, inTransaction, notFound, pageSize, toConnection, ValidationErrors,
} from '@zz/common';
import { appendEvents } from '@zz/events';
import type { GridEntity } from '../store/entities/grid.entity';
import type { PatrolTaskEntity } from '../store/entities/patrol-task.entity';
import { canCompletePatrol, canDispatchPatrol, jurisdictionPrefix } from '../domain/access';
import { isOverdue, validateDispatch, type DispatchInput } from '../domain/patrol';
import { validateNote } from '../domain/reports';
import type { GridService } from './grid-service';
import { actingUserId, loadVisible, requireId, timeCursor } from './input';
import type { Actor, GridDeps, GridPatrolsInput, PatrolListInput, PatrolTaskPage } from './types';

const SOURCE = 'grid';

const patrolCursor = (t: PatrolTaskEntity) => encodeKeyCursor([t.dueAt.toISOString(), t.id]);

export class PatrolService {
  constructor(private readonly d: GridDeps, private readonly grids: GridService) {}

  visible(actor: Actor, id: string | null | undefined): Promise<PatrolTaskEntity | null> {
    return loadVisible(actor, this.d.loaders.patrolTaskById, id);
  }

  async byId(actor: Actor, id: string): Promise<PatrolTaskEntity | null> {
    authorize(actor.identity, 'Query.patrolTask');
    requireId(id);
    return this.visible(actor, id);
  }

  /** Against the request's clock, never stored, so never stale. */
  overdue(task: PatrolTaskEntity): boolean {
    return isOverdue(task, this.d.now);
  }

  async dispatch(actor: Actor, input: DispatchInput): Promise<PatrolTaskEntity> {
    authorize(actor.identity, 'Mutation.dispatchPatrolTask');
    const errors = new ValidationErrors();
    const grid = await this.grids.forInput(actor, input.gridId, 'input.gridId', errors);
    if (grid && !canDispatchPatrol(actor.identity, grid.regionCode)) {
      throw forbidden('巡查任务由网格的上级中心下达 (patrol tasks are dispatched by a center above the grid)');
    }
    const { now } = this.d;
    const task = validateDispatch(input, now, errors);
    const userId = actingUserId(actor.identity);
    const g = grid as GridEntity;
    const saved = await inTransaction(this.d.dataSource, async (m) => {
      const row = await this.d.stores.patrols.insert(m, { ...task, gridId: g.id, regionCode: g.regionCode, userId }, now);
      await appendEvents(m, [{
        kind: 'PATROL_TASK_DISPATCHED', source: SOURCE, regionId: g.id, regionCode: g.regionCode, patrolTaskId: row.id, actorId: userId,
        occurredAt: now, data: { gridId: g.id, title: row.title, dueAt: row.dueAt.toISOString() },
      }]);
      return row;
    });
    this.d.loaders.patrolTaskById.prime(saved.id, saved);
    return saved;
  }

  async complete(actor: Actor, id: string, note: string): Promise<PatrolTaskEntity> {
    authorize(actor.identity, 'Mutation.completePatrolTask');
    const task = await this.visible(actor, id);
    if (!task) throw notFound('巡查任务不存在 (patrol task not found)');
    if (!canCompletePatrol(actor.identity, task.regionCode)) throw forbidden('只有本网格的网格员可以完成巡查任务 (only a grid worker of this grid completes its tasks)');
    const text = validateNote(note, 'note');
    const userId = actingUserId(actor.identity);
    const { now } = this.d;
    const done = await inTransaction(this.d.dataSource, async (m) => {
      const row = await this.d.stores.patrols.complete(m, task.id, text, userId, now);
      if (!row) throw conflict('巡查任务已完成 (the task is already completed)');
      await appendEvents(m, [{
        kind: 'PATROL_TASK_COMPLETED', source: SOURCE, regionId: row.gridId, regionCode: row.regionCode, patrolTaskId: row.id, actorId: userId,
        occurredAt: now, data: { gridId: row.gridId, note: text, late: row.completedAt! > row.dueAt },
      }]);
      return row;
    });
    this.d.loaders.patrolTaskById.clear(done.id).prime(done.id, done);
    return done;
  }

  async list(actor: Actor, args: PatrolListInput): Promise<PatrolTaskPage> {
    authorize(actor.identity, 'Query.patrolTasks');
    const limit = pageSize(args.first, this.d.maxFirst);
    const after = timeCursor(args.after);
    const where = await this.grids.listScope(actor, args);
    if (!where) return toConnection([], limit, () => '', 0);
    const { prefix, gridId } = where;
    const filter = { prefix, gridId, status: args.status ?? null, overdue: args.overdue ?? null, now: this.d.now };
    const rows = await this.d.stores.patrols.page(filter, limit, after);
    return toConnection(rows, limit, patrolCursor, () => this.d.stores.patrols.count(filter));
  }

  /** `Grid.patrolTasks`: batched across the grids of a response (one statement per distinct argument set). */
  async ofGrid(actor: Actor, grid: GridEntity, args: GridPatrolsInput): Promise<PatrolTaskPage> {
    const limit = pageSize(args.first, this.d.maxFirst);
    const after = timeCursor(args.after);
    const filter = { prefix: jurisdictionPrefix(actor.scope) ?? grid.regionCode, status: args.status ?? null, overdue: args.overdue ?? null, now: this.d.now };
    const key = JSON.stringify([args.status ?? null, args.overdue ?? null, limit, after]);
    const rows = await this.d.loaders.patrolsOfGrid(key, { ...filter, limit, after }).load(grid.id);
    return toConnection(rows, limit, patrolCursor, () => this.d.loaders.patrolCountOfGrid(JSON.stringify([args.status ?? null, args.overdue ?? null]), filter).load(grid.id));
  }
}
