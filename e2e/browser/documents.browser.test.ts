/**
 * 文书 in Chromium against the whole platform (supervision's jobs running, so assigning a case issues
 * its 交办单): the 交办单's print page — 红头 with the county center, 文号, title, 主送 the lead
 * department, the template body, the due date, 落款 — looked at on screen and as print media (no
 * console chrome); the dispatcher answers it on the department's behalf (an empty answer is refused on
 * the field), it reads 已反馈 and links to its numbered 反馈单; the 督办 list and the case file show the states.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { generateWorld } from '@zz/demo-world';
import { signIn, useConsole } from './console';
import type { PageRecord } from './chromium';

jest.setTimeout(180_000);

const world = generateWorld();
const justice = world.departments.find((d) => d.kind === 'JUSTICE')!;
const townA = world.regions.filter((r) => r.level === 'TOWN')[0];

const h = useConsole({ jobs: true });
let records: PageRecord[] = [];

afterEach(() => {
  for (const record of records.splice(0)) {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
  }
});

async function asUser(username: string, pathname: string): Promise<Page> {
  const opened = await h.open({ viewport: { width: 1366, height: 1100 } });
  records.push(opened.record);
  await signIn(opened.page, h.base(), username, pathname);
  return opened.page;
}

async function gql<T = any>(user: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const p = h.platform();
  const res = await p.gql<T>(query, variables, await p.login(user));
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** A neighbours' case of town A assigned to the justice bureau; answers its 交办单 once supervision has issued it. */
async function assignedLetter(): Promise<{ caseId: string; code: string; letterId: string; number: string }> {
  const { intakeCase } = await gql('town-a-operator', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id code } }`, { input: {
    title: '宅基地排水沟改道纠纷', channel: 'WINDOW', type: 'NEIGHBOUR', regionId: townA.id,
    description: '两户因排水沟改道发生争执，多次口角，申请调解。',
    parties: [{ name: '罗伟明', role: 'APPLICANT', phone: '13902221001' }, { name: '邱华英', role: 'RESPONDENT' }],
  } });
  await gql('town-a-operator', `mutation($id: ID!) { acceptCase(id: $id, complexity: GENERAL) { id } }`, { id: intakeCase.id });
  await gql('town-a-operator', `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, {
    input: { caseId: intakeCase.id, leadDepartmentId: justice.id, departmentIds: [justice.id], note: '请司法所牵头调处' },
  });
  for (let i = 0; i < 200; i++) {
    const d = await gql(`county-supervisor`, `query($id: ID!) { case(id: $id) { supervision { letters { id kind number } } } }`, { id: intakeCase.id });
    const slip = d.case.supervision.letters.find((l: { kind: string }) => l.kind === 'ASSIGNMENT');
    if (slip) return { caseId: intakeCase.id, code: intakeCase.code, letterId: slip.id, number: slip.number };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no 交办单 was issued');
}

it('prints a 交办单 as a 红头 A4 page, answers it with a 反馈单, and shows it 已反馈', async () => {
  const slip = await assignedLetter();
  const page = await asUser('county-dispatcher', `/documents/${slip.letterId}/print`);
  const sheet = page.getByTestId('document-sheet');
  await sheet.waitFor();
  // The town center handling the case issues its 交办单 (红头 in its name, its own series).
  await expect(page.getByTestId('document-issuer').innerText()).resolves.toBe('湖寮镇综治中心');
  await expect(page.getByTestId('document-number').innerText()).resolves.toBe(slip.number);
  await expect(page.getByTestId('document-title').innerText()).resolves.toBe(`关于${slip.code}号案件的交办单`);
  await expect(page.getByTestId('document-to').innerText()).resolves.toBe(`${justice.name}：`);
  const body = await page.getByTestId('document-body').innerText();
  expect(body).toContain(`统一编码为 ${slip.code} 的邻里纠纷案件交由贵单位牵头办理`);
  expect(body).toContain('交办说明：请司法所牵头调处');
  expect(body).not.toContain('罗伟明');
  await expect(page.getByTestId('document-due').innerText()).resolves.toMatch(/^反馈期限：\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d$/);
  await expect(page.getByTestId('document-state').getAttribute('data-state')).resolves.toBe('OPEN');
  // The red head is red, the sheet A4 wide (210 mm = 794 CSS px).
  expect(await page.getByTestId('document-issuer').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(204, 0, 0)');
  expect(Math.round((await sheet.boundingBox())!.width)).toBe(794);
  const shot = await h.chromium.screenshot(page, 'documents-print');
  expect(fs.existsSync(shot)).toBe(true);

  // As the printer sees it: the sheet only, no menu, header or toolbar — one A4 page (print to PDF is this).
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('document-print').isVisible()).resolves.toBe(false);
  await expect(page.locator('.ant-layout-sider').first().isVisible()).resolves.toBe(false);
  await expect(sheet.isVisible()).resolves.toBe(true);
  await h.chromium.screenshot(page, 'documents-print-media');
  await page.emulateMedia({ media: 'screen' });

  // 反馈 on the department's behalf: empty is refused on the field, then the answer closes the slip.
  await page.getByTestId('document-answer').click();
  const modal = page.getByRole('dialog');
  await page.getByTestId('field-answer').waitFor();
  await page.getByTestId('answer-submit').click();
  await modal.getByText('请填写办理情况').waitFor();
  const answer = '司法所已组织双方现场调解，排水沟按原走向恢复，双方签订调解协议。';
  await page.getByTestId('field-answer').fill(answer);
  await h.chromium.screenshot(page, 'documents-answer-form');
  await page.getByTestId('answer-submit').click();
  await page.locator('[data-testid="document-state"][data-state="ANSWERED"]').waitFor({ timeout: 15_000 });
  await expect(page.getByTestId('document-answered').innerText()).resolves.toMatch(/^本文书已由 湖寮综治反〔\d{4}〕\d+号 于 .+ 反馈办结。$/);
  await expect(page.getByTestId('document-answer').count()).resolves.toBe(0);

  // The 反馈单 is a document of its own: back to the issuing center, signed by the department.
  await page.getByTestId('document-answered-by').click();
  await page.locator('[data-testid="document-sheet"][data-kind="FEEDBACK"]').waitFor();
  await expect(page.getByTestId('document-issuer').innerText()).resolves.toBe(justice.name);
  await expect(page.getByTestId('document-to').innerText()).resolves.toBe('湖寮镇综治中心：');
  expect(await page.getByTestId('document-body').innerText()).toContain(answer);
  await h.chromium.screenshot(page, 'documents-feedback');

  // The 督办 list: the 交办单 已反馈, the 反馈单 无需反馈, each with its print link.
  await page.goto(`${h.base()}/supervision?tab=letters`);
  const row = page.getByTestId(`letter-row-${slip.letterId}`);
  await row.waitFor({ timeout: 15_000 });
  await expect(row.getByTestId('letter-state').getAttribute('data-state')).resolves.toBe('ANSWERED');
  await expect(row.getByTestId('letter-print-link').getAttribute('href')).resolves.toBe(`/documents/${slip.letterId}/print`);
  await h.chromium.screenshot(page, 'documents-letters');

  // The case file lists the case's documents with their states and links to their print pages.
  await page.goto(`${h.base()}/cases/${slip.caseId}`);
  const inFile = page.locator('[data-testid="letter"][data-kind="ASSIGNMENT"]');
  await inFile.waitFor({ timeout: 15_000 });
  await expect(inFile.getByTestId('letter-state').getAttribute('data-state')).resolves.toBe('ANSWERED');
  await expect(inFile.getByTestId('letter-print-page').getAttribute('href')).resolves.toBe(`/documents/${slip.letterId}/print`);
  await inFile.scrollIntoViewIfNeeded();
  await h.chromium.screenshot(page, 'documents-case-file');
});
