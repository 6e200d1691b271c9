import type { DataSource } from 'typeorm';
import { DEMO_CASE_COUNT, generateCases, type CaseSeed, type World } from '@zz/demo-world';
import { keyPersonCategory } from './domain/grid-input';
import { nextVisitDue, visitInterval } from './domain/key-person-care';
import { keyPersonKeys } from './domain/key-person-risk';
import { TerritoryService, type Territory } from './service/territory-service';

/**
 * Inserts the demo territory, grids, grid staff and key persons (idempotent: rows that exist are left as
 * they are), through the territory service: one statement per table, whatever the world's scale.
 */
export async function seedGrid(dataSource: DataSource, world: World): Promise<void> {
  await new TerritoryService(dataSource).import(demoTerritory(world, new Date()));
}

/** Demo figures for 地、物、组织, which the world does not model: stable per grid, in proportion to its households. */
function baseFigures(code: string, households: number): { places: number; things: number; organisations: number } {
  let h = 2166136261;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 16777619) >>> 0;
  return { places: Math.round(households / 3) + (h % 20), things: 3 + ((h >>> 5) % 12), organisations: 1 + ((h >>> 9) % 6) };
}

const DAY = 86_400_000;

/** At most this many demo key persons are also applicants of a demo group dispute. */
const GROUP_DISPUTE_KEY_PERSONS = 3;

/**
 * A few demo key persons are also applicants of the demo's group disputes (10 or more applicants): the same
 * name, in the case's village (or grid), so the 群体性纠纷 warnings supervision raises on those cases name them
 * once the grid's risk watch has read the log. The record takes the applicant's name: the first group cases
 * (in the generator's order) with a key person in their place, one person each. Rejected registrations are
 * not cases and raise nothing, so they are passed over.
 */
export function groupDisputeApplicants(world: World, seeds: readonly CaseSeed[]): Map<string, string> {
  const regionOf = new Map(world.regions.map((r) => [r.id, r]));
  const gridOf = new Map(world.grids.map((g) => [g.regionId, g]));
  const renamed = new Map<string, string>();
  for (const seed of seeds) {
    if (renamed.size >= GROUP_DISPUTE_KEY_PERSONS) break;
    const applicants = seed.parties.filter((x) => x.role === 'APPLICANT');
    if (applicants.length < 10 || seed.targetStatus === 'REJECTED') continue;
    const region = regionOf.get(seed.regionId);
    if (!region || region.level === 'TOWN') continue;
    const inPlace = (k: World['keyPersons'][number]) =>
      region.level === 'GRID' ? k.gridRegionId === region.id : gridOf.get(k.gridRegionId)?.villageRegionId === region.id;
    const person = world.keyPersons.find((k) => inPlace(k) && !renamed.has(k.id));
    // The second applicant: the first is usually the group's spokesperson, who files.
    if (person) renamed.set(person.id, applicants[1].name);
  }
  return renamed;
}

function demoTerritory(world: World, now: Date): Territory {
  const inGroupDisputes = groupDisputeApplicants(world, generateCases(world, { count: DEMO_CASE_COUNT, now }));
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
    keyPersons: world.keyPersons.map((k) => {
      const x = { ...k, name: inGroupDisputes.get(k.id) ?? k.name };
      // Dates relative to the seeding: registered two months ago, last visited `daysAgo` days ago.
      const createdAt = new Date(now.getTime() - 60 * DAY);
      const lastVisitedAt = x.lastVisit ? new Date(now.getTime() - x.lastVisit.daysAgo * DAY) : null;
      return {
        id: x.id, gridId: x.gridRegionId, regionCode: codeOf(x.gridRegionId), name: x.name, category: keyPersonCategory(x.category), plan: x.plan,
        tier: x.tier, responsibleCadre: x.responsibleCadre, createdAt, lastVisitedAt,
        nextVisitDueAt: nextVisitDue(lastVisitedAt, createdAt, visitInterval(x.tier, null)),
        partyKeys: keyPersonKeys(x.name, codeOf(x.gridRegionId), { idNumberKey: null, phoneKey: null }),
      };
    }),
    keyPersonVisits: world.keyPersons.flatMap((x) => x.lastVisit ? [{
      id: x.lastVisit.id, keyPersonId: x.id, regionCode: codeOf(x.gridRegionId), kind: x.lastVisit.kind,
      visitedAt: new Date(now.getTime() - x.lastVisit.daysAgo * DAY), note: x.lastVisit.note, visitorName: x.lastVisit.visitor,
    }] : []),
  };
}
