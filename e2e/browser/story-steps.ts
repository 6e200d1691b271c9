/**
 * Steps the seed-story browser tests share: polling the graph until supervision has derived what a change
 * implies, waiting for the page to show it (with the refresh a user would do), supervision catching up with
 * the whole event log before the statistics are read, and the 统计 screen read as numbers.
 */
import type { Locator, Page } from 'playwright-core';
import type { SupervisionServer } from '@zz/supervision';
import type { TestPlatform } from '@zz/platform/testing';

/** Beijing time as the page writes it (the browser runs in Asia/Shanghai): 2026-03-17 09:30. */
export const cst = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
/** This month in Beijing time, as the 统计 page's 月度 picker names it: 2026-03. */
export const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

/** Polls `read` until it gives something, for what supervision derives from the log a moment after a change. */
export async function until<T>(what: string, read: () => Promise<T | null | undefined | false>, timeout = 30_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const got = await read();
    if (got) return got;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until the page shows `locator`. The case file reads itself again a few times after its own actions;
 * a change made elsewhere or a read model lagging longer than those re-reads needs the refresh a user would
 * do: reload (at most twice) and wait for `anchor` (a test id) before looking again.
 */
export async function see(page: Page, locator: Locator, timeout = 12_000, anchor = 'case-file'): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    if (await locator.first().waitFor({ timeout }).then(() => true, () => false)) return;
    if (attempt === 2) throw new Error(`the page never showed ${locator.toString()}`);
    await page.reload();
    await page.getByTestId(anchor).waitFor({ timeout: 30_000 });
  }
}

type Position = { tx: string; id: string };

/**
 * Until supervision's read model has taken in the whole event log (the statistics are read from it). Each
 * round drains the consumer itself — with the background jobs on, it waits its turn for the worker lock —
 * so the wait does not hang on the poll timer. Should the log still not be taken in after a minute, the
 * error names what holds it back: the consumer only reads events older than the oldest transaction still
 * open on the server, so the open transactions are listed with their age and first words.
 */
export async function supervisionCaughtUp(p: TestPlatform, timeout = 60_000): Promise<void> {
  const runtime = (p.services.supervision as SupervisionServer).runtime;
  const positions = async () => {
    const [head] = await p.sql<Position>(`SELECT e.tx::text AS tx, e.id::text AS id FROM events.dispatch_event e ORDER BY e.tx DESC, e.id DESC LIMIT 1`);
    const [at] = await p.sql<Position>(`SELECT tx::text AS tx, id::text AS id FROM events.consumer_cursor WHERE consumer = 'supervision-read-model'`);
    return { head, at };
  };
  try {
    await until('supervision to catch up with the log', async () => {
      await runtime.drain();
      const { head, at } = await positions();
      return !head || (at && at.tx === head.tx && at.id === head.id);
    }, timeout);
  } catch (err) {
    const { head, at } = await positions();
    const open = await p.sql<{ db: string; app: string; state: string; age: string; xid: string | null; xmin: string | null; query: string }>(
      `SELECT datname AS db, application_name AS app, state, (now() - xact_start)::text AS age, backend_xid::text AS xid,
              backend_xmin::text AS xmin, left(regexp_replace(query, '\\s+', ' ', 'g'), 80) AS query
         FROM pg_stat_activity WHERE xact_start IS NOT NULL AND pid <> pg_backend_pid() ORDER BY xact_start LIMIT 5`);
    throw new Error(`${(err as Error).message}: head ${JSON.stringify(head)}, consumer at ${JSON.stringify(at)}; oldest open transactions: ${JSON.stringify(open)}`);
  }
}

// ── the 统计 screen, read as numbers ───────────────────────────────────────────────────────────────
export type Measures = { received: number; accepted: number; resolved: number; closed: number };
const ZERO: Measures = { received: 0, accepted: 0, resolved: 0, closed: 0 };
const num = (t: string) => Number(t.trim().replace(/,/g, ''));

/** Waits until the statistics screen has its figures. */
export const statisticsLoaded = (page: Page) => page.locator('[data-testid="statistics-result"][data-loading="false"]').waitFor({ timeout: 30_000 });

/** One of the cards at the top (received, accepted, resolved, closed, overdue …). */
export const statCard = async (page: Page, key: string) => num(await page.getByTestId(`stat-${key}`).locator('.ant-statistic-content-value').innerText());

/** A row of a breakdown table (table-type, table-channel, table-mode, table-department) by its key; an absent row reads 0. */
export async function statRow(page: Page, table: string, key: string): Promise<Measures> {
  const row = page.getByTestId(table).getByTestId(`row-${key}`);
  if (!(await row.count())) return ZERO;
  // 名称, 受理量, 已受理, 化解, 化解率, 办结, 办结率
  const [, received, accepted, resolved, , closed] = await row.locator('td').allInnerTexts();
  return { received: num(received), accepted: num(accepted), resolved: num(resolved), closed: num(closed) };
}

/** The 领导包案 line; a month with no case shows no breakdowns at all (reads 0). */
export async function leaderLine(page: Page): Promise<Measures> {
  const section = page.getByTestId('section-leader');
  if (!(await section.count())) return ZERO;
  // received, accepted, resolved, rate, closed, rate
  const led = (await section.locator('.ant-descriptions-item-content').allInnerTexts()).map(num);
  return led.length ? { received: led[0], accepted: led[1], resolved: led[2], closed: led[4] } : ZERO;
}

/** Flattens measures under a prefix (`table-type.received` …), for before/after differences. */
export const flat = (prefix: string, m: Measures, keys: (keyof Measures)[] = ['received', 'accepted', 'resolved']) =>
  Object.fromEntries(keys.map((k) => [`${prefix}.${k}`, m[k]]));

/**
 * Submits a case-file modal (`<testId>-submit`) and waits until it closes. On a loaded machine a click can land
 * while the modal is still settling and be lost — nothing sent, no error shown. So once, after 8 quiet seconds
 * with no field error and no request in flight, the submit is clicked again, as the user would. A dialog that
 * still stays open fails the step with what it says.
 */
export async function submitModal(page: Page, testId: string, timeout = 30_000): Promise<void> {
  const modal = page.getByTestId(testId);
  const submit = page.getByTestId(`${testId}-submit`);
  await submit.click();
  if (await modal.waitFor({ state: 'detached', timeout: 8_000 }).then(() => true, () => false)) return;
  const fieldErrors = await modal.locator('.ant-form-item-explain-error').count();
  const inFlight = await submit.evaluate((b) => b.classList.contains('ant-btn-loading')).catch(() => false);
  if (!fieldErrors && !inFlight) await submit.click().catch(() => undefined);
  await modal.waitFor({ state: 'detached', timeout }).catch(async (err) => {
    throw new Error(`${(err as Error).message}\nthe dialog says: ${await page.getByRole('dialog').last().innerText().catch(() => '?')}`);
  });
}
