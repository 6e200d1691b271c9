/** Grid administration (ADMIN) and grid lookups. */
import { authorize, badInput, conflict, decodeKeyCursor, DomainError, encodeKeyCursor, inTransaction, notFound, pageSize, toConnection, ValidationErrors } from '@zz/common';
import type { GridContext } from '../context';
import type { GridEntity } from '../store/entities/grid.entity';
import type { GridWorkerEntity } from '../store/entities/grid-worker.entity';
import { nextGridCode, validateGridFields, validateWorkerFields, type GridFieldsInput, type WorkerFieldsInput } from '../domain/grid-input';
import { validateLatLng } from '../domain/reports';
import { intersectPrefix } from '../store/sql';
import { isUuid, scopePrefix } from './common';
import type { GridConnectionModel } from '../resolvers/models';

export async function visibleGrid(ctx: GridContext, id: string | null | undefined): Promise<GridEntity | null> {
  if (!isUuid(id)) return null;
  const g = await ctx.loaders.gridById.load(id);
  return g && ctx.scope.contains(g.regionCode) ? g : null;
}

/**
 * Where a list filtered by `regionId` / `gridId` may look: the caller's jurisdiction narrowed to the
 * region and grid asked for, or null when nothing visible matches (an unknown or out-of-scope region
 * or grid gives an empty list, never another jurisdiction's rows).
 */
export async function listScope(ctx: GridContext, args: { regionId?: string | null; gridId?: string | null }): Promise<{ prefix: string; gridId: string | null } | null> {
  let prefix = scopePrefix(ctx.scope);
  if (prefix !== null && args.regionId) {
    const region = isUuid(args.regionId) ? await ctx.loaders.regionById.load(args.regionId) : null;
    prefix = region ? intersectPrefix(prefix, region.code) : null;
  }
  if (prefix === null) return null;
  if (!args.gridId) return { prefix, gridId: null };
  const grid = await visibleGrid(ctx, args.gridId);
  return grid ? { prefix, gridId: grid.id } : null;
}

/** A grid named by an input field: unknown → BAD_USER_INPUT on the field, outside the jurisdiction → FORBIDDEN. */
export async function gridForInput(ctx: GridContext, id: string, field: string, errors: ValidationErrors): Promise<GridEntity | null> {
  const g = isUuid(id) ? await ctx.loaders.gridById.load(id) : null;
  if (!g) {
    errors.add(field, '网格不存在 (no such grid)');
    return null;
  }
  if (!ctx.scope.contains(g.regionCode)) throw new DomainError('FORBIDDEN', '该网格不在您的辖区内 (the grid is outside your jurisdiction)', field);
  return g;
}

export async function gridAt(ctx: GridContext, lat: number, lng: number): Promise<GridEntity | null> {
  authorize(ctx.identity, 'Query.gridAt');
  const errors = new ValidationErrors();
  validateLatLng(lat, lng, errors);
  errors.throwIfAny();
  const prefix = scopePrefix(ctx.scope);
  if (prefix === null) return null;
  // Only grids of the caller's jurisdiction are candidates: a point outside it is null, like one outside every grid.
  return ctx.grids.at(lng, lat, prefix);
}

export async function listGrids(ctx: GridContext, args: { regionId?: string | null; first?: number | null; after?: string | null }): Promise<GridConnectionModel> {
  authorize(ctx.identity, 'Query.grids');
  const limit = pageSize(args.first, ctx.config.limits.maxFirst);
  let prefix = scopePrefix(ctx.scope);
  if (args.regionId) {
    const region = isUuid(args.regionId) ? await ctx.loaders.regionById.load(args.regionId) : null;
    prefix = region && prefix !== null ? intersectPrefix(prefix, region.code) : null;
  }
  if (prefix === null) return toConnection([], limit, () => '', 0);
  const p = prefix;
  let afterCode: string | null = null;
  if (args.after) {
    const c = decodeKeyCursor(args.after);
    if (!c || c.length !== 1 || typeof c[0] !== 'string') throw badInput('无效的分页游标 (invalid cursor)', 'after');
    afterCode = c[0];
  }
  const rows = await ctx.grids.page(p, limit, afterCode);
  return toConnection(rows, limit, (g) => encodeKeyCursor([g.regionCode]), () => ctx.grids.count(p));
}

export interface CreateGridArgs extends GridFieldsInput {
  villageRegionId: string;
}

export async function createGrid(ctx: GridContext, input: CreateGridArgs): Promise<GridEntity> {
  authorize(ctx.identity, 'Mutation.createGrid');
  const errors = new ValidationErrors();
  const village = isUuid(input.villageRegionId) ? await ctx.loaders.regionById.load(input.villageRegionId) : null;
  if (!village) errors.add('input.villageRegionId', '区域不存在 (no such region)');
  else if (!ctx.scope.contains(village.code)) throw new DomainError('FORBIDDEN', '该村（社区）不在您的辖区内 (the village is outside your jurisdiction)', 'input.villageRegionId');
  else if (village.level !== 'VILLAGE') errors.add('input.villageRegionId', `网格必须属于村（社区），该区域是 ${village.level} (a grid belongs to a VILLAGE region)`);
  const fields = validateGridFields(input, true, errors);
  const villageId = village!.id;
  return inTransaction(ctx.dataSource, async (m) => {
    const locked = await ctx.grids.lockVillage(m, villageId);
    if (!locked) throw badInput('区域不存在 (no such region)', 'input.villageRegionId');
    const code = nextGridCode(locked.village.code, locked.childCodes);
    if (!code) throw conflict('该村（社区）的网格编码已用完（最多 999 个）(no grid code left in this village)');
    return ctx.grids.insert(m, code, {
      villageRegionId: villageId, name: fields.name!, ring: fields.ring!, households: fields.households!, residents: fields.residents!,
      places: fields.places, things: fields.things, organisations: fields.organisations, leaderName: fields.leaderName, leaderPhone: fields.leaderPhone,
    }, ctx.now);
  });
}

export async function updateGrid(ctx: GridContext, id: string, input: GridFieldsInput): Promise<GridEntity> {
  authorize(ctx.identity, 'Mutation.updateGrid');
  const grid = await visibleGrid(ctx, id);
  if (!grid) throw notFound('网格不存在 (grid not found)');
  const changes = validateGridFields(input, false);
  const updated = await inTransaction(ctx.dataSource, (m) => ctx.grids.update(m, grid.id, changes, ctx.now));
  ctx.loaders.gridById.clear(grid.id).prime(grid.id, updated);
  ctx.loaders.regionById.clear(grid.id);
  return updated;
}

export interface AddWorkerArgs extends WorkerFieldsInput {
  gridId: string;
}

export async function addGridWorker(ctx: GridContext, input: AddWorkerArgs): Promise<GridWorkerEntity> {
  authorize(ctx.identity, 'Mutation.addGridWorker');
  const errors = new ValidationErrors();
  const grid = await gridForInput(ctx, input.gridId, 'input.gridId', errors);
  const fields = validateWorkerFields(input, true, errors);
  return inTransaction(ctx.dataSource, (m) => ctx.staff.insertWorker(m, {
    gridId: grid!.id, regionCode: grid!.regionCode, name: fields.name!, kind: fields.kind!, phone: fields.phone ?? null,
  }, ctx.now));
}

export interface UpdateWorkerArgs extends WorkerFieldsInput {
  gridId?: string | null;
}

export async function updateGridWorker(ctx: GridContext, id: string, input: UpdateWorkerArgs): Promise<GridWorkerEntity> {
  authorize(ctx.identity, 'Mutation.updateGridWorker');
  const worker = isUuid(id) ? await ctx.loaders.workerById.load(id) : null;
  if (!worker || !ctx.scope.contains(worker.regionCode)) throw notFound('网格员不存在 (grid worker not found)');
  const errors = new ValidationErrors();
  let grid: GridEntity | null = null;
  if (input.gridId === null) errors.add('input.gridId', '不能为空 (gridId cannot be null)');
  else if (input.gridId !== undefined) grid = await gridForInput(ctx, input.gridId, 'input.gridId', errors);
  const changes = validateWorkerFields(input, false, errors);
  const updated = await inTransaction(ctx.dataSource, (m) => ctx.staff.updateWorker(m, worker.id, {
    ...changes, ...(grid ? { grid: { id: grid.id, regionCode: grid.regionCode } } : {}),
  }, ctx.now));
  ctx.loaders.workerById.clear(worker.id).prime(worker.id, updated);
  return updated;
}
