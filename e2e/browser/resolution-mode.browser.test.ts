/**
 * 化解方式 in the case file, in Chromium against the whole platform: a wage-arrears case before the
 * Spring Festival starts in 即时调解 at the town window; the operator moves it to 专业调解 with a
 * reason (a missing reason turns the field red, nothing is written); the county's leader moves it
 * to 联合调解（五方联调）after taking the case personally (领导包案: the head then names the leader). The
 * head of the case file shows the path, the ledger shows each change, and roles without the grant (the
 * 12345 partner; an operator for 领导包案) do not see the buttons.
 */
import type { Page } from 'playwright-core';
import { signIn, useConsole } from './console';
import type { PageRecord } from './chromium';

jest.setTimeout(180_000);

const h = useConsole();
let records: PageRecord[] = [];

afterEach(() => {
  for (const record of records.splice(0)) {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
  }
});

async function asUser(username: string, path: string): Promise<Page> {
  const opened = await h.open();
  records.push(opened.record);
  await signIn(opened.page, h.base(), username, path);
  return opened.page;
}

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

describe('化解方式 and 领导包案 in the case file', () => {
  it('moves a case from 即时调解 to 专业调解, the leader takes it and moves it to 联合调解, each on the head and the ledger', async () => {
    const id = await acceptedWageCase();
    const page = await asUser('town-a-operator', `/cases/${id}`);
    await page.getByTestId('case-file').waitFor();
    await expect(pathModes(page)).resolves.toEqual(['INSTANT']);
    await expect(page.getByTestId('case-resolution-path').innerText()).resolves.toContain('即时调解');
    await expect(page.getByTestId('case-leader').innerText()).resolves.toBe('未包案');
    await expect(page.getByTestId('action-takeCase').count()).resolves.toBe(0); // an operator is not a leader

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
    expect(Number(ledgerBefore[0].n)).toBe(2);
    await page.getByRole('dialog').getByLabel('理由').fill('窗口当场未能化解，转劳动争议调解员专业调解');
    await page.getByTestId('modal-changeMode').getByText('请填写理由').waitFor({ state: 'detached' }); // re-checked on input
    await h.chromium.screenshot(page, 'case-file-change-mode-modal');
    await page.getByTestId('modal-changeMode-submit').click();
    await page.getByTestId('modal-changeMode').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="resolution-path-step"]').length === 2);
    await expect(pathModes(page)).resolves.toEqual(['INSTANT', 'PROFESSIONAL']);
    await expect(page.getByTestId('case-ledger').innerText()).resolves.toContain('调整化解方式');

    // 领导包案: the county's leader takes the case personally, then takes it up to five-way joint mediation.
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
    await expect(leader.getByTestId('case-ledger').innerText()).resolves.toContain('领导包案');
    await leader.getByTestId('action-changeMode').click();
    await leader.getByRole('dialog').getByText('联合调解（五方联调）').click();
    await leader.getByRole('dialog').getByLabel('理由').fill('涉及总包方结算，启动五方联调');
    await leader.getByTestId('modal-changeMode-submit').click();
    await leader.waitForFunction(() => document.querySelectorAll('[data-testid="resolution-path-step"]').length === 3);
    await expect(pathModes(leader)).resolves.toEqual(['INSTANT', 'PROFESSIONAL', 'JOINT']);
    await h.chromium.screenshot(leader, 'case-file-resolution-path');
    const [row] = await h.platform().sql<{ resolution_mode: string }>(`SELECT resolution_mode FROM cases."case" WHERE id = $1`, [id]);
    expect(row.resolution_mode).toBe('JOINT');
    const kinds = await h.platform().sql<{ kind: string }>(`SELECT kind FROM events.dispatch_event WHERE case_id = $1 ORDER BY tx, id`, [id]);
    expect(kinds.map((k) => k.kind)).toEqual(['CASE_RECEIVED', 'CASE_ACCEPTED', 'CASE_RESOLUTION_MODE_CHANGED', 'CASE_LEADER_ASSIGNED', 'CASE_RESOLUTION_MODE_CHANGED']);

    // The 12345 partner may read the case but not move it along the path.
    const partner = await asUser('partner-12345', `/cases/${id}`);
    await partner.getByTestId('case-file').waitFor();
    await expect(partner.getByTestId('action-changeMode').count()).resolves.toBe(0);
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
