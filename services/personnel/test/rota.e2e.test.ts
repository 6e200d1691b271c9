/**
 * Stationing, windows and the monthly rota through the gateway, on the real database: the demo county
 * as seed 000 describes it (住建 rotating, 2 + 7 + 3 windows), today's duty, conflicts decided by the
 * database's constraints (also under parallel requests) and answered as CONFLICT naming the field,
 * bad input that writes nothing, and routing suggestions for a region.
 */
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { codeOf, fieldsOf } from './helpers';

let p: TestPlatform;
let leader: string;
let county: { id: string; regionId: string; code: string; name: string };
let townA: { id: string };

beforeAll(async () => {
  p = await startTestPlatform();
  leader = await p.login('county-supervisor');
  const r = await p.gql<any>(`{ centers { id level name region { id code } } }`, {}, leader);
  const c = r.data.centers.find((x: { level: string }) => x.level === 'COUNTY');
  county = { id: c.id, regionId: c.region.id, code: c.region.code, name: c.name };
  townA = r.data.centers.find((x: { name: string }) => x.name === '湖寮镇综治中心');
});
afterAll(async () => {
  await p?.stop();
});

/** This month and the next one at the center (Beijing time). */
const monthAhead = (k: number) => {
  const cst = new Date(Date.now() + 8 * 3_600_000);
  const index = cst.getUTCFullYear() * 12 + cst.getUTCMonth() + k;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};
const PLAN = `mutation($input: PlanRotaInput!) { planRota(input: $input) { id windowNumber department { name } staff { id } } }`;
const ROTA = `query($c: ID!, $y: Int, $m: Int) { center(id: $c) { rota(year: $y, month: $m) { id windowNumber department { id name } staff { id name department { id } } } } }`;
const count = async () => Number((await p.sql<{ n: string }>(`SELECT (SELECT count(*) FROM personnel.rota_assignment) + (SELECT count(*) FROM personnel.rota_staff) AS n`))[0].n);

async function rotaOf(centerId: string, ym: { year: number; month: number }) {
  const r = await p.gql<any>(ROTA, { c: centerId, y: ym.year, m: ym.month }, leader);
  expect(r.errors).toBeUndefined();
  return r.data.center.rota as { id: string; windowNumber: number; department: { id: string; name: string }; staff: { id: string }[] }[];
}

/** The county's rotating departments with their stationed staff. */
async function rotating() {
  const r = await p.gql<any>(`query($c: ID!) { center(id: $c) { allStationings { mode department { id } staff { id } } } }`, { c: county.id }, leader);
  expect(r.errors).toBeUndefined();
  return (r.data.center.allStationings as { mode: string; department: { id: string }; staff: { id: string }[] }[])
    .filter((s) => s.mode === 'ROTATING').map((s) => ({ id: s.department.id, staff: s.staff.map((x) => x.id) }));
}

/** The rota of a month, planned first on windows 10–12 when the seed has none (the seed covers this year only). */
async function plannedRota(ym: { year: number; month: number }) {
  const have = await rotaOf(county.id, ym);
  if (have.length) return have;
  const all = await rotating();
  for (const [k, d] of all.slice(0, 3).entries()) {
    const r = await p.gql(PLAN, { input: { centerId: county.id, ...ym, windowNumber: 10 + k, departmentId: d.id, staffIds: d.staff } }, leader);
    expect(r.errors).toBeUndefined();
  }
  return rotaOf(county.id, ym);
}

describe('the demo county, as seed 000 tells it', () => {
  it('has 住建 rotating, 2 intake + 7 resident + 3 rotating windows, and a rota for this month on those 3', async () => {
    const r = await p.gql<any>(`query($c: ID!) { center(id: $c) { windows { number kind label department { name } } } }`, { c: county.id }, leader);
    expect(r.errors).toBeUndefined();
    const { windows } = r.data.center;
    expect(windows.filter((w: { kind: string }) => w.kind === 'INTAKE')).toHaveLength(2);
    expect(windows.filter((w: { kind: string }) => w.kind === 'FIXED')).toHaveLength(7);
    expect(windows.filter((w: { kind: string }) => w.kind === 'ROTATING').map((w: { number: number }) => w.number)).toEqual([10, 11, 12]);
    const housingMode = await p.sql<{ mode: string }>(`SELECT s.mode FROM personnel.stationing s JOIN personnel.department d ON d.id = s.department_id
      WHERE s.center_id = $1 AND d.name = '住建局'`, [county.id]);
    expect(housingMode).toEqual([{ mode: 'ROTATING' }]);
    const now = await rotaOf(county.id, monthAhead(0));
    expect(now.map((a) => a.windowNumber)).toEqual([10, 11, 12]);
    for (const a of now) expect(a.staff.length).toBeGreaterThan(0);
  });

  it('says who is on duty today: resident with their windows, this month\'s rota, on-call with a contact', async () => {
    const r = await p.gql<any>(`query($c: ID!) { center(id: $c) { onDuty { mode windowNumbers department { name } staff { id } contact { name phone } } } }`, { c: county.id }, leader);
    expect(r.errors).toBeUndefined();
    const duty = r.data.center.onDuty as { mode: string; windowNumbers: number[]; department: { name: string }; staff: unknown[]; contact: { phone: string } | null }[];
    expect(duty.filter((d) => d.mode === 'RESIDENT')).toHaveLength(8);
    expect(duty.find((d) => d.department.name === '司法局')?.windowNumbers).toHaveLength(1);
    const rota = (await rotaOf(county.id, monthAhead(0))).map((a) => a.department.name).sort();
    expect(duty.filter((d) => d.mode === 'ROTATING').map((d) => d.department.name).sort()).toEqual(rota);
    const onCall = duty.filter((d) => d.mode === 'ON_CALL');
    expect(onCall.length).toBeGreaterThanOrEqual(2);
    for (const d of onCall) expect(d.contact?.phone).toMatch(/^1\d{10}$/);
    expect(duty.map((d) => d.mode)).toEqual([...duty.map((d) => d.mode)].sort((a, b) => ['RESIDENT', 'ROTATING', 'CONTRACTED', 'ON_CALL'].indexOf(a) - ['RESIDENT', 'ROTATING', 'CONTRACTED', 'ON_CALL'].indexOf(b)));
  });

  it('suggests the departments on duty for a grid: its town center first, then the county', async () => {
    const [grid] = await p.sql<{ id: string }>(`SELECT id FROM grid.region WHERE level = 'GRID' AND code LIKE (SELECT region_code FROM personnel.center WHERE id = $1) || '%' ORDER BY code LIMIT 1`, [townA.id]);
    const r = await p.gql<any>(`query($r: ID!) { departmentsOnDuty(regionId: $r) { center { id } department { name } mode } }`, { r: grid.id }, await p.login('town-a-operator'));
    expect(r.errors).toBeUndefined();
    const list = r.data.departmentsOnDuty as { center: { id: string }; department: { name: string } }[];
    expect(list[0].center.id).toBe(townA.id);
    expect(list.filter((d) => d.center.id === townA.id).map((d) => d.department.name)).toEqual(expect.arrayContaining(['司法局', '公安局']));
    expect(list.some((d) => d.center.id === county.id)).toBe(true);
    const outside = await p.gql<any>(`query($r: ID!) { departmentsOnDuty(regionId: $r) { mode } }`, { r: grid.id }, await p.login('town-b-operator'));
    expect(outside.data.departmentsOnDuty).toEqual([]);
  });
});

describe('planning a month', () => {
  it('refuses a taken window, a department placed twice and a person placed twice, naming the field, writing nothing', async () => {
    const next = monthAhead(1);
    const seeded = await plannedRota(next);
    const all = await rotating();
    const free = all.find((d) => !seeded.some((a) => a.department.id === d.id))!;
    const placed = all.find((d) => d.id === seeded[0].department.id)!;
    const before = await count();

    const taken = await p.gql(PLAN, { input: { centerId: county.id, ...next, windowNumber: seeded[0].windowNumber, departmentId: free.id, staffIds: free.staff } }, leader);
    expect([codeOf(taken), taken.errors?.[0]?.extensions?.field]).toEqual(['CONFLICT', 'input.windowNumber']);

    // A fourth rotating window, so that only the department is in the way.
    const w = await p.gql(`mutation($input: SetCenterWindowInput!) { setCenterWindow(input: $input) { number kind label } }`,
      { input: { centerId: county.id, number: 13, kind: 'ROTATING' } }, leader);
    expect(w.data).toEqual({ setCenterWindow: { number: 13, kind: 'ROTATING', label: '轮驻窗口13' } });
    const twice = await p.gql(PLAN, { input: { centerId: county.id, ...next, windowNumber: 13, departmentId: placed.id, staffIds: placed.staff } }, leader);
    expect([codeOf(twice), twice.errors?.[0]?.extensions?.field]).toEqual(['CONFLICT', 'input.departmentId']);

    // A county officer sent down to 湖寮镇 the same month he sits at the county hall.
    await p.gql(`mutation($input: SetStationingInput!) { setStationing(input: $input) { mode } }`,
      { input: { centerId: townA.id, departmentId: placed.id, mode: 'ROTATING', staffCount: 1, months: [next.month] } }, leader);
    await p.gql(`mutation($input: SetCenterWindowInput!) { setCenterWindow(input: $input) { number } }`, { input: { centerId: townA.id, number: 4, kind: 'ROTATING' } }, leader);
    const person = await p.gql(PLAN, { input: { centerId: townA.id, ...next, windowNumber: 4, departmentId: placed.id, staffIds: placed.staff.slice(0, 1) } }, leader);
    expect([codeOf(person), person.errors?.[0]?.extensions?.field]).toEqual(['CONFLICT', 'input.staffIds.0']);

    const wrongPerson = await p.gql(PLAN, { input: { centerId: county.id, ...next, windowNumber: 13, departmentId: free.id, staffIds: placed.staff } }, leader);
    expect([codeOf(wrongPerson), wrongPerson.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'input.staffIds.0']);
    const past = await p.gql(PLAN, { input: { centerId: county.id, ...monthAhead(-1), windowNumber: 13, departmentId: free.id, staffIds: [...free.staff, free.staff[0]] } }, leader);
    expect(codeOf(past)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(past)).toEqual(['input.month', `input.staffIds.${free.staff.length}`]);
    expect(await count()).toBe(before);
  });

  it('lets exactly one of five parallel plans for one free window and month through', async () => {
    const later = monthAhead(2);
    const seeded = await plannedRota(later);
    const candidates = (await rotating()).filter((d) => !seeded.some((a) => a.department.id === d.id)).slice(0, 5);
    const results = await Promise.all(candidates.map((d) => p.gql(PLAN, { input: { centerId: county.id, ...later, windowNumber: 14, departmentId: d.id, staffIds: d.staff } }, leader)
));
    // Window 14 does not exist yet: the database refuses every one (not a rotating window of the center).
    expect(results.map((r) => [codeOf(r), r.errors?.[0]?.extensions?.field])).toEqual(candidates.map(() => ['BAD_USER_INPUT', 'input.windowNumber']));
    await p.gql(`mutation($input: SetCenterWindowInput!) { setCenterWindow(input: $input) { number } }`, { input: { centerId: county.id, number: 14, kind: 'ROTATING' } }, leader);
    const again = await Promise.all(candidates.map((d) => p.gql(PLAN, { input: { centerId: county.id, ...later, windowNumber: 14, departmentId: d.id, staffIds: d.staff } }, leader)));
    expect(again.filter((r) => !r.errors).length).toBe(1);
    expect(again.filter((r) => codeOf(r) === 'CONFLICT').every((r) => r.errors?.[0]?.extensions?.field === 'input.windowNumber')).toBe(true);
    expect(again.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(candidates.length - 1);
    const rows = await p.sql(`SELECT 1 FROM personnel.rota_assignment WHERE center_id = $1 AND window_number = 14 AND year = $2 AND month = $3`, [county.id, later.year, later.month]);
    expect(rows).toHaveLength(1);
  });

  it('is guarded by the database itself, not only by the service', async () => {
    const [a] = await p.sql<{ center_id: string; window_number: number; year: number; month: number; department_id: string }>(
      `SELECT center_id, window_number, year, month, department_id FROM personnel.rota_assignment WHERE center_id = $1 ORDER BY year, month LIMIT 1`, [county.id]);
    const [other] = await p.sql<{ department_id: string }>(
      `SELECT department_id FROM personnel.stationing WHERE center_id = $1 AND mode = 'ROTATING' AND department_id <> $2 LIMIT 1`, [county.id, a.department_id]);
    await expect(p.sql(`INSERT INTO personnel.rota_assignment (id, center_id, window_number, department_id, year, month, region_code)
      VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, '441422')`, [a.center_id, a.window_number, other.department_id, a.year, a.month]))
      .rejects.toThrow(/rota_one_department_per_window/);
  });

  it('replans a window, removes an entry, and will not let a department with a rota stop rotating', async () => {
    const next = monthAhead(1);
    const [first] = await plannedRota(next);
    const again = await p.gql<any>(PLAN, { input: { centerId: county.id, ...next, windowNumber: first.windowNumber, departmentId: first.department.id, staffIds: first.staff.map((s) => s.id) } }, leader);
    expect(again.data?.planRota.id).toBe(first.id);
    const mode = await p.gql(`mutation($input: SetStationingInput!) { setStationing(input: $input) { mode } }`,
      { input: { centerId: county.id, departmentId: first.department.id, mode: 'RESIDENT', staffCount: 1 } }, leader);
    expect([codeOf(mode), mode.errors?.[0]?.extensions?.field]).toEqual(['CONFLICT', 'input.mode']);
    const removed = await p.gql(`mutation($id: ID!) { removeRotaAssignment(id: $id) }`, { id: first.id }, leader);
    expect(removed.data).toEqual({ removeRotaAssignment: first.id });
    // Each change is on the county's board (ROTA_CHANGED), in its transaction; the refused one is not; no staff named.
    const events = await p.sql<{ region_code: string; data: any }>(
      `SELECT region_code, data FROM events.dispatch_event WHERE kind = 'ROTA_CHANGED' AND data->>'departmentId' = $1 AND (data->>'month')::int = $2 ORDER BY tx, id`,
      [first.department.id, next.month]);
    expect(events.map((e) => e.data.change).slice(-2)).toEqual(['ROTA_PLANNED', 'ROTA_REMOVED']);
    expect(events.every((e) => e.data.change === 'ROTA_PLANNED' || e === events[events.length - 1])).toBe(true);
    const last = events.length - 1;
    expect(events[last]).toMatchObject({ region_code: county.code, data: { centerId: county.id, windowNumber: first.windowNumber, year: next.year } });
    expect(events[last].data.note).toBe(`${county.name} ${next.year}年${next.month}月 ${first.windowNumber} 号窗口撤销${first.department.name}轮驻安排`);
    expect((await rotaOf(county.id, next)).some((a) => a.id === first.id)).toBe(false);
    const town = await p.gql(`mutation($id: ID!) { removeRotaAssignment(id: $id) }`, { id: (await rotaOf(county.id, next))[0].id }, await p.login('town-a-leader'));
    expect(codeOf(town)).toBe('NOT_FOUND');
  });
});
