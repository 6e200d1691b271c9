/**
 * PII stays where it belongs (issue 12, point 6). The seed stories run through the gateway with the
 * demo world's own parties (ID numbers and phones), reporters' and appointment contacts' phones, and
 * errors provoked on purpose; meanwhile every log line of every process is captured (setLogSink).
 * Then every full ID number and phone used is searched for in: the captured logs, every row of
 * events.dispatch_event (and its archive), the case ledger (cases.case_event), every error returned
 * to a client, and every response to the roles that see them masked (GRID_WORKER, PARTNER). One hit
 * fails the test and names where it was found.
 */
import { setLogSink } from '@zz/common';
import { generateCases, generateWorld } from '@zz/demo-world';
import { startTestPlatform, type GraphQLResult, type TestPlatform } from '@zz/platform/testing';
import { stories, type As } from './support/pii-stories';

// The machine is shared: the stories make ~80 calls.
jest.setTimeout(180_000);

/** Accounts that see phones and ID numbers masked: everything they receive is searched. */
const MASKED = new Set(['grid-a-worker', 'partner-12345']);

const logs: string[] = [];
let p: TestPlatform;
const responses: { user: string; body: GraphQLResult }[] = [];

beforeAll(async () => {
  setLogSink((line) => logs.push(line));
  p = await startTestPlatform({ jobs: true });
}, 120_000);
afterAll(async () => {
  await p?.stop();
  setLogSink(null);
});

it('no full ID number or phone in logs, the event log, ledger notes, errors, or what masked roles receive', async () => {
  const world = generateWorld();
  // Real demo parties (the seeded county's own people), the ones that carry both numbers first.
  const parties = generateCases(world, { count: 60, now: new Date() }).flatMap((c) => c.parties)
    .filter((x) => x.phone && x.idNumber).slice(0, 24).map((x) => ({ name: x.name, role: 'APPLICANT', phone: x.phone!, idNumber: x.idNumber! }));
  expect(parties.length).toBe(24);
  const as: As = async (user, query, variables = {}) => {
    const body = await p.gql(query, variables, await p.login(user));
    responses.push({ user, body });
    return body;
  };
  const { used, handlerPhones } = await stories(p, as, parties, world);
  await (p.services.supervision as unknown as { runtime: { drain(): Promise<unknown> } }).runtime.drain();

  // Sanity: the stories did run, the numbers did reach the database, and a masked role did get data.
  const stored = (await p.sql<{ t: string }>(`SELECT string_agg(phone || ' ' || coalesce(id_number, ''), ' ') AS t FROM cases.party`))[0].t;
  expect(used.filter((v) => stored.includes(v)).length).toBeGreaterThan(20);
  expect(responses.filter((r) => MASKED.has(r.user) && r.body.data && JSON.stringify(r.body.data).includes('****')).length).toBeGreaterThan(3);
  expect(responses.filter((r) => r.body.errors?.length).length).toBeGreaterThanOrEqual(8);

  const corpora: Record<string, string[]> = {
    logs,
    'events.dispatch_event': (await p.sql<{ r: string }>(`SELECT row_to_json(d)::text AS r FROM events.dispatch_event d
      UNION ALL SELECT row_to_json(a)::text FROM events.dispatch_event_archive a`)).map((r) => r.r),
    'cases.case_event (ledger)': (await p.sql<{ r: string }>(`SELECT row_to_json(e)::text AS r FROM cases.case_event e`)).map((r) => r.r),
    'errors returned to clients': responses.flatMap((r) => (r.body.errors ?? []).map((e) => `${r.user}: ${JSON.stringify(e)}`)),
    'responses to masked roles': responses.filter((r) => MASKED.has(r.user)).map((r) => {
      let text = `${r.user}: ${JSON.stringify(r.body)}`;
      // A grid worker handles its grid's reports: their reporter phone is its to see (only there).
      const report = r.user === 'grid-a-worker' && Object.keys(r.body.data ?? {}).some((k) => /^(reportIssue|gridReport)$/.test(k));
      if (report) for (const v of handlerPhones) text = text.split(v).join('<handler>');
      return text;
    }),
  };
  expect(corpora['events.dispatch_event'].length).toBeGreaterThan(30);
  // The agreement names the parties (not only their numbers): it stays on the case, out of the ledger's details and the log.
  for (const where of ['events.dispatch_event', 'cases.case_event (ledger)']) {
    expect([where, corpora[where].filter((l) => l.includes('全额退费')).length]).toEqual([where, 0]);
  }
  // A title may name the parties (王志成等14人…): a case's events carry its code, never its title.
  const [titled] = await p.sql<{ n: number }>(`SELECT count(*)::int AS n FROM events.dispatch_event d JOIN cases."case" c ON c.id = d.case_id
    WHERE length(c.title) >= 6 AND position(c.title IN d.data::text) > 0`);
  expect(titled.n).toBe(0);
  if (process.env.PII_DEBUG) console.log(corpora.logs.join('\n'));
  expect(corpora.logs.some((l) => l.includes('subgraph cases ready'))).toBe(true);

  const hits: string[] = [];
  for (const [where, lines] of Object.entries(corpora)) {
    for (const line of lines) {
      for (const v of used) if (line.includes(v)) hits.push(`${where}: ${v} in ${line.slice(Math.max(0, line.indexOf(v) - 200), line.indexOf(v) + 100)}`);
    }
  }
  expect(hits).toEqual([]);
});
