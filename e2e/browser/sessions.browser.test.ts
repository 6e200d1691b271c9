/**
 * 调解会记录 in the case file (Chromium against the whole platform): a joint mediation of a wage
 * case — its own mediator (the gold team's account) records two sittings from the screen (the first adjourned, the second
 * agreed, with a second mediator and the court joining), the card lists them in order and the
 * ledger shows each; an empty form names what is missing and writes nothing; a reader without the
 * grant (the 12345 partner) sees the sittings but no button.
 */
import type { Page } from 'playwright-core';
import { generateWorld } from '@zz/demo-world';
import { useConsole, useSignedInPages } from './console';

jest.setTimeout(180_000);

const world = generateWorld();
/** The gold team's account mediates the case: a mediator records sittings, not only the desk. */
const gold = world.users.find((u) => u.username === 'mediator-gold')!;

const h = useConsole();
const asUser = useSignedInPages(h);

/** A wage case of town A, accepted, assigned and in mediation (through the graph: this test is about the sittings). */
async function caseInMediation(): Promise<string> {
  const p = h.platform();
  const gql = async <T>(user: string, query: string, variables: Record<string, unknown>) => {
    const res = await p.gql<T>(query, variables, await p.login(user));
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const me = await gql<{ me: { region: { id: string } } }>('town-a-operator', `{ me { region { id } } }`, {});
  const { intakeCase } = await gql<{ intakeCase: { id: string } }>('town-a-operator', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, { input: {
    title: '安置房工地12名工人被拖欠工资', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId: me.me.region.id, amountInDispute: '96000.00',
    description: '钟国强等12名工人在镇安置房工地务工三个月，劳务分包方以工程款未结算为由拖欠工资九万六千元。',
    parties: [{ name: '钟国强', role: 'APPLICANT', phone: '13912340001' }, { name: '大埔某劳务有限公司', role: 'RESPONDENT' }],
  } });
  const id = intakeCase.id;
  await gql('county-dispatcher', `mutation($id: ID!) { acceptCase(id: $id, complexity: COMPLEX) { id } }`, { id });
  await gql('county-dispatcher', `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId: id, mediatorId: gold.mediatorId } });
  await gql('county-dispatcher', `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id });
  return id;
}

/**
 * Takes the `index`-th option of an antd Select found by its form label and waits until the select shows it;
 * answers the option's text. Picks again (three tries) when a loaded machine lost the click.
 */
async function pickNth(page: Page, label: string, index: number, multiple = false): Promise<string> {
  const box = page.getByRole('dialog').getByLabel(label, { exact: true });
  const select = box.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const shows = async (name: string) => (await select.innerText()).includes(name);
  for (let attempt = 1; ; attempt++) {
    // The list may re-render while its options load (the mediator pool arrives after the case's own): open it again then.
    await box.click();
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').nth(index);
    await option.waitFor();
    const text = (await option.innerText()).split('\n')[0];
    const name = text.split(/[（ ·]/)[0];
    const clicked = await option.click({ timeout: 5_000 }).then(() => true, () => false);
    if (multiple || !clicked) await page.keyboard.press('Escape');
    if (clicked) for (let i = 0; i < 20 && !(await shows(name)); i++) await page.waitForTimeout(100);
    if (clicked && (await shows(name))) return text;
    if (attempt === 3) throw new Error(`${label}: the pick of ${text} never showed`);
  }
}

/** Picks an option of an antd Select found by its form label, by typing part of its text (a multi-select's list is closed after). */
async function pickByText(page: Page, label: string, text: string, multiple = false) {
  const box = page.getByRole('dialog').getByLabel(label, { exact: true });
  await box.click();
  await box.fill(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
  if (multiple) await page.keyboard.press('Escape');
}

describe('调解会记录', () => {
  it('the case’s mediator records two sittings of a joint mediation from the case file, each on the card and the ledger', async () => {
    const id = await caseInMediation();
    const page = await asUser('mediator-gold', `/cases/${id}`);
    const card = page.getByTestId('case-sessions');
    await card.getByText('尚未记录调解会').waitFor();

    // An empty form names what is missing and writes nothing.
    await page.getByTestId('action-session').click();
    await page.getByTestId('modal-session').waitFor();
    await page.getByTestId('modal-session-submit').click();
    await page.getByTestId('modal-session').getByText('请填写调解地点').waitFor();
    await page.getByTestId('modal-session').getByText('请填写调解笔录').waitFor();
    const none = await h.platform().sql<{ n: string }>(`SELECT count(*) AS n FROM cases.mediation_session WHERE case_id = $1`, [id]);
    expect(Number(none[0].n)).toBe(0);

    // The case's own mediator presides by default.
    await page.getByRole('dialog').getByText(gold.displayName).first().waitFor();
    await page.getByRole('dialog').getByLabel('调解地点').fill('湖寮镇综治中心第一调解室');
    await page.getByRole('dialog').getByLabel('调解笔录').fill('申请人陈述欠薪经过，被申请人对人数、金额无异议，称工程款尚未结算，双方同意下周再调。');
    await page.getByRole('dialog').getByText('休会（改期再调）').click();
    await page.getByTestId('modal-session').getByText('请选择本次结果').waitFor({ state: 'detached' });
    await h.chromium.screenshot(page, 'sessions-record-modal');
    await page.getByTestId('modal-session-submit').click();
    await page.getByTestId('modal-session').waitFor({ state: 'detached' });
    await card.getByText('第 1 次调解').waitFor();

    // The second sitting: a second mediator and the court's 诉调对接 join; the parties agree.
    await page.getByTestId('action-session').click();
    await page.getByTestId('modal-session').waitFor();
    await page.getByRole('dialog').getByLabel('调解地点').fill('县人民法院诉调对接工作室');
    const lead = await pickNth(page, '主持调解员', 0);
    const assistant = await pickNth(page, '协助调解员', 1, true);
    await pickByText(page, '参加部门', '法院', true);
    await page.getByRole('dialog').getByLabel('调解笔录').fill('经法官、调解员共同释法说理，劳务公司同意于本月25日前支付全部欠薪96000元。');
    await page.getByRole('dialog').getByText('达成协议', { exact: true }).click();
    await h.chromium.screenshot(page, 'sessions-record-second');
    await page.getByTestId('modal-session-submit').click();
    await page.getByTestId('modal-session').waitFor({ state: 'detached' });
    await card.getByText('第 2 次调解').waitFor();
    const text = await card.innerText();
    for (const part of ['湖寮镇综治中心第一调解室', '县人民法院诉调对接工作室', '休会（改期再调）', '达成协议', '钟国强（申请人）', '（主持）', '（协助）', '参加部门']) expect(text).toContain(part);
    for (const name of [lead, assistant]) expect(text).toContain(`${name.split(/[（ ·]/)[0]}（`);
    await expect(page.getByTestId('session').count()).resolves.toBe(2);
    await card.scrollIntoViewIfNeeded();
    await h.chromium.screenshot(page, 'sessions-card');

    const rows = await h.platform().sql<{ sequence: number; outcome: string; n: number; d: number }>(
      `SELECT sequence, outcome, jsonb_array_length(mediators) AS n, cardinality(department_ids) AS d FROM cases.mediation_session WHERE case_id = $1 ORDER BY sequence`, [id]);
    expect(rows.map((r) => [r.sequence, r.outcome, Number(r.n), Number(r.d)])).toEqual([[1, 'ADJOURNED', 1, 0], [2, 'AGREED', 2, 1]]);
    await expect(page.locator('[data-testid="ledger-entry"][data-action="recordSession"]').count()).resolves.toBe(2);
    await expect(page.locator('[data-testid="ledger-entry"][data-action="recordSession"]').first().innerText()).resolves.toContain('记录调解会');

    // The 12345 partner reads the sittings but has no button to record one.
    const partner = await asUser('partner-12345', `/cases/${id}`);
    await partner.getByTestId('case-sessions').getByText('第 2 次调解').waitFor();
    expect(await partner.getByTestId('action-session').count()).toBe(0);
  });
});
