import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createInternalClient, Scope, wellFormedIds, type BaseContext, type Config, type Identity } from '@zz/common';
import { createServices, type Actor, type GridServices } from './service';
import { RegionStore } from './store/region-store';
import { GridStore } from './store/grid-store';
import { StaffStore } from './store/staff-store';
import { KeyPersonStore, type KeyPersonListFilter } from './store/key-person-store';
import { ReportStore, type ReportListFilter } from './store/report-store';
import { PatrolStore, type PatrolListFilter } from './store/patrol-store';
import type { RegionEntity } from './store/entities/region.entity';
import type { GridEntity } from './store/entities/grid.entity';
import type { GridWorkerEntity } from './store/entities/grid-worker.entity';
import type { BuildingHeadEntity } from './store/entities/building-head.entity';
import type { GridReportEntity } from './store/entities/grid-report.entity';
import type { PatrolTaskEntity } from './store/entities/patrol-task.entity';
import type { KeyPersonEntity } from './store/entities/key-person.entity';

export interface Stores {
  regions: RegionStore;
  grids: GridStore;
  staff: StaffStore;
  keyPersons: KeyPersonStore;
  reports: ReportStore;
  patrols: PatrolStore;
}

/** What a resolver has: the caller and the use cases of this request. */
export interface GridContext extends BaseContext {
  actor: Actor;
  services: GridServices;
}

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(rows: T[], ids: readonly string[], key: (r: T) => string): T[][] {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const r of rows) map.get(key(r))?.push(r);
  return ids.map((id) => map.get(id) ?? []);
}

/**
 * A loader per distinct argument set of a paged child list (e.g. every `Grid.reports(first: 5)` of one
 * response shares one loader, hence one SQL statement for all grids on the page).
 */
function pagedFamily<F, T>(load: (gridIds: readonly string[], filter: F) => Promise<Map<string, T>>) {
  const family = new Map<string, DataLoader<string, T>>();
  return (argsKey: string, filter: F): DataLoader<string, T> => {
    let loader = family.get(argsKey);
    if (!loader) {
      loader = new DataLoader<string, T>(async (ids) => {
        const found = await load(ids, filter);
        return ids.map((id) => found.get(id) as T);
      });
      family.set(argsKey, loader);
    }
    return loader;
  };
}

export type PageArgs = { limit: number; after: [string, string] | null };

export type Loaders = ReturnType<typeof createLoaders>;

/** DataLoaders are per request: batching within it, no cache shared across callers. */
function createLoaders(r: Stores) {
  return {
    regionById: new DataLoader<string, RegionEntity | null>(async (ids) => byId(await r.regions.byIds(wellFormedIds(ids)), ids)),
    childrenByParentId: new DataLoader<string, RegionEntity[]>(async (ids) => groupBy(await r.regions.childrenOf(ids), ids, (x) => x.parentId ?? '')),
    gridById: new DataLoader<string, GridEntity | null>(async (ids) => byId(await r.grids.byIds(wellFormedIds(ids)), ids)),
    workerById: new DataLoader<string, GridWorkerEntity | null>(async (ids) => byId(await r.staff.workersByIds(wellFormedIds(ids)), ids)),
    workersByGridId: new DataLoader<string, GridWorkerEntity[]>(async (ids) => groupBy(await r.staff.workersOfGrids(ids), ids, (x) => x.gridId)),
    buildingHeadsByGridId: new DataLoader<string, BuildingHeadEntity[]>(async (ids) => groupBy(await r.staff.headsOfGrids(ids), ids, (x) => x.gridId)),
    reportById: new DataLoader<string, GridReportEntity | null>(async (ids) => byId(await r.reports.byIds(wellFormedIds(ids)), ids)),
    patrolTaskById: new DataLoader<string, PatrolTaskEntity | null>(async (ids) => byId(await r.patrols.byIds(wellFormedIds(ids)), ids)),
    reportCountByGridId: new DataLoader<string, number>(async (ids) => {
      const m = await r.grids.reportCounts(ids);
      return ids.map((id) => m.get(id) ?? 0);
    }),
    keyPersonCountByGridId: new DataLoader<string, number>(async (ids) => {
      const m = await r.grids.keyPersonCounts(ids);
      return ids.map((id) => m.get(id) ?? 0);
    }),
    reportsOfGrid: pagedFamily<ReportListFilter & PageArgs, GridReportEntity[]>((ids, f) => r.reports.pagePerGrid(ids, f, f.limit, f.after)),
    reportCountOfGrid: pagedFamily<ReportListFilter, number>(async (ids, f) => withZeros(ids, await r.reports.countPerGrid(ids, f))),
    patrolsOfGrid: pagedFamily<PatrolListFilter & PageArgs, PatrolTaskEntity[]>((ids, f) => r.patrols.pagePerGrid(ids, f, f.limit, f.after)),
    patrolCountOfGrid: pagedFamily<PatrolListFilter, number>(async (ids, f) => withZeros(ids, await r.patrols.countPerGrid(ids, f))),
    keyPersonsOfGrid: pagedFamily<KeyPersonListFilter & PageArgs, KeyPersonEntity[]>((ids, f) => r.keyPersons.pagePerGrid(ids, f, f.limit, f.after)),
    keyPersonCountOfGrid: pagedFamily<KeyPersonListFilter, number>(async (ids, f) => withZeros(ids, await r.keyPersons.countPerGrid(ids, f))),
  };
}

function withZeros(ids: readonly string[], m: Map<string, number>): Map<string, number> {
  return new Map(ids.map((id) => [id, m.get(id) ?? 0]));
}

export function createStores(dataSource: DataSource): Stores {
  return {
    regions: new RegionStore(dataSource),
    grids: new GridStore(dataSource),
    staff: new StaffStore(dataSource),
    keyPersons: new KeyPersonStore(dataSource),
    reports: new ReportStore(dataSource),
    patrols: new PatrolStore(dataSource),
  };
}

export function createContextFactory(dataSource: DataSource, config: Config) {
  const stores = createStores(dataSource);
  const internal = createInternalClient(config);
  return (identity: Identity): GridContext => {
    const actor = { identity, scope: Scope.of(identity) };
    const services = createServices({ dataSource, stores, loaders: createLoaders(stores), internal, maxFirst: config.limits.maxFirst, now: new Date() });
    return { ...actor, actor, services };
  };
}
