/**
 * 考核与问责 in Chromium against the whole platform (demo county). Three cases of 湖寮镇 are resolved by
 * the gold mediator for 住建 and rated 不满意 through the graph; then the county supervisor sees this
 * quarter's ranking (住建's score and breakdown as the graph computes it, 末位 marked, the manual score
 * of a 住建 officer beside it), the mediator in
 * the persons' ledger at 约谈 with the cases behind, records a 约谈 through the form, and exports this
 * month's 以案定补 list as CSV (its amounts equal the graph's).
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { generateWorld } from '@zz/demo-world';
import type { SupervisionServer } from '@zz/supervision';
import { signIn, useConsole } from './console';
import type { PageRecord } from './chromium';

jest.setTimeout(240_000);

const h = useConsole();
const world = generateWorld();
const HOUSING = world.departments.find((d) => d.kind === 'HOUSING')!;
const GOLD = world.users.find((u) => u.username === 'mediator-gold')!.mediatorId!;

let page: Page;
let record: PageRecord;
afterEach(() => {
  if (!record) return;
  expect(record.pageErrors).toEqual([]);
  expect(record.consoleErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
});

async function must<T = any>(query: string, variables: Record<string, unknown>, username = 'county-dispatcher'): Promise<T> {
  const p = h.platform();
  const r = await p.gql<T>(query, variables, await p.login(username));
  if (r.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
  return r.data!;
}

/** A 湖寮镇 case resolved by the gold mediator for 住建, rated 不满意 once supervision has it. */
async function unhappyCase(n: number): Promise<void> {
  const me = await must<{ me: { region: { id: string } } }>(`{ me { region { id } } }`, {}, 'town-a-operator');
  const { intakeCase } = await must<{ intakeCase: { id: string } }>(`mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, {
    input: { idempotencyKey: `evaluation-browser-${Date.now()}-${n}`, title: `安置小区排水改造邻里纠纷${n}`, description: '楼上住户改造排水管导致楼下渗水，双方多次协商未果。',
      channel: 'WINDOW', type: 'NEIGHBOUR', regionId: me.me.region.id, parties: [{ name: '钟某', role: 'APPLICANT' }, { name: '罗某', role: 'RESPONDENT' }] },
  }, 'town-a-operator');
  const id = intakeCase.id;
  await must(`mutation($id: ID!) { acceptCase(id: $id, complexity: GENERAL) { id } }`, { id });
  await must(`mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId: id, leadDepartmentId: HOUSING.id, departmentIds: [HOUSING.id], mediatorId: GOLD } });
  await must(`mutation($id: ID!) { startMediation(id: $id) { id } }`, { id });
  await must(`mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`, { input: { caseId: id, outcome: 'RESOLVED', agreement: '楼上住户负责修复渗水部位' } });
  const runtime = (h.platform().services.supervision as SupervisionServer).runtime;
  for (let i = 0; ; i++) {
    await runtime.drain();
    const [row] = await h.platform().sql<{ status: string }>(`SELECT status FROM supervision.case_read WHERE case_id = $1`, [id]);
    if (row?.status === 'RESOLVED') break;
    if (i > 400) throw new Error(`supervision never took in case ${id}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  await must(`mutation($c: ID!) { recordFollowUp(caseId: $c, rating: UNSATISFIED, comment: "渗水问题仍未修好") { rating } }`, { c: id }, 'county-supervisor');
}

describe('考核与问责', () => {
  it('shows the ranking with its breakdown, the persons\' ledger with a 约谈 recorded, and exports 以案定补', async () => {
    for (let i = 1; i <= 3; i++) await unhappyCase(i);
    const local = new Date(Date.now() + 8 * 3_600_000);
    const [year, quarter, month] = [local.getUTCFullYear(), Math.floor(local.getUTCMonth() / 3) + 1, local.toISOString().slice(0, 7)];
    const county = (await must<{ me: { region: { id: string } } }>(`{ me { region { id } } }`, {}, 'county-supervisor')).me.region.id;

    // The county center's manual evaluation of a 住建 stationed officer this quarter (personnel's recordEvaluation).
    const centers = (await must(`{ centers { id region { id } staff { id kind department { id } } } }`, {}, 'county-supervisor')).centers;
    const officer = centers.find((c: { region: { id: string } }) => c.region.id === county)
      .staff.find((s: { kind: string; department: { id: string } | null }) => s.kind === 'STATIONED' && s.department?.id === HOUSING.id);
    const manual = (await must(`mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { score staff { name } } }`,
      { input: { staffId: officer.id, year, quarter, score: 86.5, comment: '窗口接待规范，个别案件反馈不及时', replace: true } }, 'county-supervisor')).recordEvaluation;

    // 季度考核: 住建's row says what the graph says, item by item, with the manual score beside it.
    ({ page, record } = await h.open());
    await signIn(page, h.base(), 'county-supervisor', `/evaluation?tab=ranking&year=${year}&quarter=${quarter}`);
    await page.locator('[data-testid="ranking"][data-loading="false"]').waitFor({ timeout: 30_000 });
    const q = (await must(`query($r: ID!, $y: Int!, $q: Int!) { evaluationQuarter(regionId: $r, year: $y, quarter: $q) {
      departments { department { id } score bottom items { label points weight } } } }`, { r: county, y: year, q: quarter }, 'county-supervisor')).evaluationQuarter;
    const housing = q.departments.find((d: { department: { id: string } }) => d.department.id === HOUSING.id);
    const row = page.getByTestId('ranking-departments').locator('tr', { hasText: HOUSING.name });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain(housing.score.toFixed(1));
    for (const i of housing.items) if (i.points !== null) expect(text).toContain(`${i.label} ${i.points.toFixed(1)}/${i.weight}`);
    expect(text).toContain(`${manual.staff.name} 86.5（良好）`);
    expect(await page.getByTestId('ranking-departments').getByTestId('bottom-mark').count()).toBe(q.departments.filter((d: { bottom: boolean }) => d.bottom).length);
    await h.chromium.screenshot(page, 'evaluation-ranking');

    // 问责台账 (个人): the gold mediator at 约谈 with the three cases; record the 约谈.
    await page.getByRole('tab', { name: '问责台账' }).click();
    await page.getByTestId('ledger-kind').getByText('个人（调解员）').click();
    const ledger = (await must(`query($r: ID!, $y: Int!) { accountabilityLedger(regionId: $r, year: $y, subjectKind: MEDIATOR) {
      mediator { id name } cumulativeUnsatisfied status } }`, { r: county, y: year }, 'county-supervisor')).accountabilityLedger;
    const gold = ledger.find((r: { mediator: { id: string } }) => r.mediator.id === GOLD);
    expect(gold.cumulativeUnsatisfied).toBeGreaterThanOrEqual(3);
    const goldRow = page.getByTestId('ledger-table').locator('tr', { hasText: gold.mediator.name }).first();
    await goldRow.getByText(gold.status, { exact: true }).waitFor({ timeout: 15_000 });
    await goldRow.getByTestId(`summon-${GOLD}`).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('field-held-by').fill('县综治中心常务副主任 张国平');
    await dialog.getByTestId('field-outcome').fill('已约谈，要求一周内回访三案当事人，书面说明整改情况。');
    await dialog.getByRole('button', { name: '记录约谈' }).click();
    await dialog.waitFor({ state: 'detached' });
    await goldRow.locator('.ant-table-row-expand-icon').click();
    await page.getByTestId('ledger-summonses').getByText('县综治中心常务副主任 张国平').waitFor();
    expect(await page.getByTestId('ledger-cases').locator('.ant-tag').count()).toBe(gold.cumulativeUnsatisfied);
    await h.chromium.screenshot(page, 'evaluation-ledger');

    // 以案定补 for this month: the page's total is the graph's, and the CSV carries the same amounts.
    await page.goto(`${h.base()}/evaluation?tab=subsidy&month=${month}`);
    const report = (await must(`query($r: ID!, $m: String!) { caseSubsidies(regionId: $r, month: $m) { amount mediators { mediator { id name } amount } } }`,
      { r: county, m: month }, 'county-supervisor')).caseSubsidies;
    const mine = report.mediators.find((m: { mediator: { id: string } }) => m.mediator.id === GOLD);
    expect(mine.amount).toBeGreaterThanOrEqual(300); // three 邻里 cases at 100 元
    await page.getByTestId('subsidy-total').getByText(report.amount.toLocaleString('zh-CN')).waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('subsidy-export').click()]);
    expect(download.suggestedFilename()).toBe(`以案定补-${month}.csv`);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(`${month},${mine.mediator.name},小计,`);
    expect(csv.trim().split('\r\n').pop()).toMatch(new RegExp(`^${month},合计,,\\d+,\\d+,,${report.amount}$`));
    await h.chromium.screenshot(page, 'evaluation-subsidy');
  });
});
