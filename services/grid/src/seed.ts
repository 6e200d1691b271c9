import type { DataSource, EntityManager } from 'typeorm';
import type { World } from '@zz/common/src/demo/world';
import { ringToPgPolygon } from './domain/polygon';
import { keyPersonCategory } from './domain/grid-input';

/**
 * Inserts the demo territory, grids, grid staff and key persons (idempotent: rows that exist are left as
 * they are). Each table is one `INSERT … SELECT FROM unnest(…)` statement, whatever the world's scale.
 */
export async function seedGrid(dataSource: DataSource, world: World): Promise<void> {
  await dataSource.transaction(async (m) => {
    const chunk = 500;
    for (let i = 0; i < world.regions.length; i += chunk) {
      const rows = world.regions.slice(i, i + chunk);
      const params: unknown[] = [];
      const values = rows.map((r) => {
        params.push(r.id, r.code, r.name, r.level, r.parentId);
        const n = params.length;
        return `($${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
      });
      await m.query(`INSERT INTO grid.region (id, code, name, level, parent_id) VALUES ${values.join(', ')} ON CONFLICT (id) DO NOTHING`, params);
    }
    await seedGrids(m, world);
  });
}

/** Demo figures for 地、物、组织, which the world does not model: stable per grid, in proportion to its households. */
function baseFigures(code: string, households: number): { places: number; things: number; organisations: number } {
  let h = 2166136261;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 16777619) >>> 0;
  return { places: Math.round(households / 3) + (h % 20), things: 3 + ((h >>> 5) % 12), organisations: 1 + ((h >>> 9) % 6) };
}

async function seedGrids(m: EntityManager, world: World): Promise<void> {
  const gridCode = new Map(world.grids.map((g) => [g.regionId, g.code]));
  const codeOf = (regionId: string) => {
    const c = gridCode.get(regionId);
    if (!c) throw new Error(`demo world: no grid for region ${regionId}`);
    return c;
  };

  const g = world.grids;
  const figures = g.map((x) => baseFigures(x.code, x.households));
  await m.query(
    `INSERT INTO grid.grid (id, region_code, village_region_id, name, boundary, households, residents, places, things, organisations, leader_name)
     SELECT id, code, village, name, boundary::polygon, households, residents, places, things, organisations, leader
     FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::int[], $10::int[], $11::text[])
       AS t(id, code, village, name, boundary, households, residents, places, things, organisations, leader)
     ON CONFLICT (id) DO NOTHING`,
    [g.map((x) => x.regionId), g.map((x) => x.code), g.map((x) => x.villageRegionId), g.map((x) => x.name), g.map((x) => ringToPgPolygon(x.boundary)),
      g.map((x) => x.households), g.map((x) => x.residents), figures.map((f) => f.places), figures.map((f) => f.things),
      figures.map((f) => f.organisations), g.map((x) => x.leaderName)],
  );

  // A GRID_WORKER demo account is linked to the worker record of its grid that bears its name.
  const accountOf = new Map<string, string>();
  for (const u of world.users) if (u.roles.includes('GRID_WORKER')) accountOf.set(`${u.regionId}|${u.displayName}`, u.id);
  const w = world.gridWorkers;
  await m.query(
    `INSERT INTO grid.grid_worker (id, grid_id, region_code, name, kind, phone, user_id)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[])
     ON CONFLICT (id) DO NOTHING`,
    [w.map((x) => x.id), w.map((x) => x.gridRegionId), w.map((x) => codeOf(x.gridRegionId)), w.map((x) => x.name), w.map((x) => x.kind),
      w.map((x) => x.phone), w.map((x) => accountOf.get(`${x.gridRegionId}|${x.name}`) ?? null)],
  );

  const h = world.buildingHeads;
  await m.query(
    `INSERT INTO grid.building_head (id, grid_id, region_code, name, building, phone)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])
     ON CONFLICT (id) DO NOTHING`,
    [h.map((x) => x.id), h.map((x) => x.gridRegionId), h.map((x) => codeOf(x.gridRegionId)), h.map((x) => x.name), h.map((x) => x.building), h.map((x) => x.phone)],
  );

  const k = world.keyPersons;
  await m.query(
    `INSERT INTO grid.key_person (id, grid_id, region_code, name, category, plan)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])
     ON CONFLICT (id) DO NOTHING`,
    [k.map((x) => x.id), k.map((x) => x.gridRegionId), k.map((x) => codeOf(x.gridRegionId)), k.map((x) => x.name),
      k.map((x) => keyPersonCategory(x.category)), k.map((x) => x.plan)],
  );
}
