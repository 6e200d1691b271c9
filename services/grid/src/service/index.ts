/** The use cases of the grid subgraph, one service per noun, created per request over its loaders and clock. */
import { GridService } from './grid-service';
import { KeyPersonService } from './key-person-service';
import { PatrolService } from './patrol-service';
import { RegionService } from './region-service';
import { ReportService } from './report-service';
import { StaffService } from './staff-service';
import type { GridDeps } from './types';

export function createServices(deps: GridDeps) {
  const grids = new GridService(deps);
  return {
    regions: new RegionService(deps),
    grids,
    staff: new StaffService(deps, grids),
    keyPersons: new KeyPersonService(deps, grids),
    reports: new ReportService(deps, grids),
    patrols: new PatrolService(deps, grids),
  };
}

export type GridServices = ReturnType<typeof createServices>;
export type { Actor } from './types';
