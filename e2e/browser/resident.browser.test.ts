/**
 * 居民自助 (issue 16 part 1) in Chromium against the whole platform. On a 390×844 phone, without any
 * account, a resident fills the form at /resident, verifies the phone with the code the notification
 * port's local sink recorded, and gets the case code; the county dispatcher's board (desktop) shows
 * the case arriving; the village center takes it to resolution through the graph; the resident
 * follows its progress on the phone and rates it through the link of the "resolved" message, which
 * lands as the case's follow-up.
 */
import type { Page } from 'playwright-core';
import { generateWorld } from '@zz/demo-world';
import { pickIn, signIn, useConsole } from './console';
import type { PageRecord } from './chromium';
import { until } from './story-steps';

const h = useConsole({ jobs: true });
const records: PageRecord[] = [];
afterAll(() => {
  for (const record of records) {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
  }
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const world = generateWorld();
const townA = world.regions.filter((r) => r.level === 'TOWN')[0];
const villageA = world.regions.find((r) => r.parentId === townA.id)!;
const mediator = world.mediators.find((m) => m.kind === 'MEDIATOR' && m.available)!;
const phone = `1392026${String(Date.now() % 10000).padStart(4, '0')}`;
const DESCRIPTION = '楼下烧烤店油烟直排，每晚开到凌晨，油烟和噪音影响全楼住户休息，与店主沟通多次未果。';

async function gql<T = any>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const p = h.platform();
  const res = await p.gql<T>(query, variables, await p.login(username));
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** The newest message of a template to the resident's phone, from the local sink (as an admin reads it in demo mode). */
async function message(template: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const { notificationOutbox } = await gql('admin', `query($r: String) { notificationOutbox(recipient: $r, first: 10) { template body } }`, { r: phone });
    const hit = notificationOutbox.find((m: { template: string }) => m.template === template);
    if (hit) return hit.body as string;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${template} message to the resident`);
}

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

let resident: Page;
let board: Page;
let caseCode = '';

it('a resident files from the phone, verifies the code and gets the case code; the board shows it', async () => {
  const b = await h.open();
  records.push(b.record);
  board = b.page;
  await signIn(board, h.base(), 'county-dispatcher', '/board');

  const r = await h.open(PHONE);
  records.push(r.record);
  resident = r.page;
  await resident.goto(`${h.base()}/resident`);
  await resident.getByLabel('事项类型').click();
  await resident.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '邻里纠纷' }).click();
  await resident.getByLabel('事情经过').fill(DESCRIPTION);
  await pickIn(resident, resident.getByLabel('所在镇（街道）'), townA.name);
  await pickIn(resident, resident.getByLabel('所在村（社区）'), villageA.name);
  await resident.getByLabel('联系人姓名').fill('陈美玲');
  await resident.getByLabel('手机号码').fill(phone);
  await noSidewaysScroll(resident);
  await h.chromium.screenshot(resident, 'resident-form');
  await resident.getByTestId('resident-next').click();

  await resident.getByText(`验证码已发送至 ${phone.slice(0, 3)}****${phone.slice(7)}`).waitFor({ timeout: 30_000 });
  const code = /验证码为 (\d{6})/.exec(await message('ZZ_CODE'))![1];
  await resident.getByLabel('短信验证码').fill(code);
  await h.chromium.screenshot(resident, 'resident-code');
  await resident.getByTestId('verify-submit').click();
  caseCode = (await resident.getByTestId('filed-code').innerText({ timeout: 30_000 })).trim();
  expect(caseCode).toMatch(/^\d{6}-\d{8}-\d{4,}$/);
  await noSidewaysScroll(resident);
  await h.chromium.screenshot(resident, 'resident-filed');

  const { caseByCode } = await gql('county-dispatcher', `query($c: String!) { caseByCode(code: $c) { channel status region { id } } }`, { c: caseCode });
  expect(caseByCode).toEqual({ channel: 'ONLINE', status: 'REGISTERED', region: { id: villageA.id } });
  await board.locator(`[data-testid="board-event"][data-case-code="${caseCode}"][data-kind="CASE_RECEIVED"]`).first().waitFor({ timeout: 30_000 });
  await h.chromium.screenshot(board, 'resident-on-board');
});

it('the center resolves it; the resident follows the progress and rates it through the link, once', async () => {
  const { caseByCode } = await gql('village-a-operator', `query($c: String!) { caseByCode(code: $c) { id } }`, { c: caseCode });
  const id = caseByCode.id as string;
  await gql('village-a-operator', `mutation($id: ID!) { acceptCase(id: $id, complexity: SIMPLE) { id } }`, { id });
  await gql('village-a-operator', `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId: id, mediatorId: mediator.id } });
  await gql('village-a-operator', `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id });
  await gql('village-a-operator', `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`,
    { input: { caseId: id, outcome: 'RESOLVED', agreement: '店主加装油烟净化器，晚上十点后停止露天烧烤。' } });

  // Same tab: the session from filing is kept, the code is filled in.
  await resident.getByRole('button', { name: '查询进度' }).click();
  await resident.getByTestId('progress-search').click();
  await resident.getByTestId('progress-status').filter({ hasText: '已化解' }).waitFor({ timeout: 30_000 });
  const steps = await resident.getByTestId('progress-steps').innerText();
  for (const step of ['已登记，案件编号已生成', '综治中心已受理', '开始调解', '调解成功，已化解']) expect(steps).toContain(step);
  const shown = await resident.locator('body').innerText();
  expect(shown).not.toContain('油烟净化器'); // the agreement's text is the staff's record, not the progress page's
  expect(shown).not.toContain(mediator.name);
  await noSidewaysScroll(resident);
  await h.chromium.screenshot(resident, 'resident-progress');

  const link = /(\/resident\/rate\?t=\S+)/.exec(await message('ZZ_RESOLVED'))![1];
  await resident.goto(`${h.base()}${link}`);
  await resident.getByTestId('rate-code').filter({ hasText: caseCode }).waitFor({ timeout: 30_000 });
  await resident.getByText('满意', { exact: true }).click();
  await resident.getByRole('textbox').fill('调解员上门两次，问题解决了，谢谢。');
  // The supervision consumer (jobs) must have seen the resolution before a follow-up is accepted; a too-early click says so and is retried.
  for (let i = 0; i < 30; i++) {
    await resident.getByTestId('rate-submit').click();
    if (await resident.getByTestId('rate-done').waitFor({ timeout: 2_000 }).then(() => true, () => false)) break;
  }
  await resident.getByTestId('rate-done').waitFor();
  await h.chromium.screenshot(resident, 'resident-rated');
  const f = await gql('county-supervisor', `query($id: ID!) { case(id: $id) { supervision { followUp { rating comment } } } }`, { id });
  expect(f.case.supervision.followUp).toEqual({ rating: 'SATISFIED', comment: '调解员上门两次，问题解决了，谢谢。' });

  // The link again: already rated, no form.
  await resident.reload();
  await resident.getByText('本案已评价：满意').waitFor({ timeout: 15_000 });
});

it('the admin reads what was sent to the resident in 消息记录 (the local sink, demo mode)', async () => {
  const a = await h.open();
  records.push(a.record);
  const admin = a.page;
  await signIn(admin, h.base(), 'admin', '/outbox');
  await admin.getByTestId('outbox-page').waitFor();
  await admin.getByTestId('outbox-recipient').locator('input').fill(phone);
  await admin.getByTestId('outbox-recipient').locator('input').press('Enter');
  const rows = admin.getByTestId('outbox-table').locator('tbody tr.ant-table-row');
  await until('the three messages to the phone', async () => (await rows.count()) === 3);
  const text = await admin.getByTestId('outbox-table').innerText();
  for (const label of ['验证码', '受理回执', '办结评价']) expect(text).toContain(label);
  expect(text).toContain(caseCode);
  await h.chromium.screenshot(admin, 'outbox');
});

