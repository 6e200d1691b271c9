/**
 * personnel through the gateway: centers and stationing, jurisdiction for every query, the account
 * lifecycle (a disabled account's token is refused), studio bookings (no double booking under 20
 * parallel requests), quarterly evaluations, typed validation errors that write nothing, and no N+1.
 */
import { IDENTITY_HEADER, signForwardedIdentity, type Identity } from '@zz/common';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { at, codeOf, fieldsOf, studioDay } from './helpers';

let p: TestPlatform;
const R: Record<string, { id: string; code: string }> = {};

beforeAll(async () => {
  p = await startTestPlatform();
  const admin = await p.login('admin');
  for (const u of ['town-a-operator', 'town-b-operator', 'village-a-operator', 'admin']) {
    const r = await p.gql<{ me: { region: { id: string; code: string } } }>(`{ me { region { id code } } }`, {}, await p.login(u));
    R[u] = r.data!.me.region;
  }
  expect(admin).toBeTruthy();
});
afterAll(async () => {
  await p?.stop();
});

const TOWN_A = () => R['town-a-operator'].code;
const TOWN_B = () => R['town-b-operator'].code;

async function direct(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(p.services.personnel.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signForwardedIdentity(identity, p.config.internalSecret) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

async function newUser(adminToken: string, input: Record<string, unknown>) {
  const r = await p.gql<{ createUser: { id: string; username: string } }>(
    `mutation($i: CreateUserInput!) { createUser(input: $i) { id username active roles region { id code } } }`, { i: input }, adminToken);
  expect(r.errors).toBeUndefined();
  return r.data!.createUser;
}

async function loginAs(username: string, password: string) {
  return p.gql<{ login: { token: string } }>(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: password });
}

describe('centers and stationing ("8+14+N")', () => {
  const Q = `query($m: Int) { centers(level: COUNTY) { id name stationings(month: $m) { mode staffCount months department { id name } }
    staff(month: $m) { kind department { id } } } }`;

  it('the county center has its resident, contracted and on-call departments all year, rotating ones only in their months', async () => {
    const t = await p.login('county-dispatcher');
    const months = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => p.gql(Q, { m }, t)));
    const byMonth = months.map((r) => r.data!.centers[0].stationings as { mode: string; months: number[]; department: { id: string } }[]);
    for (const [i, list] of byMonth.entries()) {
      expect(list.filter((s) => s.mode === 'RESIDENT')).toHaveLength(8);
      for (const s of list) expect(s.months).toContain(i + 1);
    }
    const rotating = new Set(byMonth.flatMap((l) => l.filter((s) => s.mode === 'ROTATING').map((s) => s.department.id)));
    expect(rotating.size).toBe(14);
    // A rotating department is absent in at least one month.
    expect(byMonth.some((l) => l.filter((s) => s.mode === 'ROTATING').length < 14)).toBe(true);
  });

  it('lists window staff and the staff of the departments present that month', async () => {
    const t = await p.login('county-dispatcher');
    const c = (await p.gql(Q, { m: 5 }, t)).data!.centers[0];
    const present = new Map<string, number>(c.stationings.map((s: { department: { id: string }; staffCount: number }) => [s.department.id, s.staffCount]));
    const stationed = c.staff.filter((s: { kind: string }) => s.kind === 'STATIONED');
    expect(stationed.length).toBe([...present.values()].reduce((a, b) => a + b, 0));
    expect(stationed.every((s: { department: { id: string } }) => present.has(s.department.id))).toBe(true);
    expect(c.staff.filter((s: { kind: string }) => s.kind === 'WINDOW').length).toBeGreaterThan(0);
  });

  it('centerFor finds the longest-prefix center, or the one at the level asked', async () => {
    const t = await p.login('admin');
    const grid = '441422100001001';
    const Q2 = `query($c: String!, $l: RegionLevel) { centerFor(regionCode: $c, level: $l) { level regionCode parent { regionCode } } }`;
    expect((await p.gql(Q2, { c: grid }, t)).data!.centerFor).toEqual({ level: 'VILLAGE', regionCode: '441422100001', parent: { regionCode: '441422100' } });
    expect((await p.gql(Q2, { c: grid, l: 'TOWN' }, t)).data!.centerFor).toMatchObject({ level: 'TOWN', regionCode: '441422100' });
    expect((await p.gql(Q2, { c: grid, l: 'COUNTY' }, t)).data!.centerFor).toMatchObject({ level: 'COUNTY', regionCode: '441422' });
    expect((await p.gql(Q2, { c: '999999' }, t)).data!.centerFor).toBeNull();
    const bad = await p.gql(Q2, { c: '4414' }, t);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('regionCode');
  });

  it('departments are global; departmentsByIds keeps order and gives null for unknown ids', async () => {
    const t = await p.login('village-b-operator');
    const all = (await p.gql(`{ departments { id name kind } }`, {}, t)).data!.departments;
    expect(all).toHaveLength(30);
    const ids = [all[3].id, '00000000-0000-4000-8000-000000000000', all[0].id, 'not-a-uuid'];
    const r = await p.gql(`query($ids: [ID!]!) { departmentsByIds(ids: $ids) { id } }`, { ids }, t);
    expect(r.data!.departmentsByIds).toEqual([{ id: all[3].id }, null, { id: all[0].id }, null]);
  });
});

describe('jurisdiction: town B never sees town A\'s centers, staff, mediators, appointments, accounts or evaluations', () => {
  it('centers, center, centerFor, staff', async () => {
    const admin = await p.login('admin');
    const townB = await p.login('town-b-operator');
    const villageA = (await p.gql(`query($c: String!) { centerFor(regionCode: $c) { id staff { id name } } }`, { c: R['village-a-operator'].code }, admin)).data!.centerFor;
    expect(villageA.staff.length).toBeGreaterThan(0);

    const mine = (await p.gql(`{ centers { regionCode } }`, {}, townB)).data!.centers.map((c: { regionCode: string }) => c.regionCode);
    expect(mine).toContain('441422');
    expect(mine).toContain(TOWN_B());
    expect(mine.every((c: string) => c === '441422' || c.startsWith(TOWN_B()))).toBe(true);

    const r = await p.gql(`query($id: ID!, $c: String!, $s: ID!) { center(id: $id) { id } centerFor(regionCode: $c) { id } staff(id: $s) { id } }`,
      { id: villageA.id, c: R['village-a-operator'].code, s: villageA.staff[0].id }, townB);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ center: null, centerFor: null, staff: null });

    // The village above's chain is visible to the village (the county center and its staff, e.g. whom to call).
    const villageOp = await p.login('village-a-operator');
    const up = (await p.gql(`{ centers { level } }`, {}, villageOp)).data!.centers.map((c: { level: string }) => c.level).sort();
    expect(up).toEqual(['COUNTY', 'TOWN', 'VILLAGE']);
  });

  it('mediators, mediator, and _entities of Center / Mediator / Staff', async () => {
    const admin = await p.login('admin');
    const townB = await p.login('town-b-operator');
    const all = (await p.gql(`{ mediators(first: 100, filter: { kind: MEDIATOR }) { totalCount edges { node { id center { id regionCode } } } } }`, {}, admin)).data!.mediators;
    expect(all.totalCount).toBe(78);
    const inTownA = all.edges.map((e: any) => e.node).find((m: any) => m.center.regionCode === TOWN_A());
    expect(inTownA).toBeDefined();

    const seen = (await p.gql(`{ mediators(first: 100) { totalCount edges { node { center { regionCode } } } } }`, {}, townB)).data!.mediators;
    expect(seen.edges.every((e: any) => e.node.center.regionCode === '441422' || e.node.center.regionCode.startsWith(TOWN_B()))).toBe(true);
    expect(seen.totalCount).toBe(seen.edges.length);
    expect((await p.gql(`query($id: ID!) { mediator(id: $id) { id } }`, { id: inTownA.id }, townB)).data!.mediator).toBeNull();

    const townBIdentity: Identity = { kind: 'user', userId: null, username: 'town-b-operator', roles: ['OPERATOR'], regionId: R['town-b-operator'].id, regionCode: TOWN_B() };
    const staffA = (await p.gql(`query($id: ID!) { center(id: $id) { staff { id } } }`, { id: inTownA.center.id }, admin)).data!.center.staff[0].id;
    const ents = await direct(townBIdentity, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Center { id } ... on Mediator { id } ... on Staff { id } } }`, {
      r: [{ __typename: 'Center', id: inTownA.center.id }, { __typename: 'Mediator', id: inTownA.id }, { __typename: 'Staff', id: staffA }],
    });
    expect(ents.errors).toBeUndefined();
    expect(ents.data._entities).toEqual([null, null, null]);
  });

  it('the gold team and the expert pools (at the county) are visible to every level', async () => {
    const grid = await p.login('grid-a-worker');
    const r = await p.gql(`{ goldTeam { brand } experts { kind } legal: experts(kind: LEGAL_EXPERT) { id } psy: experts(kind: PSYCHOLOGIST) { id } }`, {}, grid);
    expect(r.data!.goldTeam).toHaveLength(10);
    expect(r.data!.goldTeam.every((m: { brand: string }) => !!m.brand)).toBe(true);
    expect(r.data!.legal).toHaveLength(35);
    expect(r.data!.psy.length).toBeGreaterThan(0);
    expect(r.data!.experts).toHaveLength(r.data!.legal.length + r.data!.psy.length);
  });

  it('accounts: only ADMIN lists them, and only in its jurisdiction', async () => {
    const admin = await p.login('admin');
    expect(codeOf(await p.gql(`{ users { totalCount } }`, {}, await p.login('county-dispatcher')))).toBe('FORBIDDEN');
    const townAdmin = await newUser(admin, { username: 'town-a-admin', displayName: '湖寮镇管理员', password: 'huliao2026', roles: ['ADMIN'], regionId: R['town-a-operator'].id });
    const t = (await loginAs(townAdmin.username, 'huliao2026')).data!.login.token;
    const list = (await p.gql(`{ users(first: 100) { totalCount edges { node { username region { code } } } } }`, {}, t)).data!.users;
    expect(list.edges.map((e: any) => e.node.username).sort()).toEqual(['grid-a-worker', 'town-a-admin', 'town-a-leader', 'town-a-operator', 'village-a-operator']);
    expect(list.totalCount).toBe(5);
    const countyUser = (await p.gql(`{ me { id } }`, {}, admin)).data!.me.id;
    expect((await p.gql(`query($id: ID!) { user(id: $id) { id } }`, { id: countyUser }, t)).data!.user).toBeNull();
    // and cannot disable an account above it
    expect(codeOf(await p.gql(`mutation($id: ID!) { disableUser(id: $id) { id } }`, { id: countyUser }, t))).toBe('NOT_FOUND');
  });
});

describe('accounts', () => {
  const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`;

  it('only ADMIN creates accounts; every bad field is reported at once and nothing is written', async () => {
    const before = (await p.sql(`SELECT count(*)::int AS n FROM personnel.app_user`))[0].n;
    expect(codeOf(await p.gql(CREATE, { i: { username: 'x1', displayName: 'x', password: 'abc12345', roles: ['OPERATOR'], regionId: R.admin.id } }, await p.login('county-operator')))).toBe('FORBIDDEN');
    const admin = await p.login('admin');
    const r = await p.gql(CREATE, { i: { username: 'X', displayName: '', password: 'short', roles: ['MEDIATOR'], regionId: R.admin.id } }, admin);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['input.username', 'input.displayName', 'input.password', 'input.mediatorId']);
    const dup = await p.gql(CREATE, { i: { username: 'Admin', displayName: '重名', password: 'abc12345', roles: ['OPERATOR'], regionId: R.admin.id } }, admin);
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(dup.errors![0].extensions!.field).toBe('input.username');
    expect((await p.sql(`SELECT count(*)::int AS n FROM personnel.app_user`))[0].n).toBe(before);
  });

  it('a region outside the admin\'s jurisdiction is FORBIDDEN', async () => {
    const admin = await p.login('admin');
    await newUser(admin, { username: 'town-b-admin', displayName: '大麻镇管理员', password: 'dama2026x', roles: ['ADMIN'], regionId: R['town-b-operator'].id });
    const t = (await loginAs('town-b-admin', 'dama2026x')).data!.login.token;
    const r = await p.gql(CREATE, { i: { username: 'sneaky', displayName: '越权', password: 'abc12345', roles: ['OPERATOR'], regionId: R['town-a-operator'].id } }, t);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors![0].extensions!.field).toBe('input.regionId');
    expect(await p.sql(`SELECT 1 FROM personnel.app_user WHERE username = 'sneaky'`)).toHaveLength(0);
  });

  it('a disabled account cannot log in and its old token is refused; re-enabling needs a new login', async () => {
    const admin = await p.login('admin');
    const u = await newUser(admin, { username: 'temp-operator', displayName: '临时受理员', password: 'window2026', roles: ['OPERATOR'], regionId: R['town-a-operator'].id });
    const token = (await loginAs('temp-operator', 'window2026')).data!.login.token;
    expect((await p.gql(`{ me { username active } }`, {}, token)).data!.me).toEqual({ username: 'temp-operator', active: true });

    const d = await p.gql(`mutation($id: ID!) { disableUser(id: $id) { active } }`, { id: u.id }, admin);
    expect(d.data!.disableUser.active).toBe(false);
    const refused = await p.gql(`{ me { username } }`, {}, token);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    const again = await loginAs('temp-operator', 'window2026');
    expect(codeOf(again)).toBe('UNAUTHENTICATED');
    expect(again.errors![0].message).toMatch(/停用|disabled/);

    await p.gql(`mutation($id: ID!) { enableUser(id: $id) { active } }`, { id: u.id }, admin);
    expect(codeOf(await p.gql(`{ me { username } }`, {}, token))).toBe('UNAUTHENTICATED');
    const fresh = (await loginAs('temp-operator', 'window2026')).data!.login.token;
    expect((await p.gql(`{ me { username } }`, {}, fresh)).data!.me.username).toBe('temp-operator');
  });

  it('a password reset revokes every token and the old password', async () => {
    const admin = await p.login('admin');
    const u = await newUser(admin, { username: 'reset-me', displayName: '重置', password: 'first2026', roles: ['DISPATCHER'], regionId: R.admin.id });
    const token = (await loginAs('reset-me', 'first2026')).data!.login.token;
    const weak = await p.gql(`mutation($id: ID!) { resetPassword(id: $id, password: "weak") { id } }`, { id: u.id }, admin);
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors![0].extensions!.field).toBe('password');
    expect((await p.gql(`{ me { id } }`, {}, token)).data!.me.id).toBe(u.id); // a refused reset changed nothing
    await p.gql(`mutation($id: ID!) { resetPassword(id: $id, password: "second2026") { id } }`, { id: u.id }, admin);
    expect(codeOf(await p.gql(`{ me { id } }`, {}, token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await loginAs('reset-me', 'first2026'))).toBe('UNAUTHENTICATED');
    expect((await loginAs('reset-me', 'second2026')).data!.login.token).toBeTruthy();
  });

  it('an admin cannot disable itself', async () => {
    const admin = await p.login('admin');
    const me = (await p.gql(`{ me { id } }`, {}, admin)).data!.me.id;
    expect(codeOf(await p.gql(`mutation($id: ID!) { disableUser(id: $id) { id } }`, { id: me }, admin))).toBe('CONFLICT');
  });

  it('a MEDIATOR account is linked to its record', async () => {
    const r = await p.gql(`{ me { mediator { goldTeam brand } } }`, {}, await p.login('mediator-gold'));
    expect(r.data!.me.mediator).toMatchObject({ goldTeam: true, brand: expect.any(String) });
  });
});

describe('studio appointments (预约调解)', () => {
  const BOOK = `mutation($i: BookAppointmentInput!) { bookAppointment(input: $i) { id status startsAt endsAt contactPhone mediator { id } } }`;
  let gold: { id: string; name: string }[];
  let goldMediatorOwn: string;
  const contact = { contactName: '王秀英', contactPhone: '13912345678' };

  beforeAll(async () => {
    const t = await p.login('county-operator');
    gold = (await p.gql(`{ goldTeam { id name } }`, {}, t)).data!.goldTeam;
    goldMediatorOwn = (await p.gql(`{ me { mediator { id } } }`, {}, await p.login('mediator-gold'))).data!.me.mediator.id;
  });

  const counts = async (mediatorId: string) => ({
    rows: (await p.sql(`SELECT count(*)::int AS n FROM personnel.appointment WHERE mediator_id = $1`, [mediatorId]))[0].n,
    events: (await p.sql(`SELECT count(*)::int AS n FROM events.dispatch_event e JOIN personnel.appointment a ON a.id = e.appointment_id WHERE a.mediator_id = $1`, [mediatorId]))[0].n,
  });

  it('20 parallel bookings of one slot: exactly one succeeds, the other 19 get CONFLICT', async () => {
    const day = studioDay(8, 0);
    const m = gold.find((g) => g.id !== goldMediatorOwn)!;
    const tokens = await Promise.all(['county-operator', 'county-dispatcher', 'town-a-operator', 'partner-12345', 'admin'].map((u) => p.login(u)));
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => p.gql(BOOK, {
      i: { mediatorId: m.id, startsAt: at(day, '09:00'), endsAt: at(day, '10:00'), contactName: `来访人${i}`, contactPhone: '13912345678' },
    }, tokens[i % tokens.length])));
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(19);
    expect(await counts(m.id)).toEqual({ rows: 1, events: 1 });
    const ev = await p.sql(`SELECT kind, region_code, appointment_id FROM events.dispatch_event WHERE appointment_id = $1`, [ok[0].data!.bookAppointment.id]);
    expect(ev).toEqual([{ kind: 'APPOINTMENT_BOOKED', region_code: '441422', appointment_id: ok[0].data!.bookAppointment.id }]);

    // Back-to-back is fine ([) ranges); an overlap by one minute is not.
    const t = tokens[0];
    expect((await p.gql(BOOK, { i: { mediatorId: m.id, startsAt: at(day, '10:00'), endsAt: at(day, '10:30'), ...contact } }, t)).errors).toBeUndefined();
    expect(codeOf(await p.gql(BOOK, { i: { mediatorId: m.id, startsAt: at(day, '08:30'), endsAt: at(day, '09:01'), ...contact } }, t))).toBe('CONFLICT');
    const slots = (await p.gql(`query($id: ID!, $d: String!) { mediator(id: $id) { bookedSlots(day: $d) { startsAt endsAt } } }`, { id: m.id, d: day }, await p.login('village-b-operator'))).data!.mediator.bookedSlots;
    expect(slots.map((s: { startsAt: string }) => s.startsAt)).toEqual([new Date(at(day, '09:00')).toISOString(), new Date(at(day, '10:00')).toISOString()]);
  });

  it('rejects bad bookings with typed field errors and writes nothing', async () => {
    const m = gold[2];
    const t = await p.login('county-operator');
    const before = await counts(m.id);
    const day = studioDay(8, 1);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ startsAt: '2020-01-06T09:00:00+08:00', endsAt: '2020-01-06T10:00:00+08:00' }, ['input.startsAt']],
      [{ startsAt: at(day, '10:00'), endsAt: at(day, '09:00') }, ['input.endsAt']],
      [{ startsAt: at(day, '11:30'), endsAt: at(day, '14:30') }, ['input.endsAt']],
      [{ startsAt: at(day, '07:00'), endsAt: at(day, '08:00') }, ['input.startsAt']],
      [{ startsAt: at(day, '09:00'), endsAt: at(day, '10:00'), contactName: ' ', contactPhone: '12345' }, ['input.contactName', 'input.contactPhone']],
    ];
    for (const [over, fields] of cases) {
      const r = await p.gql(BOOK, { i: { mediatorId: m.id, ...contact, ...over } }, t);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toEqual(fields);
    }
    const regular = (await p.gql(`{ mediators(first: 1, filter: { goldTeam: false, kind: MEDIATOR }) { edges { node { id } } } }`, {}, t)).data!.mediators.edges[0].node.id;
    const notBookable = await p.gql(BOOK, { i: { mediatorId: regular, startsAt: at(day, '09:00'), endsAt: at(day, '10:00'), ...contact } }, t);
    expect(codeOf(notBookable)).toBe('BAD_USER_INPUT');
    expect(notBookable.errors![0].extensions!.field).toBe('input.mediatorId');
    expect(codeOf(await p.gql(BOOK, { i: { mediatorId: '00000000-0000-4000-8000-000000000000', startsAt: at(day, '09:00'), endsAt: at(day, '10:00'), ...contact } }, t))).toBe('NOT_FOUND');
    expect(await counts(m.id)).toEqual(before);
  });

  it('experts are bookable; one on leave is CONFLICT', async () => {
    const t = await p.login('county-operator');
    const experts = (await p.gql(`{ experts { id available } }`, {}, t)).data!.experts;
    const day = studioDay(8, 2);
    const free = experts.find((e: { available: boolean }) => e.available);
    const away = experts.find((e: { available: boolean }) => !e.available);
    expect((await p.gql(BOOK, { i: { mediatorId: free.id, startsAt: at(day, '14:00'), endsAt: at(day, '15:00'), ...contact } }, t)).errors).toBeUndefined();
    expect(codeOf(await p.gql(BOOK, { i: { mediatorId: away.id, startsAt: at(day, '14:00'), endsAt: at(day, '15:00'), ...contact } }, t))).toBe('CONFLICT');
  });

  it('who books: a mediator only their own studio, a grid worker not at all', async () => {
    const day = studioDay(8, 3);
    const mediator = await p.login('mediator-gold');
    expect((await p.gql(BOOK, { i: { mediatorId: goldMediatorOwn, startsAt: at(day, '09:00'), endsAt: at(day, '09:30'), ...contact } }, mediator)).errors).toBeUndefined();
    const other = gold.find((g) => g.id !== goldMediatorOwn)!;
    expect(codeOf(await p.gql(BOOK, { i: { mediatorId: other.id, startsAt: at(day, '09:00'), endsAt: at(day, '09:30'), ...contact } }, mediator))).toBe('FORBIDDEN');
    expect(codeOf(await p.gql(BOOK, { i: { mediatorId: other.id, startsAt: at(day, '09:00'), endsAt: at(day, '09:30'), ...contact } }, await p.login('grid-a-worker')))).toBe('FORBIDDEN');
  });

  it('the 12345 hotline books for a caller, sees the number masked, and cancels only its own; the slot can be booked again', async () => {
    const day = studioDay(8, 4);
    const m = gold[3];
    const partner = await p.login('partner-12345');
    const booked = await p.gql(BOOK, { i: { mediatorId: m.id, startsAt: at(day, '15:00'), endsAt: at(day, '16:00'), contactName: '李先生', contactPhone: '+86 139 1234 5678' } }, partner);
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.bookAppointment.contactPhone).toBe('139****5678');
    const id = booked.data!.bookAppointment.id;
    const staffView = await p.gql(`query($id: ID!) { appointment(id: $id) { contactPhone bookedBy { username } mediator { phone } } }`, { id }, await p.login('county-dispatcher'));
    expect(staffView.data!.appointment).toMatchObject({ contactPhone: '13912345678', bookedBy: { username: 'partner-12345' } });
    expect(staffView.data!.appointment.mediator.phone).toMatch(/^1\d{10}$/);
    expect((await p.gql(`query($id: ID!) { appointment(id: $id) { mediator { phone } } }`, { id }, partner)).data!.appointment.mediator.phone).toMatch(/^\d{3}\*{4}\d{4}$/);

    const otherPartner = await newUser(await p.login('admin'), { username: 'partner-110', displayName: '110', password: 'police110x', roles: ['PARTNER'], regionId: R.admin.id, partner: '110' });
    expect(otherPartner.id).toBeTruthy();
    const t110 = (await loginAs('partner-110', 'police110x')).data!.login.token;
    expect(codeOf(await p.gql(`mutation($id: ID!) { cancelAppointment(id: $id) { id } }`, { id }, t110))).toBe('FORBIDDEN');

    const cancelled = await p.gql(`mutation($id: ID!) { cancelAppointment(id: $id, reason: "当事人改期") { status cancelReason cancelledAt } }`, { id }, partner);
    expect(cancelled.data!.cancelAppointment).toMatchObject({ status: 'CANCELLED', cancelReason: '当事人改期' });
    expect(codeOf(await p.gql(`mutation($id: ID!) { cancelAppointment(id: $id) { id } }`, { id }, partner))).toBe('CONFLICT');
    const kinds = (await p.sql(`SELECT kind FROM events.dispatch_event WHERE appointment_id = $1 ORDER BY id`, [id])).map((e) => e.kind);
    expect(kinds).toEqual(['APPOINTMENT_BOOKED', 'APPOINTMENT_CANCELLED']);
    expect((await p.gql(BOOK, { i: { mediatorId: m.id, startsAt: at(day, '15:00'), endsAt: at(day, '16:00'), ...contact } }, partner)).errors).toBeUndefined();
  });

  it('an appointment booked by town A is seen by town A and the county, not by town B', async () => {
    const day = studioDay(8, 5);
    const m = gold[4];
    const townA = await p.login('town-a-operator');
    const id = (await p.gql(BOOK, { i: { mediatorId: m.id, startsAt: at(day, '09:00'), endsAt: at(day, '10:00'), ...contact } }, townA)).data!.bookAppointment.id;
    const Q = `query($id: ID!, $d: String!, $m: ID) { appointment(id: $id) { id } appointments(day: $d, mediatorId: $m) { id } }`;
    for (const [user, sees] of [['town-a-operator', true], ['county-dispatcher', true], ['town-b-operator', false], ['village-a-operator', false]] as const) {
      const r = await p.gql(Q, { id, d: day, m: m.id }, await p.login(user));
      expect(r.errors).toBeUndefined();
      expect(r.data!.appointment).toEqual(sees ? { id } : null);
      expect(r.data!.appointments.map((a: { id: string }) => a.id)).toEqual(sees ? [id] : []);
    }
    // Town B cannot cancel it either (NOT_FOUND, existence not revealed).
    expect(codeOf(await p.gql(`mutation($id: ID!) { cancelAppointment(id: $id) { id } }`, { id }, await p.login('town-b-operator')))).toBe('NOT_FOUND');
    // The studio's mediator sees the bookings of their studio wherever they come from.
    const own = await p.login('mediator-gold');
    const r = await p.gql(`query($d: String!) { appointments(day: $d) { mediator { id } } }`, { d: studioDay(8, 3) }, own);
    expect(r.data!.appointments.map((a: any) => a.mediator.id)).toEqual([goldMediatorOwn]);
    expect(codeOf(await p.gql(`{ appointments(day: "next monday") { id } }`, {}, own))).toBe('BAD_USER_INPUT');
  });
});

describe('quarterly evaluation of stationed staff', () => {
  const REC = `mutation($i: RecordEvaluationInput!) { recordEvaluation(input: $i) { id score grade gradeLabel comment department { name } staff { name } evaluatedBy { username } } }`;
  const thisQuarter = () => {
    const local = new Date(Date.now() + 8 * 3600_000);
    return { year: local.getUTCFullYear(), quarter: Math.floor(local.getUTCMonth() / 3) + 1 };
  };

  async function countyStaff() {
    const t = await p.login('county-supervisor');
    const c = (await p.gql(`{ centers(level: COUNTY) { id staff { id kind } } }`, {}, t)).data!.centers[0];
    return { center: c.id, stationed: c.staff.filter((s: any) => s.kind === 'STATIONED').map((s: any) => s.id), window: c.staff.find((s: any) => s.kind === 'WINDOW').id };
  }

  it('records once per person per quarter (a second is CONFLICT unless it replaces), lists by center and quarter with the grade', async () => {
    const { center, stationed } = await countyStaff();
    const t = await p.login('county-supervisor');
    const q = thisQuarter();
    const first = await p.gql(REC, { i: { staffId: stationed[0], ...q, score: 92.5, comment: '主动化解积案' } }, t);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordEvaluation).toMatchObject({ score: 92.5, grade: 'EXCELLENT', gradeLabel: '优秀', evaluatedBy: { username: 'county-supervisor' } });
    expect(first.data!.recordEvaluation.department.name).toBeTruthy();
    expect(codeOf(await p.gql(REC, { i: { staffId: stationed[0], ...q, score: 70 } }, t))).toBe('CONFLICT');
    const fixed = await p.gql(REC, { i: { staffId: stationed[0], ...q, score: 79.5, replace: true } }, t);
    expect(fixed.data!.recordEvaluation).toMatchObject({ id: first.data!.recordEvaluation.id, score: 79.5, grade: 'PASS', comment: null });
    await p.gql(REC, { i: { staffId: stationed[1], ...q, score: 55 } }, t);
    const list = (await p.gql(`query($c: ID!, $y: Int!, $q: Int!) { evaluations(centerId: $c, year: $y, quarter: $q) { staff { id } grade } }`, { c: center, y: q.year, q: q.quarter }, t)).data!.evaluations;
    expect(list).toHaveLength(2);
    expect(list.map((e: any) => e.grade).sort()).toEqual(['FAIL', 'PASS']);
  });

  it('validation errors name the fields and write nothing; only stationed staff; only supervisors, leaders and admins', async () => {
    const { stationed, window } = await countyStaff();
    const t = await p.login('county-supervisor');
    const q = thisQuarter();
    const before = (await p.sql(`SELECT count(*)::int AS n FROM personnel.evaluation`))[0].n;
    const bad = await p.gql(REC, { i: { staffId: stationed[2], year: 1990, quarter: 5, score: 100.25 } }, t);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['input.year', 'input.quarter', 'input.score']);
    expect(fieldsOf(await p.gql(REC, { i: { staffId: stationed[2], year: q.year + 1, quarter: 1, score: 80 } }, t))).toEqual([]);
    expect((await p.gql(REC, { i: { staffId: stationed[2], year: q.year + 1, quarter: 1, score: 80 } }, t)).errors![0].extensions!.field).toBe('input.quarter');
    const win = await p.gql(REC, { i: { staffId: window, ...q, score: 80 } }, t);
    expect(win.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.staffId' });
    expect(codeOf(await p.gql(REC, { i: { staffId: stationed[2], ...q, score: 80 } }, await p.login('county-operator')))).toBe('FORBIDDEN');
    expect((await p.sql(`SELECT count(*)::int AS n FROM personnel.evaluation`))[0].n).toBe(before);
  });

  it('a town supervisor neither reads nor records the county center\'s or another town\'s evaluations', async () => {
    const admin = await p.login('admin');
    await newUser(admin, { username: 'town-b-supervisor', displayName: '大麻镇督办', password: 'duban2026', roles: ['SUPERVISOR'], regionId: R['town-b-operator'].id });
    const t = (await loginAs('town-b-supervisor', 'duban2026')).data!.login.token;
    const { center, stationed } = await countyStaff();
    const q = thisQuarter();
    const r = await p.gql(`query($c: ID!, $y: Int!, $q: Int!) { evaluations(centerId: $c, year: $y, quarter: $q) { id } }`, { c: center, y: q.year, q: q.quarter }, t);
    expect(r.data!.evaluations).toEqual([]);
    expect(codeOf(await p.gql(REC, { i: { staffId: stationed[3], ...q, score: 80 } }, t))).toBe('NOT_FOUND');
    const townA = (await p.gql(`query($c: String!) { centerFor(regionCode: $c) { id staff { id kind } } }`, { c: TOWN_A() }, admin)).data!.centerFor;
    const townAStationed = townA.staff.find((s: any) => s.kind === 'STATIONED').id;
    expect(codeOf(await p.gql(REC, { i: { staffId: townAStationed, ...q, score: 80 } }, t))).toBe('NOT_FOUND');
  });
});

describe('the pool and its admin', () => {
  it('an admin adds a mediator and puts one on leave; the pool filters by language, specialty, availability', async () => {
    const admin = await p.login('admin');
    const county = (await p.gql(`{ centers(level: COUNTY) { id } }`, {}, admin)).data!.centers[0].id;
    const created = await p.gql(`mutation($i: CreateMediatorInput!) { createMediator(input: $i) { id name languages bookable available center { level } } }`, {
      i: { name: '乌兰', kind: 'MEDIATOR', centerId: county, specialties: ['LAND', 'MARRIAGE_FAMILY'], languages: ['普通话', '蒙古语'], title: '双语调解员' },
    }, admin);
    expect(created.data!.createMediator).toMatchObject({ name: '乌兰', bookable: false, available: true, center: { level: 'COUNTY' } });
    const id = created.data!.createMediator.id;
    const Q = `{ mediators(first: 50, filter: { language: "蒙古语", specialty: LAND, available: true }) { totalCount edges { node { id } } } }`;
    expect((await p.gql(Q, {}, admin)).data!.mediators.edges.map((e: any) => e.node.id)).toContain(id);
    const leave = await p.gql(`mutation($id: ID!) { updateMediator(id: $id, input: { available: false }) { onLeave } }`, { id }, admin);
    expect(leave.data!.updateMediator.onLeave).toBe(true);
    expect((await p.gql(Q, {}, admin)).data!.mediators.edges.map((e: any) => e.node.id)).not.toContain(id);

    const bad = await p.gql(`mutation($i: CreateMediatorInput!) { createMediator(input: $i) { id } }`, {
      i: { name: '', kind: 'LEGAL_EXPERT', centerId: county, specialties: [], languages: ['普通话'], title: '律师', goldTeam: true },
    }, admin);
    expect(fieldsOf(bad)).toEqual(['input.name', 'input.specialties', 'input.goldTeam']);
    expect(codeOf(await p.gql(`mutation($id: ID!) { updateMediator(id: $id, input: { available: false }) { id } }`, { id }, await p.login('county-dispatcher')))).toBe('FORBIDDEN');
  });

  it('pages through the whole pool with cursors, no duplicates, no gaps', async () => {
    const t = await p.login('county-dispatcher');
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const r: any = await p.gql(`query($a: String) { mediators(first: 17, after: $a) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { a: after }, t);
      total = r.data.mediators.totalCount;
      seen.push(...r.data.mediators.edges.map((e: any) => e.node.id));
      if (!r.data.mediators.pageInfo.hasNextPage) break;
      after = r.data.mediators.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect(codeOf(await p.gql(`{ mediators(first: 101) { totalCount } }`, {}, t))).toBe('BAD_USER_INPUT');
    expect(codeOf(await p.gql(`{ mediators(after: "garbage") { totalCount } }`, {}, t))).toBe('BAD_USER_INPUT');
  });
});

describe('no N+1', () => {
  const sqlOf = (r: { extensions?: Record<string, unknown> }) => r.extensions!.sqlStatements as number;

  it('a page of the pool with centers, parents, stationings and staff costs the same SQL for 10 or 54 mediators', async () => {
    const t = await p.login('county-dispatcher');
    // Start after the county center's mediators, so both pages hold town and village mediators (whose centers have parents).
    const county = (await p.gql(`{ mediators(first: 100, filter: { kind: MEDIATOR }) { edges { cursor node { center { level } } } } }`, {}, t)).data!.mediators.edges;
    const lastCounty = county.filter((e: any) => e.node.center.level === 'COUNTY').pop().cursor;
    const Q = `query($n: Int, $a: String) { mediators(first: $n, after: $a, filter: { kind: MEDIATOR }) { edges { node { name center { level name parent { name } stationings { mode department { name } } staff { name department { name } } } } } } }`;
    const small = await p.gql(Q, { n: 10, a: lastCounty }, t);
    const large = await p.gql(Q, { n: 54, a: lastCounty }, t);
    expect(small.errors).toBeUndefined();
    expect(large.data!.mediators.edges).toHaveLength(54);
    expect(new Set(large.data!.mediators.edges.map((e: any) => e.node.center.level))).toEqual(new Set(['TOWN', 'VILLAGE']));
    expect(sqlOf(large)).toBe(sqlOf(small));
    expect(sqlOf(large)).toBeLessThanOrEqual(10);
  });

  it('the gold team and every center with stationings and staff: a constant handful of statements', async () => {
    const t = await p.login('admin');
    const r = await p.gql(`{ goldTeam { brand center { name stationings { department { name } } } } centers { name stationings { department { kind } } staff { department { name } } mediators { name } } }`, {}, t);
    expect(r.errors).toBeUndefined();
    expect(r.data!.centers.length).toBe(106);
    // 106 centers: an N+1 would cost hundreds. A loader reached by two paths (gold team → center → stationings,
    // centers → stationings) batches once per path when the paths resolve in different ticks, hence a range.
    expect(sqlOf(r)).toBeLessThanOrEqual(10);
  });
});
