/**
 * 导出 Excel through the real gateway: the file holds exactly the rows the `cases` query gives the
 * same caller for the same filter (jurisdiction included), with Chinese labels; every export leaves an
 * EXPORT audit entry naming who exported which cases; roles that may not export, missing tokens and
 * bad filters get a clear answer and no file.
 */
import ExcelJS from 'exceljs';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';

let p: TestPlatform;
let base: string;
beforeAll(async () => {
  p = await startTestPlatform();
  base = p.gatewayUrl.replace(/\/graphql$/, '');
  // Cases in the county and in two towns, each taken in by that level's own window.
  let n = 0;
  for (const user of ['county-operator', 'town-a-operator', 'town-a-operator', 'town-b-operator']) {
    const token = await p.login(user);
    const me = await p.gql<{ me: { region: { id: string } } }>(`{ me { region { id } } }`, {}, token);
    const r = await p.gql(`mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, { input: {
      title: `导出测试 ${++n}`, description: '邻里纠纷，请求调解。', channel: 'WINDOW', type: 'NEIGHBOUR', regionId: me.data!.me.region.id,
      parties: [{ name: '陈某', role: 'APPLICANT', phone: `1390000${1000 + n}` }],
    } }, token);
    if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  }
});
afterAll(() => p?.stop());

async function exportAs(username: string | null, filter: unknown, extra: Record<string, string> = {}): Promise<Response> {
  const form = new URLSearchParams({ ...(username ? { token: await p.login(username) } : {}), filter: JSON.stringify(filter), ...extra });
  return fetch(base + '/export/cases.xlsx', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
}

async function rowsOf(res: Response): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const sheet = book.getWorksheet('案件列表');
  if (!sheet) throw new Error('no sheet 案件列表');
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return rows;
}

/** Every case code the graph lists for this caller and filter (paging through the connection). */
async function codesFor(username: string, filter: unknown): Promise<string[]> {
  const token = await p.login(username);
  const codes: string[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = { cases: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { code: string } }[] } };
    const r: import('@zz/platform/testing').GraphQLResult<Page> = await p.gql<{ cases: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { code: string } }[] } }>(
      `query($filter: CaseFilter, $after: String) { cases(filter: $filter, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { code } } } }`,
      { filter, after }, token);
    if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
    codes.push(...r.data!.cases.edges.map((e) => e.node.code));
    if (!r.data!.cases.pageInfo.hasNextPage) return codes;
    after = r.data!.cases.pageInfo.endCursor;
  }
}

const audit = () => p.sql<{ kind: string; subject_ids: string[]; actor_username: string; reason: string | null; operation: string | null }>(
  `SELECT kind, subject_ids, actor_username, reason, operation FROM audit.sensitive_read WHERE kind = 'EXPORT' ORDER BY id`);

it('exports exactly what the list shows the caller for the filter, with Chinese headers and labels, and audits it', async () => {
  const before = (await audit()).length;
  const res = await exportAs('county-operator', {});
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="cases-\d{8}\.xlsx"/);
  const rows = await rowsOf(res);
  expect(rows[0]).toEqual(['统一编码', '标题', '纠纷类型', '受理渠道', '状态', '办理层级', '所属区域', '承办中心', '受理时间', '办理时限', '是否超期']);
  const expected = await codesFor('county-operator', {});
  expect(expected.length).toBeGreaterThan(0);
  expect(rows.slice(1).map((r) => r[0])).toEqual(expected);
  // Labels, not enum names; Beijing time to the minute.
  const statuses = new Set(rows.slice(1).map((r) => r[4]));
  for (const s of statuses) expect(s).toMatch(/^[\u4e00-\u9fff]+$/);
  expect(rows[1][8]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

  const entries = (await audit()).slice(before);
  expect(entries.length).toBeGreaterThan(0);
  // The subgraph sees the gateway's name for its part of the plan (CaseExport__cases__0).
  for (const e of entries) expect([e.actor_username, e.operation]).toEqual(['county-operator', expect.stringMatching(/^CaseExport__cases__\d+$/)]);
  expect(entries[0].reason).toBe('导出案件列表（Excel）');
  expect(entries.reduce((n, e) => n + e.subject_ids.length, 0)).toBe(expected.length);
});

it("keeps a town's export to its own jurisdiction and to the filter given", async () => {
  const filter = { status: ['REGISTERED', 'ACCEPTED', 'ASSIGNED', 'IN_MEDIATION'] };
  const rows = await rowsOf(await exportAs('town-a-operator', filter));
  const codes = rows.slice(1).map((r) => r[0]);
  expect(codes).toEqual(await codesFor('town-a-operator', filter));
  const county = await codesFor('county-operator', filter);
  expect(codes.length).toBeLessThan(county.length);
  expect(new Set(rows.slice(1).map((r) => r[4]))).not.toContain('已办结');
});

it('writes the reason the user gave into the audit entry', async () => {
  const before = (await audit()).length;
  expect((await exportAs('county-supervisor', {}, { reason: '月度督办材料\n附表' })).status).toBe(200);
  const [entry] = (await audit()).slice(before);
  expect(entry).toMatchObject({ actor_username: 'county-supervisor', reason: '月度督办材料 附表' });
});

it('refuses without a file: roles that may not export, no or a bad token, a bad filter, GET', async () => {
  const before = (await audit()).length;
  const cases: [Promise<Response>, number, RegExp][] = [
    [exportAs('mediator-gold', {}), 403, /不能导出/],
    [exportAs('partner-12345', {}), 403, /不能导出/],
    [exportAs(null, {}), 401, /登录已失效/],
    [exportAs(null, {}, { token: 'not-a-token' }), 401, /登录已失效/],
    [exportAs('county-operator', { status: ['NOT_A_STATUS'] }), 400, /NOT_A_STATUS|status/],
    [exportAs('county-operator', { receivedFrom: '2026-03-01T00:00:00Z', receivedTo: '2026-01-01T00:00:00Z' }), 400, /结束时间早于开始时间（filter\.receivedTo）/],
    [exportAs('county-operator', [1, 2]), 400, /筛选条件格式无效/],
    [fetch(base + '/export/cases.xlsx'), 405, /案件列表/],
  ];
  for (const [pending, status, text] of cases) {
    const res = await pending;
    const body = await res.text();
    expect([res.status, res.headers.get('content-type')]).toEqual([status, 'text/html; charset=utf-8']);
    expect(body).toMatch(text);
    expect(body).not.toMatch(/at .+\.ts:\d+|SELECT|INTERNAL_SERVER_ERROR/);
  }
  expect((await audit()).length).toBe(before);
});
