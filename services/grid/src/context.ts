import type { DataSource } from 'typeorm';
import { createInternalClient, groupLoader, loaderFamily, mapLoader, recordLoader, Scope, wellFormedIds, type BaseContext, type Config, type Identity } from '@zz/common';
import { createServices, type Actor, type GridServices } from './service';
import { RegionStore } from './store/region-store';
import { GridStore } from './store/grid-store';
import { StaffStore } from './store/staff-store';
import { KeyPersonStore, type KeyPersonListFilter } from './store/key-person-store';
import type { KeyPersonVisitEntity } from './store/entities/key-person-visit.entity';
import type { KeyPersonRiskEntity } from './store/entities/key-person-risk.entity';
import { ReportStore, type ReportListFilter } from './store/report-store';
import { PatrolStore, type PatrolListFilter } from './store/patrol-store';
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

export type PageArgs = { limit: number; after: [string, string] | null };

export type Loaders = ReturnType<typeof createLoaders>;

/** DataLoaders are per request: batching within it, no cache shared across callers. Malformed ids are simply not found. */
function createLoaders(r: Stores) {
  const byId = <T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>) => recordLoader((ids: readonly string[]) => fetch(wellFormedIds(ids)), (x) => x.id);
  return {
    regionById: byId((ids) => r.regions.byIds(ids)),
    childrenByParentId: groupLoader((ids) => r.regions.childrenOf(ids), (x) => x.parentId ?? ''),
    gridById: byId((ids) => r.grids.byIds(ids)),
    workerById: byId((ids) => r.staff.workersByIds(ids)),
    workersByGridId: groupLoader((ids) => r.staff.workersOfGrids(ids), (x) => x.gridId),
    buildingHeadsByGridId: groupLoader((ids) => r.staff.headsOfGrids(ids), (x) => x.gridId),
    reportById: byId((ids) => r.reports.byIds(ids)),
    patrolTaskById: byId((ids) => r.patrols.byIds(ids)),
    reportCountByGridId: mapLoader((ids: readonly string[]) => r.grids.reportCounts(ids), 0),
    keyPersonCountByGridId: mapLoader((ids: readonly string[]) => r.grids.keyPersonCounts(ids), 0),
    reportsOfGrid: loaderFamily((ids: readonly string[], f: ReportListFilter & PageArgs) => r.reports.pagePerGrid(ids, f, f.limit, f.after), [] as GridReportEntity[]),
    reportCountOfGrid: loaderFamily((ids: readonly string[], f: ReportListFilter) => r.reports.countPerGrid(ids, f), 0),
    patrolsOfGrid: loaderFamily((ids: readonly string[], f: PatrolListFilter & PageArgs) => r.patrols.pagePerGrid(ids, f, f.limit, f.after), [] as PatrolTaskEntity[]),
    patrolCountOfGrid: loaderFamily((ids: readonly string[], f: PatrolListFilter) => r.patrols.countPerGrid(ids, f), 0),
    keyPersonsOfGrid: loaderFamily((ids: readonly string[], f: KeyPersonListFilter & PageArgs) => r.keyPersons.pagePerGrid(ids, f, f.limit, f.after), [] as KeyPersonEntity[]),
    keyPersonCountOfGrid: loaderFamily((ids: readonly string[], f: KeyPersonListFilter) => r.keyPersons.countPerGrid(ids, f), 0),
    keyPersonVisits: loaderFamily((ids: readonly string[], limit: number) => r.keyPersons.visitsOf(ids, limit), [] as KeyPersonVisitEntity[]),
    keyPersonRisks: loaderFamily((ids: readonly string[], limit: number) => r.keyPersons.risksOf(ids, limit), [] as KeyPersonRiskEntity[]),
    keyPersonIdsOfWarning: mapLoader((ids: readonly string[]) => r.keyPersons.personIdsOfWarnings(ids), [] as string[]),
    keyPersonById: byId((ids) => r.keyPersons.byIds(ids)),
  };
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
