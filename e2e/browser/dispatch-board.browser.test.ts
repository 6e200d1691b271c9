/**
 * 调度大屏 in Chromium against the whole platform: the county dispatcher's board shows a case taken
 * in elsewhere live; when its socket is cut (the route closes it and refuses new ones) the board
 * says 重连中, and after the network is back the two cases taken in meanwhile appear exactly once;
 * a reload resumes from the stored cursor with nothing repeated.
 */
import type { Page, WebSocketRoute } from 'playwright-core';
import { signIn, useConsole } from './console';
import type { PageRecord } from './chromium';

const h = useConsole();
let page: Page;
let record: PageRecord;
let down = false;
const sockets: WebSocketRoute[] = [];
let n = 0;

afterEach(() => {
  if (!record) return;
  expect(record.pageErrors).toEqual([]);
  expect(record.consoleErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
});

/** Takes in a case through the graph as another account (a second actor), in its own region; returns its code. */
async function intake(username = 'village-a-operator'): Promise<string> {
  const p = h.platform();
  const village = await p.login(username);
  const me = await p.gql<{ me: { region: { id: string } } }>(`{ me { region { id } } }`, {}, village);
  n += 1;
  const res = await p.gql<{ intakeCase: { code: string } }>(`mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { code } }`, {
    input: { idempotencyKey: `board-browser-${Date.now()}-${n}`, title: `大屏测试案件${n}`, description: '调度大屏应实时显示此案件', channel: 'WINDOW', type: 'NEIGHBOUR',
      regionId: me.data!.me.region.id, parties: [{ name: '王五', role: 'APPLICANT', phone: '13912345678' }] },
  }, village);
  expect(res.errors).toBeUndefined();
  return res.data!.intakeCase.code;
}

const rows = (code: string) => page.locator(`[data-testid="board-event"][data-case-code="${code}"][data-kind="CASE_RECEIVED"]`);
const state = () => page.getByTestId('board-connection').innerText();

async function waitForState(re: RegExp, timeout = 30_000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const s = await state();
    if (re.test(s)) return s;
    if (Date.now() > until) throw new Error(`connection state stayed "${s}", wanted ${re}`);
    await page.waitForTimeout(100);
  }
}

describe('调度大屏', () => {
  it('shows a case taken in elsewhere live', async () => {
    ({ page, record } = await h.open());
    // Every socket of the page goes through here, so the test can really drop it.
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (down) { ws.close({ code: 1012, reason: 'test: network down' }); return; }
      ws.connectToServer();
      sockets.push(ws);
    });
    await signIn(page, h.base(), 'county-dispatcher', '/board');
    await expect(page.getByTestId('main-menu').innerText()).resolves.toContain('调度大屏');
    await waitForState(/^已连接$/);
    const code = await intake();
    await rows(code).waitFor({ timeout: 15_000 });
    await expect(rows(code).innerText()).resolves.toContain('新案件受理登记');
    await expect(page.getByTestId('count-CASE_RECEIVED').innerText()).resolves.toMatch(/\d/);
  });

  it('after a dropped socket shows 重连中, then both cases taken in meanwhile exactly once', async () => {
    down = true;
    for (const ws of sockets.splice(0)) await ws.close({ code: 1012, reason: 'test: network down' });
    await expect(waitForState(/^重连中（第 \d+ 次）$/)).resolves.toBeTruthy();
    const a = await intake();
    const b = await intake();
    await page.waitForTimeout(1500);
    expect(await rows(a).count()).toBe(0); // really down: nothing came through
    await waitForState(/^重连中（第 [2-9]\d* 次）$/); // retries go on
    down = false;
    await waitForState(/^已连接$/, 60_000);
    await rows(a).waitFor({ timeout: 15_000 });
    await rows(b).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1000); // any duplicate of the replay would arrive by now
    expect(await rows(a).count()).toBe(1);
    expect(await rows(b).count()).toBe(1);
    const cursors = await page.getByTestId('board-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-cursor')));
    expect(new Set(cursors).size).toBe(cursors.length);
    await h.chromium.screenshot(page, 'dispatch-board');
  });

  it('a reload keeps the events and resumes from the stored cursor, with no duplicate', async () => {
    const before = await page.getByTestId('board-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-cursor')));
    expect(before.length).toBeGreaterThanOrEqual(3);
    await page.reload();
    // Shown again from storage, before anything new arrives.
    await page.getByTestId('board-event').first().waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('board-event').count()).resolves.toBe(before.length);
    await waitForState(/^已连接$/);
    const c = await intake();
    await rows(c).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1000);
    const cursors = await page.getByTestId('board-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-cursor')));
    expect(await rows(c).count()).toBe(1);
    expect(cursors.slice(cursors.length - before.length)).toEqual(before); // the old ones kept, in order, below the new
    expect(new Set(cursors).size).toBe(cursors.length);
    // The resumed subscription asked for what came after the stored cursor.
    expect(record.websocketFrames.some((f) => f.startsWith('>') && /"after":"[^"]+"/.test(f))).toBe(true);
    await h.chromium.screenshot(page, 'dispatch-board-reloaded');
    // A row leads to the case file.
    await rows(c).getByRole('link').click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    await expect(page.getByTestId('case-code').innerText()).resolves.toBe(c);
  });

  it('a town board (picked within the jurisdiction) shows only that town\'s events', async () => {
    await page.goto(`${h.base()}/board`);
    await waitForState(/^已连接$/);
    await page.locator('.ant-cascader').click();
    await page.locator('.ant-cascader-menu-item', { hasText: '大埔县' }).click();
    await page.locator('.ant-cascader-menu-item', { hasText: '大麻镇' }).click();
    await page.keyboard.press('Escape');
    await expect(page.locator('.ant-cascader').innerText()).resolves.toContain('大麻镇');
    await page.getByText('暂无事件，新事件将实时显示').waitFor({ timeout: 15_000 }); // its own, empty feed
    const elsewhere = await intake('village-a-operator'); // 湖寮镇
    const here = await intake('town-b-operator'); // 大麻镇
    await rows(here).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1000);
    expect(await rows(elsewhere).count()).toBe(0);
    await h.chromium.screenshot(page, 'dispatch-board-town');
  });
});
