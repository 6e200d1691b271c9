/** Grids: lookups within the caller's jurisdiction, the spatial lookup, and administration (ADMIN). */
import { authorize, badInput, conflict, DomainError, encodeKeyCursor, inTransaction, isUuid, notFound, pageSize, toConnection, ValidationErrors } from '@zz/common';
import type { GridEntity } from '../store/entities/grid.entity';
import type { RegionEntity } from '../store/entities/region.entity';
import { inJurisdiction, jurisdictionPrefix, listPrefix } from '../domain/access';
import { nextGridCode, validateGridFields, type GridFieldsInput } from '../domain/grid-input';
import { validateLatLng } from '../domain/reports';
import { codeCursor, loadVisible, requireId } from './input';
import type { Actor, CreateGridInput, GridDeps, GridListInput, GridPage, PlaceFilter } from './types';

export class GridService {
  constructor(private readonly d: GridDeps) {}

  /** A grid by id when it lies in the caller's jurisdiction; a malformed id is simply not found. */
  visible(actor: Actor, id: string | null | undefined): Promise<GridEntity | null> {
    return loadVisible(actor, this.d.loaders.gridById, id);
  }

  async byId(actor: Actor, id: string): Promise<GridEntity | null> {
    authorize(actor.identity, 'Query.grid');
    requireId(id);
    return this.visible(actor, id);
  }

  async byCode(actor: Actor, code: string): Promise<GridEntity | null> {
    authorize(actor.identity, 'Query.gridByCode');
    const g = await this.d.stores.grids.byCode(code);
    return g && inJurisdiction(actor.scope, g.regionCode) ? g : null;
  }

  /** `Region.grid`: a GRID region's grid (a grid's id is its region's id). */
  async ofRegion(actor: Actor, r: RegionEntity): Promise<GridEntity | null> {
    return r.level === 'GRID' ? this.visible(actor, r.id) : null;
  }

  /** The grid another visible record belongs to: it must exist. */
  async required(id: string): Promise<GridEntity> {
    const g = await this.d.loaders.gridById.load(id);
    if (!g) throw new DomainError('INTERNAL_SERVER_ERROR', `grid ${id} is missing`);
    return g;
  }

  /**
   * Where a list filtered by `regionId` / `gridId` may look: the caller's jurisdiction narrowed to the
   * region and grid asked for, or null when nothing visible matches (an unknown or out-of-scope region
   * or grid gives an empty list, never another jurisdiction's rows).
   */
  async listScope(actor: Actor, args: PlaceFilter): Promise<{ prefix: string; gridId: string | null } | null> {
    const prefix = await this.regionPrefix(actor, args.regionId);
    if (prefix === null) return null;
    if (!args.gridId) return { prefix, gridId: null };
    const grid = await this.visible(actor, args.gridId);
    return grid ? { prefix, gridId: grid.id } : null;
  }

  /** The caller's jurisdiction narrowed to the region asked for (null: nothing visible there). */
  async regionPrefix(actor: Actor, regionId: string | null | undefined): Promise<string | null> {
    const prefix = jurisdictionPrefix(actor.scope);
    if (prefix === null || !regionId) return prefix;
    const region = isUuid(regionId) ? await this.d.loaders.regionById.load(regionId) : null;
    return region ? listPrefix(actor.scope, region.code) : null;
  }

  /** A grid named by an input field: unknown → BAD_USER_INPUT on the field, outside the jurisdiction → FORBIDDEN. */
  async forInput(actor: Actor, id: string, field: string, errors: ValidationErrors): Promise<GridEntity | null> {
    const g = isUuid(id) ? await this.d.loaders.gridById.load(id) : null;
    if (!g) {
      errors.add(field, '网格不存在 (no such grid)');
      return null;
    }
    if (!inJurisdiction(actor.scope, g.regionCode)) throw new DomainError('FORBIDDEN', '该网格不在您的辖区内 (the grid is outside your jurisdiction)', field);
    return g;
  }

  async at(actor: Actor, lat: number, lng: number): Promise<GridEntity | null> {
    authorize(actor.identity, 'Query.gridAt');
    const errors = new ValidationErrors();
    validateLatLng(lat, lng, errors);
    errors.throwIfAny();
    const prefix = jurisdictionPrefix(actor.scope);
    if (prefix === null) return null;
    // Only grids of the caller's jurisdiction are candidates: a point outside it is null, like one outside every grid.
    return this.d.stores.grids.at(lng, lat, prefix);
  }

  async list(actor: Actor, args: GridListInput): Promise<GridPage> {
    authorize(actor.identity, 'Query.grids');
    const limit = pageSize(args.first, this.d.maxFirst);
    const prefix = await this.regionPrefix(actor, args.regionId);
    if (prefix === null) return toConnection([], limit, () => '', 0);
    const afterCode = codeCursor(args.after);
    const rows = await this.d.stores.grids.page(prefix, limit, afterCode);
    return toConnection(rows, limit, (g) => encodeKeyCursor([g.regionCode]), () => this.d.stores.grids.count(prefix));
  }

  async create(actor: Actor, input: CreateGridInput): Promise<GridEntity> {
    authorize(actor.identity, 'Mutation.createGrid');
    const errors = new ValidationErrors();
    const village = isUuid(input.villageRegionId) ? await this.d.loaders.regionById.load(input.villageRegionId) : null;
    if (!village) errors.add('input.villageRegionId', '区域不存在 (no such region)');
    else if (!inJurisdiction(actor.scope, village.code)) throw new DomainError('FORBIDDEN', '该村（社区）不在您的辖区内 (the village is outside your jurisdiction)', 'input.villageRegionId');
    else if (village.level !== 'VILLAGE') errors.add('input.villageRegionId', `网格必须属于村（社区），该区域是 ${village.level} (a grid belongs to a VILLAGE region)`);
    const fields = validateGridFields(input, true, errors);
    const villageId = village!.id;
    const { grids } = this.d.stores;
    return inTransaction(this.d.dataSource, async (m) => {
      const locked = await grids.lockVillage(m, villageId);
      if (!locked) throw badInput('区域不存在 (no such region)', 'input.villageRegionId');
      const code = nextGridCode(locked.village.code, locked.childCodes);
      if (!code) throw conflict('该村（社区）的网格编码已用完（最多 999 个）(no grid code left in this village)');
      return grids.insert(m, code, {
        villageRegionId: villageId, name: fields.name!, ring: fields.ring!, households: fields.households!, residents: fields.residents!,
        places: fields.places, things: fields.things, organisations: fields.organisations, leaderName: fields.leaderName, leaderPhone: fields.leaderPhone,
      }, this.d.now);
    });
  }

  async update(actor: Actor, id: string, input: GridFieldsInput): Promise<GridEntity> {
    authorize(actor.identity, 'Mutation.updateGrid');
    const grid = await this.visible(actor, id);
    if (!grid) throw notFound('网格不存在 (grid not found)');
    const changes = validateGridFields(input, false);
    const updated = await inTransaction(this.d.dataSource, (m) => this.d.stores.grids.update(m, grid.id, changes, this.d.now));
    this.d.loaders.gridById.clear(grid.id).prime(grid.id, updated);
    this.d.loaders.regionById.clear(grid.id);
    return updated;
  }

  /** 事: the number of reports of a visible grid (batched). */
  reportCount(grid: GridEntity): Promise<number> {
    return this.d.loaders.reportCountByGridId.load(grid.id);
  }
}
