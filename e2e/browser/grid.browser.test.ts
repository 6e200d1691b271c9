/**
 * 网格 (issue 13 point 7) in Chromium against the whole platform. On a 390×844 phone the grid worker
 * lands on its own page (no desktop menu), reports an issue located by the phone (geolocation granted
 * at a point inside its grid, found from the grid's boundary through the graph), converts it to a case
 * whose code the graph confirms, completes a patrol task the county dispatcher sent in setup and records
 * the visit of a key person whose visit is overdue (重点人员) and sees another raised to 橙色 by a repeat petition;
 * nothing overflows sideways. At 1366×768 the county dispatcher's map draws every grid of the county
 * and the reports, opens a grid's panel on click and sends it a patrol task.
 */
import type { Page } from 'playwright-core';
import { idNumberCheckChar } from '@zz/common';
import { signIn, useConsole } from './console';
import { until } from './story-steps';
import type { PageRecord } from './chromium';

const h = useConsole();
let record: PageRecord | null = null;

afterEach(() => {
  if (!record) return;
  expect(record.pageErrors).toEqual([]);
  expect(record.consoleErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const stamp = Date.now();
const DESCRIPTION = `村口路灯损坏多日，夜间有老人摔倒 ${stamp}`;
const TASK_TITLE = `排查出租屋消防隐患 ${stamp}`;

interface Ctx { gridId: string; gridName: string; point: { lat: number; lng: number }; taskId: string; otherGridId: string; otherGridName: string }
let ctx: Ctx;

async function gql<T>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const p = h.platform();
  const res = await p.gql<T>(query, variables, await p.login(username));
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** The middle of a grid's bounding box (the demo's grids are rectangles), checked against the graph below. */
const middle = (boundary: { coordinates: number[][][] }) => {
  const ring = boundary.coordinates[0];
  const lngs = ring.map((c) => c[0]);
  const lats = ring.map((c) => c[1]);
  return { lng: (Math.min(...lngs) + Math.max(...lngs)) / 2, lat: (Math.min(...lats) + Math.max(...lats)) / 2 };
};

/**
 * How many drawn SVG paths of the map have this fill or stroke colour. The SVG renderer may write a
 * colour as hex or rgb(), so both sides are compared as the browser computes them.
 */
async function countPaths(page: Page, attr: 'fill' | 'stroke', colour: string): Promise<number> {
  return page.getByTestId('grid-map').locator('svg path').evaluateAll((paths, [a, c]) => {
    const probe = document.createElement('div');
    document.body.appendChild(probe);
    const norm = (v: string) => {
      probe.style.color = '';
      probe.style.color = v;
      return probe.style.color ? getComputedStyle(probe).color : null;
    };
    const want = norm(c);
    const n = paths.filter((p) => {
      const v = p.getAttribute(a);
      return !!v && norm(v) === want;
    }).length;
    probe.remove();
    return n;
  }, [attr, colour] as const);
}

/** The page is no wider than the phone: nothing to scroll sideways. */
async function noSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
}

beforeAll(async () => {
  // The worker's grid (its account region) and a point inside it, from the grid's own boundary.
  const me = await gql<{ me: { region: { id: string; level: string } } }>('grid-a-worker', '{ me { region { id level } } }');
  expect(me.me.region.level).toBe('GRID');
  const { grid } = await gql<{ grid: { id: string; name: string; boundary: { type: string; coordinates: number[][][] } } }>(
    'grid-a-worker', 'query($id: ID!) { grid(id: $id) { id name boundary } }', { id: me.me.region.id });
  const point = middle(grid.boundary);
  // The graph itself says the point lies in that grid (the same index reportIssue routes by).
  const at = await gql<{ gridAt: { id: string } | null }>('grid-a-worker', 'query($lat: Float!, $lng: Float!) { gridAt(lat: $lat, lng: $lng) { id } }', point);
  expect(at.gridAt?.id).toBe(grid.id);
  // The county dispatcher sends the grid a patrol task, through the graph.
  const task = await gql<{ dispatchPatrolTask: { id: string } }>('county-dispatcher',
    'mutation($input: DispatchPatrolTaskInput!) { dispatchPatrolTask(input: $input) { id } }',
    { input: { gridId: grid.id, title: TASK_TITLE, dueAt: new Date(Date.now() + 2 * 86_400_000).toISOString(), note: '重点检查电动车室内充电' } });
  // Elsewhere in the county: an open report (filed by the county's window) and a patrol task already overdue
  // (dispatched, then its due time moved into the past in the database: the graph refuses a past due time).
  const { grids } = await gql<{ grids: { edges: { node: { id: string; name: string; boundary: { coordinates: number[][][] } } }[] } }>(
    'county-operator', '{ grids(first: 40) { edges { node { id name boundary } } } }');
  const other = grids.edges.map((e) => e.node).filter((g) => g.id !== grid.id).at(-1)!;
  await gql('county-operator', 'mutation($input: ReportIssueInput!) { reportIssue(input: $input) { id } }',
    { input: { ...middle(other.boundary), category: '邻里纠纷', description: '两户因排水沟堵塞发生争吵，需上门调解' } });
  const late = await gql<{ dispatchPatrolTask: { id: string } }>('county-dispatcher',
    'mutation($input: DispatchPatrolTaskInput!) { dispatchPatrolTask(input: $input) { id } }',
    { input: { gridId: other.id, title: '河道汛前巡查', dueAt: new Date(Date.now() + 86_400_000).toISOString() } });
  await h.platform().sql(`UPDATE grid.patrol_task SET dispatched_at = now() - interval '2 days', due_at = now() - interval '3 hours' WHERE id = $1`, [late.dispatchPatrolTask.id]);
  ctx = { gridId: grid.id, gridName: grid.name, point, taskId: task.dispatchPatrolTask.id, otherGridId: other.id, otherGridName: other.name };
}, 120_000);

describe('网格员手机页面 (390 px)', () => {
  let page: Page;

  it('the grid worker lands on the phone page after login: who and where, no side menu, nothing overflows', async () => {
    ({ page, record } = await h.open({ ...PHONE, geolocation: { latitude: ctx.point.lat, longitude: ctx.point.lng }, permissions: ['geolocation'] }));
    await signIn(page, h.base(), 'grid-a-worker');
    await page.waitForURL(/\/m(\?|$)/);
    await expect(page.getByTestId('who-where').innerText()).resolves.toContain(ctx.gridName);
    await expect(page.getByTestId('who-where').innerText()).resolves.toContain('网格员');
    await page.getByTestId('report-form').waitFor();
    expect(await page.getByTestId('main-menu').count()).toBe(0);
    // The phone's fix is taken (granted above), and it lies inside the worker's grid.
    await page.locator('[data-testid="report-location"][data-source="gps"]').waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('report-location').innerText()).resolves.toContain('已使用手机定位');
    expect(await page.getByText('手机定位不在本网格内').count()).toBe(0);
    await page.getByTestId('point-picker').locator('svg').waitFor();
    await noSidewaysScroll(page);
    await h.chromium.screenshot(page, 'grid-worker-report');
  });

  it('an issue is refused until described, then reported at the phone\'s position and listed as open', async () => {
    await page.getByTestId('report-submit').tap();
    await page.getByText('请选择事件类别').first().waitFor();
    await page.getByTestId('report-category').tap();
    await page.locator('.ant-select-item-option', { hasText: '安全隐患' }).tap();
    await page.getByTestId('report-description').fill(DESCRIPTION);
    await page.getByTestId('report-submit').tap();
    // The page moves to 我的上报, where the new report waits with its two actions.
    await page.waitForURL(/tab=reports/);
    const card = page.getByTestId('report-card').filter({ hasText: DESCRIPTION });
    await card.waitFor({ timeout: 15_000 });
    await expect(card.getAttribute('data-status')).resolves.toBe('REPORTED');
    // Routed by the graph to the worker's own grid, at the position the phone gave.
    const id = (await card.getAttribute('data-report-id'))!;
    const { gridReport } = await gql<{ gridReport: { grid: { id: string }; lat: number; lng: number; category: string } }>(
      'county-dispatcher', 'query($id: ID!) { gridReport(id: $id) { grid { id } lat lng category } }', { id });
    expect(gridReport.grid.id).toBe(ctx.gridId);
    expect(gridReport.category).toBe('安全隐患');
    expect(gridReport.lat).toBeCloseTo(ctx.point.lat, 6);
    expect(gridReport.lng).toBeCloseTo(ctx.point.lng, 6);
    await noSidewaysScroll(page);
  });

  it('converts the report to a case: the case code is shown, links to the case, and the graph has that case', async () => {
    const card = page.getByTestId('report-card').filter({ hasText: DESCRIPTION });
    const id = (await card.getAttribute('data-report-id'))!;
    await card.getByTestId('report-convert').tap();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('一般（5天）').tap();
    await h.chromium.screenshot(page, 'grid-worker-convert');
    await dialog.getByTestId('report-dialog-ok').tap();
    // A converted report leaves the 待处置 list as soon as the list refreshes (the board's event may come first):
    // under 全部 it stays, with its case.
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    await page.getByTestId('my-reports').getByText('全部', { exact: true }).tap();
    const code = card.getByTestId('report-case-code');
    await code.waitFor({ timeout: 30_000 });
    const shown = (await code.innerText()).trim();
    const { gridReport } = await gql<{ gridReport: { status: string; case: { id: string; code: string } | null } }>(
      'grid-a-worker', 'query($id: ID!) { gridReport(id: $id) { status case { id code } } }', { id });
    expect(gridReport.status).toBe('CONVERTED');
    expect(gridReport.case?.code).toBe(shown);
    // The case exists in the cases subgraph, from the grid, in the worker's grid, with the complexity chosen.
    const { case: kase } = await gql<{ case: { code: string; channel: string; complexity: string; region: { id: string } } | null }>(
      'county-dispatcher', 'query($id: ID!) { case(id: $id) { code channel complexity region { id } } }', { id: gridReport.case!.id });
    expect(kase).toMatchObject({ code: shown, channel: 'GRID', complexity: 'GENERAL', region: { id: ctx.gridId } });
    await expect(card.getByTestId('report-case-link').getAttribute('href')).resolves.toBe(`/cases/${gridReport.case!.id}`);
    await noSidewaysScroll(page);
    // The picture as the worker sees it once the dialog has closed and the toasts have gone.
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
    await h.chromium.screenshot(page, 'grid-worker-reports');
    // The link opens that case's file; back returns to the list.
    await card.getByTestId('report-case-link').tap();
    await page.waitForURL(new RegExp(`/cases/${gridReport.case!.id}$`));
    await expect(page.getByTestId('case-code').innerText()).resolves.toBe(shown);
    await page.goBack();
    await page.getByTestId('my-reports').waitFor();
  });

  it('completes the patrol task the county sent', async () => {
    await page.getByRole('tab', { name: /巡查任务/ }).tap();
    const card = page.locator(`[data-testid="task-card"][data-task-id="${ctx.taskId}"]`);
    await card.waitFor({ timeout: 15_000 });
    await expect(card.innerText()).resolves.toContain(TASK_TITLE);
    // A task sent now shows on the open page without a reload (dispatch events).
    const live = `临时巡查：暴雨后排查危房 ${stamp}`;
    await gql('county-dispatcher', 'mutation($input: DispatchPatrolTaskInput!) { dispatchPatrolTask(input: $input) { id } }',
      { input: { gridId: ctx.gridId, title: live, dueAt: new Date(Date.now() + 86_400_000).toISOString() } });
    await page.getByTestId('task-card').filter({ hasText: live }).waitFor({ timeout: 15_000 });
    await card.getByTestId('task-complete').tap();
    // A note is required (the graph refuses a patrol without one).
    await page.getByTestId('task-dialog-ok').tap();
    await page.getByText('请填写巡查情况').waitFor();
    await page.getByTestId('task-note').fill('已逐户检查 12 间出租屋，发现 2 处室内充电，已当场劝改');
    await page.getByTestId('task-dialog-ok').tap();
    await card.getByTestId('task-done').waitFor({ timeout: 15_000 });
    const { patrolTask } = await gql<{ patrolTask: { status: string; completionNote: string } }>(
      'county-dispatcher', 'query($id: ID!) { patrolTask(id: $id) { status completionNote } }', { id: ctx.taskId });
    expect(patrolTask).toEqual({ status: 'COMPLETED', completionNote: '已逐户检查 12 间出租屋，发现 2 处室内充电，已当场劝改' });
    await noSidewaysScroll(page);
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
    await h.chromium.screenshot(page, 'grid-worker-tasks');
  });

  it('visits a key person whose visit is overdue (重点人员): the visit is recorded and the plan moves on', async () => {
    // A 红色预警 person of this grid, as if registered ten days ago and never visited (due three days ago).
    const name = `走访对象${String(stamp).slice(-4)}`;
    const { addKeyPerson } = await gql<{ addKeyPerson: { id: string } }>('county-supervisor',
      'mutation($input: AddKeyPersonInput!) { addKeyPerson(input: $input) { id } }',
      { input: { gridId: ctx.gridId, name, category: 'KEY_PETITIONER', plan: '包保干部每月面谈，网格员每周走访。', tier: 'RED', responsibleCadre: '黄志强（村党支部书记）' } });
    await h.platform().sql(`UPDATE grid.key_person SET created_at = now() - interval '10 days', next_visit_due_at = now() - interval '3 days' WHERE id = $1`, [addKeyPerson.id]);
    await page.reload();
    await page.getByRole('tab', { name: /重点人员/ }).tap();
    const card = page.locator(`[data-testid="key-person-card"][data-key-person-id="${addKeyPerson.id}"]`);
    await card.waitFor({ timeout: 15_000 });
    await expect(card.getAttribute('data-overdue')).resolves.toBe('true');
    await expect(card.innerText()).resolves.toContain('走访超期');
    await expect(card.getByTestId('key-person-tier').innerText()).resolves.toBe('红色预警');
    await expect(card.innerText()).resolves.toContain('包保干部：黄志强（村党支部书记）');
    await h.chromium.screenshot(page, 'grid-worker-key-people');

    await card.getByTestId('key-person-visit').tap();
    // What was seen is required (at least five characters).
    await page.getByTestId('visit-dialog-ok').tap();
    await page.getByText('请填写走访情况（至少 5 个字）').waitFor();
    const note = '入户走访，本人在家，情绪平稳，表示按程序反映诉求。';
    await page.getByTestId('visit-note').fill(note);
    await page.getByTestId('visit-dialog-ok').tap();
    // No longer due: it leaves the 走访到期 list; under 全部 it shows the visit and the next date, 7 days on.
    await card.waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByText('全部', { exact: true }).tap();
    await card.waitFor({ timeout: 15_000 });
    await expect(card.getAttribute('data-overdue')).resolves.toBe('false');
    await expect(card.getByTestId('key-person-last').innerText()).resolves.toContain('入户走访');
    const { keyPersons } = await gql<{ keyPersons: { edges: { node: { id: string; lastVisitedAt: string; nextVisitDueAt: string; visits: { note: string; metInPerson: boolean }[] } }[] } }>(
      'county-supervisor', 'query($g: ID!) { keyPersons(gridId: $g, first: 100) { edges { node { id lastVisitedAt nextVisitDueAt visits { note metInPerson } } } } }', { g: ctx.gridId });
    const kp = keyPersons.edges.map((e) => e.node).find((k) => k.id === addKeyPerson.id)!;
    expect(kp.visits).toEqual([{ note, metInPerson: true }]);
    expect(Date.parse(kp.nextVisitDueAt) - Date.parse(kp.lastVisitedAt)).toBe(7 * 86_400_000);
    await noSidewaysScroll(page);
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
    await h.chromium.screenshot(page, 'grid-worker-key-people-visited');
  });

  it('a risk warning about a key person of the grid raises the card to 橙色 and says why (重复信访)', async () => {
    const first17 = `441422198506120${String(stamp % 100).padStart(2, '0')}`;
    const id18 = first17 + idNumberCheckChar(first17);
    const { addKeyPerson } = await gql<{ addKeyPerson: { id: string } }>('county-supervisor',
      'mutation($input: AddKeyPersonInput!) { addKeyPerson(input: $input) { id } }',
      { input: { gridId: ctx.gridId, name: `信访对象${String(stamp).slice(-4)}`, category: 'KEY_PETITIONER', plan: '包保干部每月面谈，网格员每月走访。', idNumber: id18 } });
    const { grid } = await gql<{ grid: { village: { id: string } } }>('county-supervisor', 'query($id: ID!) { grid(id: $id) { village { id } } }', { id: ctx.gridId });
    for (const applicant of ['申请人甲', '申请人乙']) {
      await gql('county-operator', 'mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }', { input: {
        title: '反映征地补偿款分配不公', description: '多次到信访部门反映村集体征地补偿款分配不公，要求重新核算。', channel: 'PETITION', type: 'LAND', regionId: grid.village.id,
        parties: [{ name: applicant, role: 'APPLICANT', idNumber: id18 }, { name: '某村经济合作社', role: 'RESPONDENT' }] } });
    }
    const services = h.platform().services as unknown as { supervision: { runtime: { drain(): Promise<unknown> } }; grid: { riskWatch: { run(): Promise<number> } } };
    // Supervision raises the warning and the grid links it, each reading only the log's final events: a transaction
    // open elsewhere on the server can hold them back a moment, so both are driven until the record shows the link.
    await until('the key person linked to the repeat-petition warning', async () => {
      await services.supervision.runtime.drain();
      await services.grid.riskWatch.run();
      const { keyPersons } = await gql<{ keyPersons: { edges: { node: { id: string; tier: string } }[] } }>('county-supervisor',
        'query($g: ID!) { keyPersons(gridId: $g, first: 100) { edges { node { id tier } } } }', { g: ctx.gridId });
      return keyPersons.edges.some((e) => e.node.id === addKeyPerson.id && e.node.tier === 'ORANGE');
    });
    await page.reload();
    await page.getByRole('tab', { name: /重点人员/ }).tap();
    await page.getByText('全部', { exact: true }).tap();
    const card = page.locator(`[data-testid="key-person-card"][data-key-person-id="${addKeyPerson.id}"]`);
    await card.waitFor({ timeout: 15_000 });
    await expect(card.getByTestId('key-person-tier').innerText()).resolves.toBe('橙色预警');
    const risk = await card.getByTestId('key-person-risk').innerText();
    expect(risk).toContain('风险预警：重复信访');
    expect(risk).toContain('黄色预警 → 橙色预警');
    await card.scrollIntoViewIfNeeded();
    await noSidewaysScroll(page);
    await h.chromium.screenshot(page, 'grid-worker-key-people-risk');
  });
});

describe('网格员手机页面 without the phone\'s position', () => {
  let page: Page;

  it('falls back to the grid\'s centre, takes a point tapped on the grid\'s map (not one outside it), and settles the report on site', async () => {
    // No geolocation permission: the browser refuses the position.
    ({ page, record } = await h.open(PHONE));
    await signIn(page, h.base(), 'grid-a-worker', '/m');
    await page.locator('[data-testid="report-location"][data-source="centre"]').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('report-location').innerText()).resolves.toMatch(/未获得定位权限|暂时无法获取定位/);
    // Where the grid is drawn on the small map.
    const picker = page.getByTestId('point-picker');
    await picker.locator('svg path').first().waitFor();
    const outline = await picker.locator('svg path').evaluateAll((paths) => {
      const r = paths.map((p) => p.getBoundingClientRect()).sort((a, b) => b.width * b.height - a.width * a.height)[0];
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const frame = (await picker.boundingBox())!;
    expect(outline.x).toBeGreaterThan(frame.x + 10); // room beside the grid to tap outside it
    await page.touchscreen.tap(frame.x + 5, frame.y + frame.height / 2);
    await page.getByText('所点位置不在本网格内').waitFor();
    await page.touchscreen.tap(outline.x + outline.width * 0.25, outline.y + outline.height * 0.25);
    await page.locator('[data-testid="report-location"][data-source="map"]').waitFor();
    expect(await page.getByText('所点位置不在本网格内').count()).toBe(0);
    await noSidewaysScroll(page);
    await h.chromium.screenshot(page, 'grid-worker-report-picked');

    const description = `两户因晾衣杆占道发生口角 ${stamp}`;
    await page.getByTestId('report-category').tap();
    await page.locator('.ant-select-item-option', { hasText: '邻里纠纷' }).tap();
    await page.getByTestId('report-description').fill(description);
    await page.getByTestId('report-submit').tap();
    const card = page.getByTestId('report-card').filter({ hasText: description });
    await card.waitFor({ timeout: 15_000 });
    // Filed where it was tapped: in the grid's upper-left quarter, not at its centre.
    const id = (await card.getAttribute('data-report-id'))!;
    const { gridReport } = await gql<{ gridReport: { grid: { id: string }; lat: number; lng: number } }>(
      'grid-a-worker', 'query($id: ID!) { gridReport(id: $id) { grid { id } lat lng } }', { id });
    expect(gridReport.grid.id).toBe(ctx.gridId);
    expect(gridReport.lat).toBeGreaterThan(ctx.point.lat);
    expect(gridReport.lng).toBeLessThan(ctx.point.lng);

    await card.getByTestId('report-settle').tap();
    await page.getByTestId('report-dialog-ok').tap();
    await page.getByText('请填写化解情况').waitFor(); // a note is required
    await page.getByTestId('report-note').fill('已上门协调，双方同意将晾衣杆移至院内');
    await page.getByTestId('report-dialog-ok').tap();
    await page.locator(`[data-testid="report-card"][data-report-id="${id}"][data-status="SETTLED"]`).waitFor({ timeout: 15_000 });
    const settled = await gql<{ gridReport: { status: string; settleNote: string } }>(
      'grid-a-worker', 'query($id: ID!) { gridReport(id: $id) { status settleNote } }', { id });
    expect(settled.gridReport).toEqual({ status: 'SETTLED', settleNote: '已上门协调，双方同意将晾衣杆移至院内' });
    await noSidewaysScroll(page);
  });
});

describe('网格地图 (1366×768)', () => {
  let page: Page;

  it('the county dispatcher\'s map draws every grid of the county and the reports', async () => {
    ({ page, record } = await h.open());
    await signIn(page, h.base(), 'county-dispatcher', '/grid');
    const { me } = await gql<{ me: { region: { id: string } } }>('county-dispatcher', '{ me { region { id } } }');
    const { grids } = await gql<{ grids: { totalCount: number } }>('county-dispatcher', 'query($r: ID) { grids(regionId: $r, first: 1) { totalCount } }', { r: me.region.id });
    const { gridReports } = await gql<{ gridReports: { totalCount: number } }>('county-dispatcher', 'query($r: ID) { gridReports(regionId: $r, first: 1) { totalCount } }', { r: me.region.id });
    expect(grids.totalCount).toBeGreaterThan(100); // more than one page of the graph: the map read them all
    expect(gridReports.totalCount).toBeGreaterThan(0);

    const map = page.getByTestId('grid-map');
    await map.locator('svg').waitFor({ timeout: 30_000 });
    // Every grid is drawn as its own outline (the border colour only grids use), as many as the graph has.
    expect(await countPaths(page, 'stroke', '#3b6fc4')).toBe(grids.totalCount);
    await expect(map.getAttribute('data-grid-count')).resolves.toBe(String(grids.totalCount));
    // A marker for each report by status — the one converted on the phone (blue), the window's open one
    // (orange) — and for each overdue task (red), plus the legend's own icon of each colour.
    const total = async (q: string) => (await gql<{ x: { totalCount: number } }>('county-dispatcher', `query($r: ID) { x: ${q} { totalCount } }`, { r: me.region.id })).x.totalCount;
    const converted = await total('gridReports(regionId: $r, status: CONVERTED, first: 1)');
    const open = await total('gridReports(regionId: $r, status: REPORTED, first: 1)');
    const overdue = await total('patrolTasks(regionId: $r, status: DISPATCHED, overdue: true, first: 1)');
    expect(Math.min(converted, open, overdue)).toBeGreaterThanOrEqual(1);
    expect(await countPaths(page, 'fill', '#1677ff')).toBe(1 + converted);
    expect(await countPaths(page, 'fill', '#fa8c16')).toBe(1 + open);
    expect(await countPaths(page, 'fill', '#f5222d')).toBe(1 + overdue);
    // The towns are named on the map.
    await expect(map.innerText()).resolves.toContain('湖寮镇');
    // A report filed now, elsewhere, shows on the open map without a reload (dispatch events).
    const before = await countPaths(page, 'fill', '#fa8c16');
    await gql('county-operator', 'mutation($input: ReportIssueInput!) { reportIssue(input: $input) { id } }',
      { input: { ...ctx.point, category: '噪音扰民', description: '夜间广场舞音响过大，多户居民投诉' } });
    for (let i = 0; i < 100 && (await countPaths(page, 'fill', '#fa8c16')) === before; i += 1) await page.waitForTimeout(150);
    expect(await countPaths(page, 'fill', '#fa8c16')).toBe(before + 1);
    await expect(page.getByTestId('grid-map-counts').innerText()).resolves.toMatch(new RegExp(`网格 ${grids.totalCount} 个 · 待处置上报 [1-9]\\d* 件 · 待完成巡查 [1-9]\\d* 项（超期 [1-9]\\d* 项）`));
    await h.chromium.screenshot(page, 'grid-map');
  });

  it('zooms to a grid, opens its panel on click and sends it a patrol task', async () => {
    await page.goto(`${h.base()}/grid?region=${ctx.gridId}`);
    const map = page.getByTestId('grid-map');
    await map.locator('svg').waitFor({ timeout: 30_000 });
    // The zoom is applied once the chart exists (and again if echarts-for-react replaces it).
    await page.locator('[data-testid="grid-map"][data-view*="@"]').waitFor({ timeout: 15_000 });
    // The view is centred on the grid: a click in the middle of the map is a click on it. On a loaded machine the
    // chart may still be settling (a zoom applied again, handlers not yet bound) and the click opens nothing: a
    // user clicks again, and so does this test, a few times.
    const box = (await map.boundingBox())!;
    const panel = page.getByTestId('grid-panel');
    for (let attempt = 0; attempt < 6; attempt++) {
      await page.waitForTimeout(300);
      await page.mouse.click(box.x + box.width / 2, box.y + (box.height - 48) / 2 + 8);
      if (await panel.waitFor({ timeout: 3_000 }).then(() => true, () => false)) break;
    }
    await panel.waitFor({ timeout: 5_000 });
    await expect(panel.getAttribute('data-grid-id')).resolves.toBe(ctx.gridId);
    await expect(page.getByTestId('grid-panel-card').locator('.ant-card-head-title').innerText()).resolves.toBe(ctx.gridName);
    const title = `夜间巡查独居老人 ${stamp}`;
    await page.getByTestId('patrol-title').fill(title);
    await page.getByTestId('patrol-submit').click();
    await panel.getByTestId('panel-task').filter({ hasText: title }).waitFor({ timeout: 15_000 });
    const { patrolTasks } = await gql<{ patrolTasks: { edges: { node: { title: string; status: string } }[] } }>('grid-a-worker',
      'query($g: ID) { patrolTasks(gridId: $g, status: DISPATCHED, first: 50) { edges { node { title status } } } }', { g: ctx.gridId });
    expect(patrolTasks.edges.map((e) => e.node.title)).toContain(title);
    await page.getByTestId('grid-panel-card').locator('.ant-card-body').evaluate((el) => el.scrollTo(0, 0));
    await h.chromium.screenshot(page, 'grid-map-panel');
  });

  it('finds a grid by name from the keyboard; its overdue task is marked', async () => {
    await page.getByTestId('find-grid').click();
    await page.keyboard.type(ctx.otherGridName);
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('grid-panel');
    await page.locator(`[data-testid="grid-panel"][data-grid-id="${ctx.otherGridId}"]`).waitFor({ timeout: 15_000 });
    const late = panel.getByTestId('panel-task').filter({ hasText: '河道汛前巡查' });
    await expect(late.innerText()).resolves.toContain('已超期');
    await expect(panel.getByTestId('panel-reports').innerText()).resolves.toContain('排水沟');
    // 定位到 follows (it loads the path down to the grid level by level).
    await page.getByTestId('region-cascader').filter({ hasText: ctx.otherGridName }).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(300);
    await h.chromium.screenshot(page, 'grid-map-overdue');
  });

  it('a town sees only its own grids', async () => {
    const town = await h.open();
    record = town.record;
    await signIn(town.page, h.base(), 'town-b-operator', '/grid');
    const { me } = await gql<{ me: { region: { id: string } } }>('town-b-operator', '{ me { region { id } } }');
    const own = await gql<{ grids: { totalCount: number } }>('town-b-operator', 'query($r: ID) { grids(regionId: $r, first: 1) { totalCount } }', { r: me.region.id });
    const county = await gql<{ grids: { totalCount: number } }>('county-dispatcher', '{ grids(first: 1) { totalCount } }');
    expect(own.grids.totalCount).toBeGreaterThan(0);
    expect(own.grids.totalCount).toBeLessThan(county.grids.totalCount);
    await town.page.getByTestId('grid-map').locator('svg').waitFor({ timeout: 30_000 });
    expect(await countPaths(town.page, 'stroke', '#3b6fc4')).toBe(own.grids.totalCount);
    // The dispatch form is not offered to a window operator (the policy lets dispatchers and leaders send tasks).
    await town.page.getByTestId('find-grid').click();
    await town.page.keyboard.press('Enter');
    await town.page.getByTestId('grid-panel').waitFor({ timeout: 15_000 });
    expect(await town.page.getByTestId('dispatch-patrol-form').count()).toBe(0);
  });
});
