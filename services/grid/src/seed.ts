import type { DataSource } from 'typeorm';
import type { World } from '@zz/demo-world';
import { keyPersonCategory } from './domain/grid-input';
import { TerritoryService, type Territory } from './service/territory-service';

/**
 * Inserts the demo territory, grids, grid staff and key persons (idempotent: rows that exist are left as
 * they are), through the territory service: one statement per table, whatever the world's scale.
 */
export async function seedGrid(dataSource: DataSource, world: World): Promise<void> {
  await new TerritoryService(dataSource).import(demoTerritory(world));
}

/** Demo figures for 地、物、组织, which the world does not model: stable per grid, in proportion to its households. */
function baseFigures(code: string, households: number): { places: number; things: number; organisations: number } {
  let h = 2166136261;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 16777619) >>> 0;
  return { places: Math.round(households / 3) + (h % 20), things: 3 + ((h >>> 5) % 12), organisations: 1 + ((h >>> 9) % 6) };
}

function demoTerritory(world: World): Territory {
  const gridCode = new Map(world.grids.map((g) => [g.regionId, g.code]));
  const codeOf = (regionId: string) => {
    const c = gridCode.get(regionId);
    if (!c) throw new Error(`demo world: no grid for region ${regionId}`);
    return c;
  };
  // A GRID_WORKER demo account is linked to the worker record of its grid that bears its name.
  const accountOf = new Map<string, string>();
  for (const u of world.users) if (u.roles.includes('GRID_WORKER')) accountOf.set(`${u.regionId}|${u.displayName}`, u.id);

  return {
    regions: world.regions.map((r) => ({ id: r.id, code: r.code, name: r.name, level: r.level, parentId: r.parentId })),
    grids: world.grids.map((x) => ({
      id: x.regionId, code: x.code, villageRegionId: x.villageRegionId, name: x.name, ring: x.boundary, households: x.households,
      residents: x.residents, ...baseFigures(x.code, x.households), leaderName: x.leaderName,
    })),
    workers: world.gridWorkers.map((x) => ({
      id: x.id, gridId: x.gridRegionId, regionCode: codeOf(x.gridRegionId), name: x.name, kind: x.kind, phone: x.phone,
      userId: accountOf.get(`${x.gridRegionId}|${x.name}`) ?? null,
    })),
    buildingHeads: world.buildingHeads.map((x) => ({
      id: x.id, gridId: x.gridRegionId, regionCode: codeOf(x.gridRegionId), name: x.name, building: x.building, phone: x.phone,
    })),
    keyPersons: world.keyPersons.map((x) => ({
      id: x.id, gridId: x.gridRegionId, regionCode: codeOf(x.gridRegionId), name: x.name, category: keyPersonCategory(x.category), plan: x.plan,
    })),
  };
}
