/**
 * 统计 and 督办 in Chromium against the whole platform (demo county). Cases are taken in and worked
 * through the graph, supervision's consumer is drained (jobs do not run in tests), then:
 * - the county supervisor opens 统计 for this month, and every number on the cards and in the tables
 *   equals what a direct `stats` query through the gateway returns for the same region and period;
 * - a town operator's 统计 is its town (villages as the child regions), and the county is refused;
 * - 督办 lists an overdue case (accepted days ago: its acceptance is replayed into the log with an
 *   earlier time, as the cases subgraph would have written it then) and the row leads to the case
 *   file; the other town's operator does not see it.
 */
import type { Page } from 'playwright-core';
import { appendEvents, type CaseSnapshot } from '@zz/events';
import { generateWorld } from '@zz/demo-world';
import type { SupervisionServer } from '@zz/supervision';
import { signIn, useConsole } from './console';
import type { PageRecord } from './chromium';

const h = useConsole();
const world = generateWorld();
const HOUSING = world.departments.find((d) => d.kind === 'HOUSING')!.id;
let page: Page;
let record: PageRecord;
let n = 0;

afterEach(() => {
  if (!record) return;
  expect(record.pageErrors).toEqual([]);
  expect(record.consoleErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
});

/** This month in Beijing time, as the page's 月度 picker names it, and its [from, to). */
function thisMonth(): { at: string; from: string; to: string } {
  const local = new Date(Date.now() + 8 * 3_600_000);
  const [y, m] = [local.getUTCFullYear(), local.getUTCMonth()];
  return { at: local.toISOString().slice(0, 7), from: new Date(Date.UTC(y, m, 1) - 8 * 3_600_000).toISOString(), to: new Date(Date.UTC(y, m + 1, 1) - 8 * 3_600_000).toISOString() };
}

// The page's formats, written independently: 2,416 and 95.83%.
const count = (v: number) => v.toLocaleString('en-US');
const pct = (v: number | null) => (v === null ? '—' : `${(Math.round(v * 10000) / 100).toFixed(2)}%`);

async function must<T = any>(query: string, variables: Record<string, unknown>, username = 'admin'): Promise<T> {
  const p = h.platform();
  const r = await p.gql<T>(query, variables, await p.login(username));
  if (r.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
  return r.data!;
}

/**
 * Until supervision's read model holds the case in `status` (and, for a replayed event, with that
 * acceptance time): the log reader holds back events while any older transaction of the server is in
 * flight, so one drain may not yet see an event just appended.
 */
async function drain(caseId: string, status: string, acceptedAt?: string, leaderId?: string): Promise<void> {
  const p = h.platform();
  const runtime = (p.services.supervision as SupervisionServer).runtime;
  for (let i = 0; i < 400; i++) {
    await runtime.drain();
    const rows = await p.sql<{ status: string; accepted: boolean; leader_id: string | null }>(
      `SELECT status, leader_id::text, accepted_at IS NOT DISTINCT FROM $2::timestamptz OR $2 IS NULL AS accepted FROM supervision.case_read WHERE case_id = $1`,
      [caseId, acceptedAt ?? null]);
    if (rows[0]?.status === status && rows[0].accepted && (!leaderId || rows[0].leader_id === leaderId)) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`supervision never took in case ${caseId} as ${status}`);
}

/** A case taken in by `username` in its own region, brought to `stage` by the county desk; returns id and code. */
async function caseIn(username: string, stage: 'REGISTERED' | 'ACCEPTED' | 'RESOLVED', complexity = 'GENERAL', type = 'NEIGHBOUR') {
  n += 1;
  const me = await must<{ me: { region: { id: string } } }>(`{ me { region { id } } }`, {}, username);
  const { intakeCase } = await must<{ intakeCase: { id: string; code: string } }>(`mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id code } }`, {
    input: { idempotencyKey: `stats-browser-${Date.now()}-${n}`, title: `统计测试案件${n}`, description: '邻里因排水沟堵塞发生纠纷，请求协调处理。', channel: n % 2 ? 'WINDOW' : 'HOTLINE_12345',
      type, regionId: me.me.region.id, parties: [{ name: '陈某', role: 'APPLICANT', phone: '13912345678' }, { name: '李某', role: 'RESPONDENT' }] },
  }, username);
  const id = intakeCase.id;
  if (stage !== 'REGISTERED') {
    await must(`mutation($id: ID!, $c: Complexity!) { acceptCase(id: $id, complexity: $c) { id } }`, { id, c: complexity }, 'county-dispatcher');
  }
  if (stage === 'RESOLVED') {
    await must(`mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId: id, leadDepartmentId: HOUSING, departmentIds: [HOUSING] } }, 'county-dispatcher');
    await must(`mutation($id: ID!) { startMediation(id: $id) { id } }`, { id }, 'county-dispatcher');
    await must(`mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`, { input: { caseId: id, outcome: 'RESOLVED', agreement: '双方同意共同清理排水沟' } }, 'county-dispatcher');
  }
  await drain(id, stage);
  return intakeCase;
}

const STATS = `query($r: ID!, $f: DateTime!, $t: DateTime!) { stats(regionId: $r, from: $f, to: $t) {
  received accepted resolved resolutionRate closed closureRate overdue rated satisfactionRate
  byLevel { level count share }
  byRegion { code own region { id name } received accepted resolved resolutionRate closed closureRate overdue satisfactionRate }
  byMonth { month received accepted resolved resolutionRate closed closureRate overdue satisfactionRate }
  byType { type received accepted resolved resolutionRate closed closureRate }
  byChannel { channel received accepted resolved resolutionRate closed closureRate }
  byDepartment { department { id } received accepted resolved resolutionRate closed closureRate }
  byResolutionMode { mode received accepted resolved resolutionRate closed closureRate }
  leaderOwned { received accepted resolved resolutionRate closed closureRate } } }`;

type Measures = { received: number; accepted: number; resolved: number; resolutionRate: number; closed: number; closureRate: number; overdue?: number; satisfactionRate?: number | null };
const cells = (m: Measures, extended: boolean) => [count(m.received), count(m.accepted), count(m.resolved), pct(m.resolutionRate), count(m.closed), pct(m.closureRate),
  ...(extended ? [count(m.overdue!), pct(m.satisfactionRate ?? null)] : [])];

async function rowCells(table: string, key: string): Promise<string[]> {
  const tds = page.getByTestId(table).getByTestId(`row-${key}`).locator('td');
  return (await tds.allInnerTexts()).map((t) => t.trim());
}

async function statValue(key: string): Promise<string> {
  return (await page.getByTestId(`stat-${key}`).locator('.ant-statistic-content-value').innerText()).trim();
}

/** Every figure of the page against the direct query: cards, and every row of every table with its 合计. */
async function expectPageEquals(s: any): Promise<void> {
  expect({
    received: await statValue('received'), accepted: await statValue('accepted'), resolved: await statValue('resolved'), resolutionRate: await statValue('resolutionRate'),
    closed: await statValue('closed'), closureRate: await statValue('closureRate'), satisfactionRate: await statValue('satisfactionRate'), overdue: await statValue('overdue'),
  }).toEqual({
    received: count(s.received), accepted: count(s.accepted), resolved: count(s.resolved), resolutionRate: pct(s.resolutionRate), closed: count(s.closed), closureRate: pct(s.closureRate),
    satisfactionRate: pct(s.satisfactionRate), overdue: count(s.overdue),
  });
  const tables: [string, string, any[], (m: any) => string, boolean][] = [
    ['table-month', 'byMonth', s.byMonth, (m) => m.month, true],
    ['table-region', 'byRegion', s.byRegion, (m) => m.code, true],
    ['table-type', 'byType', s.byType, (m) => m.type, false],
    ['table-channel', 'byChannel', s.byChannel, (m) => m.channel, false],
    ['table-department', 'byDepartment', s.byDepartment, (m) => m.department?.id ?? 'none', false],
    ['table-mode', 'byResolutionMode', s.byResolutionMode, (m) => m.mode ?? 'none', false],
  ];
  for (const [table, name, rows, keyOf, extended] of tables) {
    expect([name, await page.getByTestId(table).getByTestId(/^row-(?!total)/).count()]).toEqual([name, rows.length]);
    for (const m of rows) expect([name, keyOf(m), (await rowCells(table, keyOf(m))).slice(1)]).toEqual([name, keyOf(m), cells(m, extended)]);
    expect([name, (await rowCells(table, 'total')).slice(1)]).toEqual([name, cells(s, extended)]);
  }
  for (const l of s.byLevel) expect((await rowCells('table-level', l.level)).slice(1, 3)).toEqual([count(l.count), pct(l.share)]);
  const led = s.leaderOwned;
  expect((await page.getByTestId('section-leader').locator('.ant-descriptions-item-content').allInnerTexts()).map((t) => t.trim())).toEqual([
    count(led.received), count(led.accepted), count(led.resolved), pct(led.resolutionRate), count(led.closed), pct(led.closureRate),
  ]);
}

/** Until a list of the 督办 page has its data: its pager says it is not loading, and the spinner's fade is over. */
async function settled(list: 'overdue' | 'warning' | 'letters' | 'risks'): Promise<void> {
  await page.locator(`[data-testid="${list}-pager"][data-loading="false"]`).waitFor({ timeout: 15_000 });
  await page.waitForTimeout(400);
}

async function openStatistics(username: string, query: string): Promise<void> {
  ({ page, record } = await h.open());
  await signIn(page, h.base(), username, `/statistics?${query}`);
  await page.locator('[data-testid="statistics-result"][data-loading="false"]').waitFor({ timeout: 30_000 });
}

describe('统计', () => {
  let townA: { id: string; code: string; name: string };
  let county: { id: string; code: string; name: string };
  beforeAll(async () => {
    const me = await must<{ me: { region: { id: string; code: string; name: string; parent: { id: string; code: string; name: string } } } }>(
      `{ me { region { id code name parent { id code name } } } }`, {}, 'town-a-operator');
    townA = me.me.region;
    county = me.me.region.parent;
    // This month's own cases, besides whatever the demo world holds: resolved and rated, accepted, registered, in two towns and a village.
    const resolved = await caseIn('village-a-operator', 'RESOLVED');
    await must(`mutation($c: ID!) { recordFollowUp(caseId: $c, rating: SATISFIED) { rating } }`, { c: resolved.id }, 'county-supervisor');
    const unhappy = await caseIn('town-a-operator', 'RESOLVED', 'GENERAL', 'DEBT');
    await must(`mutation($c: ID!) { recordFollowUp(caseId: $c, rating: UNSATISFIED, comment: "赔偿款未到位") { rating } }`, { c: unhappy.id }, 'county-supervisor');
    // A wage case the county's leader takes personally (领导包案), moved to professional mediation.
    const wages = await caseIn('town-b-operator', 'ACCEPTED', 'COMPLEX', 'LABOUR_WAGES');
    const taken = await must<{ takeCase: { leader: { id: string } } }>(`mutation($id: ID!) { takeCase(id: $id, note: "欠薪案件领导包案") { leader { id } } }`, { id: wages.id }, 'county-supervisor');
    await must(`mutation($input: ChangeResolutionModeInput!) { changeResolutionMode(input: $input) { id } }`,
      { input: { caseId: wages.id, mode: 'PROFESSIONAL', reason: '涉及劳动保障专业问题，转人社部门专业调解' } }, 'county-dispatcher');
    await drain(wages.id, 'ACCEPTED', undefined, taken.takeCase.leader.id);
    await caseIn('county-operator', 'REGISTERED');
    await caseIn('village-b-operator', 'ACCEPTED');
  }, 120_000);

  it('shows the county supervisor the same numbers as a direct stats query, in cards and tables', async () => {
    const month = thisMonth();
    const { stats } = await must(STATS, { r: county.id, f: month.from, t: month.to }, 'county-supervisor');
    expect(stats.received).toBeGreaterThanOrEqual(5);
    // The county desk's REGISTERED request is received (登记) but not accepted (受理).
    expect(stats.accepted).toBeLessThan(stats.received);
    expect(stats.byRegion.some((r: any) => r.region?.id === townA.id)).toBe(true);
    // The leader's wage case, in professional mediation.
    expect(stats.leaderOwned.accepted).toBeGreaterThanOrEqual(1);
    expect(stats.byResolutionMode.find((m: any) => m.mode === 'PROFESSIONAL')?.accepted).toBeGreaterThanOrEqual(1);
    await openStatistics('county-supervisor', `period=month&at=${month.at}`);
    await expect(page.getByTestId('main-menu').innerText()).resolves.toContain('统计');
    await expect(page.locator('.ant-card-head-title').first().innerText()).resolves.toBe(`${county.name} · ${Number(month.at.slice(0, 4))}年${Number(month.at.slice(5))}月`);
    await expectPageEquals(stats);
    // The towns by name in the region table; the charts drew (a canvas each).
    await expect(page.getByTestId('table-region').innerText()).resolves.toContain(townA.name);
    for (const chart of ['level', 'month', 'region', 'type', 'channel', 'department', 'mode']) await page.getByTestId(`chart-${chart}`).locator('canvas').first().waitFor();
    await h.chromium.screenshot(page, 'statistics');
    await page.getByTestId('section-region').scrollIntoViewIfNeeded();
    await h.chromium.screenshot(page, 'statistics-regions');
    await page.getByTestId('section-department').scrollIntoViewIfNeeded();
    await h.chromium.screenshot(page, 'statistics-breakdowns');
    await page.getByTestId('section-leader').scrollIntoViewIfNeeded();
    await h.chromium.screenshot(page, 'statistics-modes');
  });

  it('changes the period with the pickers (年度) and still equals the direct query', async () => {
    await page.getByTestId('period-kind').getByText('年度').click();
    await page.waitForURL(/period=year/);
    await page.locator('[data-testid="statistics-result"][data-loading="false"]').waitFor();
    const y = Number(thisMonth().at.slice(0, 4));
    const f = new Date(Date.UTC(y, 0, 1) - 8 * 3_600_000).toISOString();
    const t = new Date(Date.UTC(y + 1, 0, 1) - 8 * 3_600_000).toISOString();
    const { stats } = await must(STATS, { r: county.id, f, t }, 'county-supervisor');
    await expect(page.locator('.ant-card-head-title').first().innerText()).resolves.toBe(`${county.name} · ${y}年`);
    expect(stats.byMonth).toHaveLength(12);
    await expectPageEquals(stats);
    await page.getByTestId('section-month').scrollIntoViewIfNeeded();
    await page.getByTestId('chart-month').locator('canvas').first().waitFor();
    await h.chromium.screenshot(page, 'statistics-year-trend');
  });

  it('shows a town operator its town only, split by village, and refuses the county', async () => {
    const month = thisMonth();
    const { stats } = await must(STATS, { r: townA.id, f: month.from, t: month.to }, 'town-a-operator');
    await openStatistics('town-a-operator', `period=month&at=${month.at}`);
    await expect(page.locator('.ant-card-head-title').first().innerText()).resolves.toContain(townA.name);
    await expectPageEquals(stats);
    for (const r of stats.byRegion) expect(r.code.startsWith(townA.code)).toBe(true);
    // The county by URL: the graph refuses it, the page says so and shows no figures.
    await page.goto(`${h.base()}/statistics?region=${county.id}&period=month&at=${month.at}`);
    await page.getByTestId('statistics-error').waitFor();
    await expect(page.getByTestId('statistics-error').innerText()).resolves.toMatch(/统计数据加载失败/);
    expect(await page.getByTestId('stat-received').count()).toBe(0);
    await h.chromium.screenshot(page, 'statistics-town-refused');
  });
});

describe('督办', () => {
  let late: { id: string; code: string };
  beforeAll(async () => {
    // Accepted (SIMPLE: one day) ten days ago: the acceptance snapshot replayed with that time, then the scheduler's tick.
    late = await caseIn('village-a-operator', 'ACCEPTED', 'SIMPLE', 'LABOUR_WAGES');
    const p = h.platform();
    const [last] = await p.sql<{ snapshot: CaseSnapshot }>(
      `SELECT data->'case' AS snapshot FROM events.dispatch_event WHERE case_id = $1 AND data ? 'case' ORDER BY tx DESC, id DESC LIMIT 1`, [late.id]);
    const before = new Date(Date.now() - 10 * 86_400_000).toISOString();
    // It entered its ladder step then too: the step's clock (村调委, 2 working days) ran out long ago.
    const snapshot: CaseSnapshot = { ...last.snapshot, receivedAt: before, acceptedAt: before, stepEnteredAt: before };
    await p.dataSource('supervision').transaction((m) => appendEvents(m, [{
      kind: 'CASE_ACCEPTED', source: 'cases', regionId: snapshot.regionId, regionCode: snapshot.regionCode, caseId: late.id, occurredAt: new Date(before), data: { case: snapshot },
    }]));
    const runtime = (p.services.supervision as SupervisionServer).runtime;
    await drain(late.id, 'ACCEPTED', before);
    await runtime.tick();
    const [d] = await p.sql<{ overdue: boolean }>(`SELECT overdue FROM supervision.case_read WHERE case_id = $1`, [late.id]);
    expect(d.overdue).toBe(true);
  }, 120_000);

  it('lists the overdue case for the county supervisor, with its 督办函, and leads to the case file', async () => {
    ({ page, record } = await h.open());
    await signIn(page, h.base(), 'county-supervisor', '/supervision');
    await expect(page.getByTestId('main-menu').innerText()).resolves.toContain('督办');
    const row = page.getByTestId(`overdue-row-${late.code}`);
    await row.waitFor({ timeout: 30_000 });
    await expect(row.innerText()).resolves.toMatch(/超期/);
    await settled('overdue');
    await h.chromium.screenshot(page, 'supervision-overdue');
    // The 督办函 the scheduler issued is in the letters tab.
    await page.getByRole('tab', { name: '督办文书' }).click();
    await page.waitForURL(/tab=letters/);
    await page.getByTestId('letters-table').locator('tr', { hasText: late.code }).filter({ hasText: '督办函' }).first().waitFor({ timeout: 15_000 });
    await settled('letters');
    await h.chromium.screenshot(page, 'supervision-letters');
    // Only the 督办函 when that kind is chosen.
    await page.getByTestId('letters-kind').click();
    await page.locator('.ant-select-item-option', { hasText: '督办函' }).click();
    await settled('letters');
    const kinds = await page.getByTestId('letters-table').locator('tbody tr.ant-table-row').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    for (const k of kinds) expect(k).toContain('督办函');
    await page.getByRole('tab', { name: '风险预警' }).click();
    await settled('risks');
    await h.chromium.screenshot(page, 'supervision-risks');
    await page.getByRole('tab', { name: '问责情况' }).click();
    await page.getByTestId('accountability-table').waitFor();
    // The unsatisfied visit of the 统计 setup, charged to its lead department.
    await page.getByTestId('accountability-table').getByText(world.departments.find((d) => d.id === HOUSING)!.name).waitFor({ timeout: 15_000 });
    await h.chromium.screenshot(page, 'supervision-accountability');
    await page.getByRole('tab', { name: '超期案件' }).click();
    await page.getByTestId(`overdue-row-${late.code}`).getByRole('link', { name: late.code }).click();
    await page.waitForURL(new RegExp(`/cases/${late.id}$`));
    await page.getByText(late.code).first().waitFor();
  });

  it('does not show the other town\'s operator that case', async () => {
    ({ page, record } = await h.open());
    await signIn(page, h.base(), 'town-b-operator', '/supervision?tab=overdue');
    await page.getByTestId('overdue-pager').waitFor();
    await settled('overdue');
    expect(await page.getByTestId(`overdue-row-${late.code}`).count()).toBe(0);
    // 问责情况 is the supervisors' and dispatchers' (access map), not a window operator's.
    expect(await page.getByRole('tab', { name: '问责情况' }).count()).toBe(0);
  });
});
