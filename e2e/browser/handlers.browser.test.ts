/**
 * 调解团队 in the case file (Chromium against the whole platform): a wage case in joint mediation
 * (五方联调) — the dispatcher opens 交办, takes the team 「推荐团队」 proposes (a lead and an assistant),
 * marks the kind of mediation each brings (人民调解, 行业专业) and the police's 警调, and the card shows
 * the team with roles and kinds; a team without a lead is refused on the screen and writes nothing.
 */
import type { Page } from 'playwright-core';
import { pickIn, useConsole, useSignedInPages } from './console';

jest.setTimeout(180_000);

const h = useConsole();
const asUser = useSignedInPages(h);

/** A wage case of town A, accepted and moved to joint mediation (through the graph: this test is about the team). */
async function jointCase(): Promise<string> {
  const p = h.platform();
  const gql = async <T>(user: string, query: string, variables: Record<string, unknown>) => {
    const res = await p.gql<T>(query, variables, await p.login(user));
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const me = await gql<{ me: { region: { id: string } } }>('town-a-operator', `{ me { region { id } } }`, {});
  const { intakeCase } = await gql<{ intakeCase: { id: string } }>('town-a-operator', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`, { input: {
    title: '工地二级承包方拒付十余名农民工工资', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId: me.me.region.id, amountInDispute: '52000.00',
    description: '姜某等十余名农民工在镇内工地务工近十天，二级承包方李某以未挣到钱为由拒付工资，经民警协调未果。',
    parties: [{ name: '姜建国', role: 'APPLICANT', phone: '13912340021' }, { name: '李某（二级承包方）', role: 'RESPONDENT' }],
  } });
  const id = intakeCase.id;
  await gql('county-dispatcher', `mutation($id: ID!) { acceptCase(id: $id, complexity: COMPLEX) { id } }`, { id });
  await gql('county-dispatcher', `mutation($input: ChangeResolutionModeInput!) { changeResolutionMode(input: $input) { id } }`,
    { input: { caseId: id, mode: 'JOINT', reason: '欠薪涉及多方，启动五方联调' } });
  return id;
}

/** Picks the option with `text` in the antd Select carrying `testId` (after the previous dropdown has gone, so its closing animation is not clicked). */
async function choose(page: Page, testId: string, text: string) {
  await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
  // A loaded machine can lose the click while the list is opening: open it again and pick again.
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();
  for (let attempt = 0; attempt < 3 && !(await page.getByTestId(testId).innerText()).includes(text); attempt++) {
    if (!(await option.isVisible())) await page.getByTestId(testId).click();
    await option.click();
    for (let i = 0; i < 20 && !(await page.getByTestId(testId).innerText()).includes(text); i++) await page.waitForTimeout(100);
  }
  await expect(page.getByTestId(testId).innerText()).resolves.toContain(text);
}

async function pickDepartment(page: Page, label: string, text: string) {
  await pickIn(page, page.getByRole('dialog').getByLabel(label, { exact: true }), text);
}

describe('调解团队', () => {
  it('the dispatcher assigns a recommended two-mediator team with joint-mediation kinds from the case file', async () => {
    const id = await jointCase();
    const page = await asUser('county-dispatcher', `/cases/${id}`);
    await page.getByTestId('action-assign').click();
    await page.getByTestId('modal-assign').waitFor();
    await page.getByTestId('assign-joint-hint').waitFor();
    // The lead must have landed before the co-departments open (a busy machine renders the picker late): its kind field shows then.
    for (let attempt = 1; ; attempt++) {
      await pickDepartment(page, '牵头部门', '人社局');
      await page.keyboard.press('Escape');
      const landed = await page.getByText('人社局 · 联调类别').waitFor({ timeout: 10_000 }).then(() => true, () => false);
      if (landed) break;
      if (attempt === 3) throw new Error('the lead department was not taken');
    }
    await pickDepartment(page, '协办部门', '公安局');
    await page.keyboard.press('Escape'); // closes the open dropdown, not the form
    await page.getByText('公安局 · 联调类别').waitFor();

    // 推荐团队 fills a lead and an assistant.
    await page.getByTestId('recommend-team').click();
    await page.getByTestId('team-note').waitFor();
    await expect(page.getByTestId('team-note').innerText()).resolves.toContain('主办');
    await page.getByTestId('mediator-row-1').waitFor();
    const leadName = (await page.getByTestId('field-mediator-0').innerText()).split(/[（\n]/)[0].trim();
    const assistName = (await page.getByTestId('field-mediator-1').innerText()).split(/[（\n]/)[0].trim();
    expect(leadName).not.toBe('');
    expect(assistName).not.toBe(leadName);

    // Both marked 协办: the screen refuses before anything is sent; then the lead is marked again.
    await page.getByTestId('field-mediator-role-0').getByText('协办').click();
    await page.getByTestId('modal-assign-submit').click();
    await page.getByTestId('modal-assign').getByText('须指定一名主办调解员').first().waitFor();
    const none = await h.platform().sql<{ n: string }>(`SELECT count(*) AS n FROM cases.assignment WHERE case_id = $1`, [id]);
    expect(Number(none[0].n)).toBe(0);
    await page.getByTestId('field-mediator-role-0').getByText('主办').click();
    await page.getByTestId('modal-assign').getByText('须指定一名主办调解员').first().waitFor({ state: 'detached' });

    await choose(page, 'field-mediator-kind-0', '人民调解');
    await choose(page, 'field-mediator-kind-1', '行业专业');
    const police = await h.platform().sql<{ id: string }>(`SELECT id FROM personnel.department WHERE name = '公安局'`);
    await choose(page, `field-department-kind-${police[0].id}`, '警调');
    await page.getByRole('dialog').getByLabel('交办说明').fill('人社局牵头追讨欠薪，公安局配合；两名调解员共同调解');
    await h.chromium.screenshot(page, 'handlers-assign-team-modal');
    await page.getByTestId('modal-assign-submit').click();
    await page.getByTestId('modal-assign').waitFor({ state: 'detached' });

    const card = page.getByTestId('case-assignments');
    await card.getByText('调解团队 2 人', { exact: false }).waitFor();
    const text = await card.innerText();
    for (const part of ['人社局', '公安局', leadName, assistName, '主办', '协办', '人民调解', '行业专业', '警调']) expect(text).toContain(part);
    await card.scrollIntoViewIfNeeded();
    await h.chromium.screenshot(page, 'handlers-team-card');

    const rows = await h.platform().sql<{ role: string; joint_kind: string | null; mediator: boolean }>(
      `SELECT role, joint_kind, mediator_id IS NOT NULL AS mediator FROM cases.assignment WHERE case_id = $1 AND active ORDER BY mediator_id IS NOT NULL, role DESC`, [id]);
    expect(rows.map((r) => [r.mediator, r.role, r.joint_kind])).toEqual([
      [false, 'LEAD', null], [false, 'ASSIST', 'POLICE'], [true, 'LEAD', 'PEOPLES'], [true, 'ASSIST', 'PROFESSIONAL'],
    ]);
  });
});
