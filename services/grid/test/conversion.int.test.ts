/**
 * convertReportToCase creates the case in the cases subgraph exactly once — when repeated, when two
 * calls race, and when a call is retried after the conversion had begun (a restart midway). Written
 * against the cases part of CONTRACT.md (intakeCase with idempotencyKey, acceptCase, cases(filter)).
 */
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { codeOf, demoGrids, expectOk, type DemoGrid } from './helpers';

let p: TestPlatform;
let x: DemoGrid;
beforeAll(async () => {
  p = await startTestPlatform();
  ({ x } = await demoGrids(p));
});
afterAll(async () => {
  await p?.stop();
});

interface Converted { convertReportToCase: { id: string; status: string; complexity: string; case: { id: string; channel: string; status: string; complexity: string } } }
const CONVERT = `mutation($id: ID!, $c: Complexity!) { convertReportToCase(id: $id, complexity: $c) {
  id status complexity case { id channel status complexity } } }`;

async function newReport(token: string, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await p.gql<{ reportIssue: { id: string } }>(`mutation($input: ReportIssueInput!) { reportIssue(input: $input) { id } }`, {
    input: { lng: x.inside[0], lat: x.inside[1], category: '邻里纠纷', description: '两户因排水沟堵塞发生争执，多次协商未果', ...extra },
  }, token);
  return expectOk(r).reportIssue.id;
}

const gridCaseCount = async (token: string) =>
  expectOk(await p.gql<{ cases: { totalCount: number } }>(`query($r: ID!) { cases(filter: { regionId: $r, channel: [GRID] }) { totalCount } }`, { r: x.id }, token)).cases.totalCount;

const convertedEvents = (reportId: string) =>
  p.sql<{ kind: string; case_id: string; region_id: string }>(`SELECT kind, case_id, region_id FROM events.dispatch_event WHERE grid_report_id = $1 AND kind = 'GRID_REPORT_CONVERTED'`, [reportId]);

describe('convertReportToCase', () => {
  it('creates one accepted GRID case, and a repeated call returns the same case', async () => {
    const worker = await p.login('grid-a-worker');
    const admin = await p.login('admin');
    const id = await newReport(worker, { reporterName: '陈阿姨', reporterPhone: '13812345678' });
    const before = await gridCaseCount(admin);

    const first = expectOk(await p.gql<Converted>(CONVERT, { id, c: 'GENERAL' }, worker)).convertReportToCase;
    expect(first).toMatchObject({ id, status: 'CONVERTED', complexity: 'GENERAL', case: { channel: 'GRID', status: 'ACCEPTED', complexity: 'GENERAL' } });
    const again = expectOk(await p.gql<Converted>(CONVERT, { id, c: 'GENERAL' }, worker)).convertReportToCase;
    expect(again.case.id).toBe(first.case.id);

    expect(await gridCaseCount(admin)).toBe(before + 1);
    const events = await convertedEvents(id);
    expect(events).toEqual([{ kind: 'GRID_REPORT_CONVERTED', case_id: first.case.id, region_id: x.id }]);
    const [row] = await p.sql(`SELECT status, case_id FROM grid.grid_report WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'CONVERTED', case_id: first.case.id });

    // The case carries the reporter as applicant and the grid as its region.
    const c = expectOk(await p.gql<{ case: { region: { id: string }; parties: { name: string; role: string }[] } }>(
      `query($id: ID!) { case(id: $id) { region { id } parties { name role } } }`, { id: first.case.id }, admin)).case;
    expect(c.region.id).toBe(x.id);
    expect(c.parties).toEqual([{ name: '陈阿姨', role: 'APPLICANT' }]);
  });

  it('two racing calls yield one case', async () => {
    const worker = await p.login('grid-a-worker');
    const operator = await p.login('village-a-operator');
    const admin = await p.login('admin');
    const id = await newReport(worker);
    const before = await gridCaseCount(admin);
    const [a, b] = await Promise.all([p.gql<Converted>(CONVERT, { id, c: 'SIMPLE' }, worker), p.gql<Converted>(CONVERT, { id, c: 'SIMPLE' }, operator)]);
    const ca = expectOk(a).convertReportToCase, cb = expectOk(b).convertReportToCase;
    expect(ca.case.id).toBe(cb.case.id);
    expect(ca.status).toBe('CONVERTED');
    expect(await gridCaseCount(admin)).toBe(before + 1);
    expect(await convertedEvents(id)).toHaveLength(1);
  });

  it('finishes a conversion that had begun before a crash, on the same case', async () => {
    const worker = await p.login('grid-a-worker');
    const admin = await p.login('admin');
    const id = await newReport(worker);
    // As if the service had marked the conversion and died before linking the case.
    await p.sql(`UPDATE grid.grid_report SET conversion_started_at = now(), complexity = 'COMPLEX' WHERE id = $1`, [id]);
    const settle = await p.gql(`mutation($id: ID!, $note: String!) { settleReportOnSite(id: $id, note: $note) { id } }`, { id, note: '想就地化解' }, worker);
    expect(codeOf(settle)).toBe('CONFLICT');
    const before = await gridCaseCount(admin);
    const done = expectOk(await p.gql<Converted>(CONVERT, { id, c: 'SIMPLE' }, worker)).convertReportToCase;
    // The complexity chosen first is kept.
    expect(done).toMatchObject({ status: 'CONVERTED', complexity: 'COMPLEX', case: { complexity: 'COMPLEX' } });
    expect(await gridCaseCount(admin)).toBe(before + 1);
  });

  it('a report of another town is NOT_FOUND, and a role that does not handle reports is FORBIDDEN', async () => {
    const worker = await p.login('grid-a-worker');
    const id = await newReport(worker);
    expect(codeOf(await p.gql(CONVERT, { id, c: 'SIMPLE' }, await p.login('town-b-operator')))).toBe('NOT_FOUND');
    expect(codeOf(await p.gql(CONVERT, { id, c: 'SIMPLE' }, await p.login('mediator-gold')))).toBe('FORBIDDEN');
    expect(await p.sql(`SELECT status, conversion_started_at FROM grid.grid_report WHERE id = $1`, [id])).toEqual([{ status: 'REPORTED', conversion_started_at: null }]);
  });
});
