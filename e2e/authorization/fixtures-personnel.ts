/** The personnel subgraph's rows. */
import { DEPARTMENT_IDS, unique, world, type MatrixEnv, type Place } from './env';
import { keyOf, memo, withInput, type Fixtures, type Vars } from './fixture';

const shared = new Map<string, Promise<any>>();
const STAFF = `SELECT id FROM personnel.staff WHERE center_id = $1 AND kind = 'STATIONED' ORDER BY id LIMIT 1`;
const quarterNow = () => {
  const cst = new Date(Date.now() + 8 * 3_600_000);
  return { year: cst.getUTCFullYear(), quarter: Math.floor(cst.getUTCMonth() / 3) + 1 };
};

export const personnelFixtures: Fixtures = {
  'Query.me': { query: `{ me { id } }`, vars: async () => ({}) },
  'Query.users': {
    query: `query($r: ID) { users(filter: { regionId: $r }, first: 5) { edges { node { id } } } }`,
    vars: async (_e, _a, place) => ({ r: place.town.id }),
    noRecordInside: ['GRID_WORKER'],
  },
  'Query.user': {
    query: `query($id: ID!) { user(id: $id) { id } }`,
    vars: async (env, _a, place) => ({ id: await memo(shared, keyOf('user', place, null), () => env.userAt(place)) }),
    noRecordInside: ['GRID_WORKER'],
  },
  'Query.leadersOf': {
    query: `query($r: ID!) { leadersOf(regionId: $r) { id } }`,
    vars: async (env, _a, place) => {
      await env.leaderAt(place);
      return { r: place.village.id };
    },
  },
  'Query.centers': { query: `{ centers { id } }`, vars: async () => ({}) },
  'Query.center': { query: `query($id: ID!) { center(id: $id) { id } }`, vars: async (_e, _a, place) => ({ id: place.centerId }) },
  'Query.centerFor': { query: `query($c: String!) { centerFor(regionCode: $c, level: TOWN) { id } }`, vars: async (_e, _a, place) => ({ c: place.gridRegion.code }) },
  'Query.departments': { query: `{ departments { id } }`, vars: async () => ({}) },
  'Query.department': { query: `query($id: ID!) { department(id: $id) { id } }`, vars: async () => ({ id: DEPARTMENT_IDS.justice }) },
  'Query.departmentsByIds': { query: `query($ids: [ID!]!) { departmentsByIds(ids: $ids) { id } }`, vars: async () => ({ ids: [DEPARTMENT_IDS.justice] }) },
  'Query.staff': {
    query: `query($id: ID!) { staff(id: $id) { id phone } }`,
    vars: async (env, _a, place) => ({ id: await env.sqlId(STAFF, [place.centerId]) }),
  },
  'Query.mediators': {
    query: `query($c: ID) { mediators(filter: { centerId: $c }, first: 5) { edges { node { id } } } }`,
    vars: async (_e, _a, place) => ({ c: place.centerId }),
  },
  'Query.mediator': {
    query: `query($id: ID!) { mediator(id: $id) { id phone } }`,
    vars: async (_e, _a, place) => ({ id: place.poolMediatorId }),
    mask: { field: 'Mediator.phone', pick: (d) => d.mediator?.phone },
  },
  'Query.goldTeam': { query: `{ goldTeam { id } }`, vars: async () => ({}) },
  'Query.experts': { query: `{ experts { id } }`, vars: async () => ({}) },
  'Query.recommendMediators': {
    query: `query($c: ID!) { recommendMediators(caseId: $c, first: 3) { score } }`,
    vars: async (env, _a, place) => ({ c: (await memo(shared, keyOf('case', place, null), () => env.caseAt(place, 'ACCEPTED', null))).id }),
  },
  'Query.recommendMediatorTeam': {
    query: `query($c: ID!) { recommendMediatorTeam(caseId: $c, size: 2) { lead { score } assistants { score } } }`,
    vars: async (env, _a, place) => ({ c: (await memo(shared, keyOf('case', place, null), () => env.caseAt(place, 'ACCEPTED', null))).id }),
  },
  'Query.appointment': {
    query: `query($id: ID!) { appointment(id: $id) { id contactPhone } }`,
    vars: async (env, _a, place, rel) => ({ id: await memo(shared, keyOf('appointment', place, rel?.role === 'PARTNER' ? rel : null), () => env.appointmentAt(place, rel)) }),
    noRecordInside: ['GRID_WORKER'],
    mask: { field: 'Appointment.contactPhone', pick: (d) => d.appointment?.contactPhone },
  },
  'Query.appointments': {
    query: `query($m: ID, $day: String!) { appointments(mediatorId: $m, day: $day) { id } }`,
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('appointment-day', place, null), () => env.appointmentAt(place));
      return { m: place.goldMediatorId, day: '2027-03-01' };
    },
    noRecordInside: ['GRID_WORKER'],
  },
  'Query.evaluations': {
    query: `query($c: ID!, $y: Int!, $q: Int!) { evaluations(centerId: $c, year: $y, quarter: $q) { id } }`,
    vars: async (env, _a, place) => {
      const { year, quarter } = quarterNow();
      await memo(shared, keyOf('evaluation', place, null), async () => env.must(await env.p.login('county-supervisor'),
        `mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { id } }`,
        { input: { staffId: await env.sqlId(STAFF, [place.centerId]), year, quarter, score: 90 } }));
      return { c: place.centerId, y: year, q: quarter };
    },
    noRecordInside: ['GRID_WORKER'],
  },

  'Mutation.login': { query: `mutation { login(username: "town-a-operator", password: "demo") { token } }`, vars: async () => ({}) },
  'Mutation.logout': { query: `mutation { logout }`, vars: async () => ({}), freshToken: true },
  'Query.loginAttempts': {
    query: `query($u: String) { loginAttempts(filter: { username: $u }, first: 5) { edges { node { id } } } }`,
    vars: async (env, _a, place) => {
      const username = place.side === 'in' ? 'town-a-operator' : 'town-b-operator';
      await memo(shared, keyOf('login', place, null), () => env.p.login(username));
      return { u: username };
    },
    noRecordInside: ['GRID_WORKER'],
  },
  'Mutation.createUser': {
    query: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    vars: async (_e, _a, place) => ({ input: { username: `matrix-n-${unique()}`, displayName: '新账号', password: 'matrix2026', roles: ['OPERATOR'], regionId: place.town.id } }),
    noRecordInside: ['GRID_WORKER'],
    refs: {
      'input.regionId': async (env, _a, inside) => withInput(inside, 'regionId', env.outside.town.id),
      'input.mediatorId': async (env, _a, inside) => ({ input: { ...(inside.input as Vars), roles: ['MEDIATOR'], mediatorId: env.outside.poolMediatorId } }),
    },
  },
  'Mutation.disableUser': { query: `mutation($id: ID!) { disableUser(id: $id) { id } }`, vars: async (env, _a, place) => ({ id: await env.userAt(place) }), noRecordInside: ['GRID_WORKER'] },
  'Mutation.enableUser': { query: `mutation($id: ID!) { enableUser(id: $id) { id } }`, vars: async (env, _a, place) => ({ id: await env.userAt(place) }), noRecordInside: ['GRID_WORKER'] },
  'Mutation.resetPassword': { query: `mutation($id: ID!) { resetPassword(id: $id, password: "reset2026x") { id } }`, vars: async (env, _a, place) => ({ id: await env.userAt(place) }), noRecordInside: ['GRID_WORKER'] },
  'Mutation.createMediator': {
    query: `mutation($input: CreateMediatorInput!) { createMediator(input: $input) { id } }`,
    vars: async (_e, _a, place) => ({ input: { name: '新调解员', kind: 'MEDIATOR', centerId: place.centerId, specialties: ['DEBT'], languages: ['普通话'], title: '人民调解员' } }),
    noRecordInside: ['GRID_WORKER'],
    refs: { 'input.centerId': async (env, _a, inside) => withInput(inside, 'centerId', env.outside.centerId) },
  },
  'Mutation.updateMediator': {
    query: `mutation($id: ID!) { updateMediator(id: $id, input: { title: "资深调解员" }) { id } }`,
    vars: async (_e, _a, place) => ({ id: place.poolMediatorId }),
    noRecordInside: ['GRID_WORKER'],
  },
  'Mutation.bookAppointment': {
    query: `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }`,
    vars: async (env, _a, place, _rel, where) => ({ input: env.bookingInput(place, where) }),
    refs: { 'input.caseId': async (env, _a, inside) => withInput(inside, 'caseId', (await env.caseAt(env.outside, 'ACCEPTED')).id) },
  },
  'Mutation.cancelAppointment': {
    query: `mutation($id: ID!) { cancelAppointment(id: $id, reason: "时间冲突") { id } }`,
    vars: async (env, _a, place, rel, where) => ({ id: await env.appointmentAt(place, rel, where) }),
    noRecordInside: ['GRID_WORKER'],
  },
  'Mutation.recordEvaluation': {
    query: `mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { id } }`,
    vars: async (env, _a, place) => {
      const { year, quarter } = quarterNow();
      // Each call rates a different quarter of the past, so a second allowed caller is not a CONFLICT.
      const q = ++evaluationRound;
      return { input: { staffId: await env.sqlId(STAFF, [place.centerId]), year: year - 1 - Math.floor(q / 4), quarter: (q % 4) + 1, score: 85, replace: true } };
    },
    noRecordInside: ['GRID_WORKER'],
  },
};
let evaluationRound = 0;

// ── stationing and rota ─────────────────────────────────────────────────────────────────────
const POLICE = world.departments.find((d) => d.kind === 'POLICE')!.id;
const TAXATION = world.departments.find((d) => d.name === '税务局')!.id;
const WINDOW_STAFF = `SELECT id FROM personnel.staff WHERE center_id = $1 AND kind = 'WINDOW' ORDER BY id LIMIT 1`;
const monthAhead = (k: number) => {
  const cst = new Date(Date.now() + 8 * 3_600_000);
  const index = cst.getUTCFullYear() * 12 + cst.getUTCMonth() + k;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};
const PLAN = `mutation($input: PlanRotaInput!) { planRota(input: $input) { id } }`;
let adminToken: Promise<string> | null = null;
const admin = (env: MatrixEnv) => (adminToken ??= env.p.login('admin'));

/**
 * A rotating department with a rotating window at the place's town center (the demo's town centers
 * have none): one of its on-call offices becomes rotating, its one stationed officer the rota's staff.
 */
function rotaSetup(env: MatrixEnv, place: Place): Promise<{ departmentId: string; staffId: string }> {
  return memo(shared, keyOf('rota-setup', place, null), async () => {
    const [row] = await env.p.sql<{ department_id: string; id: string }>(
      `SELECT department_id, id FROM personnel.staff WHERE center_id = $1 AND kind = 'STATIONED' AND department_id <> ALL($2::uuid[]) ORDER BY department_id, id LIMIT 1`,
      [place.centerId, [DEPARTMENT_IDS.justice, POLICE, TAXATION]]);
    const token = await admin(env);
    await env.must(token, `mutation($input: SetStationingInput!) { setStationing(input: $input) { mode } }`,
      { input: { centerId: place.centerId, departmentId: row.department_id, mode: 'ROTATING', staffCount: 1, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] } });
    await env.must(token, `mutation($input: SetCenterWindowInput!) { setCenterWindow(input: $input) { number } }`,
      { input: { centerId: place.centerId, number: 9, kind: 'ROTATING' } });
    return { departmentId: row.department_id, staffId: row.id };
  });
}
let removalRound = 0;

const rotaFixtures: Fixtures = {
  'Query.departmentsOnDuty': {
    query: `query($r: ID!) { departmentsOnDuty(regionId: $r) { mode department { id } contact { phone } } }`,
    vars: async (_e, _a, place) => ({ r: place.gridRegion.id }),
    mask: { field: 'Staff.phone', pick: (d) => d.departmentsOnDuty?.find((x: { contact: unknown }) => x.contact)?.contact.phone },
  },
  'Mutation.setStationing': {
    query: `mutation($input: SetStationingInput!) { setStationing(input: $input) { mode contact { id } } }`,
    vars: async (env, _a, place) => ({ input: {
      centerId: place.centerId, departmentId: TAXATION, mode: 'ON_CALL', staffCount: 1, contactStaffId: await env.sqlId(WINDOW_STAFF, [place.centerId]),
    } }),
    noRecordInside: ['GRID_WORKER'],
    refs: { 'input.centerId': async (env, _a, inside) => withInput(inside, 'centerId', env.outside.centerId) },
  },
  'Mutation.setCenterWindow': {
    query: `mutation($input: SetCenterWindowInput!) { setCenterWindow(input: $input) { number label } }`,
    vars: async (_e, _a, place) => ({ input: { centerId: place.centerId, number: 8, kind: 'INTAKE', label: '综合受理窗口（矩阵）' } }),
    noRecordInside: ['GRID_WORKER'],
    refs: { 'input.centerId': async (env, _a, inside) => withInput(inside, 'centerId', env.outside.centerId) },
  },
  'Mutation.planRota': {
    query: PLAN,
    vars: async (env, _a, place) => {
      const { departmentId, staffId } = await rotaSetup(env, place);
      // Planning the same department at the same window again replaces its staff: a second allowed caller is no CONFLICT.
      return { input: { centerId: place.centerId, ...monthAhead(0), windowNumber: 9, departmentId, staffIds: [staffId] } };
    },
    noRecordInside: ['GRID_WORKER'],
    refs: {
      'input.centerId': async (env, _a, inside) => withInput(inside, 'centerId', env.outside.centerId),
      'input.staffIds.0': async (env, _a, inside) => withInput(inside, 'staffIds', [await env.sqlId(STAFF, [env.outside.centerId])]),
    },
  },
  'Mutation.removeRotaAssignment': {
    query: `mutation($id: ID!) { removeRotaAssignment(id: $id) }`,
    vars: async (env, _a, place) => {
      const { departmentId, staffId } = await rotaSetup(env, place);
      const input = { centerId: place.centerId, ...monthAhead(1 + (removalRound++ % 12)), windowNumber: 9, departmentId, staffIds: [staffId] };
      return { id: (await env.must<{ planRota: { id: string } }>(await admin(env), PLAN, { input })).planRota.id };
    },
    noRecordInside: ['GRID_WORKER'],
  },
};
Object.assign(personnelFixtures, rotaFixtures);
