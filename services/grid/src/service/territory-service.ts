/** Importing a territory with its staff and key persons (the demo county), in one transaction. */
import type { DataSource } from 'typeorm';
import { TerritoryStore, type BuildingHeadRow, type GridRow, type KeyPersonRow, type KeyPersonVisitRow, type RegionRow, type WorkerRow } from '../store/territory-store';

export interface Territory {
  regions: RegionRow[];
  grids: GridRow[];
  workers: WorkerRow[];
  buildingHeads: BuildingHeadRow[];
  keyPersons: KeyPersonRow[];
  /** Visits already made (走访), after their key persons. */
  keyPersonVisits: KeyPersonVisitRow[];
}

export class TerritoryService {
  private readonly store = new TerritoryStore();
  constructor(private readonly dataSource: DataSource) {}

  /** Idempotent: rows that exist (by id) are left as they are. Regions first, then what hangs off the grids. */
  async import(t: Territory): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.store.insertRegions(m, t.regions);
      await this.store.insertGrids(m, t.grids);
      await this.store.insertWorkers(m, t.workers);
      await this.store.insertBuildingHeads(m, t.buildingHeads);
      await this.store.insertKeyPersons(m, t.keyPersons);
      await this.store.insertKeyPersonVisits(m, t.keyPersonVisits);
    });
  }
}
