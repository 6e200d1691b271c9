/**
 * The one way browser tests get a browser: Debian's Chromium found by path (a closed network cannot
 * download one, so `npx playwright install` is never used), driven by playwright-core. A missing
 * binary fails the test file with one sentence that says what to do; browser tests never skip.
 *
 * `useChromium()` launches in beforeAll and closes every context and the browser in afterAll.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Root needs --no-sandbox; the rest keep Chromium from calling home: on this closed network each of
 * those background connections is refused (or a DNS look-up of Google's hosts fails) at every start.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export const SCREENSHOT_DIR = path.resolve(__dirname, '../screenshots');

/** The office screen the issue asks every page to work on. */
export const DESKTOP = { width: 1366, height: 768 };

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH when set (a test-only knob), else the first Debian location that exists. */
export function findChromium(override = process.env.CHROMIUM_PATH, candidates = CHROMIUM_CANDIDATES): string {
  if (override) {
    if (!isExecutable(override)) throw new Error(`CHROMIUM_PATH=${override} is not an executable file: point it at a Chromium binary or unset it to use ${candidates.join(' or ')}.`);
    return override;
  }
  const found = candidates.find(isExecutable);
  if (!found) {
    throw new Error(`Browser tests need Chromium, found neither ${candidates.join(' nor ')}: install it with \`apt-get install -y chromium fonts-noto-cjk\` (as root; .ci/run does this) or set CHROMIUM_PATH to a Chromium binary.`);
  }
  return found;
}

/** Launches headless Chromium; Playwright gives it a fresh, empty user-data dir, removed on close. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** What a page did that a test should see: script errors, console errors, requests to other origins. */
export interface PageRecord {
  pageErrors: string[];
  consoleErrors: string[];
  foreignRequests: string[];
  requests: string[];
  websocketFrames: string[];
}

/** Records a page's errors and requests; `origin` is the only origin it may talk to (data:/blob: are local). */
export function recordPage(page: Page, origin: string): PageRecord {
  const record: PageRecord = { pageErrors: [], consoleErrors: [], foreignRequests: [], requests: [], websocketFrames: [] };
  const wsOrigin = origin.replace(/^http/, 'ws');
  page.on('pageerror', (err) => record.pageErrors.push(String(err?.stack ?? err)));
  page.on('console', (msg) => { if (msg.type() === 'error') record.consoleErrors.push(msg.text()); });
  page.on('request', (req) => {
    const url = req.url();
    record.requests.push(`${req.method()} ${url}`);
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) record.foreignRequests.push(url);
  });
  page.on('websocket', (ws) => {
    const url = ws.url();
    record.requests.push(`WS ${url}`);
    // Kept for failure messages: what was said on the socket, and how it ended.
    ws.on('framesent', (f) => record.websocketFrames.push(`> ${String(f.payload).slice(0, 2000)}`));
    ws.on('framereceived', (f) => record.websocketFrames.push(`< ${String(f.payload).slice(0, 2000)}`));
    ws.on('socketerror', (e) => record.websocketFrames.push(`error ${e}`));
    ws.on('close', () => record.websocketFrames.push('closed'));
    if (new URL(url).origin !== wsOrigin) record.foreignRequests.push(url);
  });
  return record;
}

export interface ChromiumHandle {
  browser(): Browser;
  /** A new context (own cookies and storage) and page at 1366×768 unless told otherwise. */
  newPage(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>;
  /** Saves a full-window PNG under e2e/screenshots/ (git-ignored) and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
}

/** Registers beforeAll/afterAll: one browser per test file, everything closed at the end. */
export function useChromium(): ChromiumHandle {
  let browser: Browser | null = null;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
    await browser?.close();
    browser = null;
  });
  return {
    browser() {
      if (!browser) throw new Error('Chromium is not running (did beforeAll fail?)');
      return browser;
    },
    async newPage(options = {}) {
      if (!browser) throw new Error('Chromium is not running (did beforeAll fail?)');
      const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
      contexts.push(context);
      return { context, page: await context.newPage() };
    },
    async screenshot(page, name) {
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
  };
}
