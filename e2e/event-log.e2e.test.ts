/**
 * The durable log's ordering rule, tested against readEventsAfter directly on a real PostgreSQL with
 * several connections committing concurrently: a reader never skips an event whose transaction
 * commits after a later-numbered one (the bigserial trap), never delivers one twice, never delivers
 * an event of a transaction that rolls back; and retention archives only a prefix of the log.
 */
import type { DataSource, QueryRunner } from 'typeorm';
import {
  START_POSITION, appendEvents, archiveOldEvents, archivedHorizon, comparePositions, headPosition, readEventsAfter, readLogPage, type NewEvent, type Position, type StoredEvent,
} from '@zz/events';
import { openTestDataSources } from '@zz/platform/testing';
import { synthetic } from './support/dispatch';

let env: Awaited<ReturnType<typeof openTestDataSources>>;
let ds: DataSource;
let region: { id: string; code: string };

beforeAll(async () => {
  env = await openTestDataSources();
  ds = env.dataSources.cases;
  [region] = await ds.query(`SELECT id, code FROM grid.region WHERE level = 'VILLAGE' ORDER BY code LIMIT 1`);
});
afterAll(async () => {
  await env?.close();
});

const ev = (note: string): NewEvent => synthetic({ kind: 'CASE_RECEIVED', source: 'test', regionId: region.id, regionCode: region.code, data: { note } });
const notes = (events: StoredEvent[]) => events.map((e) => e.data.note);

async function begin(): Promise<QueryRunner> {
  const qr = ds.createQueryRunner();
  await qr.connect();
  await qr.startTransaction();
  return qr;
}
async function end(qr: QueryRunner, commit = true) {
  if (commit) await qr.commitTransaction();
  else await qr.rollbackTransaction();
  await qr.release();
}

/**
 * Reads everything after `from`, in pages of `page`, waiting until nothing committed is held back any
 * more. (Transaction ids are cluster-wide: on a shared server a transaction of ANOTHER database still
 * in flight holds the bound back for a moment too.)
 */
async function readAll(from: Position, page = 100): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  let cursor = from;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const batch = await readEventsAfter(ds, cursor, page);
    out.push(...batch);
    if (batch.length) cursor = batch[batch.length - 1];
    if (batch.length === page) continue;
    if (!(await readLogPage(ds, cursor, 1)).heldBack) return out;
    if (Date.now() > deadline) throw new Error('events stayed held back for 20 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('commit order', () => {
  it('pages in numeric (tx, id) order across digit lengths (regression: ORDER BY must not sort the text cursor columns)', async () => {
    // Make the ids cross a power of ten (…98, 99, 100, 101…), where text order and numeric order differ.
    const [{ last }] = await ds.query(`SELECT last_value::text AS last FROM events.dispatch_event_id_seq`);
    const boundary = 10n ** BigInt(String(BigInt(last) + 1n).length);
    if (boundary - BigInt(last) > 10n) await ds.query(`SELECT setval('events.dispatch_event_id_seq', $1)`, [String(boundary - 5n)]);
    const from = await headPosition(ds);
    await ds.transaction((m) => appendEvents(m, Array.from({ length: 25 }, (_, i) => ev(`n${i}`))));
    const pages: StoredEvent[] = await readAll(from, 4);
    expect(notes(pages)).toEqual(Array.from({ length: 25 }, (_, i) => `n${i}`));
    const ids = pages.map((e) => BigInt(e.id));
    expect(new Set(ids.map((id) => String(id).length)).size).toBe(2);
    for (let i = 1; i < ids.length; i++) expect(ids[i]).toBeGreaterThan(ids[i - 1]);
  });

  it('holds back a later-id event until the earlier-id transaction commits, then delivers both in order', async () => {
    const from = await headPosition(ds);
    const [{ max: idBefore }] = await ds.query(`SELECT coalesce(max(id), 0)::text AS max FROM events.dispatch_event`);
    const a = await begin();
    await appendEvents(a.manager, [ev('A')]); // smaller id, transaction stays open
    const b = await begin();
    await appendEvents(b.manager, [ev('B')]); // larger id, commits first
    await end(b);

    // A naive reader ("id > last id") would deliver B now and move past A for good.
    const naive = await ds.query(`SELECT id::text, data->>'note' AS note FROM events.dispatch_event WHERE id > $1 ORDER BY id`, [idBefore]);
    expect(naive.map((r: { note: string }) => r.note)).toEqual(['B']);
    // The log reader holds B back: A (older transaction) may still commit before it.
    expect(await readEventsAfter(ds, from, 100)).toEqual([]);
    expect((await readLogPage(ds, from, 100)).heldBack).toBe(true);

    await end(a);
    const after = await readAll(from);
    expect(notes(after)).toEqual(['A', 'B']);
    expect(comparePositions(after[0], after[1])).toBeLessThan(0);
    expect((await readLogPage(ds, after[1], 100)).events).toEqual([]);
  });

  it('orders by the writing transaction, not by insertion: an older transaction inserting later still comes first', async () => {
    const from = await headPosition(ds);
    const older = await begin();
    await older.query('SELECT pg_current_xact_id()'); // takes its transaction id now
    const younger = await begin();
    await appendEvents(younger.manager, [ev('Y1'), ev('Y2')]);
    await appendEvents(older.manager, [ev('O1')]); // larger id, smaller transaction id
    await end(younger);
    expect(await readEventsAfter(ds, from, 100)).toEqual([]); // the older transaction is still in flight
    await end(older);
    expect(notes(await readAll(from))).toEqual(['O1', 'Y1', 'Y2']);
  });

  it('a reader polling while six connections commit (and roll back) concurrently sees every committed event exactly once, in order', async () => {
    const from = await headPosition(ds);
    const committed = new Set<string>();
    const rolledBack = new Set<string>();
    let writing = true;

    const writers = Array.from({ length: 6 }, async (_, w) => {
      for (let i = 0; i < 40; i++) {
        const qr = await begin();
        const batch = Array.from({ length: 1 + ((w * 7 + i) % 3) }, (_, k) => `w${w}-t${i}-e${k}`);
        // Some transactions take their id early and append late, some pause after appending: commits overtake each other.
        if (i % 4 === 0) await qr.query('SELECT pg_current_xact_id()');
        await qr.query('SELECT pg_sleep($1)', [Math.random() * 0.004]);
        await appendEvents(qr.manager, batch.map(ev));
        await qr.query('SELECT pg_sleep($1)', [Math.random() * 0.006]);
        const commit = (w + i) % 9 !== 0;
        await end(qr, commit);
        for (const n of batch) (commit ? committed : rolledBack).add(n);
      }
    });

    const seen: StoredEvent[] = [];
    let cursor = from;
    const reader = (async () => {
      while (writing) {
        const batch = await readEventsAfter(ds, cursor, 7); // small pages: paging under load is exercised too
        seen.push(...batch);
        if (batch.length) cursor = batch[batch.length - 1];
        else await new Promise((r) => setTimeout(r, 1));
      }
    })();
    await Promise.all(writers);
    writing = false;
    await reader;
    seen.push(...(await readAll(cursor, 7)));

    const got = notes(seen) as string[];
    expect(new Set(got).size).toBe(got.length); // no duplicate
    expect(new Set(got)).toEqual(committed); // no gap, nothing rolled back
    for (const n of rolledBack) expect(got).not.toContain(n);
    for (let i = 1; i < seen.length; i++) expect(comparePositions(seen[i - 1], seen[i])).toBeLessThan(0); // strictly in log order
    // And exactly what a fresh reader finds afterwards.
    expect(notes(await readAll(from))).toEqual(got);
  });
});

describe('retention', () => {
  it('archives only a prefix of the log (counted from recorded_at, not the business time) and reports its horizon', async () => {
    const from = await headPosition(ds);
    for (const n of ['old1', 'old2', 'recent', 'old-after-recent']) {
      await ds.transaction((m) => appendEvents(m, [ev(n)]));
    }
    // A backdated business time does not make an event archivable: it was recorded just now.
    await ds.transaction((m) => appendEvents(m, [{ ...ev('backdated'), occurredAt: new Date('2020-01-01T00:00:00Z') }]));
    const mine = await readAll(from);
    const at = (n: string) => mine.find((e) => e.data.note === n)!;
    await ds.query(`UPDATE events.dispatch_event SET recorded_at = now() - interval '30 days' WHERE id = ANY($1::bigint[])`, [[at('old1').id, at('old2').id, at('old-after-recent').id]]);
    // Everything before our events is older than the window too (moved in the same prefix).
    await ds.query(`UPDATE events.dispatch_event SET recorded_at = now() - interval '30 days' WHERE (tx, id) < ($1::text::xid8, $2::bigint)`, [at('old1').tx, at('old1').id]);

    const moved = await archiveOldEvents(ds, 10, 2); // small batches
    const live = notes(await readAll(START_POSITION));
    expect(live).toEqual(['recent', 'old-after-recent', 'backdated']);
    expect(moved).toBeGreaterThanOrEqual(2);
    const horizon = await archivedHorizon(ds);
    expect(horizon).toEqual({ tx: at('old2').tx, id: at('old2').id });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM events.dispatch_event_archive WHERE data->>'note' IN ('old1', 'old2')`);
    expect(n).toBe(2);
    // A second round finds nothing new to move.
    expect(await archiveOldEvents(ds, 10)).toBe(0);
  });
});
