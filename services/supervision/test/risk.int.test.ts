/**
 * Risk early warning (三级预警): every rule of risk-rules.ts, evaluated on case events against the
 * read model, raises a 风险预警函 and a RISK_WARNING event once per case, rule and level.
 */
import { SimCase, days, plus, startHarness, supervisionEvents, type Harness } from './harness';

const T0 = new Date('2026-06-15T02:00:00Z');

let h: Harness;
let village: { id: string; code: string };

beforeAll(async () => {
  h = await startHarness({ clock: T0 });
  [village] = await h.sql<{ id: string; code: string }>(`SELECT id, code FROM grid.region WHERE level = 'VILLAGE' ORDER BY code LIMIT 1 OFFSET 3`);
});
afterAll(() => h?.stop());

const newCase = (over: ConstructorParameters<typeof SimCase>[1] extends infer T ? Partial<T> : never = {}) =>
  new SimCase(h, { regionId: village.id, regionCode: village.code, ...over });

async function hits(caseId: string) {
  await h.settle();
  return h.sql(
    `SELECT r.rule, r.level, l.kind AS letter_kind, l.number IS NOT NULL AS numbered FROM supervision.risk_hit r
     LEFT JOIN supervision.letter l ON l.id = r.letter_id WHERE r.case_id = $1 ORDER BY r.raised_at, r.level`,
    [caseId],
  );
}

describe('each rule raises a letter and an event, once', () => {
  it('REPEAT_PARTY: YELLOW at 3 cases of one party in 30 days, ORANGE at 5', async () => {
    const key = 'id:repeat-party';
    const cases: SimCase[] = [];
    for (let i = 0; i < 5; i++) {
      const c = newCase({ partyKeys: [key] });
      await c.receive(plus(T0, days(i * 5)));
      cases.push(c);
    }
    expect(await hits(cases[0].id)).toEqual([]);
    expect(await hits(cases[1].id)).toEqual([]);
    expect(await hits(cases[2].id)).toEqual([{ rule: 'REPEAT_PARTY', level: 'YELLOW', letter_kind: 'RISK_WARNING', numbered: true }]);
    expect((await hits(cases[3].id)).map((x) => x.level)).toEqual(['YELLOW']);
    expect(await hits(cases[4].id)).toEqual([{ rule: 'REPEAT_PARTY', level: 'ORANGE', letter_kind: 'RISK_WARNING', numbered: true }]);
    // A later event of the same case does not raise it again.
    await cases[2].accept(plus(T0, days(11)), 'GENERAL');
    expect(await hits(cases[2].id)).toHaveLength(1);
    expect(await supervisionEvents(h, cases[2].id)).toEqual({ RISK_WARNING: 1 });
  });

  it('GROUP_DISPUTE: ORANGE at 10 applicants, RED at 30 (a rise is raised again)', async () => {
    const c = newCase({ applicantCount: 14, type: 'CONSUMER' });
    await c.receive(T0);
    expect(await hits(c.id)).toEqual([{ rule: 'GROUP_DISPUTE', level: 'ORANGE', letter_kind: 'RISK_WARNING', numbered: true }]);
    await c.update('CASE_ACCEPTED', plus(T0, 1000), { status: 'ACCEPTED', complexity: 'COMPLEX', acceptedAt: plus(T0, 1000).toISOString(), applicantCount: 35 });
    expect((await hits(c.id)).map((x) => x.level)).toEqual(['ORANGE', 'RED']);
    expect(await supervisionEvents(h, c.id)).toEqual({ RISK_WARNING: 2 });
  });

  it('PRE_FESTIVAL_WAGES: wage arrears received in the 4 weeks before the Spring Festival', async () => {
    const c = newCase({ type: 'LABOUR_WAGES' });
    await c.receive(new Date('2026-02-01T02:00:00Z'));
    expect(await hits(c.id)).toEqual([{ rule: 'PRE_FESTIVAL_WAGES', level: 'YELLOW', letter_kind: 'RISK_WARNING', numbered: true }]);
    const big = newCase({ type: 'CONSTRUCTION_PAYMENT', amountInDispute: '800000.00' });
    await big.receive(new Date('2026-02-10T02:00:00Z'));
    expect((await hits(big.id)).map((x) => x.level)).toEqual(['ORANGE']);
  });

  it('ESCALATED_TWICE: ORANGE after the second escalation, RED after the third', async () => {
    const c = newCase();
    await c.receive(T0);
    await c.accept(T0, 'GENERAL');
    await c.escalate(plus(T0, days(1)));
    expect(await hits(c.id)).toEqual([]);
    await c.escalate(plus(T0, days(2)));
    expect((await hits(c.id)).map((x) => `${x.rule}:${x.level}`)).toEqual(['ESCALATED_TWICE:ORANGE']);
    await c.escalate(plus(T0, days(3)));
    expect((await hits(c.id)).map((x) => `${x.rule}:${x.level}`)).toEqual(['ESCALATED_TWICE:ORANGE', 'ESCALATED_TWICE:RED']);
  });

  it('REPEAT_PETITION: a party petitioning twice in 90 days', async () => {
    const key = 'phone:13900000077';
    const first = newCase({ channel: 'PETITION', partyKeys: [key] });
    await first.receive(T0);
    const second = newCase({ channel: 'PETITION', partyKeys: [key] });
    await second.receive(plus(T0, days(60)));
    expect(await hits(first.id)).toEqual([]);
    expect(await hits(second.id)).toEqual([{ rule: 'REPEAT_PETITION', level: 'ORANGE', letter_kind: 'RISK_WARNING', numbered: true }]);
  });

  it('raises nothing for a closed case, and lists the warnings for the board', async () => {
    const c = newCase({ applicantCount: 50, status: 'CLOSED' });
    await c.update('CASE_CLOSED', T0, { status: 'CLOSED', receivedAt: T0.toISOString() });
    expect(await hits(c.id)).toEqual([]);

    const supervisor = await h.user('county-supervisor');
    const county = await h.regionId('441422');
    const q = `query($r: ID!, $l: RiskLevel, $after: String) { riskWarnings(regionId: $r, level: $l, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { rule ruleName level reason case { id } letter { kind number to { id } } } } } }`;
    const red = await h.sup.gql(supervisor, q, { r: county, l: 'RED' });
    expect(red.errors).toBeUndefined();
    expect(red.data!.riskWarnings.totalCount).toBe(2);
    expect(red.data!.riskWarnings.edges.map((e: { node: { rule: string } }) => e.node.rule).sort()).toEqual(['ESCALATED_TWICE', 'GROUP_DISPUTE']);
    const all = await h.sup.gql(supervisor, q, { r: county });
    // REPEAT_PARTY 3 (the 3rd and 4th case YELLOW, the 5th ORANGE), GROUP 2, PRE_FESTIVAL 2, ESCALATED 2, PETITION 1.
    expect(all.data!.riskWarnings.totalCount).toBe(10);
    expect(all.data!.riskWarnings.pageInfo.hasNextPage).toBe(true);
    const next = await h.sup.gql(supervisor, q, { r: county, after: all.data!.riskWarnings.pageInfo.endCursor });
    expect(next.data!.riskWarnings.edges).toHaveLength(2);
    expect(next.data!.riskWarnings.edges[0].node.letter.kind).toBe('RISK_WARNING');
    // Reasons never quote the party key.
    expect(JSON.stringify(all.data)).not.toContain('13900000077');

    const level = await h.sup.gql(supervisor, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { supervision { riskLevel riskWarnings { level } } } } }`, {
      r: [{ __typename: 'Case', id: c.id }],
    });
    expect(level.data!._entities[0].supervision).toEqual({ riskLevel: null, riskWarnings: [] });
  });
});
