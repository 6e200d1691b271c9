/** A grid's staff: grid workers (ADMIN maintains them) and building heads. */
import { authorize, inTransaction, notFound, ValidationErrors } from '@zz/common';
import type { BuildingHeadEntity } from '../store/entities/building-head.entity';
import type { GridEntity } from '../store/entities/grid.entity';
import type { GridWorkerEntity } from '../store/entities/grid-worker.entity';
import { validateWorkerFields } from '../domain/grid-input';
import type { GridService } from './grid-service';
import { loadVisible, requireId } from './input';
import type { Actor, AddWorkerInput, GridDeps, UpdateWorkerInput } from './types';

export class StaffService {
  constructor(private readonly d: GridDeps, private readonly grids: GridService) {}

  visibleWorker(actor: Actor, id: string | null | undefined): Promise<GridWorkerEntity | null> {
    return loadVisible(actor, this.d.loaders.workerById, id);
  }

  async workerById(actor: Actor, id: string): Promise<GridWorkerEntity | null> {
    authorize(actor.identity, 'Query.gridWorker');
    requireId(id);
    return this.visibleWorker(actor, id);
  }

  /** The workers of a visible grid (batched across the grids of a response). */
  workersOf(grid: GridEntity): Promise<GridWorkerEntity[]> {
    return this.d.loaders.workersByGridId.load(grid.id);
  }

  buildingHeadsOf(grid: GridEntity): Promise<BuildingHeadEntity[]> {
    return this.d.loaders.buildingHeadsByGridId.load(grid.id);
  }

  async addWorker(actor: Actor, input: AddWorkerInput): Promise<GridWorkerEntity> {
    authorize(actor.identity, 'Mutation.addGridWorker');
    const errors = new ValidationErrors();
    const grid = await this.grids.forInput(actor, input.gridId, 'input.gridId', errors);
    const fields = validateWorkerFields(input, true, errors);
    return inTransaction(this.d.dataSource, (m) => this.d.stores.staff.insertWorker(m, {
      gridId: grid!.id, regionCode: grid!.regionCode, name: fields.name!, kind: fields.kind!, phone: fields.phone ?? null,
    }, this.d.now));
  }

  async updateWorker(actor: Actor, id: string, input: UpdateWorkerInput): Promise<GridWorkerEntity> {
    authorize(actor.identity, 'Mutation.updateGridWorker');
    const worker = await this.visibleWorker(actor, id);
    if (!worker) throw notFound('网格员不存在 (grid worker not found)');
    const errors = new ValidationErrors();
    let grid: GridEntity | null = null;
    if (input.gridId === null) errors.add('input.gridId', '不能为空 (gridId cannot be null)');
    else if (input.gridId !== undefined) grid = await this.grids.forInput(actor, input.gridId, 'input.gridId', errors);
    const changes = validateWorkerFields(input, false, errors);
    const updated = await inTransaction(this.d.dataSource, (m) => this.d.stores.staff.updateWorker(m, worker.id, {
      ...changes, ...(grid ? { grid: { id: grid.id, regionCode: grid.regionCode } } : {}),
    }, this.d.now));
    this.d.loaders.workerById.clear(worker.id).prime(worker.id, updated);
    return updated;
  }
}
