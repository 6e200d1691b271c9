/**
 * The 督办 screen's lists: cases in their warning window (warningCases) and the letters issued in a
 * jurisdiction (supervisionLetters) — scoped to the region asked, keyset-paged, in the order a
 * supervisor works them, with the clock moved so that one case warns and one is overdue.
 */
import { SimCase, days, hours, plus, startHarness, type Harness } from './harness';

const T0 = new Date('2026-06-01T01:00:00Z'); // Monday 09:00 CST
const DEPT = '00000000-0000-4000-8000-00000000d001';

let h: Harness;
let townA: { id: string; code: string };
let townB: { id: string; code: string };
const c: Record<'warnA' | 'lateA' | 'calmA' | 'warnB', SimCase> = {} as never;

async function villageOf(townCode: string): Promise<{ id: string; code: string }> {
  const [v] = await h.sql<{ id: string; code: string }>(`SELECT id, code FROM grid.region WHERE level = 'VILLAGE' AND code LIKE $1 ORDER BY code LIMIT 1`, [`${townCode}%`]);
  return v;
}

async function accepted(place: { id: string; code: string }, complexity: string, at: Date): Promise<SimCase> {
  const s = new SimCase(h, { regionId: place.id, regionCode: place.code });
  await s.receive(at);
  await s.accept(at, complexity);
  await s.assign(plus(at, hours(1)), DEPT);
  return s;
}

beforeAll(async () => {
  h = await startHarness({ clock: T0 });
  const a = await h.user('town-a-operator');
  const b = await h.user('town-b-operator');
  townA = { id: a.regionId!, code: a.regionCode! };
  townB = { id: b.regionId!, code: b.regionCode! };
  const [va, vb] = [await villageOf(townA.code), await villageOf(townB.code)];
  c.warnA = await accepted(va, 'GENERAL', T0); // 5 days, warning from day 4
  c.lateA = await accepted(va, 'SIMPLE', T0); // 1 day: overdue on day 4.5
  c.calmA = await accepted(va, 'COMPLEX', T0); // 15 days: on track
  c.warnB = await accepted(vb, 'GENERAL', plus(T0, hours(2))); // warns too, its deadline 2 hours later
  h.clock.set(plus(T0, days(4) + hours(12)));
  await h.settle();
  await h.sup.server.runtime.tick(); // the 督办函 of the overdue case, the warnings
}, 60_000);
afterAll(() => h?.stop());

const WARNING = `query($r: ID!, $first: Int, $after: String) { warningCases(regionId: $r, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id supervision { state warning deadlineAt } } } } }`;

describe('warningCases (临期预警)', () => {
  it('lists the county\'s cases in their warning window, nearest deadline first, not the overdue or the calm ones', async () => {
    const r = await h.sup.gql(await h.user('county-supervisor'), WARNING, { r: await h.regionId(townA.code.slice(0, 6)), first: 10 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.warningCases.totalCount).toBe(2);
    expect(r.data!.warningCases.edges.map((e: any) => e.node.id)).toEqual([c.warnA.id, c.warnB.id]);
    for (const e of r.data!.warningCases.edges) expect(e.node.supervision).toMatchObject({ state: 'WARNING', warning: true });
  });

  it('pages by cursor without gap or repeat', async () => {
    const supervisor = await h.user('county-supervisor');
    const county = await h.regionId(townA.code.slice(0, 6));
    const first = await h.sup.gql(supervisor, WARNING, { r: county, first: 1 });
    expect(first.data!.warningCases.pageInfo.hasNextPage).toBe(true);
    const second = await h.sup.gql(supervisor, WARNING, { r: county, first: 1, after: first.data!.warningCases.pageInfo.endCursor });
    expect([...first.data!.warningCases.edges, ...second.data!.warningCases.edges].map((e: any) => e.node.id)).toEqual([c.warnA.id, c.warnB.id]);
    expect(second.data!.warningCases.pageInfo.hasNextPage).toBe(false);
  });

  it('keeps a town to its own cases and refuses it the county', async () => {
    const op = await h.user('town-a-operator');
    const own = await h.sup.gql(op, WARNING, { r: townA.id, first: 10 });
    expect(own.data!.warningCases.edges.map((e: any) => e.node.id)).toEqual([c.warnA.id]);
    const county = await h.sup.gql(op, WARNING, { r: await h.regionId(townA.code.slice(0, 6)) });
    expect([county.errors?.[0]?.extensions?.code, county.errors?.[0]?.extensions?.field]).toEqual(['FORBIDDEN', 'regionId']);
    const other = await h.sup.gql(op, WARNING, { r: townB.id });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('puts the case past its deadline on the overdue list instead', async () => {
    const supervisor = await h.user('county-supervisor');
    const overdue = `query($r: ID!) { overdueCases(regionId: $r, first: 10) { edges { node { id } } } }`;
    const o = await h.sup.gql(supervisor, overdue, { r: townA.id });
    expect(o.data!.overdueCases.edges.map((e: any) => e.node.id)).toEqual([c.lateA.id]);
  });
});

const LETTERS = `query($r: ID!, $kind: LetterKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  supervisionLetters(regionId: $r, kind: $kind, from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id number kind issuedAt case { id } to { id } automatic } } } }`;

describe('supervisionLetters (督办文书)', () => {
  it('lists the jurisdiction\'s letters newest first: the 受理告知单 of every acceptance, the 交办单 of every assignment and the 督办函 of the overdue case', async () => {
    const r = await h.sup.gql(await h.user('county-supervisor'), LETTERS, { r: await h.regionId(townA.code.slice(0, 6)), first: 50 });
    expect(r.errors).toBeUndefined();
    const letters = r.data!.supervisionLetters.edges.map((e: any) => e.node);
    expect(r.data!.supervisionLetters.totalCount).toBe(9);
    expect(letters.filter((l: any) => l.kind === 'ASSIGNMENT').map((l: any) => l.case.id).sort()).toEqual([c.warnA.id, c.lateA.id, c.calmA.id, c.warnB.id].sort());
    expect(letters.filter((l: any) => l.kind === 'ACCEPTANCE_NOTICE').map((l: any) => [l.case.id, l.to]).sort()).toEqual([c.warnA.id, c.lateA.id, c.calmA.id, c.warnB.id].sort().map((id) => [id, null]));
    expect(letters[0]).toMatchObject({ kind: 'SUPERVISION', case: { id: c.lateA.id }, to: { id: DEPT }, automatic: true });
    const times = letters.map((l: any) => l.issuedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by kind and by issue time, and pages without gap or repeat', async () => {
    const supervisor = await h.user('county-supervisor');
    const county = await h.regionId(townA.code.slice(0, 6));
    const kind = await h.sup.gql(supervisor, LETTERS, { r: county, kind: 'SUPERVISION' });
    expect(kind.data!.supervisionLetters.edges.map((e: any) => e.node.case.id)).toEqual([c.lateA.id]);
    // Town B's case came two hours after the others: a window that holds only its notice and 交办单.
    const window = await h.sup.gql(supervisor, LETTERS, { r: county, from: plus(T0, hours(2)).toISOString(), to: plus(T0, hours(4)).toISOString() });
    expect(window.data!.supervisionLetters.edges.map((e: any) => [e.node.case.id, e.node.kind])).toEqual([[c.warnB.id, 'ASSIGNMENT'], [c.warnB.id, 'ACCEPTANCE_NOTICE']]);
    const all = (await h.sup.gql(supervisor, LETTERS, { r: county, first: 50 })).data!.supervisionLetters.edges.map((e: any) => e.node.id);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: any = await h.sup.gql(supervisor, LETTERS, { r: county, first: 2, after });
      paged.push(...p.data!.supervisionLetters.edges.map((e: any) => e.node.id));
      if (!p.data!.supervisionLetters.pageInfo.hasNextPage) break;
      after = p.data!.supervisionLetters.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });

  it('keeps a town to its own letters, refuses it another town and a reversed period', async () => {
    const op = await h.user('town-b-operator');
    const own = await h.sup.gql(op, LETTERS, { r: townB.id });
    expect(own.data!.supervisionLetters.edges.map((e: any) => e.node.case.id)).toEqual([c.warnB.id, c.warnB.id]);
    const other = await h.sup.gql(op, LETTERS, { r: townA.id });
    expect([other.errors?.[0]?.extensions?.code, other.errors?.[0]?.extensions?.field]).toEqual(['FORBIDDEN', 'regionId']);
    const reversed = await h.sup.gql(op, LETTERS, { r: townB.id, from: plus(T0, days(1)).toISOString(), to: T0.toISOString() });
    expect([reversed.errors?.[0]?.extensions?.code, reversed.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'from']);
  });
});
