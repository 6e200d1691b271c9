/** The grid subgraph's rows. */
import { unique } from './env';
import { keyOf, memo, withInput, type Fixtures, type Vars } from './fixture';

const shared = new Map<string, Promise<any>>();
const ring = (lng: number, lat: number) => ({ type: 'Polygon', coordinates: [[[lng, lat], [lng + 0.0005, lat], [lng + 0.0005, lat + 0.0005], [lng, lat + 0.0005], [lng, lat]]] });

export const gridFixtures: Fixtures = {
  'Query.region': { query: `query($id: ID!) { region(id: $id) { id } }`, vars: async (_e, _a, place) => ({ id: place.gridRegion.id }) },
  'Query.regionByCode': { query: `query($c: String!) { regionByCode(code: $c) { id } }`, vars: async (_e, _a, place) => ({ c: place.gridRegion.code }) },
  'Query.regions': { query: `query($p: ID) { regions(parentId: $p) { id } }`, vars: async (_e, _a, place) => ({ p: place.village.id }), noRecordInside: ['GRID_WORKER'] },
  'Query.grid': { query: `query($id: ID!) { grid(id: $id) { id } }`, vars: async (_e, _a, place) => ({ id: place.grid.regionId }) },
  'Query.gridByCode': { query: `query($c: String!) { gridByCode(code: $c) { id } }`, vars: async (_e, _a, place) => ({ c: place.grid.code }) },
  'Query.grids': { query: `query($r: ID) { grids(regionId: $r, first: 5) { edges { node { id } } } }`, vars: async (_e, _a, place) => ({ r: place.village.id }) },
  'Query.gridAt': { query: `query($lat: Float!, $lng: Float!) { gridAt(lat: $lat, lng: $lng) { id } }`, vars: async (_e, _a, place) => ({ ...place.point }) },
  'Query.gridWorker': {
    query: `query($id: ID!) { gridWorker(id: $id) { id } }`,
    vars: async (env, _a, place) => ({ id: await env.sqlId(`SELECT id FROM grid.grid_worker WHERE grid_id = $1 ORDER BY id LIMIT 1`, [place.grid.regionId]) }),
  },
  'Query.gridReport': {
    query: `query($id: ID!) { gridReport(id: $id) { id reporterPhone } }`,
    vars: async (env, _a, place) => ({ id: await memo(shared, keyOf('report', place, null), () => env.reportAt(place)) }),
    mask: { field: 'GridReport.reporterPhone', pick: (d) => d.gridReport?.reporterPhone },
  },
  'Query.gridReports': {
    query: `query($g: ID) { gridReports(gridId: $g, first: 5) { edges { node { id } } } }`,
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('report', place, null), () => env.reportAt(place));
      return { g: place.grid.regionId };
    },
  },
  'Query.patrolTask': {
    query: `query($id: ID!) { patrolTask(id: $id) { id } }`,
    vars: async (env, _a, place) => ({ id: await memo(shared, keyOf('patrol', place, null), () => env.patrolAt(place)) }),
  },
  'Query.patrolTasks': {
    query: `query($g: ID) { patrolTasks(gridId: $g, first: 5) { edges { node { id } } } }`,
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('patrol', place, null), () => env.patrolAt(place));
      return { g: place.grid.regionId };
    },
  },
  'Query.keyPersons': {
    query: `query($g: ID) { keyPersons(gridId: $g, first: 5) { edges { node { id } } } }`,
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('keyPerson', place, null), () => env.keyPersonAt(place));
      return { g: place.grid.regionId };
    },
  },

  'Mutation.createGrid': {
    query: `mutation($input: CreateGridInput!) { createGrid(input: $input) { id } }`,
    vars: async (_e, _a, place) => ({ input: { villageRegionId: place.village.id, name: `矩阵网格${unique()}`, boundary: ring(place.point.lng + 0.2, place.point.lat + 0.2), households: 300, residents: 900 } }),
    noRecordInside: ['GRID_WORKER'],
    refs: { 'input.villageRegionId': async (env, _a, inside) => withInput(inside, 'villageRegionId', env.outside.village.id) },
  },
  'Mutation.updateGrid': {
    query: `mutation($id: ID!) { updateGrid(id: $id, input: { households: 301 }) { id } }`,
    vars: async (_e, _a, place) => ({ id: place.grid.regionId }),
  },
  'Mutation.addGridWorker': {
    query: `mutation($input: AddGridWorkerInput!) { addGridWorker(input: $input) { id } }`,
    vars: async (_e, _a, place) => ({ input: { gridId: place.grid.regionId, name: '新网格员', kind: 'PART_TIME' } }),
    refs: { 'input.gridId': async (env, _a, inside) => withInput(inside, 'gridId', env.outside.grid.regionId) },
  },
  'Mutation.updateGridWorker': {
    query: `mutation($id: ID!, $input: UpdateGridWorkerInput!) { updateGridWorker(id: $id, input: $input) { id } }`,
    vars: async (env, _a, place) => ({ id: await env.sqlId(`SELECT id FROM grid.grid_worker WHERE grid_id = $1 ORDER BY id LIMIT 1`, [place.grid.regionId]), input: { name: '改名网格员' } }),
    refs: { 'input.gridId': async (env, _a, inside) => ({ ...inside, input: { gridId: env.outside.grid.regionId } }) },
  },
  'Mutation.addKeyPerson': {
    query: `mutation($input: AddKeyPersonInput!) { addKeyPerson(input: $input) { id } }`,
    vars: async (_e, _a, place) => ({ input: { gridId: place.grid.regionId, name: `矩阵重点${unique()}`, category: 'RELEASED_PRISONER', plan: '定期走访' } }),
    refs: { 'input.gridId': async (env, _a, inside) => withInput(inside, 'gridId', env.outside.grid.regionId) },
  },
  'Mutation.updateKeyPerson': {
    query: `mutation($id: ID!) { updateKeyPerson(id: $id, input: { plan: "每周走访" }) { id } }`,
    vars: async (env, _a, place) => ({ id: await env.keyPersonAt(place) }),
  },
  'Mutation.recordKeyPersonVisit': {
    query: `mutation($input: RecordKeyPersonVisitInput!) { recordKeyPersonVisit(input: $input) { id } }`,
    vars: async (env, _a, place) => ({ input: { keyPersonId: await env.keyPersonAt(place), kind: 'HOME_VISIT', note: '入户走访，本人在家，情绪平稳' } }),
  },
  'Mutation.reportIssue': {
    query: `mutation($input: ReportIssueInput!) { reportIssue(input: $input) { id } }`,
    vars: async (_e, _a, place) => ({ input: { ...place.point, category: '安全隐患', description: '路口井盖缺失，存在安全隐患' } }),
    refs: { 'input.lat': async (env, _a, inside) => ({ input: { ...(inside.input as Vars), ...env.outside.point } }) },
  },
  'Mutation.settleReportOnSite': {
    query: `mutation($id: ID!) { settleReportOnSite(id: $id, note: "已现场处理") { id } }`,
    vars: async (env, _a, place) => ({ id: await env.reportAt(place) }),
  },
  'Mutation.convertReportToCase': {
    query: `mutation($id: ID!) { convertReportToCase(id: $id, complexity: SIMPLE) { id } }`,
    vars: async (env, _a, place) => ({ id: await env.reportAt(place) }),
  },
  'Mutation.dispatchPatrolTask': {
    query: `mutation($input: DispatchPatrolTaskInput!) { dispatchPatrolTask(input: $input) { id } }`,
    vars: async (_e, _a, place) => ({ input: { gridId: place.grid.regionId, title: `矩阵巡查${unique()}`, dueAt: new Date(Date.now() + 86_400_000).toISOString() } }),
    refs: { 'input.gridId': async (env, _a, inside) => withInput(inside, 'gridId', env.outside.grid.regionId) },
  },
  'Mutation.completePatrolTask': {
    query: `mutation($id: ID!) { completePatrolTask(id: $id, note: "巡查完毕") { id } }`,
    vars: async (env, _a, place) => ({ id: await env.patrolAt(place) }),
  },
};
