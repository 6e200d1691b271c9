import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { PatrolTaskEntity } from './entities/patrol-task.entity';
import type { NormalisedDispatch } from '../domain/patrol';
import { GridChildList } from './grid-child-list';
import { likePrefix, queryRows, type Params } from '@zz/common';

export interface PatrolListFilter {
  prefix: string;
  gridId?: string | null;
  status?: string | null;
  /** true: open and past due at `now`; false: everything else. */
  overdue?: boolean | null;
  now: Date;
}

export class PatrolStore extends GridChildList<PatrolTaskEntity, PatrolListFilter> {
  /** By due time. */
  protected readonly order = 't.due_at, t.id';
  private readonly repo: Repository<PatrolTaskEntity>;
  constructor(ds: DataSource) {
    super(ds, PatrolTaskEntity, 'grid.patrol_task');
    this.repo = ds.getRepository(PatrolTaskEntity);
  }

  protected afterRow(after: [string, string], p: Params): string {
    return `(t.due_at, t.id) > (${p.add(after[0])}::timestamptz, ${p.add(after[1])}::uuid)`;
  }

  async byIds(ids: readonly string[]): Promise<PatrolTaskEntity[]> {
    if (!ids.length) return [];
    return this.repo.findBy({ id: In([...ids]) });
  }

  async insert(manager: EntityManager, t: NormalisedDispatch & { regionCode: string; userId: string | null }, now: Date): Promise<PatrolTaskEntity> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO grid.patrol_task (id, grid_id, region_code, title, note, due_at, status, dispatched_by_user_id, dispatched_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'DISPATCHED', $7, $8, $8)`,
      [id, t.gridId, t.regionCode, t.title, t.note, t.dueAt, t.userId, now],
    );
    return manager.getRepository(PatrolTaskEntity).findOneByOrFail({ id });
  }

  /** DISPATCHED → COMPLETED; null when the task was not open. */
  async complete(manager: EntityManager, id: string, note: string, userId: string | null, now: Date): Promise<PatrolTaskEntity | null> {
    const changed = await queryRows(manager, `UPDATE grid.patrol_task SET status = 'COMPLETED', completed_at = $2, completed_by_user_id = $3, completion_note = $4, updated_at = $2
      WHERE id = $1 AND status = 'DISPATCHED' RETURNING id`, [id, now, userId, note]);
    return changed.length ? manager.getRepository(PatrolTaskEntity).findOneByOrFail({ id }) : null;
  }

  protected conditions(f: PatrolListFilter, p: Params): string[] {
    const where = [`t.region_code LIKE ${p.add(likePrefix(f.prefix))}`];
    if (f.gridId) where.push(`t.grid_id = ${p.add(f.gridId)}`);
    if (f.status) where.push(`t.status = ${p.add(f.status)}`);
    if (f.overdue === true || f.overdue === false) {
      const overdue = `(t.status = 'DISPATCHED' AND t.due_at < ${p.add(f.now)}::timestamptz)`;
      where.push(f.overdue ? overdue : `NOT ${overdue}`);
    }
    return where;
  }
}
