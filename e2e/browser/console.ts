/**
 * What every browser test of the web console needs: the whole platform with the console built
 * (console/dist, rebuilt when stale), a Chromium page recording its errors, and signing in through the
 * login screen as a demo account would. Tests drive the screens only; they may read the graph directly
 * to check what a screen shows, never to change what the screen is about to do.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
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
