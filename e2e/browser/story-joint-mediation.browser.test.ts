/**
 * Seed 003's five-way joint mediation (五方联调) through the console, in Chromium against the whole
 * platform with supervision's jobs running (the gateway version is e2e/stories/joint-mediation.e2e.test.ts):
 * 秦国庆 and three partners, left unpaid for building work by a co-contractor and the owner, are taken in
 * at the county window; the county dispatcher accepts the case, moves it to 联合调解 and assigns it to a
 * team of two mediators (人民调解 lead, 行业专业 assist) and four departments with their kinds (住建局 行政
 * lead, 法院 诉调, 公安局 警调, 司法局 人民调解); the assisting mediator opens the mediation and records a first
 * sitting, adjourned; the dispatcher records the second, agreed, and the agreement; the window applies for
 * 司法确认 through the court's partner system, which accepts and confirms it through the graph with its own
 * token, as the court's system would. At each step the case file shows the ledger entry, the deadline the
 * graph computes and the documents (交办单 → 反馈单, with its print page); at the end the county's 统计 of
 * this month moves by this one case.
 */
import type { Page } from 'playwright-core';
import { generateWorld } from '@zz/demo-world';
import { useConsole, useSignedInPages, pickIn } from './console';
import * as steps from './intake-steps';
import { cst, flat, see, submitModal, statCard, statRow, statisticsLoaded, supervisionCaughtUp as caughtUp, thisMonth, until } from './story-steps';

jest.setTimeout(180_000);

const h = useConsole({ jobs: true });
const asUser = useSignedInPages(h);
const world = generateWorld();
const department = (kind: string) => world.departments.find((d) => d.kind === kind)!;
const [housing, court, police, justice] = [department('HOUSING'), department('COURT'), department('POLICE'), department('JUSTICE')];
const county = world.regions.find((r) => r.level === 'COUNTY')!;
const gold = world.mediators.find((m) => m.id === world.users.find((u) => u.username === 'mediator-gold')!.mediatorId)!;
const lead = world.mediators.find((m) => m.kind === 'MEDIATOR' && m.available && m.id !== gold.id && m.regionCode === county.code)!;

const applicants = [
  { name: '秦国庆', phone: '13907531101' }, { name: '秦国安', phone: '13907531102' },
  { name: '郭志刚', phone: '13907531103' }, { name: '廖春生', phone: '13907531104' },
];
const respondents = [{ name: '梅州某建筑工程有限公司' }, { name: '大埔县某置业有限公司' }];
const title = '秦国庆等4人追讨承揽工程款';
const assignNote = '住建局牵头核查工程结算，两名调解员共同调解';
const agreement = '大埔县某置业有限公司于2026年3月31日前代梅州某建筑工程有限公司向秦国庆等4人支付工程款38.6万元，从应付合作商工程款中扣除；申请人放弃其他请求。';
const ruling = '（2026）粤1422民特115号';

/** The court's partner system: a PARTNER account bound to `dbcourt`, made by the admin as the platform's operators would. */
let courtToken = '';
beforeAll(async () => {
  const p = h.platform();
  const made = await p.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: {
    username: 'court-system', displayName: '大埔县人民法院诉讼服务平台', password: 'story-2026-pass', roles: ['PARTNER'], regionId: county.id, partner: 'dbcourt',
  } }, await p.login('admin'));
  expect(made.errors).toBeUndefined();
  const login = await p.gql<{ login: { token: string } }>(`mutation { login(username: "court-system", password: "story-2026-pass") { token } }`, {});
  expect(login.errors).toBeUndefined();
  courtToken = login.data!.login.token;
}, 60_000);

async function must<T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const r = await h.platform().gql<T>(query, variables, token);
  if (r.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
  return r.data!;
}
const asSupervisor = async <T = any>(query: string, variables: Record<string, unknown> = {}) => must<T>(query, variables, await h.platform().login('county-supervisor'));

type Letter = { id: string; kind: string; number: string; state: string; dueAt: string | null; to: { id: string } | null; answeredBy: { id: string; kind: string } | null };
type Sv = { state: string; deadlineStarted: boolean; deadlineAt: string; overallDeadlineAt: string; stepDeadlineAt: string | null; overdue: boolean; letters: Letter[] };
const supervisionOf = async (id: string) => (await asSupervisor<{ case: { acceptedAt: string | null; supervision: Sv } }>(`query($id: ID!) { case(id: $id) { acceptedAt
  supervision { state deadlineStarted deadlineAt overallDeadlineAt stepDeadlineAt overdue letters { id kind number state dueAt to { id } answeredBy { id kind } } } } }`, { id })).case;

/** Beijing time as a 公文 writes it: 2026年3月17日9时30分 (no minutes on the hour). */
function documentTime(iso: string): string {
  const l = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return `${l.getUTCFullYear()}年${l.getUTCMonth() + 1}月${l.getUTCDate()}日${l.getUTCHours()}时${l.getUTCMinutes() ? `${l.getUTCMinutes()}分` : ''}`;
}
/** The deadline states as the page names them (written here independently of the console's table). */
const STATE_NAME: Record<string, string> = { NOT_STARTED: '未起算', ON_TRACK: '正常', WARNING: '临期预警', OVERDUE: '已超期', STOPPED: '已停止计时' };

/**
 * The deadline step: supervision as the graph has it once `ready` holds, and the page showing the same —
 * the state and the overall deadline in the 督办 panel, the deadline in the head of the case file.
 */
async function deadlineShown(page: Page, id: string, ready: (s: Sv) => boolean): Promise<Sv & { acceptedAt: string | null }> {
  const c = await until('supervision to take in the step', async () => {
    const got = await supervisionOf(id);
    return ready(got.supervision) ? got : null;
  });
  const sv = c.supervision;
  const panel = page.getByTestId('case-supervision');
  await see(page, panel
    .filter({ has: page.locator(`[data-testid="overall-deadline"]:text-is("${cst(sv.overallDeadlineAt)}")`) })
    .filter({ has: page.locator(`[data-testid="deadline-state"]:text-is("${STATE_NAME[sv.state]}")`) }));
  await expect(panel.getByTestId('deadline-state').innerText()).resolves.toBe(STATE_NAME[sv.state]);
  await expect(panel.getByTestId('overall-deadline').innerText()).resolves.toBe(cst(sv.overallDeadlineAt));
  await expect(page.getByTestId('case-facts').innerText()).resolves.toContain(cst(sv.deadlineAt));
  return { ...sv, acceptedAt: c.acceptedAt };
}

/** The case's own steps on the page's ledger (supervision's letters and the follow-up left out), equal to the graph's history. */
async function ledgerShows(page: Page, id: string, want: string[]): Promise<void> {
  const ledger = page.getByTestId('case-ledger');
  await see(page, ledger.locator(`[data-testid="ledger-entry"][data-action="${want[want.length - 1]}"]`).nth(want.filter((a) => a === want[want.length - 1]).length - 1));
  const actions = await ledger.getByTestId('ledger-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
  expect(actions.filter((a) => a !== 'letter' && a !== 'followUp')).toEqual(want);
  const history = await asSupervisor<{ case: { history: { action: string }[] } }>(`query($id: ID!) { case(id: $id) { history { action } } }`, { id });
  expect(history.case.history.map((e) => e.action)).toEqual(want);
}

/**
 * Picks `text` in the select whose search box is `box` and waits until it shows; picks again if a loaded machine
 * lost the click. A select that shows it already (a form's default) is left as it is.
 */
const pick = (page: Page, label: string, text: string) => pickIn(page, page.getByRole('dialog').getByLabel(label, { exact: true }), text);

/**
 * Picks an option of a plain (non-search) select by its test id, after any earlier dropdown has gone, and
 * waits until the select shows it; picks again (twice at most) if a loaded machine lost the click.
 */
async function choose(page: Page, testId: string, text: string): Promise<void> {
  const select = page.getByTestId(testId);
  const shown = async () => (await select.innerText()).includes(text);
  const open = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 0; ; attempt++) {
    // A multi-select's list can stay open after Escape: a click on the dialog's title (outside every select) closes it.
    if (await open.count()) await page.getByRole('dialog').locator('.ant-modal-title').first().click();
    await open.first().waitFor({ state: 'hidden' });
    await select.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
    for (let i = 0; i < 20 && !(await shown()); i++) await page.waitForTimeout(100);
    if ((await shown()) || attempt >= 2) break;
  }
  await expect(select.innerText()).resolves.toContain(text);
}

type Figures = Record<string, number>;
/** What this story moves on the 统计 page: the cards, and the rows of its type, its mode and its lead department (absent rows read 0). */
async function figures(page: Page): Promise<Figures> {
  await statisticsLoaded(page);
  const out: Figures = {};
  for (const key of ['received', 'accepted', 'resolved']) out[key] = await statCard(page, key);
  for (const [table, row] of [['table-type', 'CONSTRUCTION_PAYMENT'], ['table-mode', 'JOINT'], ['table-department', housing.id]]) Object.assign(out, flat(table, await statRow(page, table, row)));
  return out;
}

it('seed 003 through the console: window intake, five-way team of two mediators, two sittings, agreement, 司法确认 by the court\'s system, statistics', async () => {
  // 统计 before the story: this month's county figures as the county supervisor reads them.
  await caughtUp(h.platform());
  const stats = await asUser('county-supervisor', `/statistics?period=month&at=${thisMonth()}`);
  const before = await figures(stats);

  // 一窗受理: 秦国庆 and three partners at the county window.
  const desk = await asUser('county-operator', '/intake');
  await desk.getByTestId('intake-form').waitFor();
  await steps.fillIntake(desk, {
    type: '工程款', title, amount: '386000.00', applicants, respondents,
    description: '秦国庆等4人承揽某住宅项目外墙工程，完工后合作商与业主单位互相推诿，尚欠工程款38.6万元，多次讨要未果，双方曾发生争执。',
  });
  await desk.getByTestId('intake-submit').click();
  // The platform holds the demo world's cases: should one look alike, the operator saves anyway (it is a new request).
  await desk.getByTestId('intake-done').or(desk.getByTestId('duplicates-confirm')).first().waitFor({ timeout: 30_000 });
  if (await desk.getByTestId('duplicates-confirm').isVisible()) await desk.getByTestId('duplicates-save-anyway').click();
  await desk.getByTestId('intake-done').waitFor({ timeout: 30_000 });
  const code = (await desk.getByTestId('intake-code').innerText()).trim();
  await desk.getByTestId('intake-open-case').click();
  await desk.getByTestId('case-file').waitFor();
  const id = new URL(desk.url()).pathname.split('/').pop()!;
  await expect(desk.getByTestId('case-code').innerText()).resolves.toBe(code);
  await expect(desk.getByTestId('case-status').getAttribute('data-status')).resolves.toBe('REGISTERED');
  await expect(desk.getByTestId('case-resolution-path').innerText()).resolves.toContain('即时调解');
  await ledgerShows(desk, id, ['intake']);
  // Not accepted yet: the deadline is provisional and does not run.
  await deadlineShown(desk, id, (s) => s.state === 'NOT_STARTED');

  // 受理 (复杂) and 联合调解 by the county dispatcher.
  const dispatcher = await asUser('county-dispatcher', `/cases/${id}`);
  await dispatcher.getByTestId('action-accept').click();
  await dispatcher.getByRole('dialog').getByText('复杂（15天）').click();
  await dispatcher.getByTestId('modal-accept-submit').click();
  await dispatcher.locator('[data-testid="case-status"][data-status="ACCEPTED"]').waitFor({ timeout: 20_000 });
  await dispatcher.getByTestId('action-changeMode').click();
  await dispatcher.getByTestId('modal-changeMode').waitFor();
  await dispatcher.getByRole('dialog').getByText('联合调解（五方联调）').click();
  await dispatcher.getByRole('dialog').getByLabel('理由').fill('涉及合作商、业主单位多方，启动五方联调');
  await submitModal(dispatcher, 'modal-changeMode');
  await dispatcher.waitForFunction(() => document.querySelectorAll('[data-testid="resolution-path-step"]').length === 2);
  await expect(dispatcher.getByTestId('resolution-path-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-mode')))).resolves.toEqual(['INSTANT', 'JOINT']);
  await ledgerShows(dispatcher, id, ['intake', 'accept', 'changeResolutionMode']);
  // Accepted as complex at the county: fifteen days from acceptance, one overall deadline, no ladder step of its own.
  const running = await deadlineShown(dispatcher, id, (s) => s.deadlineStarted);
  expect(running).toMatchObject({ state: 'ON_TRACK', stepDeadlineAt: null, overallDeadlineAt: running.deadlineAt });
  expect(Date.parse(running.deadlineAt) - Date.parse(running.acceptedAt!)).toBe(15 * 86_400_000);

  // 交办: 住建局 leads (行政), 法院 诉调, 公安局 警调, 司法局 人民调解; 张锦西 presides (人民调解), 罗志涌 assists (行业专业).
  await dispatcher.getByTestId('action-assign').click();
  await dispatcher.getByTestId('modal-assign').waitFor();
  await dispatcher.getByTestId('assign-joint-hint').waitFor();
  await pick(dispatcher, '牵头部门', housing.name);
  await dispatcher.getByText(`${housing.name} · 联调类别`).waitFor();
  for (const d of [court, police, justice]) await pick(dispatcher, '协办部门', d.name);
  await dispatcher.keyboard.press('Escape'); // closes the open dropdown, not the form
  for (const [d, kind] of [[housing, '行政'], [court, '诉调'], [police, '警调'], [justice, '人民调解']] as const) {
    await choose(dispatcher, `field-department-kind-${d.id}`, kind);
  }
  await dispatcher.getByTestId('add-mediator').click();
  await pickIn(dispatcher, dispatcher.getByTestId('field-mediator-0').locator('input'), lead.name);
  await dispatcher.getByTestId('add-mediator').click();
  await pickIn(dispatcher, dispatcher.getByTestId('field-mediator-1').locator('input'), gold.name);
  await expect(dispatcher.getByTestId('field-mediator-role-1').locator('.ant-radio-button-wrapper-checked').innerText()).resolves.toBe('协办');
  await choose(dispatcher, 'field-mediator-kind-0', '人民调解');
  await choose(dispatcher, 'field-mediator-kind-1', '行业专业');
  await dispatcher.getByRole('dialog').getByLabel('交办说明').fill(assignNote);
  await submitModal(dispatcher, 'modal-assign');
  await dispatcher.locator('[data-testid="case-status"][data-status="ASSIGNED"]').waitFor({ timeout: 20_000 });
  const team = dispatcher.getByTestId('case-assignments');
  await team.getByText('调解团队 2 人', { exact: false }).waitFor();
  const rows = await team.locator('tbody tr.ant-table-row').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent!.trim())));
  expect(rows).toEqual([
    [housing.name, '牵头', '行政'], [court.name, '协办', '诉调'], [police.name, '协办', '警调'], [justice.name, '协办', '人民调解'],
    [expect.stringContaining(lead.name), '主办', '人民调解'], [expect.stringContaining(gold.name), '协办', '行业专业'],
  ]);
  await ledgerShows(dispatcher, id, ['intake', 'accept', 'changeResolutionMode', 'assign']);
  // The 交办单 to the lead department, due in seven days, on the case file and its ledger.
  const slip = dispatcher.locator('[data-testid="letter"][data-kind="ASSIGNMENT"]');
  await see(dispatcher, slip);
  const assigned = await deadlineShown(dispatcher, id, (s) => s.letters.some((l) => l.kind === 'ASSIGNMENT'));
  expect(assigned.deadlineAt).toBe(running.deadlineAt);
  const jiao = assigned.letters.find((l) => l.kind === 'ASSIGNMENT')!;
  expect(jiao).toMatchObject({ state: 'OPEN', to: { id: housing.id } });
  await expect(slip.getByTestId('letter-state').getAttribute('data-state')).resolves.toBe('OPEN');
  const slipText = await slip.innerText();
  for (const part of [jiao.number, housing.name, cst(jiao.dueAt!)]) expect(slipText).toContain(part);
  await see(dispatcher, dispatcher.getByTestId('case-ledger').locator('[data-testid="ledger-entry"][data-action="letter"]', { hasText: jiao.number }));
  await team.scrollIntoViewIfNeeded();
  await h.chromium.screenshot(dispatcher, 'story-joint-mediation-team');

  // The assisting mediator (mediator-gold) opens the mediation and records the first sitting: adjourned.
  const mediator = await asUser('mediator-gold', `/cases/${id}`);
  await mediator.getByTestId('action-startMediation').click();
  await mediator.getByTestId('modal-start-submit').click();
  await mediator.locator('[data-testid="case-status"][data-status="IN_MEDIATION"]').waitFor({ timeout: 20_000 });
  const sittings = mediator.getByTestId('case-sessions');
  await sittings.getByText('尚未记录调解会').waitFor();
  await mediator.getByTestId('action-session').click();
  const sitting = mediator.getByTestId('modal-session');
  await sitting.waitFor();
  await sitting.getByLabel('调解地点').fill('县综治中心联合调解室');
  // Of the six parties, the lead applicant and both companies came.
  for (const name of ['秦国安', '郭志刚', '廖春生']) await sitting.getByText(`${name}（申请人）`).click();
  await pick(mediator, '主持调解员', lead.name);
  await pick(mediator, '协助调解员', gold.name);
  await mediator.keyboard.press('Escape');
  for (const d of [housing, police, justice]) await pick(mediator, '参加部门', d.name);
  await mediator.keyboard.press('Escape');
  await sitting.getByLabel('调解笔录').fill('申请人出示施工合同和结算单；合作商称业主未付进度款，业主称已付清。住建局调取工程款支付凭证，约定周四再调。');
  await sitting.getByText('休会（改期再调）').click();
  await mediator.getByTestId('modal-session-submit').click();
  await sitting.waitFor({ state: 'detached', timeout: 30_000 });
  await sittings.getByText('第 1 次调解').waitFor();
  await ledgerShows(mediator, id, ['intake', 'accept', 'changeResolutionMode', 'assign', 'startMediation', 'recordSession']);
  // Mediating does not stop the clock.
  const mediating = await deadlineShown(mediator, id, (s) => s.state === 'ON_TRACK');
  expect(mediating.deadlineAt).toBe(running.deadlineAt);

  // The second sitting, with the court's judge on hand (诉调对接), agrees; the dispatcher records it and the agreement.
  await dispatcher.reload();
  await dispatcher.getByTestId('case-sessions').getByText('第 1 次调解').waitFor({ timeout: 30_000 });
  await dispatcher.getByTestId('action-session').click();
  const second = dispatcher.getByTestId('modal-session');
  await second.waitFor();
  await second.getByLabel('调解地点').fill('县人民法院诉调对接工作室');
  for (const name of ['秦国安', '郭志刚', '廖春生']) await second.getByText(`${name}（申请人）`).click();
  await pick(dispatcher, '主持调解员', lead.name);
  await pick(dispatcher, '协助调解员', gold.name);
  await dispatcher.keyboard.press('Escape');
  for (const d of [housing, court, police, justice]) await pick(dispatcher, '参加部门', d.name);
  await dispatcher.keyboard.press('Escape');
  await second.getByLabel('调解笔录').fill('经法官释法、民警到场维持秩序、调解员分别做工作，业主单位同意代合作商直接支付工程款，三方签字。');
  await second.getByText('达成协议', { exact: true }).click();
  await dispatcher.getByTestId('modal-session-submit').click();
  await second.waitFor({ state: 'detached', timeout: 30_000 });
  const held = dispatcher.getByTestId('case-sessions');
  await held.getByText('第 2 次调解').waitFor();
  const heldText = await held.innerText();
  for (const part of ['县综治中心联合调解室', '县人民法院诉调对接工作室', '休会（改期再调）', '达成协议', '秦国庆（申请人）', `${lead.name}（主持）`, `${gold.name}（协助）`, court.name]) {
    expect(heldText).toContain(part);
  }
  expect(heldText).not.toContain('秦国安（申请人）'); // only those who came are on the minutes
  await dispatcher.getByTestId('action-recordOutcome').click();
  await dispatcher.getByTestId('modal-outcome').waitFor();
  await dispatcher.getByRole('dialog').getByLabel('调解协议内容').fill(agreement);
  await dispatcher.getByTestId('modal-outcome-submit').click();
  await dispatcher.locator('[data-testid="case-status"][data-status="RESOLVED"]').waitFor({ timeout: 20_000 });
  await expect(dispatcher.getByTestId('agreement-text').innerText()).resolves.toBe(agreement);
  await ledgerShows(dispatcher, id, ['intake', 'accept', 'changeResolutionMode', 'assign', 'startMediation', 'recordSession', 'recordSession', 'recordOutcome']);
  // Resolved: the clock stops within the deadline, and the outcome's 反馈单 answers the 交办单 that still waited.
  const stopped = await deadlineShown(dispatcher, id, (s) => s.state === 'STOPPED' && s.letters.some((l) => l.id === jiao.id && l.state === 'ANSWERED'));
  expect(stopped.overdue).toBe(false);
  const feedback = stopped.letters.find((l) => l.id === jiao.id)!.answeredBy!;
  expect(feedback.kind).toBe('FEEDBACK');
  await see(dispatcher, dispatcher.locator('[data-testid="letter"][data-kind="ASSIGNMENT"] [data-testid="letter-state"][data-state="ANSWERED"]'));
  await see(dispatcher, dispatcher.locator('[data-testid="letter"][data-kind="FEEDBACK"]'));
  await dispatcher.getByTestId('case-sessions').scrollIntoViewIfNeeded();
  await h.chromium.screenshot(dispatcher, 'story-joint-mediation-sittings');

  // 司法确认: the window sends the agreement to the county court, to be answered by the court's system (dbcourt).
  await desk.reload();
  await desk.getByTestId('agreement-card').waitFor({ timeout: 30_000 });
  await expect(desk.getByTestId('agreement-card').innerText()).resolves.toContain('大埔县某置业有限公司（被申请人）');
  await desk.getByTestId('action-applyConfirmation').click();
  const apply = desk.getByTestId('modal-applyConfirmation');
  await apply.waitFor();
  await apply.locator(`.ant-select-content[title="${court.name}"]`).waitFor(); // the county's one court, chosen already
  await desk.getByRole('dialog').getByLabel('法院对接系统标识（可不填）').fill('dbcourt');
  await desk.getByRole('dialog').getByLabel('申请说明（可不填）').fill('三方当事人共同申请司法确认');
  await desk.getByTestId('modal-applyConfirmation-submit').click();
  await apply.waitFor({ state: 'detached', timeout: 30_000 });
  const application = desk.locator('[data-testid="confirmation"][data-status="APPLIED"]');
  await application.waitFor();
  await expect(application.innerText()).resolves.toContain('经对接系统 dbcourt');
  await expect(desk.getByTestId('action-decideConfirmation').count()).resolves.toBe(0); // the window is not the court
  await ledgerShows(desk, id, ['intake', 'accept', 'changeResolutionMode', 'assign', 'startMediation', 'recordSession', 'recordSession', 'recordOutcome', 'applyJudicialConfirmation']);

  // The court's system accepts it, then confirms it with its ruling — through the graph, with its own token.
  const { case: withConfirmation } = await asSupervisor<{ case: { judicialConfirmations: { id: string; status: string }[] } }>(
    `query($id: ID!) { case(id: $id) { judicialConfirmations { id status } } }`, { id });
  const confirmationId = withConfirmation.judicialConfirmations[0].id;
  const judge = `mutation($input: DecideJudicialConfirmationInput!) { decideJudicialConfirmation(input: $input) { id status rulingNumber } }`;
  expect((await must(judge, { input: { confirmationId, decision: 'ACCEPT' } }, courtToken)).decideJudicialConfirmation.status).toBe('ACCEPTED');
  // The case file does not follow changes made elsewhere: the operator refreshes it, as one would.
  await desk.reload();
  await see(desk, desk.locator('[data-testid="confirmation"][data-status="ACCEPTED"]'));
  expect((await must(judge, { input: { confirmationId, decision: 'CONFIRM', rulingNumber: ruling } }, courtToken)).decideJudicialConfirmation)
    .toMatchObject({ status: 'CONFIRMED', rulingNumber: ruling });
  await desk.reload();
  await see(desk, desk.getByTestId('agreement-confirmed'));
  await expect(desk.getByTestId('ruling-number').innerText()).resolves.toContain(ruling);
  await ledgerShows(desk, id, ['intake', 'accept', 'changeResolutionMode', 'assign', 'startMediation', 'recordSession', 'recordSession', 'recordOutcome',
    'applyJudicialConfirmation', 'decideJudicialConfirmation', 'decideJudicialConfirmation']);
  // The ledger reads as the story: each step by its Chinese name, the 交办单 and 反馈单 woven in.
  const ledgerText = await desk.getByTestId('case-ledger').innerText();
  for (const step of ['登记受理', '受理', '调整化解方式', '交办', '发出交办单', '开始调解', '记录调解会', '记录调解结果', '发出反馈单', '申请司法确认', '法院司法确认决定']) {
    expect(ledgerText).toContain(step);
  }
  const confirmed = await deadlineShown(desk, id, (s) => s.state === 'STOPPED');
  expect(confirmed).toMatchObject({ overdue: false, deadlineAt: running.deadlineAt });
  await desk.getByTestId('agreement-card').scrollIntoViewIfNeeded();
  await h.chromium.screenshot(desk, 'story-joint-mediation-confirmed');

  // The 交办单's print page: to 住建局, the dispatcher's note, no party's phone, 已反馈 by its numbered 反馈单.
  await desk.goto(`${h.base()}/documents/${jiao.id}/print`);
  await desk.getByTestId('document-sheet').waitFor({ timeout: 30_000 });
  await expect(desk.getByTestId('document-number').innerText()).resolves.toBe(jiao.number);
  await expect(desk.getByTestId('document-to').innerText()).resolves.toBe(`${housing.name}：`);
  const body = await desk.getByTestId('document-body').innerText();
  expect(body).toContain(code);
  expect(body).toContain(assignNote);
  expect(body).toContain(`办理时限至${documentTime(running.deadlineAt)}`); // the deadline the case file shows
  expect(body).not.toContain('13907531101');
  await expect(desk.getByTestId('document-state').getAttribute('data-state')).resolves.toBe('ANSWERED');
  await h.chromium.screenshot(desk, 'story-joint-mediation-slip');
  await desk.getByTestId('document-answered-by').click();
  await desk.locator('[data-testid="document-sheet"][data-kind="FEEDBACK"]').waitFor();
  await expect(desk.getByTestId('document-number').innerText()).resolves.toBe(stopped.letters.find((l) => l.id === feedback.id)!.number);
  await expect(desk.getByTestId('document-answers').count()).resolves.toBe(1); // and it leads back to the 交办单 it answers

  // 统计 after: this one case moved the county's month — received, accepted and resolved, under its type, 联合调解 and 住建局.
  await caughtUp(h.platform());
  await stats.reload();
  const after = await figures(stats);
  const moved = Object.fromEntries(Object.keys(before).map((k) => [k, after[k] - before[k]]));
  expect(moved).toEqual({
    received: 1, accepted: 1, resolved: 1,
    'table-type.received': 1, 'table-type.accepted': 1, 'table-type.resolved': 1,
    'table-mode.received': 1, 'table-mode.accepted': 1, 'table-mode.resolved': 1,
    'table-department.received': 1, 'table-department.accepted': 1, 'table-department.resolved': 1,
  });
  await stats.getByTestId('section-mode').scrollIntoViewIfNeeded();
  await h.chromium.screenshot(stats, 'story-joint-mediation-statistics');
});
