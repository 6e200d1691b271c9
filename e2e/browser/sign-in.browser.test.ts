/**
 * 登录 in Chromium against the whole platform (issue 13, screen 1 and the first browser test): every
 * demo account signs in through the login screen and sees who and where it is, its own menu and
 * nothing of another town; a wrong password says so in Chinese; a session the server ends (token
 * revoked) returns to the login page keeping the page asked for, and signing in again lands there;
 * 退出登录 starts the next person at the home page.
 */
import type { Page } from 'playwright-core';
import { menuLabels, signIn, useConsole } from './console';
import type { PageRecord } from './chromium';

const h = useConsole();
let page: Page;
let record: PageRecord;

afterEach(() => {
  if (!record) return;
  expect(record.pageErrors).toEqual([]);
  // A revoked token is refused by the server once on purpose below (401 is logged by Chromium as a failed resource).
  expect(record.consoleErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
});

/**
 * The side menu each demo role sees, written out by hand from the screens and the roles
 * that work in them (app/access.ts must agree; this is the specification it is checked against).
 */
const DESK = ['案件列表', '一窗受理', '调度大屏', '督办', '例会研判', '统计', '网格地图'];
/** The desk with 考核与问责 (read by dispatchers, supervisors, leaders and the admin) after 督办. */
const DESK_EVALUATION = ['案件列表', '一窗受理', '调度大屏', '督办', '考核与问责', '例会研判', '统计', '网格地图'];
const MENUS: Record<string, string[]> = {
  // ADMIN maintains and LEADER reads the county's 时限与阶梯配置; both plan the center's 入驻与轮驻; ADMIN reads the local 消息记录.
  admin: [...DESK_EVALUATION, '入驻与轮驻', '时限与阶梯配置', '消息记录'],
  'county-operator': DESK,
  'county-dispatcher': DESK_EVALUATION,
  'county-supervisor': ['案件列表', '调度大屏', '督办', '考核与问责', '例会研判', '统计', '网格地图', '入驻与轮驻', '时限与阶梯配置'],
  'town-a-operator': DESK,
  'town-b-operator': DESK,
  'village-a-operator': DESK,
  'village-b-operator': DESK,
  // Lands on the phone page (no side menu); on a desktop page it sees these.
  'grid-a-worker': ['网格员工作台', '案件列表', '一窗受理'],
  'mediator-gold': ['案件列表'],
  'partner-12345': ['案件列表'],
};
/** Accounts whose home is the phone page (/m) rather than the desktop shell. */
const PHONE_HOME = new Set(['grid-a-worker']);

interface Me { username: string; displayName: string; region: { id: string; name: string } }

async function me(username: string): Promise<Me> {
  const p = h.platform();
  const r = await p.gql<{ me: Me }>(`{ me { username displayName region { id name } } }`, {}, await p.login(username));
  return r.data!.me;
}

/** Registers a case through the graph as `username` in its own region; returns its code. */
async function intake(username: string, title: string): Promise<string> {
  const p = h.platform();
  const token = await p.login(username);
  const m = await me(username);
  const r = await p.gql<{ intakeCase: { code: string } }>(`mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { code } }`, {
    input: { idempotencyKey: `sign-in-${username}`, title, description: '登录测试：辖区隔离', channel: 'WINDOW', type: 'NEIGHBOUR', regionId: m.region.id,
      parties: [{ name: '赵六', role: 'APPLICANT' }] },
  }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.intakeCase.code;
}

describe('登录', () => {
  let codeA: string;
  let codeB: string;
  beforeAll(async () => {
    codeA = await intake('town-a-operator', '甲镇邻里纠纷（登录测试）');
    codeB = await intake('town-b-operator', '乙镇邻里纠纷（登录测试）');
  });

  it.each(Object.keys(MENUS))('%s signs in and sees who and where it is, and its own menu', async (username) => {
    ({ page, record } = await h.open());
    await signIn(page, h.base(), username);
    const m = await me(username);
    const header = await page.getByTestId('who-where').innerText();
    expect(header).toContain(m.region.name);
    expect(header).toContain(m.displayName);
    if (PHONE_HOME.has(username)) {
      expect(new URL(page.url()).pathname).toBe('/m');
      expect(await page.getByTestId('main-menu').count()).toBe(0);
      await page.goto(`${h.base()}/cases`);
      await page.getByTestId('main-menu').waitFor();
    }
    expect(await menuLabels(page)).toEqual(MENUS[username]);
    if (username === 'town-a-operator') {
      await page.getByTestId(`case-row-${codeA}`).waitFor();
      await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
      await h.chromium.screenshot(page, 'console-signed-in-town-a');
    }
    await page.context().close();
  });

  it('town A\'s operator sees town A\'s case in the list and nothing of town B', async () => {
    ({ page, record } = await h.open());
    await signIn(page, h.base(), 'town-a-operator', '/cases');
    await page.getByTestId(`case-row-${codeA}`).waitFor();
    expect(await page.getByTestId(`case-row-${codeB}`).count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('乙镇邻里纠纷');
    // Searching for it by its code finds nothing either.
    await page.goto(`${h.base()}/cases?q=${encodeURIComponent(codeB)}`);
    await page.getByTestId('case-list-empty').waitFor();
    await page.context().close();
  });

  it('a wrong password says so in Chinese and signs nobody in', async () => {
    ({ page, record } = await h.open());
    await page.goto(`${h.base()}/login`);
    await page.getByTestId('login-username').fill('town-b-operator');
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error').innerText()).resolves.toContain('用户名或密码错误');
    expect(page.url()).toContain('/login');
    await h.chromium.screenshot(page, 'console-login-wrong-password');
    await page.context().close();
  });

  it('a session the server ends returns to the login page keeping the page asked for', async () => {
    ({ page, record } = await h.open());
    await signIn(page, h.base(), 'county-operator', '/cases');
    await page.getByTestId(`case-row-${codeA}`).waitFor();
    // The token is revoked server-side (as logout on another tab, or an admin disabling the account would).
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('zz.console.session') ?? '{}').token as string);
    const out = await h.platform().gql<{ logout: boolean }>(`mutation { logout }`, {}, token);
    expect(out.data?.logout).toBe(true);
    // The next thing the user does asks the server, which refuses: back to login, with why and where to.
    const asked = `/cases?q=${encodeURIComponent('纠纷')}`;
    await page.goto(`${h.base()}${asked}`);
    await page.getByTestId('login-expired').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('next')).toBe(asked);
    await h.chromium.screenshot(page, 'console-session-expired');
    await page.getByTestId('login-username').fill('county-operator');
    await page.getByTestId('login-password').fill('demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('who-where').waitFor();
    await page.waitForURL((u) => `${u.pathname}${u.search}` === asked);
    await page.context().close();
  });

  it('退出登录 ends the session; the next person starts from the home page', async () => {
    ({ page, record } = await h.open());
    await signIn(page, h.base(), 'town-a-operator', '/cases?q=%E7%BA%A0%E7%BA%B7');
    await page.getByTestId('logout').click();
    await page.waitForURL((u) => u.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('zz.console.session'))).toBeNull();
    await page.context().close();
  });
});
