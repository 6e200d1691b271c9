/**
 * What every browser test of the web console needs: the whole platform with the console built
 * (console/dist, rebuilt when stale), a Chromium page recording its errors, and signing in through the
 * login screen as a demo account would. Tests drive the screens only; they may read the graph directly
 * to check what a screen shows, never to change what the screen is about to do.
 */
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { ensureConsoleBuilt } from '@zz/platform/console-build';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { recordPage, useChromium, type ChromiumHandle, type PageRecord } from './chromium';

export interface ConsoleHarness {
  chromium: ChromiumHandle;
  platform(): TestPlatform;
  /** http://127.0.0.1:<port> — the console's origin. */
  base(): string;
  /** A fresh context and page (1366×768 unless told otherwise), recorded for errors and foreign requests. */
  open(options?: BrowserContextOptions): Promise<{ page: Page; record: PageRecord }>;
}

/**
 * Registers beforeAll/afterAll for one test file: console build, platform (demo mode), Chromium.
 * `jobs` runs the background jobs (supervision's consumer and scheduler), for screens that show
 * what supervision derives from the event log: letters, follow-ups, deadline states.
 */
export function useConsole(options: { jobs?: boolean } = {}): ConsoleHarness {
  const chromium = useChromium();
  let p: TestPlatform | null = null;
  beforeAll(async () => {
    await ensureConsoleBuilt({ quiet: true });
    p = await startTestPlatform({ config: { env: 'demo' }, jobs: options.jobs });
  }, 240_000);
  afterAll(async () => {
    await p?.stop();
  });
  const platform = () => {
    if (!p) throw new Error('the platform did not start (see beforeAll)');
    return p;
  };
  const base = () => platform().gatewayUrl.replace(/\/graphql$/, '');
  return {
    chromium,
    platform,
    base,
    async open(options) {
      const { page } = await chromium.newPage(options);
      return { page, record: recordPage(page, base()) };
    },
  };
}

/**
 * Signs in through the login screen (password `demo`), landing on `next` when given, and waits
 * until the header says who and where.
 */
export async function signIn(page: Page, base: string, username: string, next?: string, password = 'demo'): Promise<void> {
  await page.goto(base + (next ? `/login?next=${encodeURIComponent(next)}` : '/login'));
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('who-where').waitFor({ timeout: 30_000 });
}

/** The labels of the side menu, in order. */
export async function menuLabels(page: Page): Promise<string[]> {
  const items = page.getByTestId('main-menu').locator('.ant-menu-item');
  return (await items.allInnerTexts()).map((t) => t.trim());
}

/**
 * `asUser(username, path)` for a test file: a fresh page signed in as that account and landed on
 * `path`. Registers an afterEach that holds every page opened this way to the console's bar: no page
 * error, no console error, no request leaving the console's origin.
 */
export function useSignedInPages(h: ConsoleHarness): (username: string, path: string, password?: string) => Promise<Page> {
  const records: PageRecord[] = [];
  afterEach(() => {
    for (const record of records.splice(0)) {
      expect(record.pageErrors).toEqual([]);
      expect(record.consoleErrors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    }
  });
  return async (username, path, password) => {
    const opened = await h.open();
    records.push(opened.record);
    await signIn(opened.page, h.base(), username, path, password);
    return opened.page;
  };
}

/**
 * Picks `text` in the antd select whose search box is `box` (typing it to filter); nothing when the select
 * shows it already; again when a loaded machine lost the click while the list was opening.
 */
export async function pickIn(page: Page, box: Locator, text: string): Promise<void> {
  const select = box.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  if ((await select.innerText()).includes(text)) return;
  for (let attempt = 0; ; attempt++) {
    await box.click();
    await box.fill(text);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
    const shown = async () => (await select.innerText()).includes(text);
    for (let i = 0; i < 20 && !(await shown()); i++) await page.waitForTimeout(100);
    if ((await shown()) || attempt >= 2) return;
  }
}
