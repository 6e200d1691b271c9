/**
 * 化解方式 and 领导包案 in the case file, in Chromium against the whole platform with supervision's jobs.
 * The first test is seed 003's wage arrears before the Spring Festival start to finish (the gateway version
 * is services/cases/test/leader.e2e.test.ts): the county ADMIN first stores rules whose holiday calendar
 * makes the coming working days the festival; 钟志明 and seven fellow workers are taken in at the town
 * window (即时调解) and accepted, the deadline skipping the holiday; the case is assigned to 人社局; the
 * county's leader 张卫东 takes it (领导包案: the head then names him); it goes to 专业调解 with a reason (a
 * missing reason turns the field red, nothing is written), fails there, and the leader moves it to 联合调解
 * （五方联调）, where it is resolved; after the 回访 the window closes it. At each step the case file shows
 * the ledger entry and the deadline the graph computes, the documents (受理告知单, 交办单) are on screen, and
 * at the end the county's 统计 of this month moves by this one case, 领导包案 figures included. The other
 * tests: naming a leader (指定包案领导), and 一人一案 for a high-risk case; roles without the grant (the
 * 12345 partner; an operator for 领导包案) do not see the buttons.
 */
import type { Page } from 'playwright-core';
import { generateWorld } from '@zz/demo-world';
import { useConsole, useSignedInPages, pickIn } from './console';
import * as steps from './intake-steps';
import { cst, flat, leaderLine, see, statCard, statRow, statisticsLoaded, supervisionCaughtUp as caughtUp, thisMonth, until } from './story-steps';

jest.setTimeout(180_000);

const h = useConsole({ jobs: true });
const asUser = useSignedInPages(h);
const world = generateWorld();
const county = world.regions.find((r) => r.level === 'COUNTY')!;
const humanResources = world.departments.find((d) => d.kind === 'HUMAN_RESOURCES')!;

/** Seed 003: migrant workers unpaid before the holiday, taken in and accepted through the graph. */
async function acceptedWageCase(): Promise<string> {
  const p = h.platform();
  const token = await p.login('town-a-operator');
  const me = await p.gql<{ me: { region: { id: string } } }>(`{ me { region { id } } }`, {}, token);
  const intake = await p.gql<{ intakeCase: { id: string } }>(`mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, {
    input: {
      title: '春节前钟某等8名务工人员追讨劳务费', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId: me.data!.me.region.id, amountInDispute: '253000.00',
      description: '钟某等8名务工人员反映某建筑劳务公司拖欠劳务费25万余元，多次追讨无果，春节临近，情绪激动。',
      parties: [{ name: '钟志明', role: 'APPLICANT', phone: '13912355001' }, { name: '大埔县某建筑劳务有限公司', role: 'RESPONDENT' }],
    },
  }, token);
  expect(intake.errors).toBeUndefined();
  const id = intake.data!.intakeCase.id;
  const accepted = await p.gql(`mutation($id: ID!) { acceptCase(id: $id, complexity: COMPLEX) { id } }`, { id }, token);
  expect(accepted.errors).toBeUndefined();
  return id;
}

const pathModes = (page: Page) => page.getByTestId('resolution-path-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-mode')));

async function must<T = any>(query: string, variables: Record<string, unknown>, username: string): Promise<T> {
  const p = h.platform();
  const r = await p.gql<T>(query, variables, await p.login(username));
  if (r.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
  return r.data!;
}

type Letter = { id: string; kind: string; number: string; state: string; dueAt: string | null; to: { id: string } | null };
type Sv = { state: string; deadlineStarted: boolean; deadlineAt: string; overallDeadlineAt: string; stepDeadlineAt: string | null; letters: Letter[] };
const supervisionOf = async (id: string) => (await must<{ case: { acceptedAt: string | null; supervision: Sv } }>(`query($id: ID!) { case(id: $id) { acceptedAt
  supervision { state deadlineStarted deadlineAt overallDeadlineAt stepDeadlineAt letters { id kind number state dueAt to { id } } } } }`, { id }, 'county-supervisor')).case;

/** The Beijing date of an instant, as a calendar writes it: 2026-02-16. */
const cstDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** Supervision as the graph has it once `ready` holds, and the head of the case file showing the same deadline. */
async function deadlineShown(page: Page, id: string, ready: (s: Sv) => boolean): Promise<Sv & { acceptedAt: string | null }> {
  const c = await until('supervision to take in the step', async () => {
    const got = await supervisionOf(id);
    return ready(got.supervision) ? got : null;
  });
  const facts = page.getByTestId('case-facts');
  await see(page, facts.filter({ hasText: cst(c.supervision.deadlineAt) }));
  await expect(facts.innerText()).resolves.toContain(cst(c.supervision.deadlineAt));
  return { ...c.supervision, acceptedAt: c.acceptedAt };
}

/** The case's own steps on the page's ledger (supervision's letters and the follow-up left out), equal to the graph's history. */
async function ledgerShows(page: Page, id: string, want: string[]): Promise<void> {
  const ledger = page.getByTestId('case-ledger');
  const last = want[want.length - 1];
  await see(page, ledger.locator(`[data-testid="ledger-entry"][data-action="${last}"]`).nth(want.filter((a) => a === last).length - 1));
  const actions = await ledger.getByTestId('ledger-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
  expect(actions.filter((a) => a !== 'letter' && a !== 'followUp')).toEqual(want);
  const history = await must<{ case: { history: { action: string }[] } }>(`query($id: ID!) { case(id: $id) { history { action } } }`, { id }, 'county-supervisor');
  expect(history.case.history.map((e) => e.action)).toEqual(want);
}

/** What this story moves on the 统计 page: the cards, the rows of its type, mode and lead department, and the 领导包案 line (absent rows read 0). */
async function figures(page: Page): Promise<Record<string, number>> {
  await statisticsLoaded(page);
  const out: Record<string, number> = {};
  for (const key of ['received', 'accepted', 'resolved', 'closed']) out[key] = await statCard(page, key);
  for (const [table, row] of [['table-type', 'LABOUR_WAGES'], ['table-mode', 'JOINT'], ['table-department', humanResources.id]]) Object.assign(out, flat(table, await statRow(page, table, row)));
  return { ...out, ...flat('leader', await leaderLine(page), ['received', 'accepted', 'resolved', 'closed']) };
}

/**
 * The county's rules with the coming `count` working days (Mon–Fri after today, Beijing time) made the
 * festival holiday and deadlines counted in working days; stored through the graph as the county ADMIN
 * does on the 时限与阶梯配置 screen. Returns the holidays, the version stored and the working days of the town center's step.
 */
async function festivalRules(count: number): Promise<{ holidays: string[]; version: number; townDays: number }> {
  const { countyPolicy: now } = await must<{ countyPolicy: any }>(`query($c: String!) { countyPolicy(countyCode: $c) { version
    ladder { name steps { key name level centerLevel days } } deadlinePolicy { days { SIMPLE GENERAL COMPLEX DIFFICULT } workingDays warningShare }
    calendar { holidays extraWorkdays } } }`, { c: county.code }, 'admin');
  const holidays: string[] = [];
  for (let d = 1; holidays.length < count; d++) {
    const day = cstDate(Date.now() + d * DAY);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) holidays.push(day);
  }
  const stored = await must<{ updateCountyPolicy: { version: number } }>(`mutation($input: UpdateCountyPolicyInput!) { updateCountyPolicy(input: $input) { version } }`, { input: {
    countyCode: county.code, expectedVersion: now.version, ladder: now.ladder,
    deadlinePolicy: { ...now.deadlinePolicy, workingDays: true },
    calendar: { holidays: [...new Set([...now.calendar.holidays, ...holidays])], extraWorkdays: now.calendar.extraWorkdays.filter((d: string) => !holidays.includes(d)) },
    reason: '春节放假安排：节日期间不计入办理时限，时限按工作日计算',
  } }, 'admin');
  return { holidays, version: stored.updateCountyPolicy.version, townDays: now.ladder.steps.find((s: { key: string }) => s.key === 'TOWN_CENTER').days };
}

const workers = [
  { name: '钟志明', phone: '13912355001' }, { name: '钟志强', phone: '13912355002' }, { name: '罗文华', phone: '13912355003' }, { name: '张永红', phone: '13912355004' },
  { name: '何国平', phone: '13912355005' }, { name: '杨春生', phone: '13912355006' }, { name: '廖建新', phone: '13912355007' }, { name: '邓小兵', phone: '13912355008' },
];
const agreement = '总包方先行垫付劳务费25.3万元，于春节前一次性发放到钟志明等8名务工人员手中。';

describe('化解方式 and 领导包案 in the case file', () => {
  it('seed 003 start to finish: holiday rules, window intake, 人社局, the leader takes it, 专业调解 fails, 联合调解 resolves it, closed — ledger, deadlines, documents, statistics', async () => {
    // Before the holiday: the county's rules make the coming working days the festival.
    const { holidays, version, townDays } = await festivalRules(5);

    // 统计 before the story: this month's county figures as the county's leader reads them.
    await caughtUp(h.platform());
    const stats = await asUser('county-supervisor', `/statistics?period=month&at=${thisMonth()}`);
    const before = await figures(stats);

    // 一窗受理 at the town window (即时调解 by default).
    const page = await asUser('town-a-operator', '/intake');
    await page.getByTestId('intake-form').waitFor();
    await steps.fillIntake(page, {
      type: '欠薪', title: '春节前钟某等8名务工人员追讨劳务费25.3万元', amount: '253000.00', applicants: workers, respondents: [{ name: '大埔县某建筑劳务有限公司' }],
      description: '钟某等8名务工人员反映某建筑劳务公司拖欠劳务费25万余元，多次追讨无果，春节临近，情绪激动，有集体上访苗头。',
    });
    await page.getByTestId('intake-submit').click();
    await page.getByTestId('intake-done').or(page.getByTestId('duplicates-confirm')).first().waitFor({ timeout: 30_000 });
    if (await page.getByTestId('duplicates-confirm').isVisible()) await page.getByTestId('duplicates-save-anyway').click();
    await page.getByTestId('intake-done').waitFor({ timeout: 30_000 });
    const code = (await page.getByTestId('intake-code').innerText()).trim();
    await page.getByTestId('intake-open-case').click();
    await page.getByTestId('case-file').waitFor();
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await expect(page.getByTestId('case-code').innerText()).resolves.toBe(code);
    await expect(pathModes(page)).resolves.toEqual(['INSTANT']);
    await expect(page.getByTestId('case-resolution-path').innerText()).resolves.toContain('即时调解');
    await expect(page.getByTestId('case-leader').innerText()).resolves.toBe('未包案');
    await expect(page.getByTestId('action-takeCase').count()).resolves.toBe(0); // an operator is not a leader
    await ledgerShows(page, id, ['intake']);

    // 受理 (复杂): the deadline runs from acceptance in working days and skips the festival.
    await page.getByTestId('action-accept').click();
    await page.getByRole('dialog').getByText('复杂（15天）').click();
    await page.getByTestId('modal-accept-submit').click();
    await page.locator('[data-testid="case-status"][data-status="ACCEPTED"]').waitFor({ timeout: 20_000 });
    await ledgerShows(page, id, ['intake', 'accept']);
    const running = await deadlineShown(page, id, (s) => s.deadlineStarted && s.letters.some((l) => l.kind === 'ACCEPTANCE_NOTICE'));
    // The nearest deadline is the town center's step of the ladder, in working days: after the festival, not
    // the same count of plain days — nor the count plus the holidays, which the working days come after.
    expect(running.stepDeadlineAt).toBe(running.deadlineAt);
    const elapsed = Date.parse(running.deadlineAt) - Date.parse(running.acceptedAt!);
    expect(elapsed).toBeGreaterThan(townDays * DAY);
    // By calendar dates (a run near Beijing midnight may accept on the first holiday): every holiday after the
    // day of acceptance and every working day of the step are distinct days before the deadline's.
    const ahead = holidays.filter((d) => d > cstDate(Date.parse(running.acceptedAt!))).length;
    expect(ahead).toBeGreaterThanOrEqual(holidays.length - 1);
    expect(cstDate(Date.parse(running.deadlineAt)) >= cstDate(Date.parse(running.acceptedAt!) + (townDays + ahead) * DAY)).toBe(true);
    expect(holidays).not.toContain(cstDate(Date.parse(running.deadlineAt)));
    // The case says which of the county's rules it runs under: the version stored before it was taken in.
    await expect(page.getByTestId('case-policy-version').innerText()).resolves.toBe(`按第 ${version} 版时限规则计算`);
    // The 受理告知单: numbered at acceptance, on the case file and on the notice the window prints, with the same deadline.
    const notice = running.letters.find((l) => l.kind === 'ACCEPTANCE_NOTICE')!;
    await see(page, page.locator('[data-testid="letter"][data-kind="ACCEPTANCE_NOTICE"]', { hasText: notice.number }));
    await page.goto(`${h.base()}/cases/${id}/notice`);
    await page.getByTestId('intake-notice').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('notice-number').innerText()).resolves.toContain(notice.number);
    await expect(page.getByTestId('notice-code').innerText()).resolves.toBe(code);
    await expect(page.getByTestId('notice-deadline').getAttribute('data-deadline')).resolves.toBe(running.deadlineAt);
    const [y, m, d, hm] = cst(running.deadlineAt).split(/[- ]/);
    await expect(page.getByTestId('notice-deadline').innerText()).resolves.toContain(`${y}年${Number(m)}月${Number(d)}日 ${hm}`);
    await h.chromium.screenshot(page, 'story-wage-notice');
    await page.goto(`${h.base()}/cases/${id}`);
    await page.getByTestId('case-file').waitFor({ timeout: 30_000 });

    // 交办 to 人社局, which leads the check of the workers' hours and the arrears.
    await page.getByTestId('action-assign').click();
    await page.getByTestId('modal-assign').waitFor();
    await pickIn(page, page.getByRole('dialog').getByLabel('牵头部门', { exact: true }), humanResources.name);
    await page.getByRole('dialog').getByLabel('交办说明').fill('人社部门牵头核查用工和欠薪数额');
    await page.getByTestId('modal-assign-submit').click();
    await page.getByTestId('modal-assign').waitFor({ state: 'detached', timeout: 30_000 });
    await page.locator('[data-testid="case-status"][data-status="ASSIGNED"]').waitFor({ timeout: 20_000 });
    await ledgerShows(page, id, ['intake', 'accept', 'assign']);
    // The 交办单 to 人社局, on the case file and its ledger; the deadline is the one set at acceptance.
    const assigned = await deadlineShown(page, id, (s) => s.letters.some((l) => l.kind === 'ASSIGNMENT'));
    expect(assigned.deadlineAt).toBe(running.deadlineAt);
    const jiao = assigned.letters.find((l) => l.kind === 'ASSIGNMENT')!;
    expect(jiao.to).toEqual({ id: humanResources.id });
    const slip = page.locator('[data-testid="letter"][data-kind="ASSIGNMENT"]');
    await see(page, slip.filter({ hasText: jiao.number }));
    await expect(slip.innerText()).resolves.toContain(humanResources.name);
    await see(page, page.getByTestId('case-ledger').locator('[data-testid="ledger-entry"][data-action="letter"]', { hasText: jiao.number }));

    // 领导包案: the county's leader takes the case personally.
    const leader = await asUser('county-supervisor', `/cases/${id}`);
    await leader.getByTestId('case-file').waitFor();
    await leader.getByTestId('action-takeCase').click();
    await leader.getByTestId('modal-takeCase').waitFor();
    await leader.getByRole('dialog').getByLabel('包案说明（可不填）').fill('节前欠薪、人数多，本人包案，一包到底');
    await h.chromium.screenshot(leader, 'case-file-take-case-modal');
    await leader.getByTestId('modal-takeCase-submit').click();
    await leader.getByTestId('modal-takeCase').waitFor({ state: 'detached' });
    await leader.locator('[data-testid="case-leader"]:has-text("张卫东")').waitFor();
    await expect(leader.getByTestId('action-takeCase').count()).resolves.toBe(0); // taken: no second take
    await ledgerShows(leader, id, ['intake', 'accept', 'assign', 'takeCase']);
    await expect(leader.getByTestId('case-ledger').innerText()).resolves.toContain('领导包案');
    await deadlineShown(leader, id, (s) => s.deadlineAt === running.deadlineAt);

    // 专业调解: the window moves it with a reason (none first: the field turns red, nothing is written).
    await page.reload();
    await page.locator('[data-testid="case-leader"]:has-text("张卫东")').waitFor({ timeout: 30_000 });
    await page.getByTestId('action-changeMode').click();
    await page.getByTestId('modal-changeMode').waitFor();
    // The mode it is in cannot be chosen; the outside routes are not offered here.
    const choices = page.getByTestId('modal-changeMode').locator('.ant-radio-button-wrapper');
    await expect(choices.allInnerTexts()).resolves.toEqual(['即时调解', '专业调解', '联合调解（五方联调）']);
    await expect(page.getByTestId('modal-changeMode').locator('.ant-radio-button-wrapper-disabled').innerText()).resolves.toBe('即时调解');
    await page.getByRole('dialog').getByText('专业调解').click();
    await page.getByTestId('modal-changeMode-submit').click();
    await page.getByTestId('modal-changeMode').getByText('请填写理由').waitFor(); // no reason: nothing sent
    const ledgerBefore = await h.platform().sql<{ n: string }>(`SELECT count(*) AS n FROM cases.case_event WHERE case_id = $1`, [id]);
    expect(Number(ledgerBefore[0].n)).toBe(4);
    await page.getByRole('dialog').getByLabel('理由').fill('窗口当场未能化解，转劳动争议调解员专业调解');
    await page.getByTestId('modal-changeMode').getByText('请填写理由').waitFor({ state: 'detached' }); // re-checked on input
    await h.chromium.screenshot(page, 'case-file-change-mode-modal');
    await page.getByTestId('modal-changeMode-submit').click();
    await page.getByTestId('modal-changeMode').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="resolution-path-step"]').length === 2);
    await expect(pathModes(page)).resolves.toEqual(['INSTANT', 'PROFESSIONAL']);
    await ledgerShows(page, id, ['intake', 'accept', 'assign', 'takeCase', 'changeResolutionMode']);
    await expect(page.getByTestId('case-ledger').innerText()).resolves.toContain('调整化解方式');

    // The professional mediation fails: the labour company says the main contractor has not settled.
    await page.getByTestId('action-startMediation').click();
    await page.getByTestId('modal-start-submit').click();
    await page.locator('[data-testid="case-status"][data-status="IN_MEDIATION"]').waitFor({ timeout: 20_000 });
    await page.getByTestId('action-recordOutcome').click();
    await page.getByTestId('modal-outcome').waitFor();
    await page.getByRole('dialog').getByText('调解未成功', { exact: true }).click();
    await page.getByRole('dialog').getByLabel('未成功原因').fill('劳务公司称总包方未结算工程款，无力支付');
    await page.getByTestId('modal-outcome-submit').click();
    await page.getByTestId('modal-outcome').waitFor({ state: 'detached', timeout: 30_000 });
    await ledgerShows(page, id, ['intake', 'accept', 'assign', 'takeCase', 'changeResolutionMode', 'startMediation', 'recordOutcome']);
    // A failed round does not stop the clock.
    await deadlineShown(page, id, (s) => s.state !== 'STOPPED' && s.deadlineAt === running.deadlineAt);

    // The leader calls the five parties together: 联合调解（五方联调）.
    await leader.reload();
    await leader.getByTestId('case-file').waitFor({ timeout: 30_000 });
    await leader.getByTestId('action-changeMode').click();
    await leader.getByTestId('modal-changeMode').waitFor();
    await leader.getByRole('dialog').getByText('联合调解（五方联调）').click();
    await leader.getByRole('dialog').getByLabel('理由').fill('包案领导召集五方联调，总包方、人社、法院、公安到场');
    await leader.getByTestId('modal-changeMode-submit').click();
    await leader.waitForFunction(() => document.querySelectorAll('[data-testid="resolution-path-step"]').length === 3);
    await expect(pathModes(leader)).resolves.toEqual(['INSTANT', 'PROFESSIONAL', 'JOINT']);
    await ledgerShows(leader, id, ['intake', 'accept', 'assign', 'takeCase', 'changeResolutionMode', 'startMediation', 'recordOutcome', 'changeResolutionMode']);
    await h.chromium.screenshot(leader, 'case-file-resolution-path');

    // The window records the joint mediation: resolved before the holiday.
    await page.reload();
    await page.getByTestId('case-file').waitFor({ timeout: 30_000 });
    await page.getByTestId('action-startMediation').click();
    await page.getByTestId('modal-start-submit').click();
    await page.locator('[data-testid="case-status"][data-status="IN_MEDIATION"]').waitFor({ timeout: 20_000 });
    await page.getByTestId('action-recordOutcome').click();
    await page.getByTestId('modal-outcome').waitFor();
    await page.getByRole('dialog').getByLabel('调解协议内容').fill(agreement);
    await page.getByTestId('modal-outcome-submit').click();
    await page.locator('[data-testid="case-status"][data-status="RESOLVED"]').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('case-agreement').innerText()).resolves.toBe(agreement);
    const stopped = await deadlineShown(page, id, (s) => s.state === 'STOPPED');
    expect(stopped.deadlineAt).toBe(running.deadlineAt);

    // 回访, then 办结 by the window.
    await see(page, page.getByTestId('action-recordFollowUp'));
    await page.getByTestId('action-recordFollowUp').click();
    const followUp = page.getByTestId('modal-follow-up');
    await followUp.waitFor();
    await page.getByRole('dialog').getByLabel('回访意见').fill('劳务费已在节前全部发放到手，感谢包案领导和综治中心');
    // On a loaded machine the rating's click can land while the modal still opens: the form then stays open, asking for it.
    for (let attempt = 0; ; attempt++) {
      await page.getByRole('dialog').getByText('满意', { exact: true }).click();
      await page.getByTestId('modal-follow-up-submit').click();
      const closed = await followUp.waitFor({ state: 'detached', timeout: 15_000 }).then(() => true, () => false);
      if (closed || attempt >= 2 || !(await followUp.isVisible())) break;
    }
    await see(page, page.getByTestId('follow-up').filter({ hasText: '满意' }));
    await page.getByTestId('action-recordFollowUp').waitFor({ state: 'detached' });
    await page.getByTestId('action-close').click();
    await page.getByTestId('modal-close-submit').click();
    await page.locator('[data-testid="case-status"][data-status="CLOSED"]').waitFor({ timeout: 20_000 });
    const story = ['intake', 'accept', 'assign', 'takeCase', 'changeResolutionMode', 'startMediation', 'recordOutcome',
      'changeResolutionMode', 'startMediation', 'recordOutcome', 'close'];
    await ledgerShows(page, id, story);
    const ledgerText = await page.getByTestId('case-ledger').innerText();
    for (const step of ['登记受理', '受理', '交办', '发出交办单', '领导包案', '调整化解方式', '开始调解', '记录调解结果', '回访：满意', '办结']) expect(ledgerText).toContain(step);
    await page.getByTestId('case-ledger').locator('[data-action="close"]').scrollIntoViewIfNeeded();
    await h.chromium.screenshot(page, 'story-wage-closed');
    // The dispatch board learnt each step of the case (supervision's letters and the follow-up are its own).
    const kinds = await h.platform().sql<{ kind: string }>(`SELECT kind FROM events.dispatch_event WHERE case_id = $1 AND source = 'cases' ORDER BY tx, id`, [id]);
    expect(kinds.map((k) => k.kind)).toEqual(['CASE_RECEIVED', 'CASE_ACCEPTED', 'CASE_ASSIGNED', 'CASE_LEADER_ASSIGNED', 'CASE_RESOLUTION_MODE_CHANGED',
      'MEDIATION_STARTED', 'MEDIATION_FAILED', 'CASE_RESOLUTION_MODE_CHANGED', 'MEDIATION_STARTED', 'CASE_RESOLVED', 'CASE_CLOSED']);

    // The 12345 partner may read the case but not move it along the path.
    const partner = await asUser('partner-12345', `/cases/${id}`);
    await partner.getByTestId('case-file').waitFor();
    await expect(partner.getByTestId('action-changeMode').count()).resolves.toBe(0);

    // 统计 after: this one case moved the county's month, under its type, 联合调解, 人社局 and 领导包案.
    await caughtUp(h.platform());
    await stats.reload();
    const after = await figures(stats);
    const moved = Object.fromEntries(Object.keys(before).map((k) => [k, after[k] - before[k]]));
    expect(moved).toEqual({
      received: 1, accepted: 1, resolved: 1, closed: 1,
      'table-type.received': 1, 'table-type.accepted': 1, 'table-type.resolved': 1,
      'table-mode.received': 1, 'table-mode.accepted': 1, 'table-mode.resolved': 1,
      'table-department.received': 1, 'table-department.accepted': 1, 'table-department.resolved': 1,
      'leader.received': 1, 'leader.accepted': 1, 'leader.resolved': 1, 'leader.closed': 1,
    });
    await stats.getByTestId('section-leader').scrollIntoViewIfNeeded();
    await h.chromium.screenshot(stats, 'story-wage-statistics');
  });

  it('指定包案领导: the county supervisor names the town\'s leader from the list, the head names them and the town leader sees the case as theirs', async () => {
    const id = await acceptedWageCase();
    const supervisor = await asUser('county-supervisor', `/cases/${id}`);
    await supervisor.getByTestId('case-file').waitFor();
    await supervisor.getByTestId('action-assignLeader').click();
    await supervisor.getByTestId('modal-assignLeader').waitFor();
    // Submitting without a choice names the missing field; nothing is written.
    await supervisor.getByTestId('modal-assignLeader-submit').click();
    await supervisor.getByTestId('modal-assignLeader').getByText('请选择包案领导').waitFor();
    await supervisor.getByTestId('field-leader').click();
    // The town's leader first (nearest), then the county's.
    const options = supervisor.locator('.ant-select-item-option');
    await options.first().waitFor();
    await expect(options.allInnerTexts()).resolves.toEqual([expect.stringContaining('李建华'), expect.stringContaining('张卫东')]);
    // A loaded machine can lose the click while the list is still opening: pick again until the field shows the choice.
    const field = supervisor.getByTestId('modal-assignLeader').locator('.ant-select').first();
    for (let attempt = 0; attempt < 3 && !(await field.innerText()).includes('李建华'); attempt++) {
      if (attempt > 0 && !(await options.first().isVisible())) await supervisor.getByTestId('field-leader').click();
      await options.filter({ hasText: '李建华' }).click();
      for (let i = 0; i < 20 && !(await field.innerText()).includes('李建华'); i++) await supervisor.waitForTimeout(100);
    }
    await expect(field.innerText()).resolves.toContain('李建华');
    await supervisor.getByRole('dialog').getByLabel('指定说明（可不填）').fill('欠薪人数多，请湖寮镇李建华同志包案');
    await h.chromium.screenshot(supervisor, 'case-file-assign-leader-modal');
    await supervisor.getByTestId('modal-assignLeader-submit').click();
    await supervisor.getByTestId('modal-assignLeader').waitFor({ state: 'detached' });
    await supervisor.locator('[data-testid="case-leader"]:has-text("李建华")').waitFor();
    await expect(supervisor.getByTestId('case-ledger').innerText()).resolves.toContain('指定包案领导');
    await h.chromium.screenshot(supervisor, 'case-file-leader-named');

    // The town's leader: the case names them; an operator has no such button.
    const townLeader = await asUser('town-a-leader', `/cases/${id}`);
    await townLeader.locator('[data-testid="case-leader"]:has-text("李建华")').waitFor();
    // Leaders see their own cases first: the list opens on 我包案的 — this case, and only cases they lead
    // (another case of the town, not theirs, shows under 全部案件 only).
    await acceptedWageCase();
    const p = h.platform();
    const mine = await p.gql<{ cases: { totalCount: number }; case: { code: string } }>(`query($id: ID!, $me: ID!) { cases(filter: { leaderId: $me }) { totalCount } case(id: $id) { code } }`,
      { id, me: (await p.sql<{ id: string }>(`SELECT id FROM personnel.app_user WHERE username = 'town-a-leader'`))[0].id }, await p.login('town-a-leader'));
    await townLeader.goto(`${h.base()}/cases`);
    const toggle = townLeader.getByTestId('case-list-mine');
    await toggle.locator('.ant-segmented-item-selected', { hasText: '我包案的' }).waitFor();
    await townLeader.getByTestId(`case-row-${mine.data!.case.code}`).waitFor();
    await expect(townLeader.locator('[data-testid^="case-row-"]').count()).resolves.toBe(Math.min(mine.data!.cases.totalCount, 20));
    await h.chromium.screenshot(townLeader, 'case-list-leader-own');
    await toggle.getByText('全部案件').click();
    await townLeader.waitForURL(/mine=0/);
    // 全部案件: the town's cases, more than the leader leads.
    await townLeader.waitForFunction((n) => {
      const m = document.querySelector('[data-testid="case-pagination"]')?.textContent?.match(/共 (\d+) 件/);
      return !!m && Number(m[1]) > n;
    }, mine.data!.cases.totalCount);
    const operator = await asUser('town-a-operator', `/cases/${id}`);
    await operator.getByTestId('case-file').waitFor();
    await expect(operator.getByTestId('action-assignLeader').count()).resolves.toBe(0);
  });

  it('一人一案: a high-risk case waits for its leader and its plan before it can be accepted', async () => {
    const p = h.platform();
    const token = await p.login('town-a-operator');
    const me = await p.gql<{ me: { region: { id: string } } }>(`{ me { region { id } } }`, {}, token);
    const made = await p.gql<{ intakeCase: { id: string } }>(`mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, { input: {
      title: '钟某讨薪无果扬言报复包工头', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId: me.data!.me.region.id, amountInDispute: '38000.00',
      description: '钟某被拖欠工资3.8万元，多次讨要无果，在工地扬言要与包工头同归于尽，情绪极不稳定。',
      parties: [{ name: '钟某', role: 'APPLICANT', phone: '13912355002' }, { name: '李某（包工头）', role: 'RESPONDENT' }],
    } }, token);
    const id = made.data!.intakeCase.id;

    // The window marks it high-risk; acceptance is then refused until a leader leads it.
    const page = await asUser('town-a-operator', `/cases/${id}`);
    await page.getByTestId('case-file').waitFor();
    await page.getByTestId('action-markHighRisk').click();
    await page.getByRole('dialog').getByLabel('高风险原因').fill('当事人扬言报复，存在命案风险');
    await page.getByTestId('modal-markHighRisk-submit').click();
    await page.getByTestId('case-high-risk').waitFor();
    await page.getByTestId('risk-plan-missing').waitFor();
    await page.getByTestId('action-accept').click();
    await page.getByRole('dialog').getByText('疑难（20天）').click();
    await page.getByTestId('modal-accept-submit').click();
    // The refusal names what is missing, under the form's field; the form stays open.
    await page.getByTestId('modal-accept').getByText(/须先由领导包案，方可受理/).waitFor();
    await h.chromium.screenshot(page, 'case-file-high-risk-refused');
    await page.keyboard.press('Escape');
    const [before] = await p.sql<{ status: string }>(`SELECT status FROM cases."case" WHERE id = $1`, [id]);
    expect(before.status).toBe('REGISTERED');

    // The leader takes it and records the plan.
    const leader = await asUser('county-supervisor', `/cases/${id}`);
    await leader.getByTestId('case-file').waitFor();
    await leader.getByTestId('action-takeCase').click();
    await leader.getByTestId('modal-takeCase-submit').click();
    await leader.locator('[data-testid="case-leader"]:has-text("张卫东")').waitFor();
    await leader.getByTestId('action-recordRiskPlan').click();
    await leader.getByTestId('modal-recordRiskPlan').waitFor();
    const dialog = leader.getByRole('dialog');
    await dialog.getByLabel('稳控化解措施').fill('包案领导每日研判；派出所、村委会落实专人稳控钟某情绪；人社部门三日内督促包工头支付欠薪');
    await dialog.getByLabel('责任人').fill('湖寮镇派出所 刘所长');
    await dialog.getByLabel('复核日期').click();
    await leader.locator('.ant-picker-dropdown:visible .ant-picker-cell-today').click();
    await h.chromium.screenshot(leader, 'case-file-risk-plan-modal');
    await leader.getByTestId('modal-recordRiskPlan-submit').click();
    await leader.getByTestId('risk-plan-measures').waitFor();
    await h.chromium.screenshot(leader, 'case-file-risk-plan');

    // Now the window accepts it.
    await page.reload();
    await page.getByTestId('case-file').waitFor();
    await page.getByTestId('action-accept').click();
    await page.getByRole('dialog').getByText('疑难（20天）').click();
    await page.getByTestId('modal-accept-submit').click();
    await page.locator('[data-testid="case-status"][data-status="ACCEPTED"]').waitFor({ timeout: 20_000 });
    const actions = await p.sql<{ action: string }>(`SELECT action FROM cases.case_event WHERE case_id = $1 ORDER BY version`, [id]);
    expect(actions.map((a) => a.action)).toEqual(['intake', 'markHighRisk', 'takeCase', 'recordRiskPlan', 'accept']);
  });
});
