/** The demo seed is idempotent and complete: departments, centers, stationings, staff, pool, accounts. */
import { generateWorld } from '@zz/demo-world';
import { openTestDataSources } from '@zz/platform/testing';
import { demoStaff, seedPersonnel } from '../src/seed';

let env: Awaited<ReturnType<typeof openTestDataSources>>;
beforeAll(async () => {
  env = await openTestDataSources();
});
afterAll(async () => {
  await env?.close();
});

const TABLES = ['department', 'center', 'stationing', 'staff', 'mediator', 'app_user'];
async function counts() {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = Number((await env.dataSources.personnel.query(`SELECT count(*) AS n FROM personnel.${t}`))[0].n);
  return out;
}

it('holds the whole demo county, and seeding again changes nothing', async () => {
  const world = generateWorld();
  const before = await counts();
  expect(before).toEqual({
    department: world.departments.length, center: world.centers.length, stationing: world.stationings.length,
    staff: demoStaff(world).length, mediator: world.mediators.length, app_user: world.users.length,
  });
  expect(before.mediator).toBe(78 + 35 + world.mediators.filter((m) => m.kind === 'PSYCHOLOGIST').length);
  await seedPersonnel(env.dataSources.personnel, world);
  expect(await counts()).toEqual(before);
});

it('derives staff deterministically from the stationing head counts', () => {
  const world = generateWorld();
  const a = demoStaff(world), b = demoStaff(world);
  expect(a).toEqual(b);
  const county = world.centers.find((c) => c.level === 'COUNTY')!;
  const stationed = a.filter((s) => s.centerId === county.id && s.kind === 'STATIONED').length;
  expect(stationed).toBe(world.stationings.filter((s) => s.centerId === county.id).reduce((n, s) => n + s.staffCount, 0));
  expect(stationed).toBe(63); // the county's 63 stationed window staff (DOMAIN.md)
});

it('links the gold mediator\'s demo account to its record', async () => {
  const rows = await env.dataSources.personnel.query(
    `SELECT m.gold_team FROM personnel.app_user u JOIN personnel.mediator m ON m.id = u.mediator_id WHERE u.username = 'mediator-gold'`);
  expect(rows).toEqual([{ gold_team: true }]);
});
