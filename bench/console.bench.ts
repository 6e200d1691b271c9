/**
 * The web console as a user meets it, on the bench database (issue 13's "Done when": first-load size,
 * case list interactive within 1.5 s with 100k cases):
 *
 *   npm run bench -- --scale 10 --only caseCore --skip-hive --skip-direct --quick --sub console
 *   (a sub-step of `npm run bench`: see bench/lib/sub-bench.ts for the environment it reads)
 *
 * In Debian's Chromium (the browser tests' launcher), against the gateway the runner started:
 * - first load: every file the login page and then the signed-in case list fetch, with the bytes each
 *   costs gzipped (its .gz twin in console/dist, or the body gzipped here), split into the shell (what
 *   the login page needs) and what the case list adds on top;
 * - case list: a county operator signed in through the login screen; each run is a full page load of
 *   /cases (assets from the browser's cache, as on a second visit) timed until the first row of the
 *   server's first page is on screen — the whole jurisdiction, then a filtered view (status + free text).
 * Prints a table and writes one JSON object (BENCH_RESULT_FILE, else the last line of stdout).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { ensureConsoleBuilt, CONSOLE_DIST } from '@zz/platform/console-build';
import { launchChromium, DESKTOP } from '../e2e/browser/chromium';
import { benchContext, writeBenchResult } from './lib/sub-bench';

const ctx = benchContext();
const base = ctx.gatewayUrl.replace(/\/graphql$/, '');
const RUNS = ctx.quick ? 8 : 20;

/** The gzipped size of a same-origin file of the build (its .gz twin when the build wrote one). */
function gzipBytes(pathname: string): number {
  const rel = pathname === '/' || !path.extname(pathname) ? 'index.html' : pathname.replace(/^\//, '');
  const file = path.join(CONSOLE_DIST, rel);
  if (!file.startsWith(CONSOLE_DIST) || !fs.existsSync(file)) return 0;
  if (fs.existsSync(`${file}.gz`)) return fs.statSync(`${file}.gz`).size;
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

function summary(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { runs: s.length, minMs: s[0], p50Ms: at(0.5), p95Ms: at(0.95), maxMs: s[s.length - 1] };
}

interface Phases { domReadyMs: number; firstRequestMs: number; lastResponseMs: number; requests: number; rowsMs: number }

/**
 * One full page load until the first row is on screen, and where the time went, from the page's own
 * clocks (navigation start = 0): the document and scripts ready, the first and last GraphQL exchange
 * (the session check, the region list, the case page), and the rows drawn.
 */
async function timeToFirstRow(page: Page, url: string): Promise<{ ms: number; total: string; phases: Phases }> {
  const started = Date.now();
  await page.goto(url);
  await page.locator('[data-testid^="case-row-"]').first().waitFor({ timeout: 30_000 });
  const ms = Date.now() - started;
  const phases = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const gql = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.name.endsWith('/graphql'));
    return {
      domReadyMs: Math.round(nav.domContentLoadedEventEnd),
      firstRequestMs: Math.round(Math.min(...gql.map((r) => r.startTime))),
      lastResponseMs: Math.round(Math.max(...gql.map((r) => r.responseEnd))),
      requests: gql.length,
      rowsMs: Math.round(performance.now()),
    };
  });
  const total = (await page.locator('.ant-pagination-total-text').first().innerText().catch(() => '')).trim();
  return { ms, total, phases };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function medianPhases(ps: Phases[]): Phases {
  const keys = Object.keys(ps[0]) as (keyof Phases)[];
  return Object.fromEntries(keys.map((k) => [k, median(ps.map((p) => p[k]))])) as unknown as Phases;
}

async function main(): Promise<void> {
  await ensureConsoleBuilt({ quiet: true });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const fetched = new Set<string>();
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.origin === base && r.resourceType() !== 'fetch' && r.resourceType() !== 'xhr' && r.resourceType() !== 'websocket') fetched.add(u.pathname);
    });

    // First load: the login page, then signing in lands on the case list.
    await page.goto(`${base}/login?next=${encodeURIComponent('/cases')}`);
    await page.getByTestId('login-submit').waitFor();
    await page.waitForLoadState('networkidle');
    const shell = [...fetched];
    await page.getByTestId('login-username').fill('county-operator');
    await page.getByTestId('login-password').fill('demo');
    await page.getByTestId('login-submit').click();
    await page.locator('[data-testid^="case-row-"]').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const caseList = [...fetched].filter((f) => !shell.includes(f));
    const size = (files: string[]) => files.reduce((n, f) => n + gzipBytes(f), 0);
    const firstLoad = {
      shellGzipBytes: size(shell), shellFiles: shell.length,
      caseListGzipBytes: size(caseList), caseListFiles: caseList.length,
      totalGzipBytes: size([...shell, ...caseList]),
    };

    const all: number[] = [];
    const filtered: number[] = [];
    const phases: Phases[] = [];
    let totalText = '';
    let filteredText = '';
    const filteredUrl = `${base}/cases?status=IN_MEDIATION,ASSIGNED&q=${encodeURIComponent('纠纷')}`;
    for (let i = 0; i < RUNS; i++) {
      const a = await timeToFirstRow(page, `${base}/cases`);
      all.push(a.ms);
      phases.push(a.phases);
      totalText = a.total;
      const f = await timeToFirstRow(page, filteredUrl);
      filtered.push(f.ms);
      filteredText = f.total;
    }
    const result = {
      firstLoad,
      caseList: { ...summary(all), shown: totalText, medianPhases: medianPhases(phases) },
      caseListFiltered: { ...summary(filtered), shown: filteredText, url: filteredUrl.replace(base, '') },
    };
    const kb = (b: number) => `${(b / 1024).toFixed(0)} kB`;
    process.stderr.write([
      `console first load (gzipped): shell ${kb(firstLoad.shellGzipBytes)} in ${firstLoad.shellFiles} files, case list adds ${kb(firstLoad.caseListGzipBytes)} in ${firstLoad.caseListFiles}; total ${kb(firstLoad.totalGzipBytes)}`,
      `case list to first row, ${RUNS} full page loads: p50 ${result.caseList.p50Ms} ms, p95 ${result.caseList.p95Ms} ms, max ${result.caseList.maxMs} ms (${totalText})`,
      `  where it goes (median, ms from navigation start): document and scripts ready ${result.caseList.medianPhases.domReadyMs}, first GraphQL request ${result.caseList.medianPhases.firstRequestMs}, last answer ${result.caseList.medianPhases.lastResponseMs} (${result.caseList.medianPhases.requests} requests), first row drawn ${result.caseList.medianPhases.rowsMs}`,
      `filtered case list:                      p50 ${result.caseListFiltered.p50Ms} ms, p95 ${result.caseListFiltered.p95Ms} ms, max ${result.caseListFiltered.maxMs} ms (${filteredText})`,
      '',
    ].join('\n'));
    writeBenchResult(result);
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
