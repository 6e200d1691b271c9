/**
 * One focused test per bug the mutation fuzzer (fuzz-mutations.e2e.test.ts) found, through the
 * gateway on the real stack: the exact input, the code and field the client must get, and no row
 * written. Each would fail without its fix (named in the test).
 */
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { rowCounter, changedTables, type RowCounter } from './support/fuzz/oracle';

let p: TestPlatform;
let rows: RowCounter;
let gridA: string;
beforeAll(async () => {
  p = await startTestPlatform({ jobs: false });
  rows = await rowCounter(p);
  [{ id: gridA }] = await p.sql<{ id: string }>(`SELECT region_id AS id FROM personnel.app_user WHERE username = 'grid-a-worker'`);
}, 120_000);
afterAll(async () => {
  await p?.stop();
});

/** A case registered through the gateway and applied to supervision's read model. */
async function newCase(): Promise<string> {
  const r = await p.gql<{ intakeCase: { id: string } }>(`mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, { input: {
    title: '邻里纠纷', description: '排水沟堵塞引发纠纷', channel: 'WINDOW', type: 'NEIGHBOUR', regionId: gridA, parties: [{ name: '钟伟', role: 'APPLICANT' }],
  } }, await p.login('county-operator'));
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  await (p.services.supervision as unknown as { runtime: { drain(): Promise<unknown> } }).runtime.drain();
  return r.data.intakeCase.id;
}

/** Runs a mutation as `user` and returns its first error, asserting that nothing was written. */
async function refused(user: string, query: string, variables: Record<string, unknown>) {
  const token = await p.login(user); // a first login writes its own rows (login log, backoff state): before the snapshot
  const before = await rows.snapshot();
  const r = await p.gql(query, variables, token);
  expect(r.data?.[Object.keys(r.data ?? {})[0]] ?? null).toBeNull();
  expect(changedTables(before, await rows.snapshot())).toEqual([]);
  return r.errors![0];
}

const PATROL = `mutation($input: DispatchPatrolTaskInput!) { dispatchPatrolTask(input: $input) { id } }`;

describe('a subgraph rejecting a variable (gateway/src/subgraph-errors.ts; impossible dates: packages/common/src/scalars.ts)', () => {
  it.each([['+275760-09-12T23:59:59.979Z'], ['2099-02-30T10:00:00Z'], ['2026-11-22']])('a DateTime of %s is BAD_USER_INPUT naming the field, not INTERNAL_SERVER_ERROR', async (dueAt) => {
    const e = await refused('county-dispatcher', PATROL, { input: { gridId: gridA, title: '雨季排水巡查', dueAt } });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueAt' });
    // The scalar's own refusal, not a later rule: 2099-02-30 used to be read as 2099-03-02.
    expect(e.message).toMatch(/日期时间/);
  });

  it('a refused DateTime is not repeated in the scalar\'s own words (seed 1325527951: SQL-looking text came back cut at 40 characters)', async () => {
    const dueAt = 'Robert\'); DELETE FROM cases."case";--';
    const e = await refused('county-dispatcher', PATROL, { input: { gridId: gridA, title: '雨季排水巡查', dueAt } });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueAt' });
    // graphql-js may quote the variable whole; our sentence after it says only what is expected.
    const ours = e.message.slice(e.message.indexOf('日期时间'));
    expect(ours).not.toContain('DELETE');
  });

  it('a Decimal with three decimals is BAD_USER_INPUT too', async () => {
    const e = await refused('county-operator', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, { input: {
      title: '邻里纠纷', description: '排水沟堵塞引发纠纷', channel: 'WINDOW', type: 'NEIGHBOUR', regionId: gridA, amountInDispute: '1.234',
      parties: [{ name: '钟伟', role: 'APPLICANT' }],
    } });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amountInDispute' });
  });
});

describe('text PostgreSQL cannot store (packages/common/src/storable-text.ts)', () => {
  it.each([['\ud83d中'], ['备注\u0000']])('a supervision letter note %j is BAD_USER_INPUT naming the field, nothing written', async (note) => {
    const caseId = await newCase();
    const e = await refused('county-supervisor', `mutation($caseId: ID!, $note: String) { issueSupervisionLetter(caseId: $caseId, kind: ASSIGNMENT, note: $note) { id } }`,
      { caseId, note });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
  });

  it('a NUL in an intake description is refused before the case code counter moves', async () => {
    const e = await refused('county-operator', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, { input: {
      title: '邻里纠纷', description: '排水沟\u0000堵塞', channel: 'WINDOW', type: 'NEIGHBOUR', regionId: gridA, parties: [{ name: '钟伟', role: 'APPLICANT' }],
    } });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.description' });
  });
});

describe('a report category a case title cannot hold (services/grid/src/domain/reports.ts)', () => {
  it('is refused at reportIssue, so convertReportToCase can never be left half-done by it', async () => {
    const [pt] = await p.sql<{ lat: number; lng: number }>(`SELECT (center(bbox))[1]::float8 AS lat, (center(bbox))[0]::float8 AS lng FROM grid.grid WHERE id = $1`, [gridA]);
    const e = await refused('grid-a-worker', `mutation($input: ReportIssueInput!) { reportIssue(input: $input) { id } }`,
      { input: { lat: pt.lat, lng: pt.lng, category: '噪音\u0007扰民', description: '夜间施工噪音扰民' } });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.category' });
  });
});
