/** Grids: admin mutations and polygon validation, gridAt, key-person visibility, patrol tasks, batching. */
import { generateWorld } from '@zz/demo-world';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { seedGrid } from '../src/seed';
import { asIdentity, asIdentityRaw, codeOf, demoGrids, expectOk, fieldOf, sleep, type DemoGrid } from './helpers';

let p: TestPlatform;
let x: DemoGrid, y: DemoGrid, b: DemoGrid;
let townA: string, townB: string, villageCodeX: string;
beforeAll(async () => {
  p = await startTestPlatform();
  ({ x, y, b } = await demoGrids(p));
  townA = x.code.slice(0, 9);
  townB = b.code.slice(0, 9);
  villageCodeX = x.code.slice(0, 12);
});
afterAll(async () => {
  await p?.stop();
});

const square = (lng: number, lat: number, d = 0.004): [number, number][] => [[lng, lat], [lng + d, lat], [lng + d, lat + d], [lng, lat + d], [lng, lat]];
const polygon = (ring: unknown) => ({ type: 'Polygon', coordinates: [ring] });
const tableCounts = async () => (await p.sql(`SELECT (SELECT count(*)::int FROM grid.grid) AS grids, (SELECT count(*)::int FROM grid.region) AS regions,
  (SELECT count(*)::int FROM grid.grid_worker) AS workers, (SELECT count(*)::int FROM grid.patrol_task) AS tasks, (SELECT count(*)::int FROM grid.key_person) AS persons`))[0];

const GRID_AT = `query($lat: Float!, $lng: Float!) { gridAt(lat: $lat, lng: $lng) { id code } }`;
const gridAt = async (token: string, at: [number, number]) => expectOk(await p.gql<{ gridAt: { id: string; code: string } | null }>(GRID_AT, { lng: at[0], lat: at[1] }, token)).gridAt;

describe('demo seed', () => {
  it('holds the demo county\'s grids and staff, links grid-a-worker to its record, and is idempotent', async () => {
    const world = generateWorld();
    const count = async () => (await p.sql(`SELECT (SELECT count(*)::int FROM grid.grid) g, (SELECT count(*)::int FROM grid.grid_worker) w,
      (SELECT count(*)::int FROM grid.building_head) h, (SELECT count(*)::int FROM grid.key_person) k, (SELECT count(*)::int FROM grid.region) r`))[0];
    const before = await count();
    expect(before).toMatchObject({ g: world.grids.length, h: world.buildingHeads.length, k: world.keyPersons.length, r: world.regions.length });
    expect(world.grids).toHaveLength(225);
    const linked = await p.sql(`SELECT w.grid_id FROM grid.grid_worker w WHERE w.user_id = $1`, [world.users.find((u) => u.username === 'grid-a-worker')!.id]);
    expect(linked).toEqual([{ grid_id: x.id }]);
    await seedGrid(p.dataSource('grid'), world);
    expect(await count()).toEqual(before);
  });
});

describe('gridAt', () => {
  it('answers the grid containing the point, null outside every grid', async () => {
    const admin = await p.login('admin');
    expect(await gridAt(admin, x.inside)).toEqual({ id: x.id, code: x.code });
    expect(await gridAt(admin, y.inside)).toEqual({ id: y.id, code: y.code });
    expect(await gridAt(admin, [100, 30])).toBeNull();
  });

  it('keeps to the caller\'s jurisdiction: a point outside it is null', async () => {
    expect(await gridAt(await p.login('town-b-operator'), x.inside)).toBeNull();
    expect(await gridAt(await p.login('town-b-operator'), b.inside)).toMatchObject({ id: b.id });
    expect(await gridAt(await p.login('grid-a-worker'), y.inside)).toBeNull();
    expect(await gridAt(await p.login('grid-a-worker'), x.inside)).toMatchObject({ id: x.id });
  });

  it('refuses coordinates out of range with a typed error', async () => {
    const r = await p.gql(GRID_AT, { lat: 95, lng: 116.6 }, await p.login('admin'));
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fieldOf(r)).toBe('lat');
  });
});

describe('createGrid / updateGrid (ADMIN)', () => {
  const CREATE = `mutation($input: CreateGridInput!) { createGrid(input: $input) { id code name boundary households residents leader { name phone }
    region { id level code name parent { id } } village { id } baseData { residents households places events things organisations } } }`;
  const input = (extra: Record<string, unknown> = {}) => ({
    villageRegionId: x.villageId, name: '新建第一网格', boundary: polygon(square(117.5, 25.0)), households: 310, residents: 860,
    leaderName: '周网格长', leaderPhone: '13700001234', places: 40, ...extra,
  });

  it('creates the grid and its GRID region with the next code of the village; gridAt finds it', async () => {
    const admin = await p.login('admin');
    const existing = (await p.sql<{ code: string }>(`SELECT code FROM grid.region WHERE parent_id = $1 ORDER BY code`, [x.villageId])).map((r) => r.code);
    const next = villageCodeX + String(Number(existing[existing.length - 1].slice(-3)) + 1).padStart(3, '0');

    const g = expectOk(await p.gql<{ createGrid: any }>(CREATE, { input: input() }, admin)).createGrid;
    expect(g).toMatchObject({
      code: next, name: '新建第一网格', households: 310, residents: 860, leader: { name: '周网格长', phone: '13700001234' },
      region: { id: g.id, level: 'GRID', code: next, name: '新建第一网格', parent: { id: x.villageId } }, village: { id: x.villageId },
      baseData: { residents: 860, households: 310, places: 40, events: 0, things: 0, organisations: 0 },
    });
    expect(g.boundary).toEqual(polygon(square(117.5, 25.0)));
    expect(await gridAt(admin, [117.502, 25.002])).toEqual({ id: g.id, code: next });

    const second = expectOk(await p.gql<{ createGrid: { code: string } }>(CREATE, { input: input({ name: '新建第二网格', boundary: polygon(square(117.6, 25.0)) }) }, admin)).createGrid;
    expect(second.code).toBe(villageCodeX + String(Number(next.slice(-3)) + 1).padStart(3, '0'));
  });

  it.each([
    ['an open ring', polygon([[117.7, 25], [117.704, 25], [117.704, 25.004], [117.7, 25.004]]), 'input.boundary.coordinates.0'],
    ['a self-intersecting ring', polygon([[117.7, 25], [117.704, 25.004], [117.704, 25], [117.7, 25.004], [117.7, 25]]), 'input.boundary.coordinates.0'],
    ['three points', polygon([[117.7, 25], [117.704, 25], [117.7, 25]]), 'input.boundary.coordinates.0'],
    ['a latitude out of range', polygon([[117.7, 25], [117.704, 25], [117.704, 95], [117.7, 25]]), 'input.boundary.coordinates.0.2'],
    ['[lat, lng] order (longitude 25 is fine, latitude 117.5 is not)', polygon(square(25.0, 117.5)), 'input.boundary.coordinates.0.0'],
    ['a hole', { type: 'Polygon', coordinates: [square(117.7, 25), square(117.701, 25.001, 0.001)] }, 'input.boundary.coordinates.1'],
    ['a Point', { type: 'Point', coordinates: [117.7, 25] }, 'input.boundary.type'],
  ])('refuses %s with a typed error naming the field, writing nothing', async (_, boundary, field) => {
    const admin = await p.login('admin');
    const before = await tableCounts();
    const r = await p.gql(CREATE, { input: input({ boundary }) }, admin);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fieldOf(r)).toBe(field);
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses a grid under a town (not a VILLAGE), an unknown region, bad counts — all at once', async () => {
    const admin = await p.login('admin');
    const before = await tableCounts();
    const town = expectOk(await p.gql<{ regionByCode: { id: string } }>(`query($c: String!) { regionByCode(code: $c) { id } }`, { c: townA }, admin)).regionByCode;
    const r = await p.gql(CREATE, { input: input({ villageRegionId: town.id, households: -1, name: ' ' }) }, admin);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect((r.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual(['input.villageRegionId', 'input.name', 'input.households']);
    const unknown = await p.gql(CREATE, { input: input({ villageRegionId: '00000000-0000-4000-8000-000000000000' }) }, admin);
    expect(fieldOf(unknown)).toBe('input.villageRegionId');
    expect(await tableCounts()).toEqual(before);
  });

  it('only ADMIN creates grids, and only in its jurisdiction', async () => {
    const r = await p.gql(CREATE, { input: input() }, await p.login('county-operator'));
    expect(codeOf(r)).toBe('FORBIDDEN');
    const townAdmin = await asIdentity(p, { roles: ['ADMIN'], regionCode: townB }, CREATE, { input: input() });
    expect(codeOf(townAdmin)).toBe('FORBIDDEN');
  });

  it('updates name, boundary and leader; the region follows and gridAt uses the new boundary', async () => {
    const admin = await p.login('admin');
    const g = expectOk(await p.gql<{ createGrid: { id: string } }>(CREATE, { input: input({ name: '待修改网格', boundary: polygon(square(117.8, 25.0)) }) }, admin)).createGrid;
    const UPDATE = `mutation($id: ID!, $input: UpdateGridInput!) { updateGrid(id: $id, input: $input) { id name boundary households leader { name } region { name } } }`;
    const bad = await p.gql(UPDATE, { id: g.id, input: { boundary: polygon([[117.9, 25], [117.904, 25.004], [117.904, 25], [117.9, 25.004], [117.9, 25]]) } }, admin);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(await gridAt(admin, [117.802, 25.002])).toMatchObject({ id: g.id });

    const u = expectOk(await p.gql<{ updateGrid: any }>(UPDATE, { id: g.id, input: { name: '已修改网格', boundary: polygon(square(117.9, 25.0)), households: 280, leaderName: null } }, admin)).updateGrid;
    expect(u).toMatchObject({ name: '已修改网格', households: 280, leader: null, region: { name: '已修改网格' }, boundary: polygon(square(117.9, 25.0)) });
    expect(await gridAt(admin, [117.802, 25.002])).toBeNull();
    expect(await gridAt(admin, [117.902, 25.002])).toMatchObject({ id: g.id });
    expect(codeOf(await p.gql(UPDATE, { id: b.id, input: { households: 1 } }, await p.login('county-operator')))).toBe('FORBIDDEN');
    expect(codeOf(await asIdentity(p, { roles: ['ADMIN'], regionCode: townB }, UPDATE, { id: x.id, input: { households: 1 } }))).toBe('NOT_FOUND');
  });
});

describe('grid workers (ADMIN)', () => {
  const ADD = `mutation($input: AddGridWorkerInput!) { addGridWorker(input: $input) { id name kind phone active grid { id } } }`;
  const UPDATE = `mutation($id: ID!, $input: UpdateGridWorkerInput!) { updateGridWorker(id: $id, input: $input) { id name kind phone active grid { id } } }`;

  it('adds, changes and moves a worker; the grid lists it', async () => {
    const admin = await p.login('admin');
    const w = expectOk(await p.gql<{ addGridWorker: { id: string } }>(ADD, { input: { gridId: x.id, name: '辅助网格员甲', kind: 'AUXILIARY', phone: '13600001111' } }, admin)).addGridWorker;
    expect(w).toMatchObject({ name: '辅助网格员甲', kind: 'AUXILIARY', phone: '13600001111', active: true, grid: { id: x.id } });
    const listed = expectOk(await p.gql<{ grid: { workers: { id: string; kind: string }[] } }>(`query($id: ID!) { grid(id: $id) { workers { id kind } } }`, { id: x.id }, admin));
    expect(listed.grid.workers.map((v) => v.id)).toContain(w.id);
    expect(listed.grid.workers[0].kind).toBe('FULL_TIME');

    const u = expectOk(await p.gql<{ updateGridWorker: unknown }>(UPDATE, { id: w.id, input: { kind: 'PART_TIME', active: false, phone: null, gridId: y.id } }, admin)).updateGridWorker;
    expect(u).toMatchObject({ kind: 'PART_TIME', active: false, phone: null, grid: { id: y.id } });
    const [row] = await p.sql(`SELECT region_code FROM grid.grid_worker WHERE id = $1`, [w.id]);
    expect(row.region_code).toBe(y.code);
  });

  it('refuses bad input at once and writes nothing; unknown worker is NOT_FOUND', async () => {
    const admin = await p.login('admin');
    const before = await tableCounts();
    const r = await p.gql(ADD, { input: { gridId: '00000000-0000-4000-8000-000000000000', name: '', kind: 'FULL_TIME', phone: '12' } }, admin);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect((r.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual(['input.gridId', 'input.name', 'input.phone']);
    expect(await tableCounts()).toEqual(before);
    expect(codeOf(await p.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { name: '某某' } }, admin))).toBe('NOT_FOUND');
    expect(codeOf(await p.gql(ADD, { input: { gridId: x.id, name: '某某', kind: 'FULL_TIME' } }, await p.login('county-dispatcher')))).toBe('FORBIDDEN');
  });
});

describe('key persons (重点人群): field-level authorization', () => {
  const GRID_KP = `query($id: ID!) { grid(id: $id) { name keyPersons(first: 50) { totalCount edges { node { id name category categoryLabel plan } } } } }`;
  const LIST = `{ keyPersons(first: 100) { totalCount edges { node { id name grid { id } } } } }`;
  const BASE = `query($id: ID!) { grid(id: $id) { baseData { residents keyPersons } } }`;
  let personId: string;

  beforeAll(async () => {
    const worker = await p.login('grid-a-worker');
    const r = await p.gql<{ addKeyPerson: { id: string } }>(`mutation($input: AddKeyPersonInput!) { addKeyPerson(input: $input) { id } }`, {
      input: { gridId: x.id, name: '测试重点人员', category: 'SEVERE_MENTAL_DISORDER', plan: '网格员每月上门随访一次，监护人落实看护责任。' },
    }, worker);
    personId = expectOk(r).addKeyPerson.id;
  });

  const ids = (r: { grid: { keyPersons: { edges: { node: { id: string } }[] } } }) => r.grid.keyPersons.edges.map((e) => e.node.id);

  it('the grid\'s own grid worker reads them, with the plan, and only its grid\'s', async () => {
    const worker = await p.login('grid-a-worker');
    const r = expectOk(await p.gql<any>(GRID_KP, { id: x.id }, worker));
    expect(r.grid.keyPersons.edges.find((e: any) => e.node.id === personId).node).toMatchObject({
      name: '测试重点人员', category: 'SEVERE_MENTAL_DISORDER', categoryLabel: '严重精神障碍患者', plan: expect.stringContaining('随访'),
    });
    const list = expectOk(await p.gql<any>(LIST, {}, worker)).keyPersons;
    expect(list.edges.every((e: any) => e.node.grid.id === x.id)).toBe(true);
    expect(expectOk(await p.gql<any>(BASE, { id: x.id }, worker)).grid.baseData.keyPersons).toBe(list.totalCount);
  });

  it('leaders and supervisors above read them: county supervisor, a town leader of that town', async () => {
    const supervisor = await p.login('county-supervisor');
    expect(ids(expectOk(await p.gql<any>(GRID_KP, { id: x.id }, supervisor)))).toContain(personId);
    const county = expectOk(await p.gql<any>(LIST, {}, supervisor)).keyPersons;
    const seeded = (await p.sql(`SELECT count(*)::int AS n FROM grid.key_person`))[0].n;
    expect(county.totalCount).toBe(seeded);
    const townLeader = await asIdentity(p, { roles: ['LEADER'], regionCode: townA }, GRID_KP, { id: x.id });
    expect(ids(expectOk(townLeader as any))).toContain(personId);
    const otherTownLeader = await asIdentity(p, { roles: ['LEADER'], regionCode: townB }, LIST);
    expect(expectOk<any>(otherTownLeader).keyPersons.edges.some((e: any) => e.node.id === personId)).toBe(false);
  });

  it.each([
    ['town-a-operator'], ['village-a-operator'], ['county-dispatcher'], ['county-operator'], ['admin'], ['mediator-gold'], ['partner-12345'],
  ])('%s gets FORBIDDEN on the field while the grid itself is answered', async (username) => {
    const token = await p.login(username);
    const r = await p.gql<any>(GRID_KP, { id: x.id }, token);
    expect(r.data!.grid).toEqual({ name: x.name, keyPersons: null });
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]).toMatchObject({ path: ['grid', 'keyPersons'], extensions: { code: 'FORBIDDEN' } });
    expect(codeOf(await p.gql(LIST, {}, token))).toBe('FORBIDDEN');
    const base = await p.gql<any>(BASE, { id: x.id }, token);
    expect(base.errors![0]).toMatchObject({ path: ['grid', 'baseData', 'keyPersons'], extensions: { code: 'FORBIDDEN' } });
    expect(base.data!.grid.baseData.residents).toBeGreaterThan(0);
  });

  it('a grid worker of another grid never sees them; a village-level grid worker gets FORBIDDEN', async () => {
    const other = await asIdentity<any>(p, { roles: ['GRID_WORKER'], regionCode: y.code }, GRID_KP, { id: x.id });
    expect(other.errors).toBeUndefined();
    expect(other.data!.grid).toBeNull();
    const list = expectOk(await asIdentity<any>(p, { roles: ['GRID_WORKER'], regionCode: y.code }, LIST)).keyPersons;
    expect(list.edges.some((e: any) => e.node.id === personId)).toBe(false);
    expect(list.edges.every((e: any) => e.node.grid.id === y.id)).toBe(true);
    const add = await asIdentity(p, { roles: ['GRID_WORKER'], regionCode: y.code }, `mutation($input: AddKeyPersonInput!) { addKeyPerson(input: $input) { id } }`,
      { input: { gridId: x.id, name: '某某', category: 'OTHER', plan: '计划内容' } });
    expect(codeOf(add)).toBe('FORBIDDEN');

    const village = await asIdentity<any>(p, { roles: ['GRID_WORKER'], regionCode: villageCodeX }, GRID_KP, { id: x.id });
    expect(village.data!.grid.keyPersons).toBeNull();
    expect(village.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('updates the plan (the grid worker) but not as an operator', async () => {
    const UPDATE = `mutation($id: ID!, $input: UpdateKeyPersonInput!) { updateKeyPerson(id: $id, input: $input) { id plan } }`;
    expect(codeOf(await p.gql(UPDATE, { id: personId, input: { plan: '改为每两周随访' } }, await p.login('town-a-operator')))).toBe('FORBIDDEN');
    // The role is checked before the record is looked up (policy): an operator is refused wherever the record is;
    // an allowed role outside the jurisdiction gets NOT_FOUND (e2e/authorization runs that row).
    expect(codeOf(await p.gql(UPDATE, { id: personId, input: { plan: '改为每两周随访' } }, await p.login('town-b-operator')))).toBe('FORBIDDEN');
    const u = expectOk(await p.gql<any>(UPDATE, { id: personId, input: { plan: '改为每两周随访' } }, await p.login('grid-a-worker')));
    expect(u.updateKeyPerson.plan).toBe('改为每两周随访');
    const bad = await p.gql(UPDATE, { id: personId, input: { category: 'NOPE' } }, await p.login('grid-a-worker'));
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('patrol tasks', () => {
  const DISPATCH = `mutation($input: DispatchPatrolTaskInput!) { dispatchPatrolTask(input: $input) { id title status overdue dueAt grid { id } } }`;
  const COMPLETE = `mutation($id: ID!, $note: String!) { completePatrolTask(id: $id, note: $note) { id status overdue completedLate completionNote completedAt } }`;
  const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

  it('lifecycle: dispatched down to the grid, overdue after its due time, completed late by the grid worker', async () => {
    const dispatcher = await p.login('county-dispatcher');
    const worker = await p.login('grid-a-worker');
    const t = expectOk(await p.gql<any>(DISPATCH, { input: { gridId: x.id, title: '汛期河道巡查', dueAt: inMs(1500), note: '重点查看堤坝' } }, dispatcher)).dispatchPatrolTask;
    expect(t).toMatchObject({ status: 'DISPATCHED', overdue: false, grid: { id: x.id } });
    expect(await p.sql(`SELECT kind, region_id, region_code FROM events.dispatch_event WHERE patrol_task_id = $1`, [t.id]))
      .toEqual([{ kind: 'PATROL_TASK_DISPATCHED', region_id: x.id, region_code: x.code }]);

    const LIST = `query($g: ID, $o: Boolean) { patrolTasks(gridId: $g, overdue: $o, first: 50) { totalCount edges { node { id overdue } } } }`;
    const open = expectOk(await p.gql<any>(LIST, { g: x.id, o: false }, worker)).patrolTasks;
    expect(open.edges.map((e: any) => e.node.id)).toContain(t.id);

    await sleep(1700);
    const overdue = expectOk(await p.gql<any>(LIST, { g: x.id, o: true }, worker)).patrolTasks;
    expect(overdue.edges.find((e: any) => e.node.id === t.id)).toEqual({ node: { id: t.id, overdue: true } });
    expect(expectOk(await p.gql<any>(LIST, { g: x.id, o: false }, worker)).patrolTasks.edges.map((e: any) => e.node.id)).not.toContain(t.id);
    const viaGrid = expectOk(await p.gql<any>(`query($id: ID!) { grid(id: $id) { patrolTasks(overdue: true) { edges { node { id } } } } }`, { id: x.id }, dispatcher));
    expect(viaGrid.grid.patrolTasks.edges.map((e: any) => e.node.id)).toContain(t.id);

    expect(codeOf(await p.gql(COMPLETE, { id: t.id, note: '已巡查' }, await p.login('town-a-operator')))).toBe('FORBIDDEN');
    expect(codeOf(await asIdentity(p, { roles: ['GRID_WORKER'], regionCode: y.code }, COMPLETE, { id: t.id, note: '已巡查' }))).toBe('NOT_FOUND');
    expect(fieldOf(await p.gql(COMPLETE, { id: t.id, note: '' }, worker))).toBe('note');

    const done = expectOk(await p.gql<any>(COMPLETE, { id: t.id, note: '堤坝无渗漏，已拍照留存' }, worker)).completePatrolTask;
    expect(done).toMatchObject({ status: 'COMPLETED', overdue: false, completedLate: true, completionNote: '堤坝无渗漏，已拍照留存' });
    expect((await p.sql(`SELECT kind FROM events.dispatch_event WHERE patrol_task_id = $1 ORDER BY id`, [t.id])).map((e) => e.kind))
      .toEqual(['PATROL_TASK_DISPATCHED', 'PATROL_TASK_COMPLETED']);
    expect(codeOf(await p.gql(COMPLETE, { id: t.id, note: '再次完成' }, worker))).toBe('CONFLICT');
  });

  it('a task completed in time is not late', async () => {
    const t = expectOk(await p.gql<any>(DISPATCH, { input: { gridId: x.id, title: '消防通道检查', dueAt: inMs(3_600_000) } }, await p.login('county-dispatcher'))).dispatchPatrolTask;
    const done = expectOk(await p.gql<any>(COMPLETE, { id: t.id, note: '通道畅通' }, await p.login('grid-a-worker'))).completePatrolTask;
    expect(done).toMatchObject({ status: 'COMPLETED', overdue: false, completedLate: false });
  });

  it('refuses a past due time, an unknown grid, and dispatchers that are not above the grid; nothing written', async () => {
    const dispatcher = await p.login('county-dispatcher');
    const before = await tableCounts();
    const past = await p.gql(DISPATCH, { input: { gridId: x.id, title: '过期任务', dueAt: inMs(-60_000) } }, dispatcher);
    expect(codeOf(past)).toBe('BAD_USER_INPUT');
    expect(fieldOf(past)).toBe('input.dueAt');
    const unknown = await p.gql(DISPATCH, { input: { gridId: '00000000-0000-4000-8000-000000000000', title: '', dueAt: inMs(60_000) } }, dispatcher);
    expect((unknown.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual(['input.gridId', 'input.title']);
    expect(codeOf(await p.gql(DISPATCH, { input: { gridId: x.id, title: '自派任务', dueAt: inMs(60_000) } }, await p.login('grid-a-worker')))).toBe('FORBIDDEN');
    expect(codeOf(await p.gql(DISPATCH, { input: { gridId: x.id, title: '越权任务', dueAt: inMs(60_000) } }, await p.login('town-a-operator')))).toBe('FORBIDDEN');
    expect(codeOf(await asIdentity(p, { roles: ['DISPATCHER'], regionCode: townB }, DISPATCH, { input: { gridId: x.id, title: '跨镇任务', dueAt: inMs(60_000) } }))).toBe('FORBIDDEN');
    expect(await tableCounts()).toEqual(before);
    const town = await asIdentity<any>(p, { roles: ['DISPATCHER'], regionCode: townA }, DISPATCH, { input: { gridId: x.id, title: '镇级下达任务', dueAt: inMs(60_000) } });
    expect(town.data!.dispatchPatrolTask.status).toBe('DISPATCHED');
  });

  it('pages by due time with cursors', async () => {
    const dispatcher = await p.login('county-dispatcher');
    for (let i = 1; i <= 3; i++) {
      expectOk(await p.gql(DISPATCH, { input: { gridId: y.id, title: `分页任务${i}`, dueAt: inMs(i * 86_400_000) } }, dispatcher));
    }
    const PAGE = `query($after: String) { patrolTasks(gridId: "${y.id}", status: DISPATCHED, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`;
    const first = expectOk(await p.gql<any>(PAGE, {}, dispatcher)).patrolTasks;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.edges.map((e: any) => e.node.title)).toEqual(['分页任务1', '分页任务2']);
    const second = expectOk(await p.gql<any>(PAGE, { after: first.pageInfo.endCursor }, dispatcher)).patrolTasks;
    expect(second.edges.map((e: any) => e.node.title)).toEqual(['分页任务3']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await p.gql(PAGE, { after: 'garbage' }, dispatcher))).toBe('BAD_USER_INPUT');
  });
});

describe('batching', () => {
  it('a page of grids with workers, heads, reports, tasks, base data and regions costs the same SQL for 5 and 60 grids', async () => {
    const q = (n: number) => `{ grids(first: ${n}) { totalCount edges { node { id code region { name parent { name } } village { name }
      workers { name grid { id } } buildingHeads { building } baseData { events residents keyPersons }
      keyPersons(first: 3) { totalCount edges { node { name } } }
      reports(first: 3) { totalCount edges { node { id } } } patrolTasks(first: 3, overdue: false) { totalCount edges { node { id overdue } } } } } } }`;
    const who = { roles: ['SUPERVISOR' as const], regionCode: '441422' };
    const small = await asIdentityRaw<any>(p, who, q(5));
    const large = await asIdentityRaw<any>(p, who, q(60));
    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    expect(large.body.data.grids.edges).toHaveLength(60);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    expect(small.sqlStatements).toBeLessThan(20);
  });
});
