/**
 * The explorer in a real Chromium at 1366×768 against the whole platform (issue 13, point 8): it
 * renders with no script error and loads nothing from another origin; the login bar logs in a demo
 * account; each saved example tab, run as the account it is written for, shows data and no errors.
 * Screenshots land in e2e/screenshots/ (git-ignored).
 */
import type { Page } from 'playwright-core';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { EXAMPLES, EXPLORER_TITLE, type ExampleTab } from '@zz/gateway';
import { recordPage, useChromium, type PageRecord } from './chromium';

const chromium = useChromium();
let p: TestPlatform;
let base: string;
let page: Page;
let record: PageRecord;
let loggedInAs: string | null = null;

beforeAll(async () => {
  // Demo mode: the login bar offers the demo accounts, as `npm start` does.
  p = await startTestPlatform({ config: { env: 'demo' } });
  base = p.gatewayUrl.replace(/\/graphql$/, '');
  ({ page } = await chromium.newPage());
  record = recordPage(page, base);
});
afterAll(async () => {
  await p?.stop();
});
afterEach(() => {
  if (!record) return; // no browser: beforeAll has already failed every test, saying why
  // Every step of the walk: no script error, no console error (a CSP refusal is one), nothing from elsewhere.
  expect(record.pageErrors).toEqual([]);
  expect(record.consoleErrors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
});

const RESULT = '.graphiql-response .view-lines';

/** The result pane's visible text (monaco draws spaces as no-break spaces). */
async function resultText(): Promise<string> {
  return (await page.locator(RESULT).innerText()).replace(/\u00a0/g, ' ');
}

/** Waits until GraphiQL has drawn its editor and loaded the schema (the introspection answered). */
async function waitForExplorer(): Promise<void> {
  const schema = page.waitForResponse((r) => r.url() === p.gatewayUrl && (r.request().postData() ?? '').includes('IntrospectionQuery'), { timeout: 30_000 });
  await page.locator('.graphiql-query-editor .monaco-editor .view-lines').waitFor({ timeout: 30_000 });
  const res = await schema;
  expect(res.status()).toBe(200);
  expect((await res.json()).errors).toBeUndefined();
}

async function loginThroughBar(username: string): Promise<void> {
  if (loggedInAs === username) return;
  await page.selectOption('#zz-user', username);
  // The bar reloads the page once logged in, or says in red why not.
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  reloaded.catch(() => undefined);
  await page.click('#zz-go');
  const refused = page.locator('#zz-msg.zz-error').waitFor({ timeout: 30_000 }).then(() => 'refused' as const);
  refused.catch(() => undefined);
  if ((await Promise.race([reloaded, refused])) === 'refused') {
    throw new Error(`login of ${username} through the bar failed: ${await page.locator('#zz-msg').innerText()}`);
  }
  await waitForExplorer();
  await expect(page.locator('#zz-msg').innerText()).resolves.toMatch(/^已登录：/);
  // The same tabs, with the new token: none added by the reload.
  await expect(page.locator('button.graphiql-tab-button').count()).resolves.toBe(EXAMPLES.length);
  loggedInAs = username;
}

function operationOf(e: ExampleTab): { kind: string; name: string } {
  const m = /^(query|mutation|subscription)\s+(\w+)/m.exec(e.query);
  if (!m) throw new Error(`example "${e.title}" has no named operation`);
  return { kind: m[1], name: m[2] };
}

/** Every top-level field answered, and lists not empty: "shows data" means something to look at. */
function expectData(data: Record<string, unknown> | null | undefined, title: string): void {
  expect(data).toBeTruthy();
  for (const [field, value] of Object.entries(data!)) {
    if (value === null || (Array.isArray(value) && value.length === 0)) throw new Error(`${title}: ${field} is ${JSON.stringify(value)}`);
  }
}

/** The username inside a `Bearer <JWT>` value (the payload is not verified here, only read). */
function usernameIn(authorization: string | undefined): string | null {
  const payload = authorization?.replace(/^Bearer /, '').split('.')[1];
  return payload ? JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')).username ?? null : null;
}

/**
 * Clicks the run button and returns the answer. Seen on a loaded machine: a click right after
 * switching tabs sent nothing, or GraphiQL answered "Cannot infer operation" because its parse of
 * the newly shown tab had not caught up with the editor. Each retry first re-selects the tab (the
 * examples are safe to repeat — the intake is idempotent), so a lost click or a stale parse is told
 * apart from an explorer that does not run, which fails after the last try.
 */
async function clickRun(op: { kind: string; name: string }) {
  const sent = (timeout: number) => page.waitForResponse((r) => r.url() === p.gatewayUrl && (r.request().postData() ?? '').includes(`${op.kind} ${op.name}`), { timeout });
  for (let attempt = 1; ; attempt++) {
    const answer = sent(attempt === 3 ? 20_000 : 8_000);
    await page.click('.graphiql-execute-button');
    try {
      return await answer;
    } catch (err) {
      if (attempt === 3) throw err;
      // Away and back: showing the tab again makes GraphiQL parse its text anew.
      await page.locator(`button.graphiql-tab-button:not([title="${op.name}"])`).first().click();
      await page.click(`button.graphiql-tab-button[title="${op.name}"]`);
      await page.waitForTimeout(500 * attempt);
    }
  }
}

/** The editor text of the headers tab, once it has drawn its JSON (monaco may draw lines late under load). */
async function headersText(expected: RegExp | null, timeout = 15_000): Promise<string> {
  const until = Date.now() + timeout;
  for (;;) {
    const text = (await page.locator('.graphiql-editor-tool .view-lines').last().innerText()).replace(/\u00a0/g, ' ');
    const done = expected ? expected.test(text) : text.includes('}');
    if (done || Date.now() > until) return text;
    await page.waitForTimeout(200);
  }
}

/** Logs in as the tab's account, opens the tab, runs it, and checks what comes back and what is shown. */
async function runExample(example: ExampleTab, op: { kind: string; name: string }): Promise<void> {
  const title = example.title;
  await loginThroughBar(example.account);
  await page.click(`button.graphiql-tab-button[title="${op.name}"]`);
  await expect(page.locator('.graphiql-query-editor .view-lines').innerText()).resolves.toContain(op.name);

  if (op.kind === 'subscription') {
    // Over the same-origin websocket; an intake elsewhere must then show up in the result pane.
    // As clickRun: a stale parse of the newly shown tab ("Cannot infer operation") starts nothing; show the tab
    // again and retry, and fail after the last try.
    const before = p.gateway.subscriptions.stats().subscribers;
    for (let attempt = 1; ; attempt++) {
      await page.click('.graphiql-execute-button');
      const deadline = Date.now() + (attempt === 3 ? 15_000 : 6_000);
      while (p.gateway.subscriptions.stats().subscribers <= before && Date.now() < deadline) await page.waitForTimeout(50);
      if (p.gateway.subscriptions.stats().subscribers > before) break;
      if (attempt === 3) throw new Error('the subscription never went live');
      await page.locator(`button.graphiql-tab-button:not([title="${op.name}"])`).first().click();
      await page.click(`button.graphiql-tab-button[title="${op.name}"]`);
      await page.waitForTimeout(500 * attempt);
    }
    const village = await p.login('village-a-operator');
    const me = await p.gql<{ me: { region: { id: string } } }>(`{ me { region { id } } }`, {}, village);
    const intake = await p.gql(`mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { code } }`, {
      input: { idempotencyKey: 'explorer-browser-sub', title: '浏览器测试：实时调度', description: '订阅示例应收到此事件', channel: 'WINDOW', type: 'NEIGHBOUR',
        regionId: me.data!.me.region.id, parties: [{ name: '王五', role: 'APPLICANT', phone: '13912345678' }] },
    }, village);
    expect(intake.errors).toBeUndefined();
    // The socket speaks for the logged-in account (its connection_init carries that token).
    const init = record.websocketFrames.filter((f) => f.includes('"connection_init"')).at(-1) ?? '';
    expect(usernameIn(/"authorization":"([^"]+)"/.exec(init)?.[1])).toBe(example.account);
    await page.locator(RESULT).filter({ hasText: 'CASE_RECEIVED' }).waitFor({ timeout: 15_000 });
    const text = await resultText();
    expect(text).toContain('"dispatchEvents"');
    expect(text).not.toContain('"errors"');
    await chromium.screenshot(page, `explorer-${op.name}`);
    await page.click('.graphiql-execute-button'); // stop it, as a user would
    return;
  }

  const response = await clickRun(op);
  if (op.kind !== 'mutation' || op.name !== 'Login') expect(usernameIn(response.request().headers().authorization)).toBe(example.account);
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  expectData(body.data, title);
  // What the user sees: the result pane shows the data, and no errors (the server puts them first).
  await page.locator(RESULT).filter({ hasText: '"data"' }).waitFor({ timeout: 15_000 });
  expect(await resultText()).not.toContain('"errors"');
  await chromium.screenshot(page, `explorer-${op.name}`);
}

describe('the explorer in Chromium', () => {
  it('/explorer renders its editor and loads the schema (/ is the web console)', async () => {
    const started = Date.now();
    const response = await page.goto(`${base}/explorer`);
    expect(page.url()).toBe(`${base}/explorer`);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await waitForExplorer();
    // Time to a usable editor (page, assets, GraphiQL start, introspection), for the record.
    console.log(`explorer rendered in ${Date.now() - started} ms`);
    await expect(page.title()).resolves.toBe(EXPLORER_TITLE);
    await expect(page.locator('button.graphiql-tab-button').count()).resolves.toBe(EXAMPLES.length);
    await expect(page.locator('#zz-user option').count()).resolves.toBeGreaterThan(5);
    // The bundle's code must run, not be shown: the page's text is the login bar and GraphiQL's UI.
    await expect(page.locator('body').innerText()).resolves.not.toMatch(/function\s*\(|use strict/);
    await chromium.screenshot(page, 'explorer-start');
  });

  it('logs in through the bar with a demo account and puts the token into the headers', async () => {
    await loginThroughBar('county-dispatcher');
    await page.click('.graphiql-editor-tools button[data-name="headers"]');
    const bearer = /"Authorization": "Bearer [\w-]+\.[\w-]+\.[\w-]+"/;
    expect(await headersText(bearer)).toMatch(bearer);
    await chromium.screenshot(page, 'explorer-logged-in');
    // A plain reload keeps the login and the tabs as they were.
    await page.reload();
    await waitForExplorer();
    await expect(page.locator('#zz-msg').innerText()).resolves.toMatch(/^已登录：/);
    await expect(page.locator('button.graphiql-tab-button').count()).resolves.toBe(EXAMPLES.length);
  });

  describe.each(EXAMPLES.map((e) => [e.title, e] as const))('example %s', (title, example) => {
    const op = operationOf(example);

    it(`runs green as ${example.account}`, async () => {
      try {
        await runExample(example, op);
      } catch (err) {
        // What the page showed when it went wrong, for the one reading the failure.
        await chromium.screenshot(page, `explorer-${op.name}-failed`).catch(() => undefined);
        const pane = await resultText().catch(() => '(no result pane)');
        throw new Error(`${title}: ${err instanceof Error ? err.message : err}\nresult pane: ${pane.slice(0, 800)}\nsocket: ${record.websocketFrames.map((f) => f.slice(0, 300)).join(' | ')}`);
      }
    });
  });

  // In a describe of its own: jest runs a block's own tests before its nested blocks.
  describe('after the examples', () => {
    it('logs out: the token leaves every tab', async () => {
      const reloaded = page.waitForEvent('load');
      await page.click('#zz-logout');
      await reloaded;
      await waitForExplorer();
      loggedInAs = null;
      await expect(page.locator('#zz-msg').innerText()).resolves.toMatch(/^未登录/);
      await page.click('.graphiql-editor-tools button[data-name="headers"]');
      expect(await headersText(null)).not.toContain('Bearer');
      await expect(page.locator('button.graphiql-tab-button').count()).resolves.toBe(EXAMPLES.length);
    });
  });
});
