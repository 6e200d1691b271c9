/**
 * Seed 000 (大埔县) in Chromium, through the console's screens: 王志成 and 13 other buyers of an online
 * course whose training company went silent come to the county center's window together. The window
 * takes the group in (14 applicants, the company as respondent): an orange 群体性纠纷 warning and its
 * 风险预警函. One of them also rang 12345 (the hotline's system registers it through the graph, as the
 * partner does); the window merges it from the case file's duplicates. The dispatcher accepts it as
 * COMPLEX, the county's leader takes it (包案), the 风险预警函 is answered, the case goes to 市场监管局 with
 * 公安局 and 司法局 (交办单), the 1+5+N consultation meets and decides, the mode becomes 五方联调,
 * 市场监管局's liaison answers the 交办单 with a 反馈单 on the documents screen, the joint mediation
 * reaches the agreement, the case is closed and visited. At each step the case file's ledger, its
 * deadline (as Case.supervision has it) and its documents; at the end the statistics screen shows the
 * change the story made — two registrations, one dispute — against what it showed before.
 */
import type { Locator, Page } from 'playwright-core';
import { generateWorld } from '@zz/demo-world';
import { useConsole, useSignedInPages, pickIn } from './console';
import { fillIntake } from './intake-steps';
import { cst, leaderLine, statCard, statRow, statisticsLoaded, thisMonth, until, type Measures } from './story-steps';

// About 1.5 minutes with another browser test beside it on two cores; room for a machine loaded further than that.
jest.setTimeout(300_000);

const h = useConsole({ jobs: true });
const asUser = useSignedInPages(h);
const world = generateWorld();
const county = world.regions.find((r) => r.level === 'COUNTY')!;
const market = world.departments.find((d) => d.kind === 'MARKET_REGULATION')!;

const names = ['王志成', '李秀梅', '张伟', '刘芳', '陈国强', '杨丽', '黄建华', '赵敏', '周俊', '吴小燕', '徐海涛', '孙丽娟', '胡志明', '朱晓红'];
const applicants = names.map((name, i) => ({ name, phone: `1390753${String(2001 + i)}` }));
const respondent = { name: '广州某在线教育科技有限公司', phone: '020-38881234' };
const agreement = '机构于2026年3月20日前退还王志成课程费3万元、其余13名学员课程费共计6.24万元，退费至原支付账户。';

async function gql<T = any>(user: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const p = h.platform();
  const r = await p.gql<T>(query, variables, token ?? (await p.login(user)));
  if (r.errors?.length) throw new Error(`${user}: ${JSON.stringify(r.errors)}`);
  return r.data!;
}

type Letter = { id: string; number: string; kind: string; state: string; dueAt: string | null; body: string; answeredBy: { id: string } | null };
type Sv = {
  state: string; deadlineStarted: boolean; deadlineAt: string; overallDeadlineAt: string; riskLevel: string | null;
  riskWarnings: { rule: string; level: string; reason: string }[]; followUp: { rating: string } | null; letters: Letter[];
};
const supervisionOf = async (id: string): Promise<Sv> => (await gql('county-supervisor', `query($id: ID!) { case(id: $id) { supervision {
  state deadlineStarted deadlineAt overallDeadlineAt riskLevel riskWarnings { rule level reason } followUp { rating }
  letters { id number kind state dueAt body answeredBy { id } } } } }`, { id })).case.supervision;

/** Until supervision's read model (its jobs run in the background) shows what `ready` wants. */
async function supervisionWhen(id: string, ready: (s: Sv) => boolean, what: string): Promise<Sv> {
  return until(`supervision to show ${what}`, async () => {
    const s = await supervisionOf(id);
    return ready(s) ? s : null;
  });
}

/** Opens the case file afresh (what another user did meanwhile is shown, and the version sent is current). */
async function openCase(page: Page, id: string): Promise<void> {
  await page.goto(`${h.base()}/cases/${id}`);
  await page.getByTestId('case-file').waitFor({ timeout: 30_000 });
}

/** Waits for `what` on the case file, reading the page again while supervision has not derived it yet. */
async function onFile(page: Page, id: string, what: Locator, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    if (await what.first().waitFor({ timeout: 4_000 }).then(() => true, () => false)) return;
    if (Date.now() > until) throw new Error(`not shown on the case file: ${what.toString()}`);
    await openCase(page, id);
  }
}

/** Seconds since the story began, per step: where the time goes on a loaded machine. */
const marks: string[] = [];
let t0 = 0;
const mark = (step: string) => marks.push(`${step} ${((Date.now() - t0) / 1000).toFixed(1)}s`);
// eslint-disable-next-line no-console -- the story's time per step (its start), kept in CI's log to watch the budget
afterAll(() => console.log(`group refund story: ${marks.join(' · ')}`));

/** Until what `selector` finds is shown and done zooming in (no animation left, fully opaque, not scaled), for a picture of it. */
async function settled(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => {
    const els = [...document.querySelectorAll<HTMLElement>(sel)];
    return els.length > 0 && els.every((el) => {
      const style = getComputedStyle(el);
      return el.getAnimations({ subtree: true }).length === 0 && style.opacity === '1' && (style.transform === 'none' || style.transform === 'matrix(1, 0, 0, 1, 0, 0)');
    });
  }, selector);
}

const status = (page: Page, want: string) => page.locator(`[data-testid="case-status"][data-status="${want}"]`).waitFor({ timeout: 20_000 });

/** The case steps on the page's ledger, oldest first (supervision's letters and the visit left out). */
async function ledgerSteps(page: Page): Promise<string[]> {
  const all = await page.getByTestId('case-ledger').getByTestId('ledger-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
  return all.filter((a): a is string => a !== null && a !== 'letter' && a !== 'followUp');
}

async function ledgerShows(page: Page, steps: string[]): Promise<void> {
  await page.getByTestId('case-ledger').locator(`[data-action="${steps[steps.length - 1]}"]`).waitFor({ timeout: 20_000 });
  await expect(ledgerSteps(page)).resolves.toEqual(steps);
}

/** The deadline the case file shows, against Case.supervision. */
async function deadlineShows(page: Page, id: string, state: string): Promise<Sv> {
  const sv = await supervisionWhen(id, (s) => s.state === state, `deadline state ${state}`);
  const panel = page.getByTestId('case-supervision');
  await onFile(page, id, panel.locator(`[data-testid="deadline-state"]:text-is("${STATE[state]}")`));
  await expect(panel.getByTestId('overall-deadline').innerText()).resolves.toBe(cst(sv.overallDeadlineAt));
  await expect(page.getByTestId('case-facts').innerText()).resolves.toContain(cst(sv.deadlineAt) + (sv.deadlineStarted ? '' : '（预计，受理后起算）'));
  return sv;
}
const STATE: Record<string, string> = { NOT_STARTED: '未起算', ON_TRACK: '正常', STOPPED: '已停止计时' };

const pick = (page: Page, label: string, text: string) => pickIn(page, page.getByRole('dialog').getByLabel(label, { exact: true }), text);

// ── the statistics screen, read as figures ────────────────────────────────────────────────────────
async function figures(page: Page) {
  return {
    total: { received: await statCard(page, 'received'), accepted: await statCard(page, 'accepted'), resolved: await statCard(page, 'resolved'), closed: await statCard(page, 'closed') },
    window: await statRow(page, 'table-channel', 'WINDOW'),
    hotline: await statRow(page, 'table-channel', 'HOTLINE_12345'),
    consumer: await statRow(page, 'table-type', 'CONSUMER'),
    joint: await statRow(page, 'table-mode', 'JOINT'),
    market: await statRow(page, 'table-department', market.id),
    leader: await leaderLine(page),
  };
}
type Figures = Awaited<ReturnType<typeof figures>>;
const plus = (m: Measures, d: Partial<Measures>): Measures => ({
  received: m.received + (d.received ?? 0), accepted: m.accepted + (d.accepted ?? 0), resolved: m.resolved + (d.resolved ?? 0), closed: m.closed + (d.closed ?? 0),
});

/** This month on the statistics screen (Beijing time). */
const statisticsPath = () => `/statistics?period=month&at=${thisMonth()}`;

/** The statistics screen, loaded (`reload`: read afresh). */
async function openStatistics(page: Page, reload = true): Promise<void> {
  if (reload) await page.goto(h.base() + statisticsPath());
  await statisticsLoaded(page);
  await page.getByTestId('stat-received').waitFor();
}

it('the group refund of 14 applicants through the console: received once, consulted, mediated jointly, refunded, visited and counted once', async () => {
  t0 = Date.now();
  // 市场监管局's liaison, an account of the department's own (made by the admin, through the graph).
  const liaisonName = 'market-liaison-refund';
  await gql('admin', `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: {
    username: liaisonName, displayName: '市场监管局联络员', password: 'story-2026-pass', roles: ['DEPARTMENT'], regionId: county.id, departmentId: market.id,
  } });
  // Everyone signs in at once; the leader's screen starts on the county's statistics, read before the story changes them.
  const [leaderPage, op, desk, liaison] = await Promise.all([
    asUser('county-supervisor', statisticsPath()), asUser('county-operator', '/intake'), asUser('county-dispatcher', '/cases'),
    asUser(liaisonName, '/cases', 'story-2026-pass'),
  ]);
  mark('signed in');
  await openStatistics(leaderPage, false);
  const before = await figures(leaderPage);

  mark('intake');
  // ── The window: 王志成 and 13 others, against the training company. ─────────────────────────
  await op.getByTestId('intake-form').waitFor();
  const title = '王志成等14人追讨网购课程退费';
  await fillIntake(op, {
    type: '退费', title, amount: '92400.00', applicants, respondents: [respondent],
    description: '王志成等14名群众2024年6月网购职业培训课程后，培训机构“失联”，辗转多个部门反映未果。王志成课程费3万元，其余13人共计6.24万元，请求退还。',
  });
  await op.getByTestId('intake-submit').click();
  await op.getByTestId('intake-done').waitFor({ timeout: 30_000 });
  const code = (await op.getByTestId('intake-code').innerText()).trim();
  await op.getByTestId('intake-open-case').click();
  await op.getByTestId('case-file').waitFor();
  const id = new URL(op.url()).pathname.split('/').pop()!;
  await status(op, 'REGISTERED');
  await expect(op.getByTestId('case-code').innerText()).resolves.toBe(code);
  // All fifteen parties, over the table's two pages.
  const partyCard = op.getByTestId('case-parties');
  await expect(partyCard.innerText()).resolves.toContain('当事人（15）');
  let parties = await partyCard.innerText();
  await partyCard.locator('.ant-pagination-item-2').click();
  await partyCard.getByText(respondent.name).waitFor();
  parties += await partyCard.innerText();
  for (const n of [...names, respondent.name]) expect(parties).toContain(n);
  await ledgerShows(op, ['intake']);
  // A group of 14 is a 群体性纠纷: orange, and the county center's 风险预警函 (not yet accepted: a provisional deadline).
  let sv = await supervisionWhen(id, (s) => s.letters.some((l) => l.kind === 'RISK_WARNING'), 'the 风险预警函');
  expect(sv).toMatchObject({ state: 'NOT_STARTED', deadlineStarted: false, riskLevel: 'ORANGE' });
  expect(sv.riskWarnings).toEqual([{ rule: 'GROUP_DISPUTE', level: 'ORANGE', reason: '群体性纠纷，申请人14人' }]);
  const warning = sv.letters.find((l) => l.kind === 'RISK_WARNING')!;
  await onFile(op, id, op.locator('[data-testid="letter"][data-kind="RISK_WARNING"]'));
  await expect(op.getByTestId('case-risk').innerText()).resolves.toBe('橙色预警');
  await expect(op.getByTestId('case-supervision').innerText()).resolves.toContain('群体性纠纷，申请人14人');
  await deadlineShows(op, id, 'NOT_STARTED');
  await op.getByTestId('case-supervision').scrollIntoViewIfNeeded();
  await h.chromium.screenshot(op, 'story-group-refund-intake');
  // Its print page: the county center's paper, numbered, naming no applicant.
  await op.locator('[data-testid="letter"][data-kind="RISK_WARNING"]').getByTestId('letter-print-page').click();
  await op.locator('[data-testid="document-sheet"][data-kind="RISK_WARNING"]').waitFor();
  await expect(op.getByTestId('document-issuer').innerText()).resolves.toBe('大埔县综治中心');
  await expect(op.getByTestId('document-number').innerText()).resolves.toBe(warning.number);
  const warningBody = await op.getByTestId('document-body').innerText();
  expect(warningBody).toContain(code);
  for (const n of names) expect(warningBody).not.toContain(n);

  mark('hotline+merge');
  // ── 12345: 陈国强 rang the hotline too; its system registers the call (a partner, through the graph). ──
  const hotline = (await gql('partner-12345', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id code possibleDuplicates { case { id } reasons } } }`, { input: {
    title: '市民反映网购培训课程无法退费', channel: 'HOTLINE_12345', type: 'CONSUMER', regionId: county.id,
    description: '市民来电反映，网购的职业培训课程机构已联系不上，要求退还课程费。', parties: [{ ...applicants[4], role: 'APPLICANT' }],
  } })).intakeCase as { id: string; code: string; possibleDuplicates: { case: { id: string }; reasons: string[] }[] };
  expect(hotline.possibleDuplicates).toEqual([{ case: { id }, reasons: [expect.stringContaining('申请人联系电话相同')] }]);
  // The window sees it among the possible duplicates and merges it in, keeping its own (the earlier) registration.
  await openCase(op, id);
  const dup = op.locator(`[data-testid="case-duplicate"][data-case-code="${hotline.code}"]`);
  await dup.waitFor();
  await expect(dup.innerText()).resolves.toContain('申请人联系电话相同');
  await dup.getByTestId('duplicate-merge').click();
  const mergeModal = op.getByTestId('modal-merge');
  await mergeModal.waitFor();
  await expect(mergeModal.locator('.ant-radio-button-wrapper-checked').innerText()).resolves.toBe(`本案 ${code}`);
  await op.getByRole('dialog').getByLabel('理由').fill('同一培训机构退费纠纷，已并入王志成等14人案件');
  await op.getByTestId('modal-merge-submit').click();
  await mergeModal.waitFor({ state: 'detached' });
  await op.getByTestId('case-merged-cases').getByText(hotline.code).waitFor();
  await ledgerShows(op, ['intake', 'mergeIn']);
  await expect(op.getByTestId('case-ledger').locator('[data-action="mergeIn"]').innerText()).resolves.toContain('同一培训机构退费纠纷');
  // The hotline's registration is withdrawn and points at the kept case.
  await op.getByTestId('case-merged-cases').getByText(hotline.code).click();
  await status(op, 'WITHDRAWN');
  await op.getByTestId('case-merged-into').getByText(code).waitFor();
  expect((await gql('county-operator', `query($id: ID!) { case(id: $id) { status mergedInto { id } } }`, { id: hotline.id })).case)
    .toEqual({ status: 'WITHDRAWN', mergedInto: { id } });

  mark('accept');
  // ── The dispatcher accepts it as COMPLEX: 15 days from acceptance, at the county center. ─────
  await openCase(desk, id);
  await desk.getByTestId('action-accept').click();
  await desk.getByRole('dialog').getByText('复杂（15天）').click();
  await desk.getByTestId('modal-accept-submit').click();
  await status(desk, 'ACCEPTED');
  await ledgerShows(desk, ['intake', 'mergeIn', 'accept']);
  sv = await deadlineShows(desk, id, 'ON_TRACK');
  const { acceptedAt } = (await gql('county-dispatcher', `query($id: ID!) { case(id: $id) { acceptedAt } }`, { id })).case;
  expect(Date.parse(sv.deadlineAt)).toBe(Date.parse(acceptedAt) + 15 * 86_400_000);
  // Accepting issues the numbered 受理告知单 to the applicants: in the case file, nothing to answer.
  sv = await supervisionWhen(id, (s) => s.letters.some((l) => l.kind === 'ACCEPTANCE_NOTICE'), 'the 受理告知单');
  const notice = sv.letters.find((l) => l.kind === 'ACCEPTANCE_NOTICE')!;
  expect(notice).toMatchObject({ number: expect.stringMatching(/^大埔综治受〔\d{4}〕\d+号$/), state: 'NONE', dueAt: null });
  const noticeRow = desk.locator('[data-testid="letter"][data-kind="ACCEPTANCE_NOTICE"]');
  await onFile(desk, id, noticeRow);
  await expect(noticeRow.innerText()).resolves.toContain(notice.number);
  await expect(noticeRow.getByTestId('letter-answer').count()).resolves.toBe(0);

  mark('take');
  // ── The county's leader 张卫东 takes it personally (包案). ─────────────────────────────────────
  await openCase(leaderPage, id);
  await leaderPage.getByTestId('action-takeCase').click();
  await leaderPage.getByRole('dialog').getByLabel('包案说明（可不填）').fill('群体性退费纠纷，本人包案');
  await leaderPage.getByTestId('modal-takeCase-submit').click();
  await leaderPage.locator('[data-testid="case-leader"]:has-text("张卫东")').waitFor();
  await ledgerShows(leaderPage, ['intake', 'mergeIn', 'accept', 'takeCase']);

  mark('risk answer');
  // ── The center answers the 风险预警函 with what it has done (the answer reloads the case file: the leader shows). ──
  const warningRow = desk.locator('[data-testid="letter"][data-kind="RISK_WARNING"]');
  await warningRow.getByTestId('letter-answer').click();
  await desk.getByTestId('field-answer').fill('已由县领导包案，拟召开1+5+N会商研究化解方案。');
  await desk.getByTestId('answer-submit').click();
  await warningRow.locator('[data-testid="letter-state"][data-state="ANSWERED"]').waitFor({ timeout: 20_000 });
  await desk.locator('[data-testid="letter"][data-kind="FEEDBACK"]').first().waitFor();
  await desk.locator('[data-testid="case-leader"]:has-text("张卫东")').waitFor();

  mark('assign');
  // ── 交办 to 市场监管局 (lead) with 公安局 and 司法局: the 交办单 to the lead department. ───────────
  await desk.getByTestId('action-assign').click();
  await desk.getByTestId('modal-assign').waitFor();
  await pick(desk, '牵头部门', '市场监管局');
  await pick(desk, '协办部门', '公安局');
  await pick(desk, '协办部门', '司法局');
  await desk.keyboard.press('Escape'); // closes the open dropdown, not the form
  const note = '市场监管局牵头核查机构资金去向，公安局协查负责人下落';
  await desk.getByRole('dialog').getByLabel('交办说明').fill(note);
  await desk.getByTestId('modal-assign-submit').click();
  await status(desk, 'ASSIGNED');
  const assignments = await desk.getByTestId('case-assignments').innerText();
  for (const d of ['市场监管局', '公安局', '司法局']) expect(assignments).toContain(d);
  await ledgerShows(desk, ['intake', 'mergeIn', 'accept', 'takeCase', 'assign']);
  sv = await supervisionWhen(id, (s) => s.letters.some((l) => l.kind === 'ASSIGNMENT'), 'the 交办单');
  const jiao = sv.letters.find((l) => l.kind === 'ASSIGNMENT')!;
  expect(jiao.number).toMatch(/^大埔综治交〔\d{4}〕\d+号$/);
  const slip = desk.locator('[data-testid="letter"][data-kind="ASSIGNMENT"]');
  await onFile(desk, id, slip);
  await expect(slip.innerText()).resolves.toContain(`反馈期限 ${cst(jiao.dueAt!)}`);
  await expect(slip.innerText()).resolves.toContain('市场监管局');
  await deadlineShows(desk, id, 'ON_TRACK'); // assigning does not move the case's own deadline
  expect((await supervisionOf(id)).deadlineAt).toBe(sv.deadlineAt);
  await slip.getByTestId('letter-open').click();
  const sheet = await desk.getByTestId('letter-sheet').innerText();
  await settled(desk, '.ant-modal:has([data-testid="letter-sheet"])');
  for (const part of ['交办单', '市场监管局', code, title, note, jiao.number]) expect(sheet).toContain(part);
  await h.chromium.screenshot(desk, 'story-group-refund-assignment-slip');
  await desk.keyboard.press('Escape');
  await desk.getByTestId('letter-sheet').waitFor({ state: 'detached' });

  mark('consultation');
  // ── The 1+5+N consultation: the five members and 市场监管局 as the N; the leader records its decision. ──
  await desk.getByTestId('action-openConsultation').click();
  const consult = desk.getByTestId('modal-consult');
  await consult.waitFor();
  await consult.getByLabel('会商议题').fill('培训机构失联退费：责任分工与化解方案');
  await consult.getByText('选入“1+5”成员单位').click();
  await pick(desk, '参会部门', '市场监管局');
  await desk.keyboard.press('Escape');
  await consult.getByTestId('field-departments').getByText('信访局').waitFor();
  await desk.getByTestId('modal-consult-submit').click();
  const card = desk.getByTestId('consultation');
  await card.waitFor({ timeout: 15_000 });
  const attending = await card.innerText();
  for (const d of ['法院', '检察院', '公安局', '司法局', '信访局', '市场监管局']) expect(attending).toContain(d);
  await ledgerShows(desk, ['intake', 'mergeIn', 'accept', 'takeCase', 'assign', 'openConsultation']);

  await openCase(leaderPage, id);
  await leaderPage.getByTestId('consultation').getByTestId('action-decide').click();
  const decision = leaderPage.getByTestId('modal-decision');
  await decision.getByLabel('责任分工').fill('市场监管局核查资金并约谈机构；公安局协查负责人下落；司法局组织人民调解；法院做好诉调对接');
  await decision.getByLabel('化解方案').fill('五方联调，促成机构分批全额退费；不成则支持集体诉讼');
  await leaderPage.getByTestId('modal-decision-submit').click();
  await decision.waitFor({ state: 'hidden', timeout: 30_000 });
  await leaderPage.getByTestId('consultation').filter({ hasText: '促成机构分批全额退费' }).waitFor({ timeout: 15_000 });
  await ledgerShows(leaderPage, ['intake', 'mergeIn', 'accept', 'takeCase', 'assign', 'openConsultation', 'decideConsultation']);

  mark('mode');
  // ── As the meeting decided: 联合调解（五方联调）. ──────────────────────────────────────────────
  await openCase(desk, id);
  await desk.getByTestId('action-changeMode').click();
  await desk.getByRole('dialog').getByText('联合调解（五方联调）').click();
  await desk.getByRole('dialog').getByLabel('理由').fill('跨部门问题，按会商方案启动五方联调');
  await desk.getByTestId('modal-changeMode-submit').click();
  await desk.locator('[data-testid="resolution-path-step"][data-mode="JOINT"]').waitFor({ timeout: 15_000 });
  await expect(desk.getByTestId('case-resolution-mode').getAttribute('data-mode')).resolves.toBe('JOINT');
  await ledgerShows(desk, ['intake', 'mergeIn', 'accept', 'takeCase', 'assign', 'openConsultation', 'decideConsultation', 'changeResolutionMode']);

  mark('liaison feedback');
  // ── 市场监管局's liaison answers the 交办单 with a 反馈单, on the documents screen. ──────────────
  await openCase(liaison, id);
  const theirSlip = liaison.locator('[data-testid="letter"][data-kind="ASSIGNMENT"]');
  await theirSlip.waitFor({ timeout: 30_000 });
  await theirSlip.getByTestId('letter-print-page').click();
  await liaison.locator('[data-testid="document-sheet"][data-kind="ASSIGNMENT"]').waitFor();
  await expect(liaison.getByTestId('document-number').innerText()).resolves.toBe(jiao.number);
  await expect(liaison.getByTestId('document-to').innerText()).resolves.toBe('市场监管局：');
  await liaison.getByTestId('document-answer').click();
  const reply = '已约谈机构负责人，机构账户资金已冻结，同意参加联合调解。';
  await liaison.getByTestId('field-answer').fill(reply);
  await liaison.getByTestId('answer-submit').click();
  await liaison.locator('[data-testid="document-state"][data-state="ANSWERED"]').waitFor({ timeout: 15_000 });
  await expect(liaison.getByTestId('document-answered').innerText()).resolves.toMatch(/^本文书已由 大埔综治反〔\d{4}〕\d+号 于 .+ 反馈办结。$/);
  await liaison.getByTestId('document-answered-by').click();
  await liaison.locator('[data-testid="document-sheet"][data-kind="FEEDBACK"]').waitFor();
  await expect(liaison.getByTestId('document-issuer').innerText()).resolves.toBe('市场监管局');
  await expect(liaison.getByTestId('document-to').innerText()).resolves.toBe('大埔县综治中心：');
  await expect(liaison.getByTestId('document-body').innerText()).resolves.toContain(reply);
  await h.chromium.screenshot(liaison, 'story-group-refund-feedback');

  mark('mediation');
  // ── The joint mediation reaches the agreement: the deadline stops, in time. ─────────────────
  // (The liaison's answer is supervision's: the case itself did not change, the desk's page is current.)
  await desk.getByTestId('action-startMediation').click();
  await desk.getByTestId('modal-start-submit').click();
  await status(desk, 'IN_MEDIATION');
  await desk.getByTestId('action-recordOutcome').click();
  await desk.getByRole('dialog').getByLabel('调解协议内容').fill(agreement);
  await desk.getByTestId('modal-outcome-submit').click();
  await status(desk, 'RESOLVED');
  await expect(desk.getByTestId('case-agreement').innerText()).resolves.toBe(agreement);
  await expect(slip.getByTestId('letter-state').getAttribute('data-state')).resolves.toBe('ANSWERED');
  sv = await deadlineShows(desk, id, 'STOPPED');
  // Every document asking an answer is answered: the warning, the 交办单; the 受理告知单 and the three 反馈单 ask none.
  expect(sv.letters.map((l) => l.kind).sort()).toEqual(['ACCEPTANCE_NOTICE', 'ASSIGNMENT', 'FEEDBACK', 'FEEDBACK', 'FEEDBACK', 'RISK_WARNING']);
  expect(sv.letters.filter((l) => l.state === 'OPEN' || l.state === 'OVERDUE')).toEqual([]);
  const shownStates = await desk.getByTestId('case-supervision').getByTestId('letter').evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-kind'), e.querySelector('[data-testid="letter-state"]')?.getAttribute('data-state') ?? 'NONE']));
  expect(shownStates.filter(([kind]) => kind !== 'FEEDBACK')).toEqual(expect.arrayContaining([['RISK_WARNING', 'ANSWERED'], ['ASSIGNMENT', 'ANSWERED']]));
  expect(shownStates).toHaveLength(6);

  mark('close+visit');
  // ── Refunds paid: the window closes the case and visits the applicants. ─────────────────────
  await openCase(op, id);
  await op.getByTestId('action-close').click();
  await op.getByTestId('modal-close-submit').click();
  await status(op, 'CLOSED');
  await op.getByTestId('action-recordFollowUp').click();
  await op.getByRole('dialog').getByText('满意', { exact: true }).click();
  await op.getByRole('dialog').getByLabel('回访意见').fill('14名学员课程费已全部退回原支付账户');
  await op.getByTestId('modal-follow-up-submit').click();
  await op.getByTestId('follow-up').filter({ hasText: '满意' }).waitFor({ timeout: 15_000 });
  expect((await supervisionWhen(id, (s) => !!s.followUp, 'the visit')).followUp).toEqual({ rating: 'SATISFIED' });
  await expect(op.getByTestId('case-header').getByTestId('deadline').innerText()).resolves.toBe('已结束');
  const steps = ['intake', 'mergeIn', 'accept', 'takeCase', 'assign', 'openConsultation', 'decideConsultation', 'changeResolutionMode', 'startMediation', 'recordOutcome', 'close'];
  await op.getByTestId('case-ledger').locator('[data-action="followUp"]').waitFor({ timeout: 20_000 });
  await ledgerShows(op, steps);
  const ledgerText = await op.getByTestId('case-ledger').innerText();
  for (const word of ['合并入本案', '领导包案', '发出交办单', '回访：满意', note]) expect(ledgerText).toContain(word);
  expect((await gql('county-supervisor', `query($id: ID!) { case(id: $id) { history { action } } }`, { id })).case.history.map((e: { action: string }) => e.action)).toEqual(steps);
  await op.getByTestId('case-ledger').scrollIntoViewIfNeeded();
  await h.chromium.screenshot(op, 'story-group-refund-ledger');

  mark('statistics');
  // ── The statistics: two registrations (window and hotline), one dispute accepted, resolved, closed. ──
  const until = Date.now() + 30_000;
  let after: Figures;
  for (;;) {
    await openStatistics(leaderPage);
    after = await figures(leaderPage);
    if (after.total.closed > before.total.closed || Date.now() > until) break;
  }
  expect(after).toEqual({
    total: plus(before.total, { received: 2, accepted: 1, resolved: 1, closed: 1 }),
    window: plus(before.window, { received: 1, accepted: 1, resolved: 1, closed: 1 }),
    hotline: plus(before.hotline, { received: 1 }),
    consumer: plus(before.consumer, { received: 2, accepted: 1, resolved: 1, closed: 1 }),
    joint: plus(before.joint, { received: 1, accepted: 1, resolved: 1, closed: 1 }),
    market: plus(before.market, { received: 1, accepted: 1, resolved: 1, closed: 1 }),
    leader: plus(before.leader, { received: 1, accepted: 1, resolved: 1, closed: 1 }),
  });
  await leaderPage.getByTestId('section-channel').scrollIntoViewIfNeeded();
  await h.chromium.screenshot(leaderPage, 'story-group-refund-statistics');
  mark('done');
});
