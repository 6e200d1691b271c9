/**
 * Deadlines on the 四级七天 ladder in Chromium: the seed's land dispute, reported by the grid worker and
 * escalated to the village committee through the graph, then stalled there — its escalation is
 * replayed into the log four days earlier, as the cases subgraph would have written it then, and the
 * scheduler ticks. The county supervisor's 督办 list shows the step and the step's deadline; the case
 * file shows the current step, its deadline, the overall deadline, and the 督办函 naming the step.
 *
 * The by-the-book path in real time, through the screens (the gateway version is
 * services/supervision/test/ladder-story.e2e.test.ts): the grid worker takes the same land dispute in,
 * the village station accepts it (受理告知单) and moves it up to the village committee and on to the town
 * center, the town center to the town government and on to the county center, where the dispatcher
 * hands it to 自然资源局 (交办单). At each step the case file shows the step, its deadline and the overall
 * deadline Case.supervision computes, never overdue (no 督办函; going up four times does raise 多次上行 and
 * its 风险预警函), and the ledger gains the step; at the end the county's 统计 of this month moves by this
 * one case.
 */
import type { Page } from 'playwright-core';
import { appendEvents, type CaseSnapshot } from '@zz/events';
import { generateWorld } from '@zz/demo-world';
import type { SupervisionServer } from '@zz/supervision';
import { signIn, useConsole, useSignedInPages } from './console';
import * as steps from './intake-steps';
import { cst, flat, see, statCard, statRow, statisticsLoaded, supervisionCaughtUp as caughtUp, thisMonth, until } from './story-steps';
import type { PageRecord } from './chromium';

jest.setTimeout(180_000);

const h = useConsole();
const asUser = useSignedInPages(h);
const world = generateWorld();
const townA = world.regions.filter((r) => r.level === 'TOWN')[0];
const villageA = world.regions.filter((r) => r.parentId === townA.id)[0];
const gridA = world.regions.filter((r) => r.parentId === villageA.id)[0];
let page: Page;
let record: PageRecord | undefined;
let stalled: { id: string; code: string };

/** Beijing time as the page writes it short: 03-05 09:00. */
const short = (iso: string) => cst(iso).slice(5);

afterEach(() => {
  if (!record) return; // the story's pages are held to the same bar by useSignedInPages
  expect(record.pageErrors).toEqual([]);
  expect(record.consoleErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
  record = undefined;
});

async function must<T = any>(query: string, variables: Record<string, unknown>, username: string): Promise<T> {
  const p = h.platform();
  const r = await p.gql<T>(query, variables, await p.login(username));
  if (r.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
  return r.data!;
}

type Sv = { ladderStepName: string; stepDeadlineAt: string; overallDeadlineAt: string; overdue: boolean; letters: { kind: string; stepName: string | null }[] };
const supervisionOf = async (id: string) =>
  (await must<{ case: { supervision: Sv } }>(`query($id: ID!) { case(id: $id) { supervision { ladderStepName stepDeadlineAt overallDeadlineAt overdue
    letters { kind stepName } } } }`, { id }, 'county-supervisor')).case.supervision;

beforeAll(async () => {
  const p = h.platform();
  const { intakeCase } = await must<{ intakeCase: { id: string; code: string } }>(`mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id code } }`, {
    input: {
      idempotencyKey: `ladder-browser-${Date.now()}`, title: '何某拖欠地租及灌溉水费纠纷', channel: 'GRID', type: 'LAND', regionId: gridA.id, amountInDispute: '4800.00',
      description: '村民反映土地承包方何某未支付地租款且拖欠灌溉水费，网格员上门初调受阻。',
      parties: [{ name: '邱国华', role: 'APPLICANT', phone: '13912340001' }, { name: '何志强', role: 'RESPONDENT', phone: '13912340002' }],
    },
  }, 'grid-a-worker');
  stalled = intakeCase;
  await must(`mutation($id: ID!) { acceptCase(id: $id, complexity: GENERAL) { id } }`, { id: stalled.id }, 'village-a-operator');
  await must(`mutation($id: ID!) { escalateCase(id: $id, reason: "网格员初调受阻，提交村调委") { id } }`, { id: stalled.id }, 'village-a-operator');

  const [last] = await p.sql<{ snapshot: CaseSnapshot }>(
    `SELECT data->'case' AS snapshot FROM events.dispatch_event WHERE case_id = $1 AND data ? 'case' ORDER BY tx DESC, id DESC LIMIT 1`, [stalled.id]);
  expect(last.snapshot).toMatchObject({ ladderStep: 'VILLAGE_COMMITTEE', ladderStepName: '村调委', stepDays: 2, laterStepDays: 4 });
  const before = new Date(Date.now() - 4 * 86_400_000 - 3_600_000).toISOString();
  const snapshot: CaseSnapshot = { ...last.snapshot, receivedAt: before, acceptedAt: before, stepEnteredAt: before };
  await p.dataSource('supervision').transaction((m) => appendEvents(m, [{
    kind: 'CASE_ESCALATED', source: 'cases', regionId: snapshot.regionId, regionCode: snapshot.regionCode, caseId: stalled.id, occurredAt: new Date(before), data: { case: snapshot },
  }]));
  const runtime = (p.services.supervision as SupervisionServer).runtime;
  for (let i = 0; i < 400; i++) {
    await runtime.drain();
    const [d] = await p.sql<{ started: boolean }>(`SELECT started_at = $2::timestamptz AS started FROM supervision.deadline WHERE case_id = $1`, [stalled.id, before]);
    if (d?.started) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  await runtime.tick();
  const sv = await supervisionOf(stalled.id);
  expect(sv).toMatchObject({ ladderStepName: '村调委', overdue: true });
  expect(sv.letters.filter((l) => l.kind === 'SUPERVISION').map((l) => l.stepName)).toEqual(['村调委']);
}, 120_000);

it('lists the stalled case on the 督办 board with its step and the step deadline', async () => {
  ({ page, record } = await h.open({ viewport: { width: 1600, height: 900 } }));
  await signIn(page, h.base(), 'county-supervisor', '/supervision');
  const row = page.getByTestId(`overdue-row-${stalled.code}`);
  await row.waitFor({ timeout: 30_000 });
  const sv = await supervisionOf(stalled.id);
  await expect(row.getByTestId('row-step').innerText()).resolves.toBe('村调委');
  await expect(row.innerText()).resolves.toContain(short(sv.stepDeadlineAt));
  await page.locator('[data-testid="overdue-pager"][data-loading="false"]').waitFor({ timeout: 15_000 });
  await h.chromium.screenshot(page, 'ladder-supervision-overdue');
});

it('shows the current step, its deadline, the overall deadline and the 督办函 naming the step in the case file', async () => {
  ({ page, record } = await h.open({ viewport: { width: 1600, height: 1000 } }));
  await signIn(page, h.base(), 'county-supervisor', `/cases/${stalled.id}`);
  const panel = page.getByTestId('case-supervision');
  await panel.getByTestId('ladder-step').waitFor({ timeout: 30_000 });
  const sv = await supervisionOf(stalled.id);
  await expect(panel.getByTestId('ladder-step').innerText()).resolves.toBe('村调委');
  await expect(panel.getByTestId('step-deadline').innerText()).resolves.toBe(cst(sv.stepDeadlineAt));
  await expect(panel.getByTestId('overall-deadline').innerText()).resolves.toBe(cst(sv.overallDeadlineAt));
  await expect(panel.getByTestId('deadline-state').innerText()).resolves.toBe('已超期');
  // The county stored no rules of its own: the case runs on the start-up configuration, and says so.
  await expect(page.getByTestId('case-policy-version').innerText()).resolves.toBe('按启动配置计算');
  const letter = panel.locator('[data-testid="letter"][data-kind="SUPERVISION"]');
  await expect(letter.getByTestId('letter-step').innerText()).resolves.toBe('针对「村调委」一级');
  await panel.scrollIntoViewIfNeeded();
  await h.chromium.screenshot(page, 'ladder-case-file-supervision');
});

type Letter = { id: string; kind: string; number: string; dueAt: string | null; to: { id: string; name: string } | null };
type Story = {
  handlingCenter: { name: string }; escalationCount: number; history: { action: string }[];
  supervision: { state: string; overdue: boolean; deadlineAt: string; ladderStepName: string | null; stepDeadlineAt: string | null; overallDeadlineAt: string; letters: Letter[] };
};
const storyOf = async (id: string) => (await must<{ case: Story }>(`query($id: ID!) { case(id: $id) { handlingCenter { name } escalationCount history { action }
  supervision { state overdue deadlineAt ladderStepName stepDeadlineAt overallDeadlineAt letters { id kind number dueAt to { id name } } } } }`, { id }, 'county-supervisor')).case;

/**
 * One step of the ladder as the case file shows it, once supervision has taken it in: the step, its
 * deadline (or that the top has none), the overall deadline and the deadline in the head, all as
 * Case.supervision has them; 正常, never 已超期; and the ledger's own steps equal to the graph's history.
 */
async function stepShown(p: Page, id: string, stepName: string, actions: string[]): Promise<Story> {
  await caughtUp(h.platform());
  const c = await until(`supervision at ${stepName}`, async () => {
    const got = await storyOf(id);
    return got.supervision.ladderStepName === stepName && got.history.length === actions.length ? got : null;
  });
  const sv = c.supervision;
  expect(sv).toMatchObject({ state: 'ON_TRACK', overdue: false });
  expect(c.history.map((e) => e.action)).toEqual(actions);
  // The step's time is still ahead, and the ladder's end is no earlier than the step's.
  if (sv.stepDeadlineAt) {
    expect(Date.parse(sv.stepDeadlineAt)).toBeGreaterThan(Date.now());
    expect(Date.parse(sv.overallDeadlineAt)).toBeGreaterThanOrEqual(Date.parse(sv.stepDeadlineAt));
  } else {
    expect(sv.overallDeadlineAt).toBe(sv.deadlineAt);
  }
  const panel = p.getByTestId('case-supervision');
  await see(p, panel
    .filter({ has: p.locator(`[data-testid="ladder-step"]:text-is("${stepName}")`) })
    .filter({ has: p.locator(`[data-testid="overall-deadline"]:text-is("${cst(sv.overallDeadlineAt)}")`) }));
  await expect(panel.getByTestId('step-deadline').innerText()).resolves.toBe(sv.stepDeadlineAt ? cst(sv.stepDeadlineAt) : '本级不设时限，按繁简程度计');
  await expect(panel.getByTestId('deadline-state').innerText()).resolves.toBe('正常');
  const facts = await p.getByTestId('case-facts').innerText();
  expect(facts).toContain(stepName);
  expect(facts).toContain(c.handlingCenter.name);
  expect(facts).toContain(cst(sv.deadlineAt));
  expect(await p.getByTestId('case-header').innerText()).not.toContain('超期');
  const ledger = p.getByTestId('case-ledger');
  const last = actions[actions.length - 1];
  await see(p, ledger.locator(`[data-testid="ledger-entry"][data-action="${last}"]`).nth(actions.filter((a) => a === last).length - 1));
  const shown = await ledger.getByTestId('ledger-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
  expect(shown.filter((a) => a !== 'letter' && a !== 'followUp')).toEqual(actions);
  if (c.escalationCount > 0) await expect(p.getByTestId('case-header').innerText()).resolves.toContain(`已上行 ${c.escalationCount} 次`);
  return c;
}

/** 上行 in the case file with the reason the staff member writes; the ledger entry carries the reason. */
async function escalate(p: Page, reason: string): Promise<void> {
  await p.getByTestId('action-escalate').click();
  const modal = p.getByTestId('modal-escalate');
  await modal.waitFor();
  await p.getByRole('dialog').getByLabel('理由').fill(reason);
  await p.getByTestId('modal-escalate-submit').click();
  await modal.waitFor({ state: 'detached', timeout: 30_000 });
  await see(p, p.getByTestId('case-ledger').locator('[data-testid="ledger-entry"][data-action="escalate"]', { hasText: reason }));
}

const naturalResources = world.departments.find((d) => d.name === '自然资源局')!;
/**
 * What this story moves on the 统计 page: the cards, and the rows of its type (土地纠纷), its channel (网格上报)
 * and the department it was handed to (an absent row reads 0).
 */
async function figures(p: Page): Promise<Record<string, number>> {
  await statisticsLoaded(p);
  const out: Record<string, number> = {};
  for (const key of ['received', 'accepted', 'resolved', 'overdue']) out[key] = await statCard(p, key);
  for (const [table, row] of [['table-type', 'LAND'], ['table-channel', 'GRID'], ['table-department', naturalResources.id]]) Object.assign(out, flat(table, await statRow(p, table, row)));
  return out;
}

it('the land dispute handled by the book up the ladder in the console: grid worker, village, town, county — each step on time, on the ledger, its documents and 统计', async () => {
  // 统计 before the story: this month's county figures as the county supervisor reads them.
  await caughtUp(h.platform());
  const stats = await asUser('county-supervisor', `/statistics?period=month&at=${thisMonth()}`);
  const before = await figures(stats);

  // The grid worker takes the dispute in (网格上报) for the grid, from the intake screen.
  const grid = await asUser('grid-a-worker', '/intake');
  await grid.getByTestId('intake-form').waitFor();
  await steps.choose(grid, 'intake-channel', '网格上报');
  const title = '何某拖欠地租及灌溉水费纠纷';
  await steps.fillIntake(grid, {
    type: '土地', title, amount: '4800.00',
    description: '村民反映土地承包方何某未支付地租款且拖欠灌溉水费，网格员上门初调。',
    applicants: [{ name: '邱国华', phone: '13900001001' }], respondents: [{ name: '何志强', phone: '13900002001' }],
  });
  await grid.getByTestId('intake-submit').click();
  // The stalled case above is the same dispute: the grid worker saves anyway (it is a new report).
  await grid.getByTestId('intake-done').or(grid.getByTestId('duplicates-confirm')).first().waitFor({ timeout: 30_000 });
  if (await grid.getByTestId('duplicates-confirm').isVisible()) await grid.getByTestId('duplicates-save-anyway').click();
  await grid.getByTestId('intake-done').waitFor({ timeout: 30_000 });
  const code = (await grid.getByTestId('intake-code').innerText()).trim();
  await grid.getByTestId('intake-open-case').click();
  await grid.getByTestId('case-file').waitFor();
  const id = new URL(grid.url()).pathname.split('/').pop()!;
  await expect(grid.getByTestId('case-code').innerText()).resolves.toBe(code);
  await expect(grid.getByTestId('case-status').getAttribute('data-status')).resolves.toBe('REGISTERED');
  await expect(grid.getByTestId('case-facts').innerText()).resolves.toContain('网格上报');
  await see(grid, grid.getByTestId('case-ledger').locator('[data-testid="ledger-entry"][data-action="intake"]'));

  // The village station accepts it (一般): the grid worker's step runs, and the 受理告知单 is issued.
  const village = await asUser('village-a-operator', `/cases/${id}`);
  await village.getByTestId('action-accept').click();
  await village.getByRole('dialog').getByText('一般（5天）').click();
  await village.getByTestId('modal-accept-submit').click();
  await village.locator('[data-testid="case-status"][data-status="ACCEPTED"]').waitFor({ timeout: 20_000 });
  const atGrid = await stepShown(village, id, '网格员', ['intake', 'accept']);
  const notice = atGrid.supervision.letters.find((l) => l.kind === 'ACCEPTANCE_NOTICE')!;
  expect(notice).toBeDefined();
  const noticeShown = village.locator('[data-testid="letter"][data-kind="ACCEPTANCE_NOTICE"]');
  await see(village, noticeShown);
  await expect(noticeShown.innerText()).resolves.toContain(notice.number);
  await expect(village.getByTestId('case-ledger').locator('[data-testid="ledger-entry"][data-action="letter"]', { hasText: notice.number }).count()).resolves.toBe(1);
  await village.getByTestId('case-supervision').scrollIntoViewIfNeeded();
  await h.chromium.screenshot(village, 'ladder-story-accepted');

  // Up the ladder, each step by the center that holds it.
  await escalate(village, '网格员初调受阻，提交村调委');
  const atCommittee = await stepShown(village, id, '村调委', ['intake', 'accept', 'escalate']);
  await escalate(village, '村调委调解未果，提交镇综治中心');
  await stepShown(village, id, '镇综治中心（司法所）', ['intake', 'accept', 'escalate', 'escalate']);
  const town = await asUser('town-a-operator', `/cases/${id}`);
  const atTownCenter = await stepShown(town, id, '镇综治中心（司法所）', ['intake', 'accept', 'escalate', 'escalate']);
  expect(atTownCenter.handlingCenter.name).not.toBe(atCommittee.handlingCenter.name); // the town center's queue now
  await escalate(town, '司法所调解未果，提请镇党委政府');
  await stepShown(town, id, '镇党委政府', ['intake', 'accept', 'escalate', 'escalate', 'escalate']);
  await town.getByTestId('case-supervision').scrollIntoViewIfNeeded();
  await h.chromium.screenshot(town, 'ladder-story-town-government');
  await escalate(town, '镇党委政府协调未果，提请县综治中心');
  const atCounty = await stepShown(town, id, '县综治中心', ['intake', 'accept', 'escalate', 'escalate', 'escalate', 'escalate']);
  expect(atCounty.escalationCount).toBe(4);

  // At the county center the dispatcher hands it to 自然资源局: the 交办单, on the case file and its print page.
  const county = await asUser('county-dispatcher', `/cases/${id}`);
  await county.getByTestId('action-assign').click();
  await county.getByTestId('modal-assign').waitFor();
  const lead = county.getByRole('dialog').getByLabel('牵头部门', { exact: true });
  const leadSelect = lead.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  for (let attempt = 0; attempt < 3 && !(await leadSelect.innerText()).includes('自然资源局'); attempt++) {
    await lead.click();
    await lead.fill('自然资源');
    await county.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '自然资源局' }).first().click();
    for (let i = 0; i < 20 && !(await leadSelect.innerText()).includes('自然资源局'); i++) await county.waitForTimeout(100);
  }
  const assignNote = '涉及土地承包合同及灌溉用水，请自然资源局牵头核查承包合同并组织调处';
  await county.getByRole('dialog').getByLabel('交办说明').fill(assignNote);
  await county.getByTestId('modal-assign-submit').click();
  await county.getByTestId('modal-assign').waitFor({ state: 'detached', timeout: 30_000 });
  await county.locator('[data-testid="case-status"][data-status="ASSIGNED"]').waitFor({ timeout: 20_000 });
  const assigned = await stepShown(county, id, '县综治中心', ['intake', 'accept', 'escalate', 'escalate', 'escalate', 'escalate', 'assign']);
  const slip = assigned.supervision.letters.find((l) => l.kind === 'ASSIGNMENT')!;
  expect(slip).toMatchObject({ to: { id: naturalResources.id, name: '自然资源局' } });
  const slipShown = county.locator('[data-testid="letter"][data-kind="ASSIGNMENT"]');
  await see(county, slipShown);
  const slipText = await slipShown.innerText();
  for (const part of [slip.number, '自然资源局', cst(slip.dueAt!)]) expect(slipText).toContain(part);
  await see(county, county.getByTestId('case-ledger').locator('[data-testid="ledger-entry"][data-action="letter"]', { hasText: slip.number }));
  // Never overdue on the way: no 督办函 was drawn. Going up four times did raise 多次上行 (ORANGE at two, RED at
  // three): its 风险预警函 are on the case file as well.
  const kinds = assigned.supervision.letters.map((l) => l.kind);
  expect(kinds).not.toContain('SUPERVISION');
  expect([...new Set(kinds)].sort()).toEqual(['ACCEPTANCE_NOTICE', 'ASSIGNMENT', 'RISK_WARNING']);
  await expect(county.locator('[data-testid="letter"][data-kind="RISK_WARNING"]').count()).resolves.toBe(kinds.filter((k) => k === 'RISK_WARNING').length);
  await expect(county.getByTestId('case-supervision').innerText()).resolves.toContain('多次上行');
  await county.getByTestId('case-supervision').scrollIntoViewIfNeeded();
  await h.chromium.screenshot(county, 'ladder-story-county-assigned');
  await county.goto(`${h.base()}/documents/${slip.id}/print`);
  await county.getByTestId('document-sheet').waitFor({ timeout: 30_000 });
  await expect(county.getByTestId('document-number').innerText()).resolves.toBe(slip.number);
  await expect(county.getByTestId('document-to').innerText()).resolves.toBe('自然资源局：');
  const body = await county.getByTestId('document-body').innerText();
  for (const part of [code, assignNote]) expect(body).toContain(part);
  expect(body).not.toContain('13900001001'); // no party's phone on the paper

  // 统计 after: this one case moved the county's month — received and accepted, under 土地纠纷, 网格上报 and
  // 自然资源局; nothing more overdue, nothing resolved yet.
  await caughtUp(h.platform());
  await stats.reload();
  const after = await figures(stats);
  const moved = Object.fromEntries(Object.keys(before).map((k) => [k, after[k] - before[k]]));
  expect(moved).toEqual({
    received: 1, accepted: 1, resolved: 0, overdue: 0,
    'table-type.received': 1, 'table-type.accepted': 1, 'table-type.resolved': 0,
    'table-channel.received': 1, 'table-channel.accepted': 1, 'table-channel.resolved': 0,
    'table-department.received': 1, 'table-department.accepted': 1, 'table-department.resolved': 0,
  });
  await stats.getByTestId('table-type').scrollIntoViewIfNeeded();
  await h.chromium.screenshot(stats, 'ladder-story-statistics');
});
