/**
 * Deadlines on the 四级七天 ladder in Chromium: the seed's land dispute, reported by the grid worker and
 * escalated to the village committee through the graph, then stalled there — its escalation is
 * replayed into the log four days earlier, as the cases subgraph would have written it then, and the
 * scheduler ticks. The county supervisor's 督办 list shows the step and the step's deadline; the case
 * file shows the current step, its deadline, the overall deadline, and the 督办函 naming the step.
 */
import type { Page } from 'playwright-core';
import { appendEvents, type CaseSnapshot } from '@zz/events';
import { generateWorld } from '@zz/demo-world';
import type { SupervisionServer } from '@zz/supervision';
import { signIn, useConsole } from './console';
import type { PageRecord } from './chromium';

jest.setTimeout(180_000);

const h = useConsole();
const world = generateWorld();
const townA = world.regions.filter((r) => r.level === 'TOWN')[0];
const villageA = world.regions.filter((r) => r.parentId === townA.id)[0];
const gridA = world.regions.filter((r) => r.parentId === villageA.id)[0];
let page: Page;
let record: PageRecord;
let stalled: { id: string; code: string };

/** Beijing time as the page writes it: 2026-03-05 09:00 (long) or 03-05 09:00 (short). */
const cst = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const short = (iso: string) => cst(iso).slice(5);

afterEach(() => {
  expect(record.pageErrors).toEqual([]);
  expect(record.consoleErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
});

async function must<T = any>(query: string, variables: Record<string, unknown>, username: string): Promise<T> {
  const p = h.platform();
  const r = await p.gql<T>(query, variables, await p.login(username));
  if (r.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
  return r.data!;
}

type Sv = { ladderStepName: string; stepDeadlineAt: string; overallDeadlineAt: string; overdue: boolean; letters: { kind: string; stepName: string | null }[] };
const supervisionOf = async (id: string) =>
  (await must<{ case: { supervision: Sv } }>(`query($id: ID!) { case(id: $id) { supervision { ladderStepName stepDeadlineAt overallDeadlineAt overdue
    letters { kind stepName } } } }`, { id }, 'county-supervisor')).case.supervision;

beforeAll(async () => {
  const p = h.platform();
  const { intakeCase } = await must<{ intakeCase: { id: string; code: string } }>(`mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id code } }`, {
    input: {
      idempotencyKey: `ladder-browser-${Date.now()}`, title: '何某拖欠地租及灌溉水费纠纷', channel: 'GRID', type: 'LAND', regionId: gridA.id, amountInDispute: '4800.00',
      description: '村民反映土地承包方何某未支付地租款且拖欠灌溉水费，网格员上门初调受阻。',
      parties: [{ name: '邱国华', role: 'APPLICANT', phone: '13912340001' }, { name: '何志强', role: 'RESPONDENT', phone: '13912340002' }],
    },
  }, 'grid-a-worker');
  stalled = intakeCase;
  await must(`mutation($id: ID!) { acceptCase(id: $id, complexity: GENERAL) { id } }`, { id: stalled.id }, 'village-a-operator');
  await must(`mutation($id: ID!) { escalateCase(id: $id, reason: "网格员初调受阻，提交村调委") { id } }`, { id: stalled.id }, 'village-a-operator');

  const [last] = await p.sql<{ snapshot: CaseSnapshot }>(
    `SELECT data->'case' AS snapshot FROM events.dispatch_event WHERE case_id = $1 AND data ? 'case' ORDER BY tx DESC, id DESC LIMIT 1`, [stalled.id]);
  expect(last.snapshot).toMatchObject({ ladderStep: 'VILLAGE_COMMITTEE', ladderStepName: '村调委', stepDays: 2, laterStepDays: 4 });
  const before = new Date(Date.now() - 4 * 86_400_000 - 3_600_000).toISOString();
  const snapshot: CaseSnapshot = { ...last.snapshot, receivedAt: before, acceptedAt: before, stepEnteredAt: before };
  await p.dataSource('supervision').transaction((m) => appendEvents(m, [{
    kind: 'CASE_ESCALATED', source: 'cases', regionId: snapshot.regionId, regionCode: snapshot.regionCode, caseId: stalled.id, occurredAt: new Date(before), data: { case: snapshot },
  }]));
  const runtime = (p.services.supervision as SupervisionServer).runtime;
  for (let i = 0; i < 400; i++) {
    await runtime.drain();
    const [d] = await p.sql<{ started: boolean }>(`SELECT started_at = $2::timestamptz AS started FROM supervision.deadline WHERE case_id = $1`, [stalled.id, before]);
    if (d?.started) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  await runtime.tick();
  const sv = await supervisionOf(stalled.id);
  expect(sv).toMatchObject({ ladderStepName: '村调委', overdue: true });
  expect(sv.letters.filter((l) => l.kind === 'SUPERVISION').map((l) => l.stepName)).toEqual(['村调委']);
}, 120_000);

it('lists the stalled case on the 督办 board with its step and the step deadline', async () => {
  ({ page, record } = await h.open({ viewport: { width: 1600, height: 900 } }));
  await signIn(page, h.base(), 'county-supervisor', '/supervision');
  const row = page.getByTestId(`overdue-row-${stalled.code}`);
  await row.waitFor({ timeout: 30_000 });
  const sv = await supervisionOf(stalled.id);
  await expect(row.getByTestId('row-step').innerText()).resolves.toBe('村调委');
  await expect(row.innerText()).resolves.toContain(short(sv.stepDeadlineAt));
  await page.locator('[data-testid="overdue-pager"][data-loading="false"]').waitFor({ timeout: 15_000 });
  await h.chromium.screenshot(page, 'ladder-supervision-overdue');
});

it('shows the current step, its deadline, the overall deadline and the 督办函 naming the step in the case file', async () => {
  ({ page, record } = await h.open({ viewport: { width: 1600, height: 1000 } }));
  await signIn(page, h.base(), 'county-supervisor', `/cases/${stalled.id}`);
  const panel = page.getByTestId('case-supervision');
  await panel.getByTestId('ladder-step').waitFor({ timeout: 30_000 });
  const sv = await supervisionOf(stalled.id);
  await expect(panel.getByTestId('ladder-step').innerText()).resolves.toBe('村调委');
  await expect(panel.getByTestId('step-deadline').innerText()).resolves.toBe(cst(sv.stepDeadlineAt));
  await expect(panel.getByTestId('overall-deadline').innerText()).resolves.toBe(cst(sv.overallDeadlineAt));
  await expect(panel.getByTestId('deadline-state').innerText()).resolves.toBe('已超期');
  const letter = panel.locator('[data-testid="letter"][data-kind="SUPERVISION"]');
  await expect(letter.getByTestId('letter-step').innerText()).resolves.toBe('针对「村调委」一级');
  await panel.scrollIntoViewIfNeeded();
  await h.chromium.screenshot(page, 'ladder-case-file-supervision');
});
