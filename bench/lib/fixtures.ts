/**
 * The data the operations draw their variables from: territory ids and grid points from the
 * deterministic world (county 1 = the demo accounts' county), case ids sampled from the loaded
 * database, intake inputs from the demo case generator.
 */
import { Client } from 'pg';
import { DEMO_COUNTY_CODE, generateCases, generateWorld, type World } from '@zz/demo-world';

export interface BenchFixtures {
  now: Date;
  countyId: string;
  townIds: string[];
  villageIds: string[];
  /** [lng, lat] strictly inside a grid of the county. */
  points: [number, number][];
  /** Cases of the county (the dispatcher's jurisdiction), random sample. */
  caseIds: string[];
  intakeInputs: Record<string, unknown>[];
}

function insideRing(ring: [number, number][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Deterministic small PRNG (mulberry32) so every run draws the same points and inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gridPoints(world: World, countyCode: string, count: number): [number, number][] {
  const rnd = prng(42);
  const grids = world.grids.filter((g) => g.code.startsWith(countyCode));
  const out: [number, number][] = [];
  while (out.length < count && grids.length) {
    const g = grids[Math.floor(rnd() * grids.length)];
    const xs = g.boundary.map((p) => p[0]);
    const ys = g.boundary.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (let tries = 0; tries < 50; tries++) {
      const x = x0 + rnd() * (x1 - x0);
      const y = y0 + rnd() * (y1 - y0);
      if (insideRing(g.boundary, x, y)) {
        out.push([Math.round(x * 1e7) / 1e7, Math.round(y * 1e7) / 1e7]);
        break;
      }
    }
  }
  return out;
}

export async function sampleCaseIds(databaseUrl: string, countyCode: string, count: number): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass('cases."case"') AS t`);
    if (!exists.rows[0].t) return [];
    // TABLESAMPLE keeps this cheap at 1,000,000 rows; fall back to a plain scan for small tables.
    const { rows } = await client.query(
      `SELECT id FROM cases."case" TABLESAMPLE SYSTEM (5) WHERE region_code LIKE $1 LIMIT $2`, [countyCode + '%', count]);
    if (rows.length >= Math.min(count, 50)) return rows.map((r) => r.id as string);
    const all = await client.query(`SELECT id FROM cases."case" WHERE region_code LIKE $1 ORDER BY md5(id::text) LIMIT $2`, [countyCode + '%', count]);
    return all.rows.map((r) => r.id as string);
  } catch {
    return [];
  } finally {
    await client.end();
  }
}

export async function loadFixtures(databaseUrl: string, options: { now?: Date } = {}): Promise<BenchFixtures> {
  const now = options.now ?? new Date();
  const world = generateWorld({ scale: 1 });
  const inCounty = (code: string) => code.startsWith(DEMO_COUNTY_CODE);
  const county = world.regions.find((r) => r.level === 'COUNTY' && r.code === DEMO_COUNTY_CODE)!;
  const intake = generateCases(world, { count: 400, now, seed: 8080 })
    .filter((c) => c.channel !== 'GRID' && c.channel !== 'PARTNER')
    .map((c) => ({
      title: c.title, description: c.description, channel: c.channel, type: c.type, complexity: c.complexity, regionId: c.regionId,
      amountInDispute: c.amountInDispute, parties: c.parties.map((p) => ({ name: p.name, role: p.role, phone: p.phone, idNumber: p.idNumber })),
    }));
  return {
    now,
    countyId: county.id,
    townIds: world.regions.filter((r) => r.level === 'TOWN' && inCounty(r.code)).map((r) => r.id),
    villageIds: world.regions.filter((r) => r.level === 'VILLAGE' && inCounty(r.code)).map((r) => r.id),
    points: gridPoints(world, DEMO_COUNTY_CODE, 1000),
    caseIds: await sampleCaseIds(databaseUrl, DEMO_COUNTY_CODE, 2000),
    intakeInputs: intake,
  };
}
