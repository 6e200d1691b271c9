import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { GridWorkerEntity } from './entities/grid-worker.entity';
import { BuildingHeadEntity } from './entities/building-head.entity';
import type { WorkerChanges } from '../domain/grid-input';

/** Grid workers and building heads (the grid's "铁三角" staff). */
export class StaffStore {
  private readonly workers: Repository<GridWorkerEntity>;
  private readonly heads: Repository<BuildingHeadEntity>;
  constructor(ds: DataSource) {
    this.workers = ds.getRepository(GridWorkerEntity);
    this.heads = ds.getRepository(BuildingHeadEntity);
  }

  async workersByIds(ids: readonly string[]): Promise<GridWorkerEntity[]> {
    if (!ids.length) return [];
    return this.workers.findBy({ id: In([...ids]) });
  }

  /** Workers of many grids: active first, then full-time, part-time, auxiliary, then by name. */
  async workersOfGrids(gridIds: readonly string[]): Promise<GridWorkerEntity[]> {
    if (!gridIds.length) return [];
    return this.workers.createQueryBuilder('w')
      .where('w.grid_id IN (:...ids)', { ids: [...gridIds] })
      .orderBy('w.active', 'DESC')
      .addOrderBy(`CASE w.kind WHEN 'FULL_TIME' THEN 0 WHEN 'PART_TIME' THEN 1 ELSE 2 END`)
      .addOrderBy('w.name')
      .addOrderBy('w.id')
      .getMany();
  }

  async workerOfUser(userId: string, manager?: EntityManager): Promise<GridWorkerEntity | null> {
    return (manager ? manager.getRepository(GridWorkerEntity) : this.workers).findOneBy({ userId });
  }

  async headsOfGrids(gridIds: readonly string[]): Promise<BuildingHeadEntity[]> {
    if (!gridIds.length) return [];
    return this.heads.find({ where: { gridId: In([...gridIds]) }, order: { building: 'ASC', id: 'ASC' } });
  }

  async insertWorker(manager: EntityManager, w: { gridId: string; regionCode: string; name: string; kind: string; phone: string | null }, now: Date): Promise<GridWorkerEntity> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO grid.grid_worker (id, grid_id, region_code, name, kind, phone, active, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, true, $7, $7)`,
      [id, w.gridId, w.regionCode, w.name, w.kind, w.phone, now],
    );
    return manager.getRepository(GridWorkerEntity).findOneByOrFail({ id });
  }

  async updateWorker(manager: EntityManager, id: string, c: WorkerChanges & { grid?: { id: string; regionCode: string } }, now: Date): Promise<GridWorkerEntity> {
    const patch: Partial<GridWorkerEntity> = { updatedAt: now };
    if (c.name !== undefined) patch.name = c.name;
    if (c.kind !== undefined) patch.kind = c.kind;
    if (c.phone !== undefined) patch.phone = c.phone;
    if (c.active !== undefined) patch.active = c.active;
    if (c.grid) {
      patch.gridId = c.grid.id;
      patch.regionCode = c.grid.regionCode;
    }
    const repo = manager.getRepository(GridWorkerEntity);
    await repo.update({ id }, patch);
    return repo.findOneByOrFail({ id });
  }
}
