/**
 * 调解协议与司法确认 in the case file, in Chromium against the whole platform: a wage case settled by
 * agreement shows its agreement and the parties it binds; the town's operator sends it to the county
 * court (a missing court is named under the field, nothing is written); the court's clerk stationed
 * at the center accepts it and confirms it with the ruling number; the card then says 已司法确认.
 */
import type { Page } from 'playwright-core';
import { generateWorld } from '@zz/demo-world';
import { useConsole, useSignedInPages } from './console';

jest.setTimeout(180_000);

const h = useConsole();
const world = generateWorld();
const COURT = world.departments.find((d) => d.kind === 'COURT')!;
const asUser = useSignedInPages(h);

async function must<T = any>(query: string, variables: Record<string, unknown>, username: string): Promise<T> {
  const p = h.platform();
  const r = await p.gql<T>(query, variables, await p.login(username));
  if (r.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
  return r.data!;
}

/** Seed 003's joint mediation, settled by agreement through the graph. */
async function settledCase(): Promise<string> {
  const me = await must<{ me: { region: { id: string } } }>(`{ me { region { id } } }`, {}, 'town-a-operator');
  const { intakeCase } = await must(`mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, { input: {
    title: '罗某等6人追讨某劳务公司工程款', channel: 'WINDOW', type: 'CONSTRUCTION_PAYMENT', regionId: me.me.region.id, amountInDispute: '132000.00',
    description: '罗某等6人为某劳务公司承建的安置房项目做工，工程款13.2万元拖欠半年。',
    parties: [{ name: '罗志强', role: 'APPLICANT', phone: '13912356001' }, { name: '大埔县某劳务有限公司', role: 'RESPONDENT' }],
  } }, 'town-a-operator');
  const id = intakeCase.id;
  await must(`mutation($id: ID!) { acceptCase(id: $id, complexity: COMPLEX) { id } }`, { id }, 'town-a-operator');
  const housing = world.departments.find((d) => d.kind === 'HOUSING')!.id;
  await must(`mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId: id, leadDepartmentId: housing, departmentIds: [housing] } }, 'town-a-operator');
  await must(`mutation($id: ID!) { startMediation(id: $id) { id } }`, { id }, 'town-a-operator');
  await must(`mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`, { input: {
    caseId: id, outcome: 'RESOLVED', agreement: '被申请人于2027年1月15日前分两期支付工程款13.2万元，申请人撤回其他请求。',
  } }, 'town-a-operator');
  return id;
}

describe('调解协议与司法确认 in the case file', () => {
  it('is sent to the court by the town window and confirmed by the court\'s clerk with a ruling number', async () => {
    const id = await settledCase();
    await must(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: {
      username: 'court-clerk-browser', displayName: '县法院驻中心法官', password: 'court-2026-pass', roles: ['DEPARTMENT'],
      regionId: world.regions[0].id, departmentId: COURT.id,
    } }, 'admin');

    const page = await asUser('town-a-operator', `/cases/${id}`);
    await page.getByTestId('agreement-card').waitFor();
    await expect(page.getByTestId('agreement-text').innerText()).resolves.toContain('13.2万元');
    await expect(page.getByTestId('agreement-card').innerText()).resolves.toContain('罗志强（申请人）');
    await page.getByTestId('action-applyConfirmation').click();
    await page.getByTestId('modal-applyConfirmation').waitFor();
    // The one court of the county is chosen already.
    await page.getByTestId('modal-applyConfirmation').locator(`.ant-select-content[title="${COURT.name}"]`).waitFor();
    await page.getByRole('dialog').getByLabel('申请说明（可不填）').fill('双方当事人共同申请司法确认');
    await h.chromium.screenshot(page, 'case-file-apply-confirmation');
    await page.getByTestId('modal-applyConfirmation-submit').click();
    await page.getByTestId('modal-applyConfirmation').waitFor({ state: 'detached' });
    await page.locator('[data-testid="confirmation"][data-status="APPLIED"]').waitFor();
    await expect(page.getByTestId('action-applyConfirmation').count()).resolves.toBe(0); // one application at a time
    await expect(page.getByTestId('action-decideConfirmation').count()).resolves.toBe(0); // the window is not the court

    const clerk = await asUser('court-clerk-browser', `/cases/${id}`, 'court-2026-pass');
    await clerk.getByTestId('action-decideConfirmation').click();
    await clerk.getByRole('dialog').getByText('立案受理').click();
    await clerk.getByTestId('modal-decideConfirmation-submit').click();
    await clerk.locator('[data-testid="confirmation"][data-status="ACCEPTED"]').waitFor();
    await clerk.getByTestId('action-decideConfirmation').click();
    await clerk.getByRole('dialog').getByText('裁定确认').click();
    await clerk.getByTestId('modal-decideConfirmation-submit').click();
    await clerk.getByTestId('modal-decideConfirmation').getByText('裁定确认须填写裁定书文号').waitFor(); // nothing sent
    await clerk.getByRole('dialog').getByLabel('裁定书文号').fill('（2026）粤1422民特201号');
    await h.chromium.screenshot(clerk, 'case-file-decide-confirmation');
    await clerk.getByTestId('modal-decideConfirmation-submit').click();
    await clerk.getByTestId('agreement-confirmed').waitFor();
    await expect(clerk.getByTestId('ruling-number').innerText()).resolves.toContain('（2026）粤1422民特201号');
    await clerk.getByTestId('agreement-card').scrollIntoViewIfNeeded();
    await h.chromium.screenshot(clerk, 'case-file-agreement-confirmed');
    const [row] = await h.platform().sql<{ status: string; ruling_number: string }>(`SELECT status, ruling_number FROM cases.judicial_confirmation WHERE case_id = $1`, [id]);
    expect(row).toEqual({ status: 'CONFIRMED', ruling_number: '（2026）粤1422民特201号' });
    await expect(clerk.getByTestId('case-ledger').innerText()).resolves.toContain('法院司法确认决定');
  });
});
