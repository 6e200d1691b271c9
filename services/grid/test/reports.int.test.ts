/** Reports (随手拍) routed by location, settled on the spot; refused points write nothing. */
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { codeOf, demoGrids, expectOk, fieldOf, type DemoGrid } from './helpers';

let p: TestPlatform;
let x: DemoGrid, y: DemoGrid, b: DemoGrid;
beforeAll(async () => {
  p = await startTestPlatform();
  ({ x, y, b } = await demoGrids(p));
});
afterAll(async () => {
  await p?.stop();
});

const REPORT = `mutation($input: ReportIssueInput!) { reportIssue(input: $input) { id status category reporterName reporterPhone lat lng location grid { id code } case { id } } }`;
const report = (token: string, at: [number, number], extra: Record<string, unknown> = {}) =>
  p.gql<{ reportIssue: { id: string; status: string; grid: { id: string; code: string }; reporterPhone: string | null } }>(REPORT, {
    input: { lng: at[0], lat: at[1], category: '邻里纠纷', description: '楼上住户长期漏水，协商未果', ...extra },
  }, token);

const counts = async () => {
  const [r] = await p.sql<{ reports: number; events: number }>(
    `SELECT (SELECT count(*)::int FROM grid.grid_report) AS reports, (SELECT count(*)::int FROM events.dispatch_event WHERE source = 'grid') AS events`);
  return r;
};

describe('reportIssue routes by location', () => {
  it('a report at a point inside grid X reaches grid X, not Y (the report row and the event log)', async () => {
    const worker = await p.login('grid-a-worker');
    const r = expectOk(await report(worker, x.inside, { reporterName: '陈阿姨', reporterPhone: '13812345678' })).reportIssue;
    expect(r).toMatchObject({ status: 'REPORTED', grid: { id: x.id, code: x.code }, reporterPhone: '13812345678' });

    const [row] = await p.sql(`SELECT grid_id, region_code, status FROM grid.grid_report WHERE id = $1`, [r.id]);
    expect(row).toEqual({ grid_id: x.id, region_code: x.code, status: 'REPORTED' });
    const events = await p.sql(`SELECT kind, region_id, region_code, grid_report_id, source FROM events.dispatch_event WHERE grid_report_id = $1`, [r.id]);
    expect(events).toEqual([{ kind: 'GRID_REPORT', region_id: x.id, region_code: x.code, grid_report_id: r.id, source: 'grid' }]);
    expect(events.some((e) => e.region_id === y.id)).toBe(false);

    // Visible at once to X's grid worker, listed under X and not under Y.
    const admin = await p.login('admin');
    const lists = expectOk(await p.gql<{ x: { reports: { edges: { node: { id: string } }[] } }; y: { reports: { edges: { node: { id: string } }[] } } }>(
      `query($x: ID!, $y: ID!) { x: grid(id: $x) { reports(first: 50) { edges { node { id } } } } y: grid(id: $y) { reports(first: 50) { edges { node { id } } } } }`,
      { x: x.id, y: y.id }, admin));
    expect(lists.x.reports.edges.map((e) => e.node.id)).toContain(r.id);
    expect(lists.y.reports.edges.map((e) => e.node.id)).not.toContain(r.id);
    const mine = expectOk(await p.gql<{ gridReports: { edges: { node: { id: string } }[]; totalCount: number } }>(`{ gridReports(first: 50) { edges { node { id } } totalCount } }`, {}, worker));
    expect(mine.gridReports.edges.map((e) => e.node.id)).toContain(r.id);
  });

  it('a report at a point inside grid Y reaches Y, and X\'s grid worker cannot see it', async () => {
    const operator = await p.login('county-operator');
    const r = expectOk(await report(operator, y.inside)).reportIssue;
    expect(r.grid.id).toBe(y.id);
    const [event] = await p.sql(`SELECT region_id FROM events.dispatch_event WHERE grid_report_id = $1`, [r.id]);
    expect(event.region_id).toBe(y.id);
    const worker = await p.login('grid-a-worker');
    const seen = await p.gql(`query($id: ID!) { gridReport(id: $id) { id } }`, { id: r.id }, worker);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.gridReport).toBeNull();
  });

  it('routes a partner system\'s (12345) report too, and masks the phone for non-handlers', async () => {
    const partner = await p.login('partner-12345');
    const r = expectOk(await report(partner, b.inside, { reporterName: '群众', reporterPhone: '13900001111' })).reportIssue;
    expect(r.grid.id).toBe(b.id);
    const mediator = await p.login('mediator-gold');
    const seen = expectOk(await p.gql<{ gridReport: { reporterPhone: string } }>(`query($id: ID!) { gridReport(id: $id) { reporterPhone } }`, { id: r.id }, mediator));
    expect(seen.gridReport.reporterPhone).toBe('139****1111');
  });
});

describe('refused reports write nothing', () => {
  it('a point outside every grid is BAD_USER_INPUT naming the point', async () => {
    const before = await counts();
    const r = await report(await p.login('county-operator'), [100.0, 30.0]);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fieldOf(r)).toBe('input.lat');
    expect(r.errors![0].extensions!.fields).toEqual([
      { field: 'input.lat', message: expect.stringContaining('网格') }, { field: 'input.lng', message: expect.stringContaining('网格') }]);
    expect(await counts()).toEqual(before);
  });

  it('a point in another town\'s grid is FORBIDDEN for a town operator', async () => {
    const before = await counts();
    const r = await report(await p.login('town-a-operator'), b.inside);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('invalid fields are listed together and nothing is written', async () => {
    const before = await counts();
    const r = await report(await p.login('grid-a-worker'), [x.inside[0], 95], { category: ' ', description: '短', reporterPhone: '12345' });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect((r.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual(['input.lat', 'input.category', 'input.description', 'input.reporterPhone']);
    expect(await counts()).toEqual(before);
  });

  it('roles that do not report are refused', async () => {
    const r = await report(await p.login('mediator-gold'), x.inside);
    expect(codeOf(r)).toBe('FORBIDDEN');
  });
});

describe('settleReportOnSite', () => {
  const SETTLE = `mutation($id: ID!, $note: String!) { settleReportOnSite(id: $id, note: $note) { id status settleNote settledAt } }`;

  it('the grid worker settles a report of its grid with a note, once', async () => {
    const worker = await p.login('grid-a-worker');
    const r = expectOk(await report(worker, x.inside)).reportIssue;
    const blank = await p.gql(SETTLE, { id: r.id, note: '  ' }, worker);
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(fieldOf(blank)).toBe('note');

    const s = expectOk(await p.gql<{ settleReportOnSite: { status: string; settleNote: string } }>(SETTLE, { id: r.id, note: '已上门协调，双方同意修缮' }, worker)).settleReportOnSite;
    expect(s).toMatchObject({ status: 'SETTLED', settleNote: '已上门协调，双方同意修缮' });
    const events = await p.sql(`SELECT kind, region_id FROM events.dispatch_event WHERE grid_report_id = $1 ORDER BY id`, [r.id]);
    expect(events).toEqual([{ kind: 'GRID_REPORT', region_id: x.id }, { kind: 'GRID_REPORT_SETTLED', region_id: x.id }]);

    expect(codeOf(await p.gql(SETTLE, { id: r.id, note: '再次化解' }, worker))).toBe('CONFLICT');
    const convert = await p.gql(`mutation($id: ID!) { convertReportToCase(id: $id, complexity: SIMPLE) { id } }`, { id: r.id }, worker);
    expect(codeOf(convert)).toBe('CONFLICT');
    expect(await p.sql(`SELECT count(*)::int AS n FROM events.dispatch_event WHERE grid_report_id = $1`, [r.id])).toEqual([{ n: 2 }]);
  });

  it('staff of a center above may settle; other towns get NOT_FOUND; other roles FORBIDDEN', async () => {
    const worker = await p.login('grid-a-worker');
    const r = expectOk(await report(worker, x.inside)).reportIssue;
    expect(codeOf(await p.gql(SETTLE, { id: r.id, note: '不是我的辖区' }, await p.login('town-b-operator')))).toBe('NOT_FOUND');
    expect(codeOf(await p.gql(SETTLE, { id: r.id, note: '调解员不处置' }, await p.login('mediator-gold')))).toBe('FORBIDDEN');
    const s = expectOk(await p.gql<{ settleReportOnSite: { status: string } }>(SETTLE, { id: r.id, note: '村委会当场调处' }, await p.login('village-a-operator')));
    expect(s.settleReportOnSite.status).toBe('SETTLED');
  });
});
