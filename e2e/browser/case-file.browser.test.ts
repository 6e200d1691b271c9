/**
 * 案件卷宗 in Chromium against the whole platform (supervision's jobs running, so letters and the
 * follow-up come from the real read model):
 * - the wage-arrears story of seed 003 (ten migrant workers unpaid by a sub-contractor) through the
 *   screens only: taken in at 一窗受理 (a wrong ID check digit first: the field turns red, nothing is
 *   saved), then handled in the case file — accept, assign (lead department + the recommended
 *   mediator), start mediation, resolve with an agreement, follow-up, close — and the ledger shows
 *   every step (the other tests take their cases in through the graph);
 * - a CONFLICT: the case changes through the graph after the page loaded; the action is refused,
 *   the page says so and shows the new state, nothing of the user's choice is written;
 * - 督办函 issued by the county supervisor, and its A4 print;
 * - town A's operator opens town B's case by URL: 无权查看, and none of its data ever reaches the DOM;
 * - roles without an action's access key (the 12345 partner, a mediator) do not see its button.
 */
import type { Page } from 'playwright-core';
import { idNumberCheckChar } from '@zz/common';
import { signIn, useConsole, pickIn } from './console';
import * as steps from './intake-steps';
import type { PageRecord } from './chromium';

jest.setTimeout(180_000);

const h = useConsole({ jobs: true });
/** Every page a test opened: each must end without a script error, a console error or a foreign request. */
let records: PageRecord[] = [];
let n = 0;

afterEach(() => {
  for (const record of records.splice(0)) {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
  }
});

const idNumber = (seq: number) => {
  const first17 = `44142219850101${String(100 + seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
};

/** Seed 003: 姜某 and nine other migrant workers, unpaid after ten days on a site by the second-tier contractor 李某. */
async function intakeWageCase(username = 'town-a-operator', title = '姜某等10名农民工被拖欠工资'): Promise<{ id: string; code: string; title: string }> {
  const p = h.platform();
  const token = await p.login(username);
  const me = await p.gql<{ me: { region: { id: string } } }>(`{ me { region { id } } }`, {}, token);
  n += 1;
  const workers = ['姜某', '王某', '张某', '刘某', '陈某', '杨某', '赵某', '黄某', '周某', '吴某'].map((name, i) => ({
    name: `${name}${i > 0 ? i : ''}`, role: 'APPLICANT', phone: `1391234${String(5000 + n * 20 + i).padStart(4, '0')}`, ...(i < 2 ? { idNumber: idNumber(n * 20 + i) } : {}),
  }));
  const res = await p.gql<{ intakeCase: { id: string; code: string; title: string } }>(
    `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id code title } }`,
    {
      input: {
        idempotencyKey: `case-file-browser-${Date.now()}-${n}`, title: `${title}（${n}）`, channel: 'WINDOW', type: 'LABOUR_WAGES',
        description: '姜某等10名农民工在镇内一工地工作近十天，二级承包方李某以自己没挣到钱为由拒付工资；曾报警，经民警协调各级承包方仍拒不支付。工人急需用钱购买农资。',
        regionId: me.data!.me.region.id, amountInDispute: '38000.00',
        parties: [...workers, { name: '李某（二级承包方）', role: 'RESPONDENT', phone: '13800138000' }],
      },
    }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.intakeCase;
}

async function asUser(username: string, path: string): Promise<Page> {
  const opened = await h.open();
  records.push(opened.record);
  await signIn(opened.page, h.base(), username, path);
  return opened.page;
}

const status = (page: Page) => page.getByTestId('case-status').getAttribute('data-status');
async function waitForStatus(page: Page, want: string) {
  await page.locator(`[data-testid="case-status"][data-status="${want}"]`).waitFor({ timeout: 20_000 });
}

/** Picks an option of an antd Select found by its form label, by typing part of its text. */
/**
 * Picks `text` in the select labelled `label` and waits until the select shows it. On a loaded machine a
 * click can land while the modal is still opening and the choice is lost: then it picks again (twice at most).
 */
async function pick(page: Page, label: string, text: string) {
  await pickIn(page, page.getByRole('dialog').getByLabel(label, { exact: true }), text);
}

describe('案件卷宗', () => {
  let wage: { id: string; code: string; title: string };

  it('the wage-arrears story through the screens only: intake (a wrong check digit first), accept, assign, mediate, resolve, follow up, close — every step on the ledger', async () => {
    // 一窗受理: the window operator takes the ten workers' case in.
    const page = await asUser('town-a-operator', '/intake');
    await page.getByTestId('intake-form').waitFor();
    const title = `姜某等10名农民工被拖欠工资（窗口登记 ${Date.now() % 100000}）`;
    const workers = ['姜某', '王某', '张某', '刘某', '陈某', '杨某', '赵某', '黄某', '周某', '吴某'].map((name, i) => ({
      name: `${name}${i > 0 ? i : ''}`, phone: `1391235${String(6000 + i).padStart(4, '0')}`, ...(i < 2 ? { idNumber: steps.validIdNumber(700 + i) } : {}),
    }));
    await steps.fillIntake(page, {
      type: '欠薪', title, amount: '38000.00',
      description: '姜某等10名农民工在镇内一工地工作近十天，二级承包方李某以自己没挣到钱为由拒付工资；曾报警，经民警协调各级承包方仍拒不支付。工人急需用钱购买农资。',
      applicants: [{ ...workers[0], idNumber: steps.wrongCheckDigit(workers[0].idNumber!) }, ...workers.slice(1)],
      respondents: [{ name: '李某（二级承包方）', phone: '13800138000' }],
    });
    // The wrong check digit turns the field red, and saving saves nothing.
    const id0 = page.getByTestId('party-0-idNumber');
    await steps.eventually(page, () => steps.isRed(id0), true);
    await page.getByTestId('intake-submit').click();
    await page.waitForTimeout(1000);
    expect(await page.getByTestId('intake-done').count()).toBe(0);
    const none = await h.platform().gql<{ cases: { totalCount: number } }>(`query($s: String!) { cases(filter: { search: $s }) { totalCount } }`, { s: title }, await h.platform().login('admin'));
    expect(none.data!.cases.totalCount).toBe(0);
    // Corrected: saved; the case file opens from the result.
    await id0.fill(workers[0].idNumber!);
    await steps.eventually(page, () => steps.isRed(id0), false);
    await page.getByTestId('intake-submit').click();
    await page.getByTestId('intake-done').waitFor({ timeout: 30_000 });
    const code = (await page.getByTestId('intake-code').innerText()).trim();
    await page.getByTestId('intake-open-case').click();
    await page.getByTestId('case-file').waitFor();
    wage = { id: new URL(page.url()).pathname.split('/').pop()!, code, title };
    await expect(page.getByTestId('case-code').innerText()).resolves.toBe(wage.code);
    await expect(status(page)).resolves.toBe('REGISTERED');
    await expect(page.getByTestId('case-parties').innerText()).resolves.toContain('姜某');
    await page.getByTestId('recommendation').first().waitFor();
    await h.chromium.screenshot(page, 'case-file-registered');

    // Esc closes a form and changes nothing.
    await page.getByTestId('action-reject').click();
    await page.getByTestId('modal-reject').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('modal-reject').waitFor({ state: 'detached' });

    // 受理定级: a required choice; Enter submits.
    await page.getByTestId('action-accept').click();
    await page.getByTestId('modal-accept').waitFor();
    await page.getByTestId('modal-accept-submit').click();
    await page.getByTestId('modal-accept').getByText('请选择繁简程度').waitFor(); // nothing chosen: the field says so
    await page.getByRole('dialog').getByText('复杂（15天）').click();
    await page.getByTestId('modal-accept').getByText('请选择繁简程度').waitFor({ state: 'detached' }); // re-checked on change
    await h.chromium.screenshot(page, 'case-file-accept-modal');
    await page.keyboard.press('Enter');
    await waitForStatus(page, 'ACCEPTED');
    await expect(page.getByTestId('case-complexity').innerText()).resolves.toBe('复杂（15天）');

    // One click books a gold mediator's studio for the workers: a free hour, the applicant as contact.
    const gold = page.locator('[data-testid="recommendation"]:has([data-testid="recommendation-book"])').first();
    const goldName = (await gold.getAttribute('data-mediator'))!;
    await gold.getByTestId('recommendation-book').click();
    await page.getByTestId('modal-booking').waitFor();
    const freeSlot = page.locator('[data-testid="modal-booking"] .ant-radio-button-wrapper:not(.ant-radio-button-wrapper-disabled)').first();
    await freeSlot.waitFor();
    await expect(page.getByRole('dialog').getByLabel('联系人').inputValue()).resolves.toBe('姜某'); // the first applicant
    await freeSlot.click();
    await h.chromium.screenshot(page, 'case-file-booking-modal');
    await page.getByTestId('modal-booking-submit').click();
    await page.getByText(/^预约调解（\d+月\d+日 \d\d:\d\d）：已完成$/).waitFor({ timeout: 15_000 });
    await page.getByTestId('modal-booking').waitFor({ state: 'detached' });
    const bookings = await h.platform().sql<{ n: string }>(
      `SELECT count(*) AS n FROM personnel.appointment a JOIN personnel.mediator m ON m.id = a.mediator_id WHERE a.case_id = $1 AND m.name = $2 AND a.status = 'BOOKED'`, [wage.id, goldName]);
    expect(Number(bookings[0].n)).toBe(1);

    // 交办 from the recommendation: the top mediator is chosen, the lead department is picked.
    const top = page.getByTestId('recommendation').first();
    const mediatorName = (await top.getAttribute('data-mediator'))!;
    await expect(top.getByTestId('recommendation-reasons').innerText()).resolves.toMatch(/[\u4e00-\u9fff]/);
    await top.getByTestId('recommendation-assign').click();
    await page.getByTestId('modal-assign').waitFor();
    await pick(page, '牵头部门', '人社局');
    await pick(page, '协办部门', '公安局');
    await page.keyboard.press('Escape'); // closes the open dropdown, not the form
    await page.getByTestId('modal-assign').waitFor();
    await page.getByRole('dialog').getByLabel('交办说明').fill('人社局牵头追讨欠薪，公安局配合；两名调解员共同调解');
    // The departments on duty today at the case's centers are suggested (人社局 sits at the county all year).
    await page.getByTestId('assign-on-duty').getByText('人社局', { exact: true }).waitFor();
    await h.chromium.screenshot(page, 'case-file-assign-modal');
    await page.getByTestId('modal-assign-submit').click();
    await waitForStatus(page, 'ASSIGNED');
    const assignments = page.getByTestId('case-assignments');
    await expect(assignments.innerText()).resolves.toContain('人社局');
    await expect(assignments.innerText()).resolves.toContain('公安局');
    await expect(assignments.innerText()).resolves.toContain(mediatorName);
    // Supervision issues the 交办单 from the event log a moment later; the page reads it again by itself.
    const slip = page.locator('[data-testid="letter"][data-kind="ASSIGNMENT"]');
    await slip.waitFor({ timeout: 20_000 });
    await h.chromium.screenshot(page, 'case-file-assigned');
    // The 交办单 prints for the lead department: number, addressee, case, what is asked, due date.
    await slip.getByTestId('letter-open').click();
    const sheet = await page.getByTestId('letter-sheet').innerText();
    for (const part of ['交办单', '人社局', wage.code, wage.title, '牵头办理', '办理时限', '人社局牵头追讨欠薪，公安局配合']) expect(sheet).toContain(part);
    await page.keyboard.press('Escape');
    await page.getByTestId('letter-sheet').waitFor({ state: 'detached' });

    await page.getByTestId('action-startMediation').click();
    await page.getByTestId('modal-start-submit').click();
    await waitForStatus(page, 'IN_MEDIATION');

    // 调解结果: RESOLVED needs the agreement — the empty field turns red first.
    await page.getByTestId('action-recordOutcome').click();
    await page.getByTestId('modal-outcome').waitFor();
    await page.getByTestId('modal-outcome-submit').click();
    await page.getByTestId('modal-outcome').getByText('化解成功须填写调解协议内容').waitFor();
    const agreement = '李某当场向姜某等10名农民工支付拖欠工资共计38000元，双方再无其他争议。';
    await page.getByRole('dialog').getByLabel('调解协议内容').fill(agreement);
    await page.keyboard.press('Enter');
    await waitForStatus(page, 'RESOLVED');
    await expect(page.getByTestId('case-agreement').innerText()).resolves.toBe(agreement);

    // 回访 becomes possible once supervision has seen the resolution.
    await page.getByTestId('action-recordFollowUp').waitFor({ timeout: 20_000 });
    await page.getByTestId('action-recordFollowUp').click();
    await page.getByRole('dialog').getByText('满意', { exact: true }).click();
    await page.getByRole('dialog').getByLabel('回访意见').fill('工资已全部到手，感谢综治中心');
    await page.getByTestId('modal-follow-up-submit').click();
    await page.getByTestId('follow-up').filter({ hasText: '满意' }).waitFor({ timeout: 15_000 });
    await page.getByTestId('action-recordFollowUp').waitFor({ state: 'detached' });

    await page.getByTestId('action-close').click();
    await page.getByTestId('modal-close-submit').click();
    await waitForStatus(page, 'CLOSED');
    await expect(page.getByTestId('case-header').getByTestId('deadline').innerText()).resolves.toBe('已结束');

    // The ledger: every step, in order, with who did it; supervision's letter and follow-up woven in.
    const ledger = page.getByTestId('case-ledger');
    await ledger.locator('[data-action="followUp"]').waitFor({ timeout: 20_000 });
    const actions = await ledger.getByTestId('ledger-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    const caseSteps = actions.filter((a) => a !== 'letter' && a !== 'followUp');
    expect(caseSteps).toEqual(['intake', 'accept', 'assign', 'startMediation', 'recordOutcome', 'close']);
    expect(actions.indexOf('followUp')).toBeGreaterThan(actions.indexOf('recordOutcome'));
    expect(actions.indexOf('followUp')).toBeLessThan(actions.indexOf('close'));
    expect(actions).toContain('letter');
    const text = await ledger.innerText();
    for (const word of ['登记', '受理', '交办', '调解', '办结', '已登记', '已受理', '已交办', '调解中', '已化解', '已办结', '回访：满意', '发出交办单', '人社局牵头追讨欠薪']) expect(text).toContain(word);
    // The graph agrees with the page.
    const p = h.platform();
    const truth = await p.gql<{ case: { status: string; history: { action: string }[] } }>(`query($id: ID!) { case(id: $id) { status history { action } } }`, { id: wage.id }, await p.login('town-a-operator'));
    expect(truth.data!.case.status).toBe('CLOSED');
    expect(truth.data!.case.history.map((e) => e.action)).toEqual(caseSteps);
    await expect(page.getByTestId('case-actions').innerText()).resolves.toContain('重新办理'); // a closed case can only be reopened
    await h.chromium.screenshot(page, 'case-file-closed');
    await ledger.scrollIntoViewIfNeeded();
    await h.chromium.screenshot(page, 'case-file-ledger');
  });

  it('CONFLICT: a change made elsewhere after the page loaded is not overwritten; the page says so and shows it', async () => {
    const c = await intakeWageCase('town-a-operator', '工地欠薪并发修改');
    const p = h.platform();
    const other = await p.login('county-dispatcher');
    const accept = await p.gql(`mutation($id: ID!) { acceptCase(id: $id, complexity: GENERAL) { id } }`, { id: c.id }, other);
    expect(accept.errors).toBeUndefined();
    const page = await asUser('town-a-operator', `/cases/${c.id}`);
    await waitForStatus(page, 'ACCEPTED');
    const departments = await p.gql<{ departments: { id: string; name: string }[] }>(`{ departments { id name } }`, {}, other);
    const police = departments.data!.departments.find((d) => d.name === '公安局')!.id;

    // The user opens 交办 and chooses; the dispatcher assigns it to the police meanwhile (assigning again would still be legal).
    await page.getByTestId('action-assign').click();
    await page.getByTestId('modal-assign').waitFor();
    await pick(page, '牵头部门', '司法局');
    const assign = await p.gql(`mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId: c.id, leadDepartmentId: police } }, other);
    expect(assign.errors).toBeUndefined();
    // Refused by the server (expectedVersion), or by the page itself had it already reloaded the newer version.
    const sent = page.waitForResponse((r) => (r.request().postData() ?? '').includes('CaseFileAssign'), { timeout: 15_000 }).then(async (r) => (await r.json()) as { errors?: { extensions?: { code?: string } }[] }).catch(() => null);
    // The choice must have landed before submitting (a busy machine renders the picker late).
    await page.getByRole('dialog').getByText('司法局', { exact: true }).filter({ visible: true }).first().waitFor({ timeout: 15_000 });
    await page.getByTestId('modal-assign-submit').click();
    await page.getByTestId('case-conflict').waitFor({ timeout: 30_000 }).catch(async (err: Error) => {
      throw new Error(`no conflict banner; the page's assign request answered ${JSON.stringify(await sent)} (${err.message})`);
    });
    const answer = await sent;
    if (answer) expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await expect(page.getByTestId('case-conflict').innerText()).resolves.toContain('已被他人修改');
    await page.getByTestId('modal-assign').waitFor({ state: 'detached' });
    await waitForStatus(page, 'ASSIGNED'); // the new state is shown
    const assigned = await page.getByTestId('case-assignments').innerText();
    expect(assigned).toContain('公安局');
    expect(assigned).not.toContain('司法局');
    await expect(page.getByTestId('case-version').innerText()).resolves.toBe('第 3 版');
    const truth = await p.gql<{ case: { version: number; assignments: { department: { name: string } | null }[] } }>(
      `query($id: ID!) { case(id: $id) { version assignments { department { name } } } }`, { id: c.id }, other);
    expect(truth.data!.case.version).toBe(3);
    expect(truth.data!.case.assignments.map((a) => a.department?.name)).toEqual(['公安局']);
    await h.chromium.screenshot(page, 'case-file-conflict');
  });

  it('1+5+N 会商: the server’s field errors turn the fields red (a missing member, a short topic); then the five members and N are convened, attendees recorded', async () => {
    const c = await intakeWageCase('town-a-operator', '欠薪联合会商');
    const p = h.platform();
    const accepted = await p.gql(`mutation($id: ID!) { acceptCase(id: $id, complexity: COMPLEX) { id } }`, { id: c.id }, await p.login('town-a-operator'));
    expect(accepted.errors).toBeUndefined();
    const page = await asUser('county-dispatcher', `/cases/${c.id}`);
    await waitForStatus(page, 'ACCEPTED');
    await page.getByTestId('action-openConsultation').click();
    const dialog = page.getByTestId('modal-consult');
    await dialog.waitFor();
    // Without the procuratorate and the petition bureau it is not a 1+5+N meeting: the server names them.
    for (const name of ['人社局', '法院', '公安局', '司法局']) await pick(page, '参会部门', name);
    await page.keyboard.press('Escape');
    await dialog.getByLabel('会商议题').fill('农民工欠薪联合处置');
    await page.keyboard.press('Enter');
    await dialog.locator('.ant-form-item-explain-error', { hasText: '缺少：检察院、信访局' }).waitFor({ timeout: 15_000 });
    expect(await p.sql(`SELECT 1 FROM cases.consultation WHERE case_id = $1`, [c.id])).toHaveLength(0);
    await h.chromium.screenshot(page, 'case-file-consult-missing-members');
    await dialog.getByText('选入“1+5”成员单位').click();
    await dialog.getByLabel('会商议题').fill('薪'); // one character: the form lets it through, the server does not
    await page.keyboard.press('Enter');
    const error = dialog.locator('.ant-form-item-explain-error', { hasText: '会商议题长度应为 2–200' });
    await error.waitFor({ timeout: 15_000 });
    expect(await p.sql(`SELECT 1 FROM cases.consultation WHERE case_id = $1`, [c.id])).toHaveLength(0);
    await h.chromium.screenshot(page, 'case-file-consult-field-error');
    await dialog.getByLabel('会商议题').fill('农民工欠薪联合处置：明确人社、公安、法院分工');
    await page.keyboard.press('Enter');
    const card = page.getByTestId('consultation');
    await card.waitFor({ timeout: 15_000 });
    const text = await card.innerText();
    for (const name of ['法院', '检察院', '公安局', '司法局', '信访局', '人社局', '农民工欠薪联合处置']) expect(text).toContain(name);
    await expect(page.getByTestId('case-ledger').locator('[data-action="openConsultation"]').count()).resolves.toBe(1);
    // The meeting's output: responsibility split and mediation plan.
    await card.getByTestId('action-decide').click();
    const decision = page.getByTestId('modal-decision');
    await decision.getByLabel('责任分工').fill('人社局牵头核实工资数额；公安局固定证据、约谈承包方；法院提供诉前保全指导');
    await decision.getByLabel('化解方案').fill('两名调解员三日内组织各级承包方现场调解，总承包方先行垫付');
    // Who attended: staff of the convened departments.
    for (const [i, [department, name, title]] of [['法院', '陈立平', '立案庭副庭长'], ['人社局', '周建新', '劳动保障监察大队大队长']].entries()) {
      await decision.getByTestId('add-attendee').click();
      const row = decision.getByTestId(`attendee-${i}`);
      await pickIn(page, row.getByLabel('所属部门', { exact: true }), department);
      await row.getByLabel('姓名', { exact: true }).fill(name);
      await row.getByLabel('职务', { exact: true }).fill(title);
      await expect(row.getByLabel('姓名', { exact: true }).inputValue()).resolves.toBe(name);
    }
    await page.getByTestId('modal-decision-submit').click();
    // A loaded machine can take a while to close the modal; an error left in it would say why it did not.
    await decision.waitFor({ state: 'hidden', timeout: 30_000 }).catch(async (e) => {
      await h.chromium.screenshot(page, 'case-file-consultation-decision-stuck');
      throw new Error(`the decision modal stayed open: ${await decision.innerText()}`, { cause: e });
    });
    await card.filter({ hasText: '总承包方先行垫付' }).waitFor({ timeout: 15_000 });
    const attendees = await card.getByTestId('consultation-attendees').innerText();
    expect(attendees).toContain('法院　陈立平（立案庭副庭长）');
    expect(attendees).toContain('人社局　周建新（劳动保障监察大队大队长）');
    await expect(card.getByTestId('action-decide').count()).resolves.toBe(0);
    await page.getByTestId('case-ledger').locator('[data-action="decideConsultation"]').waitFor();
    await card.scrollIntoViewIfNeeded();
    await h.chromium.screenshot(page, 'case-file-consultation');
  });

  it('the county supervisor issues a 督办函 and prints it on A4', async () => {
    const c = await intakeWageCase('town-a-operator', '春节前工地欠薪督办');
    const p = h.platform();
    const desk = await p.login('town-a-operator');
    const hr = (await p.gql<{ departments: { id: string; name: string }[] }>(`{ departments { id name } }`, {}, desk)).data!.departments.find((d) => d.name === '人社局')!.id;
    await p.gql(`mutation($id: ID!) { acceptCase(id: $id, complexity: SIMPLE) { id } }`, { id: c.id }, desk);
    const assigned = await p.gql(`mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId: c.id, leadDepartmentId: hr } }, desk);
    expect(assigned.errors).toBeUndefined();

    const page = await asUser('county-supervisor', `/cases/${c.id}`);
    await waitForStatus(page, 'ASSIGNED');
    await expect(page.getByTestId('action-accept').count()).resolves.toBe(0); // a supervisor does not accept or assign
    await expect(page.getByTestId('action-assign').count()).resolves.toBe(0);
    await page.getByTestId('action-issue-letter').click();
    await page.getByRole('dialog').getByLabel('督办事项').fill('请人社局于两日内督促总承包方支付拖欠工资，并书面反馈办理结果。');
    await page.getByTestId('modal-letter-submit').click();
    const letter = page.locator('[data-testid="letter"][data-kind="SUPERVISION"]');
    await letter.waitFor({ timeout: 15_000 });
    await letter.getByTestId('letter-open').click();
    const sheet = page.getByTestId('letter-sheet');
    await sheet.waitFor();
    const text = await sheet.innerText();
    for (const part of ['督办函', c.code, c.title, '人社局', '请人社局于两日内督促总承包方支付拖欠工资', '办理时限']) expect(text).toContain(part);
    expect(text).toMatch(/〔\d{4}〕\d+号/);
    await h.chromium.screenshot(page, 'case-file-letter-preview');
    // As printed: only the sheet, on one A4 page.
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('case-file').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('letter-print-root').isVisible()).resolves.toBe(true);
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi, for the picture
    await h.chromium.screenshot(page, 'case-file-letter-printed');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.emulateMedia({ media: 'screen' });
  });

  it('town A’s operator opens town B’s case by URL: 无权查看, and none of its data ever reaches the page', async () => {
    const secret = await intakeWageCase('town-b-operator', '大麻镇绝密欠薪案');
    const opened = await h.open();
    records.push(opened.record);
    const page = opened.page;
    await signIn(page, h.base(), 'town-a-operator');
    // Watch every DOM change from the first byte of the next page on, and every response body.
    await page.addInitScript(([code, title]) => {
      (window as unknown as { leaked: string[] }).leaked = [];
      new MutationObserver(() => {
        const html = document.documentElement.outerHTML;
        for (const s of [code, title]) if (html.includes(s)) (window as unknown as { leaked: string[] }).leaked.push(s);
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    }, [secret.code, secret.title]);
    const bodies: string[] = [];
    page.on('response', (res) => { if (res.url().endsWith('/graphql')) void res.text().then((t) => bodies.push(t)).catch(() => undefined); });
    await page.goto(`${h.base()}/cases/${secret.id}`);
    await page.getByTestId('forbidden').waitFor();
    await expect(page.getByTestId('forbidden').innerText()).resolves.toContain('无权查看');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { leaked: string[] }).leaked)).toEqual([]);
    expect(bodies.length).toBeGreaterThan(0);
    for (const b of bodies) expect(b).not.toContain(secret.code);
    await expect(page.getByTestId('case-file').count()).resolves.toBe(0);
    await h.chromium.screenshot(page, 'case-file-forbidden');
  });

  it('a role without an action’s access key does not see its button', async () => {
    const c = await intakeWageCase('town-a-operator', '欠薪案按钮权限');
    // Positive control: the county desk sees accept on this registered case.
    let page = await asUser('county-operator', `/cases/${c.id}`);
    await page.getByTestId('action-accept').waitFor();

    // The 12345 partner reads the case (its parties masked) but is offered no action, nor the mediator pool.
    page = await asUser('partner-12345', `/cases/${c.id}`);
    await page.getByTestId('case-file').waitFor();
    await page.getByTestId('case-actions-none').waitFor();
    await expect(page.locator('[data-testid^="action-"]').count()).resolves.toBe(0);
    await expect(page.getByTestId('case-recommendations').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="case-parties"] [data-masked="true"]').count()).resolves.toBeGreaterThan(0);
    await h.chromium.screenshot(page, 'case-file-partner');

    // A mediator: no accept, reject, assign, close on a case at the desk.
    page = await asUser('mediator-gold', `/cases/${c.id}`);
    await page.getByTestId('case-file').waitFor();
    for (const key of ['accept', 'reject', 'assign', 'close', 'withdraw', 'openConsultation']) {
      await expect(page.getByTestId(`action-${key}`).count()).resolves.toBe(0);
    }
    await expect(page.getByTestId('case-recommendations').count()).resolves.toBe(0);
  });
});
