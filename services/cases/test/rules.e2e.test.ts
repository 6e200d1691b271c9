/**
 * The rules of the cases API through the gateway: every illegal transition, concurrent changes,
 * idempotent retries, every validation rule, jurisdiction isolation (case, cases, caseByCode and
 * _entities), PII masking, and the SQL statement count of a page (no N+1).
 */
import { IDENTITY_HEADER, signForwardedIdentity } from '@zz/common';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { Api, CASE, M, intakeInput, type CaseData } from './api';
import { department, goldMediatorId, gridA, identityOf, ID_NUMBERS, mediator, phone, townB, villageA, villageB, world } from './world-fixtures';

/** The "5" of 1+5+N every consultation convenes (the default county policy). */
const FIVE = ['COURT', 'PROCURATORATE', 'POLICE', 'JUSTICE', 'PETITION'];

// The machine is shared: give setup and the larger tests room (jest's default is 5 s).
jest.setTimeout(60_000);

let p: TestPlatform;
let api: Api;
beforeAll(async () => {
  p = await startTestPlatform();
  api = new Api(p);
});
afterAll(async () => {
  await p?.stop();
});

const countCases = async () => Number((await p.sql(`SELECT count(*) AS n FROM cases."case"`))[0].n);

/** A case of village A driven to `status` through the API. */
async function caseIn(status: string): Promise<CaseData> {
  const u = 'town-a-operator';
  let c = await api.intake(u, intakeInput());
  if (status === 'REGISTERED') return c;
  if (status === 'REJECTED') return api.do(u, 'reject', { id: c.id, reason: '不属于矛盾纠纷受理范围' });
  if (status === 'WITHDRAWN') return api.do(u, 'withdraw', { id: c.id, reason: '申请人撤回申请' });
  c = await api.do(u, 'accept', { id: c.id, complexity: 'SIMPLE' });
  if (status === 'ACCEPTED') return c;
  c = await api.do(u, 'assign', { input: { caseId: c.id, mediatorId: mediator(3) } });
  if (status === 'ASSIGNED') return c;
  c = await api.do(u, 'start', { id: c.id });
  if (status === 'IN_MEDIATION') return c;
  if (status === 'REFERRED') return api.do(u, 'refer', { id: c.id, route: 'ARBITRATION', note: '引导申请劳动仲裁' });
  c = await api.do(u, 'outcome', { input: { caseId: c.id, outcome: 'RESOLVED', agreement: '双方当场达成和解协议。' } });
  if (status === 'RESOLVED') return c;
  return api.do(u, 'close', { id: c.id });
}

describe('every illegal transition is CONFLICT and writes nothing', () => {
  const ATTEMPTS: Record<string, (c: CaseData, other: CaseData) => [keyof typeof M, Record<string, unknown>]> = {
    accept: (c) => ['accept', { id: c.id, complexity: 'GENERAL' }],
    reject: (c) => ['reject', { id: c.id, reason: '不属于本级管辖' }],
    transfer: (c) => ['reject', { id: c.id, reason: '不属于村级受理范围', level: 'TOWN' }],
    assign: (c) => ['assign', { input: { caseId: c.id, mediatorId: mediator(4) } }],
    reroute: (c) => ['reroute', { input: { caseId: c.id, reason: '非本部门职责', departmentId: department('HUMAN_RESOURCES') } }],
    startMediation: (c) => ['start', { id: c.id }],
    resolve: (c) => ['outcome', { input: { caseId: c.id, outcome: 'RESOLVED', agreement: '达成协议' } }],
    fail: (c) => ['outcome', { input: { caseId: c.id, outcome: 'FAILED', note: '调解未果' } }],
    escalate: (c) => ['escalate', { id: c.id, reason: '本级无法化解' }],
    refer: (c) => ['refer', { id: c.id, route: 'LITIGATION' }],
    close: (c) => ['close', { id: c.id }],
    withdraw: (c) => ['withdraw', { id: c.id }],
    reopen: (c) => ['reopen', { id: c.id, reason: '回访不满意' }],
    merge: (c, other) => ['merge', { input: { caseId: c.id, intoCaseId: other.id } }],
    consult: (c) => ['consult', { input: { caseId: c.id, topic: '联合会商', departmentIds: FIVE.map(department) } }],
  };
  const LEGAL: Record<string, string[]> = {
    REGISTERED: ['accept', 'reject', 'transfer', 'withdraw', 'merge'],
    ACCEPTED: ['reject', 'transfer', 'assign', 'escalate', 'withdraw', 'merge', 'consult'],
    ASSIGNED: ['assign', 'reroute', 'startMediation', 'escalate', 'refer', 'withdraw', 'merge', 'consult'],
    IN_MEDIATION: ['resolve', 'fail', 'refer', 'withdraw', 'merge', 'consult'],
    RESOLVED: ['close', 'reopen'],
    REFERRED: ['close'],
    CLOSED: ['reopen'],
    REJECTED: [],
    WITHDRAWN: [],
  };

  it.each(Object.keys(LEGAL))('from %s', async (status) => {
    const [c, other] = await Promise.all([caseIn(status), api.intake('town-a-operator', intakeInput())]);
    expect(c.status).toBe(status);
    const before = await api.footprint(c.id);
    const illegal = Object.keys(ATTEMPTS).filter((a) => !LEGAL[status].includes(a));
    for (const name of illegal) {
      const [mutation, vars] = ATTEMPTS[name](c, other);
      const err = await api.fail('town-a-operator', M[mutation], vars);
      expect([name, err.code]).toEqual([name, 'CONFLICT']);
    }
    expect(await api.footprint(c.id)).toEqual(before);
    expect(await api.footprint(other.id)).toEqual({ version: 1, ledger: 1, events: 1 });
  });
});

describe('concurrency and idempotency', () => {
  it('of parallel changes of one case exactly one wins; the others get CONFLICT', async () => {
    const c = await api.intake('town-a-operator', intakeInput());
    const token = await p.login('town-a-operator');
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) =>
      p.gql(M.accept, { id: c.id, complexity: i % 2 ? 'GENERAL' : 'COMPLEX' }, token)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(Array(5).fill('CONFLICT'));
    expect(await api.footprint(c.id)).toEqual({ version: 2, ledger: 2, events: 2 });
  });

  it('expectedVersion: a change made on an older version is CONFLICT even when still legal, and writes nothing', async () => {
    const u = 'town-a-operator';
    const token = await p.login(u);
    const seen = await caseIn('ACCEPTED'); // the version a screen showed
    // Someone else assigns the case meanwhile; assigning again would still be a legal transition.
    await api.do(u, 'assign', { input: { caseId: seen.id, leadDepartmentId: department('JUSTICE') } });
    const footprint = await api.footprint(seen.id);
    const stale = await p.gql(`mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`,
      { input: { caseId: seen.id, leadDepartmentId: department('HUMAN_RESOURCES'), expectedVersion: seen.version } }, token);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(new RegExp(`第 ${seen.version} 版，现为第 ${seen.version + 1} 版`));
    expect(await api.footprint(seen.id)).toEqual(footprint);
    // The same on plain arguments; a made-up future version is bad input naming the argument.
    const escalateStale = await p.gql(`mutation($id: ID!, $v: Int) { escalateCase(id: $id, reason: "本级无法化解", expectedVersion: $v) { id } }`, { id: seen.id, v: seen.version }, token);
    expect(escalateStale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const future = await p.gql(`mutation($id: ID!, $v: Int) { startMediation(id: $id, expectedVersion: $v) { id } }`, { id: seen.id, v: seen.version + 5 }, token);
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedVersion' });
    expect(await api.footprint(seen.id)).toEqual(footprint);
    // With the current version it goes through.
    const ok = await p.gql<{ startMediation: { status: string; version: number } }>(`mutation($id: ID!, $v: Int) { startMediation(id: $id, expectedVersion: $v) { status version } }`,
      { id: seen.id, v: seen.version + 1 }, token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.startMediation).toEqual({ status: 'IN_MEDIATION', version: seen.version + 2 });
  });

  it('a partner retrying with the same idempotency key gets the same case, sequentially and in parallel', async () => {
    const input = intakeInput({ idempotencyKey: '12345-ticket-880001', channel: 'HOTLINE_12345' });
    const first = await api.intake('partner-12345', input);
    const retry = await api.intake('partner-12345', input);
    expect(retry.id).toBe(first.id);
    expect(retry.code).toBe(first.code);

    const token = await p.login('partner-12345');
    const parallel = await Promise.all(Array.from({ length: 8 }, () =>
      p.gql<{ intakeCase: CaseData }>(M.intake, { input: { ...input, idempotencyKey: '12345-ticket-880002' } }, token)));
    expect(parallel.every((r) => !r.errors)).toBe(true);
    expect(new Set(parallel.map((r) => r.data!.intakeCase.id)).size).toBe(1);
    const rows = await p.sql(`SELECT count(*) AS n FROM cases."case" WHERE idempotency_key = '12345-ticket-880002'`);
    expect(Number(rows[0].n)).toBe(1);
    expect(await api.footprint(parallel[0].data!.intakeCase.id)).toEqual({ version: 1, ledger: 1, events: 1 });
  });
});

describe('validation: BAD_USER_INPUT naming the field, nothing written', () => {
  const party = (over: Record<string, unknown> = {}) => ({ name: '张三', role: 'APPLICANT', phone: phone(), ...over });
  it.each<[string, Record<string, unknown>, string, string?]>([
    ['blank title', { title: '  ' }, 'input.title'],
    ['title too long', { title: '长'.repeat(101) }, 'input.title'],
    ['title with a line break', { title: '标题\n第二行' }, 'input.title'],
    ['description too short', { description: '太短' }, 'input.description'],
    ['no parties', { parties: [] }, 'input.parties'],
    ['no applicant', { parties: [party({ role: 'RESPONDENT' })] }, 'input.parties'],
    ['blank party name', { parties: [party({ name: ' ' })] }, 'input.parties.0.name'],
    ['bad phone', { parties: [party(), party({ name: '李四', phone: '12345' })] }, 'input.parties.1.phone'],
    ['bad ID check digit', { parties: [party({ idNumber: '441422198001011234' })] }, 'input.parties.0.idNumber'],
    ['the same ID number twice', { parties: [party({ idNumber: ID_NUMBERS[0] }), party({ name: '李四', idNumber: ID_NUMBERS[0] })] }, 'input.parties.1.idNumber'],
    ['negative amount', { amountInDispute: '-5.00' }, 'input.amountInDispute'],
    ['amount over 1e12', { amountInDispute: '1000000000000.01' }, 'input.amountInDispute'],
    ['blank idempotency key', { idempotencyKey: ' ' }, 'input.idempotencyKey'],
    ['malformed region id', { regionId: 'not-a-region' }, 'input.regionId'],
    ['unknown region', { regionId: '00000000-0000-4000-8000-000000000000' }, 'input.regionId'],
    ['a region outside the jurisdiction', { regionId: villageB.id }, 'input.regionId', 'FORBIDDEN'],
  ])('intake: %s', async (_label, over, field, code = 'BAD_USER_INPUT') => {
    const before = await countCases();
    const err = await api.fail('town-a-operator', M.intake, { input: intakeInput(over) });
    expect(err).toMatchObject({ code, field });
    expect(await countCases()).toBe(before);
  });

  it('intake reports every problem at once', async () => {
    const r = await api.run('town-a-operator', M.intake, { input: intakeInput({ title: '', description: '', parties: [party({ phone: '1' })] }) });
    const fields = (r.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['input.title', 'input.description', 'input.parties.0.phone']);
  });

  it('roles: a mediator cannot register a case, a grid worker cannot accept one', async () => {
    expect((await api.fail('mediator-gold', M.intake, { input: intakeInput() })).code).toBe('FORBIDDEN');
    const c = await api.intake('grid-a-worker', intakeInput({ regionId: gridA.id, channel: 'GRID' }));
    expect((await api.fail('grid-a-worker', M.accept, { id: c.id, complexity: 'SIMPLE' })).code).toBe('FORBIDDEN');
  });

  it('roles: a partner system may withdraw the tickets it pushed in, not the window’s cases', async () => {
    const own = await api.intake('partner-12345', intakeInput({ channel: 'HOTLINE_12345', idempotencyKey: '12345-ticket-withdraw' }));
    const window = await api.intake('town-a-operator', intakeInput());
    expect((await api.fail('partner-12345', M.withdraw, { id: window.id, reason: '来电人撤回' })).code).toBe('FORBIDDEN');
    expect(await api.do('partner-12345', 'withdraw', { id: own.id, reason: '来电人表示已自行协商解决' })).toMatchObject({ status: 'WITHDRAWN' });
  });

  it('changes: reasons, routing, outcomes and consultations', async () => {
    const c = await caseIn('ASSIGNED');
    const before = await api.footprint(c.id);
    const u = 'town-a-operator';
    const fails: [keyof typeof M, Record<string, unknown>, string][] = [
      ['reject', { id: c.id, reason: ' ' }, 'reason'],
      ['escalate', { id: c.id, reason: '否' }, 'reason'],
      ['reopen', { id: c.id, reason: '' }, 'reason'],
      ['assign', { input: { caseId: c.id } }, 'input.departmentIds'],
      ['assign', { input: { caseId: c.id, departmentIds: ['00000000-0000-4000-8000-000000000001'] } }, 'input.departmentIds.0'],
      ['assign', { input: { caseId: c.id, mediatorId: '00000000-0000-4000-8000-000000000002' } }, 'input.mediatorId'],
      ['reroute', { input: { caseId: c.id, reason: '', departmentId: department('COURT') } }, 'input.reason'],
      ['outcome', { input: { caseId: c.id, outcome: 'RESOLVED' } }, 'input.agreement'],
      ['outcome', { input: { caseId: c.id, outcome: 'FAILED' } }, 'input.note'],
      ['consult', { input: { caseId: c.id, topic: '会商', departmentIds: [department('COURT')] } }, 'input.departmentIds'],
      ['merge', { input: { caseId: c.id, intoCaseId: c.id } }, 'input.intoCaseId'],
    ];
    for (const [name, vars, field] of fails) {
      const err = await api.fail(u, M[name], vars);
      expect([name, err.code, err.field]).toEqual([name, 'BAD_USER_INPUT', field]);
    }
    expect(await api.footprint(c.id)).toEqual(before);
  });

  it('1+5+N: a consultation without all five political-legal kinds is refused, naming what is missing', async () => {
    const c = await caseIn('ASSIGNED');
    const before = await api.footprint(c.id);
    const withoutTwo = ['COURT', 'POLICE', 'JUSTICE', 'HUMAN_RESOURCES'].map(department);
    const err = await api.fail('town-a-operator', M.consult, { input: { caseId: c.id, topic: '欠薪联合会商', departmentIds: withoutTwo } });
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.departmentIds' });
    expect(err.message).toContain('缺少：检察院、信访局');
    // An unknown department is still named by its index, before the rule is looked at.
    const unknown = await api.fail('town-a-operator', M.consult, { input: { caseId: c.id, topic: '欠薪联合会商', departmentIds: [...FIVE.map(department), '00000000-0000-4000-8000-000000000001'] } });
    expect([unknown.code, unknown.field]).toEqual(['BAD_USER_INPUT', 'input.departmentIds.5']);
    expect(await api.footprint(c.id)).toEqual(before);
    const ok = await api.do<{ id: string; status: string; departments: { id: string }[] }>('town-a-operator', 'consult', {
      input: { caseId: c.id, topic: '欠薪联合会商', departmentIds: [...FIVE.map(department), department('HUMAN_RESOURCES')] } });
    expect(ok.status).toBe('OPEN');
    expect(ok.departments).toHaveLength(6);
    // Attendees come from the convened departments; a bad one is named by its index, nothing written.
    const decided = await api.footprint(c.id);
    const decide = (attendees: unknown[]) => api.fail('town-a-operator', M.decide, { input: { consultationId: ok.id, responsibilitySplit: '人社牵头', plan: '三日内调解', attendees } });
    const notConvened = await decide([{ departmentId: department('COURT'), name: '陈立平' }, { departmentId: department('HOUSING'), name: '王海' }]);
    expect([notConvened.code, notConvened.field]).toEqual(['BAD_USER_INPUT', 'input.attendees.1.departmentId']);
    const noName = await decide([{ departmentId: department('COURT'), name: ' ', title: '庭长' }]);
    expect([noName.code, noName.field]).toEqual(['BAD_USER_INPUT', 'input.attendees.0.name']);
    expect(await api.footprint(c.id)).toEqual(decided);
  });
});

describe('jurisdiction isolation', () => {
  it('town A cannot read or change a town-B case: not by case, cases, caseByCode, nor a mutation', async () => {
    const c = await api.intake('town-b-operator', intakeInput({ title: '镇B专属案件', regionId: villageB.id }));
    const READ = `query($id: ID!, $code: String!, $f: CaseFilter) {
      case(id: $id) { id } caseByCode(code: $code) { id } cases(filter: $f, first: 50) { totalCount edges { node { id } } } }`;
    const vars = { id: c.id, code: c.code, f: { search: c.code } };
    for (const owner of ['town-b-operator', 'village-b-operator', 'county-operator']) {
      expect(await api.ok(owner, READ, vars)).toMatchObject({ case: { id: c.id }, caseByCode: { id: c.id }, cases: { totalCount: 1, edges: [{ node: { id: c.id } }] } });
    }
    for (const other of ['town-a-operator', 'village-a-operator', 'grid-a-worker']) {
      expect(await api.ok(other, READ, vars)).toEqual({ case: null, caseByCode: null, cases: { totalCount: 0, edges: [] } });
    }
    for (const [name, vars2] of [['accept', { id: c.id, complexity: 'SIMPLE' }], ['reject', { id: c.id, reason: '不属于本级管辖' }], ['withdraw', { id: c.id }],
      ['merge', { input: { caseId: c.id, intoCaseId: (await api.intake('town-a-operator', intakeInput())).id } }]] as const) {
      const err = await api.fail('town-a-operator', M[name], vars2);
      expect([name, err.code]).toEqual([name, 'NOT_FOUND']);
    }
    // A region filter can only narrow: town A asking for town B's village gets nothing.
    const narrowed = await api.ok('town-a-operator', `query($f: CaseFilter) { cases(filter: $f) { totalCount } }`, { f: { regionId: villageB.id } });
    expect(narrowed).toEqual({ cases: { totalCount: 0 } });
    expect(await api.footprint(c.id)).toEqual({ version: 1, ledger: 1, events: 1 });
  });

  it('_entities is scoped too: a forwarded town-B identity resolves a town-A case to null', async () => {
    const a = await api.intake('town-a-operator', intakeInput());
    const b = await api.intake('town-b-operator', intakeInput({ regionId: villageB.id }));
    const call = async (username: string) => {
      const res = await fetch(p.services.cases.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signForwardedIdentity(identityOf(username), p.config.internalSecret) },
        body: JSON.stringify({
          query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id code } } }',
          variables: { r: [{ __typename: 'Case', id: a.id }, { __typename: 'Case', id: b.id }] },
        }),
      });
      return ((await res.json()) as { data: { _entities: ({ id: string } | null)[] } }).data._entities;
    };
    expect(await call('town-a-operator')).toEqual([{ id: a.id, code: a.code }, null]);
    expect(await call('town-b-operator')).toEqual([null, { id: b.id, code: b.code }]);
    expect(await call('county-operator')).toEqual([{ id: a.id, code: a.code }, { id: b.id, code: b.code }]);
    expect(townB.code).not.toBe(villageA.code.slice(0, 9));
  });
});

describe('what peer systems asked for: duplicates, merge, reopen', () => {
  it('flags a possible duplicate at intake and merges it, both histories kept', async () => {
    const same = phone();
    const first = await api.intake('town-a-operator', intakeInput({ channel: 'WINDOW', parties: [{ name: '曾丽', role: 'APPLICANT', phone: same }] }));
    const second = await api.intake('partner-12345', intakeInput({ channel: 'HOTLINE_12345', parties: [{ name: '曾丽', role: 'APPLICANT', phone: same }] }));
    const DUPS = `query($id: ID!) { case(id: $id) { possibleDuplicates { daysApart reasons case { id } } } }`;
    const dups = (await api.ok<{ case: { possibleDuplicates: { reasons: string[]; case: { id: string } }[] } }>('town-a-operator', DUPS, { id: second.id })).case.possibleDuplicates;
    expect(dups).toEqual([{ daysApart: 0, reasons: [expect.stringContaining('申请人联系电话相同（139****')], case: { id: first.id } }]);
    // The earlier case shows the link too.
    expect((await api.ok<{ case: { possibleDuplicates: { case: { id: string } }[] } }>('town-a-operator', DUPS, { id: first.id })).case.possibleDuplicates.map((d) => d.case.id)).toEqual([second.id]);

    const kept = await api.do('town-a-operator', 'merge', { input: { caseId: second.id, intoCaseId: first.id, reason: '同一申请人经12345重复反映' } });
    expect(kept).toMatchObject({ id: first.id, status: 'REGISTERED', version: 2 });
    const BOTH = `query($a: ID!, $b: ID!) {
      a: case(id: $a) { mergedCases { id } history { action note } }
      b: case(id: $b) { status mergedInto { id } allowedActions history { action fromStatus toStatus note } } }`;
    const r = await api.ok<{ a: { mergedCases: { id: string }[]; history: { action: string }[] }; b: { status: string; mergedInto: { id: string }; allowedActions: string[]; history: { action: string; toStatus: string }[] } }>(
      'town-a-operator', BOTH, { a: first.id, b: second.id });
    expect(r.a.mergedCases).toEqual([{ id: second.id }]);
    expect(r.a.history.map((h) => h.action)).toEqual(['intake', 'mergeIn']);
    expect(r.b).toMatchObject({ status: 'WITHDRAWN', mergedInto: { id: first.id }, allowedActions: [] });
    expect(r.b.history.map((h) => [h.action, h.toStatus])).toEqual([['intake', 'REGISTERED'], ['merge', 'WITHDRAWN']]);
    expect(await api.dispatchKinds(second.id)).toEqual(['CASE_RECEIVED', 'CASE_MERGED']);
    expect(await api.dispatchKinds(first.id)).toEqual(['CASE_RECEIVED', 'CASE_MERGED']);
    // Merging into a case that is no longer open is refused.
    expect((await api.fail('town-a-operator', M.merge, { input: { caseId: first.id, intoCaseId: second.id } })).code).toBe('CONFLICT');
  });

  it('reopens a closed case after an unsatisfied follow-up, the reason on the ledger, with a fresh deadline', async () => {
    const closed = await caseIn('CLOSED');
    const c = await api.do('county-supervisor', 'reopen', { id: closed.id, reason: '回访当事人表示不满意，协议未履行' });
    expect(c).toMatchObject({ status: 'ACCEPTED', reopenCount: 1, closedAt: null, resolvedAt: null, agreement: null });
    const H = `query($id: ID!) { case(id: $id) { history { action fromStatus toStatus note } stepTimes { steps { stepKey visits } } } }`;
    const d = await api.ok<{ case: { history: { action: string; note: string }[]; stepTimes: { steps: { stepKey: string; visits: number }[] } } }>('town-a-operator', H, { id: c.id });
    expect(d.case.history[d.case.history.length - 1]).toEqual({ action: 'reopen', fromStatus: 'CLOSED', toStatus: 'ACCEPTED', note: '回访当事人表示不满意，协议未履行' });
    expect(d.case.stepTimes.steps).toEqual([{ stepKey: 'VILLAGE_COMMITTEE', visits: 2 }]);
    const [event] = await p.sql(`SELECT data FROM events.dispatch_event WHERE case_id = $1 AND kind = 'CASE_REOPENED'`, [c.id]);
    expect(event.data.case).toMatchObject({ status: 'ACCEPTED', fromStatus: 'CLOSED', reopenCount: 1, closedAt: null });
  });
});

describe('PII masking', () => {
  it('masks phone and ID number unless the viewer needs them on this case', async () => {
    const applicantPhone = phone();
    const c = await api.intake('county-operator', intakeInput({
      regionId: gridA.id, parties: [{ name: '罗秀英', role: 'APPLICANT', phone: applicantPhone, idNumber: ID_NUMBERS[1] }, { name: '杨志强', role: 'RESPONDENT' }],
    }));
    const PARTIES = `query($id: ID!) { case(id: $id) { parties { name phone idNumber } } }`;
    const seen = async (user: string) => (await api.ok<{ case: { parties: { name: string; phone: string | null; idNumber: string | null }[] } | null }>(user, PARTIES, { id: c.id })).case?.parties[0];
    const full = { name: '罗秀英', phone: applicantPhone, idNumber: ID_NUMBERS[1] };
    const masked = { name: '罗秀英', phone: `${applicantPhone.slice(0, 3)}****${applicantPhone.slice(-4)}`, idNumber: `${ID_NUMBERS[1].slice(0, 6)}********${ID_NUMBERS[1].slice(-4)}` };
    expect(await seen('town-a-operator')).toEqual(full);
    expect(await seen('county-supervisor')).toEqual(full);
    expect(await seen('partner-12345')).toEqual(masked);
    expect(await seen('grid-a-worker')).toEqual(masked);
    expect(await seen('mediator-gold')).toEqual(masked);

    await api.do('county-operator', 'accept', { id: c.id, complexity: 'GENERAL' });
    await api.do('county-operator', 'assign', { input: { caseId: c.id, mediatorId: goldMediatorId } });
    expect(await seen('mediator-gold')).toEqual(full);
    // The assigned mediator may now work the case; another case stays closed to them.
    const started = await api.do('mediator-gold', 'start', { id: c.id });
    expect(started.status).toBe('IN_MEDIATION');
    const other = await api.intake('county-operator', intakeInput());
    expect((await api.fail('mediator-gold', M.start, { id: other.id })).code).toBe('FORBIDDEN');
  });
});

describe('lists: keyset pagination, filters and the SQL statement count', () => {
  const TAG = 'SQL计数专用';
  const town = world.regions.filter((r) => r.level === 'TOWN')[2];
  const village = world.regions.find((r) => r.parentId === town.id)!;
  let ids: string[] = [];

  beforeAll(async () => {
    const token = await p.login('county-operator');
    for (let batch = 0; batch < 10; batch++) {
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => p.gql<{ intakeCase: CaseData }>(M.intake, {
        input: intakeInput({ title: `${TAG}第${batch * 10 + i + 1}件`, regionId: village.id, type: i % 2 ? 'DEBT' : 'NEIGHBOUR' }),
      }, token)));
      ids.push(...results.map((r) => r.data!.intakeCase.id));
    }
    // The newest ones routed to mediators and departments, so both pages have references to resolve.
    for (const [i, id] of ids.slice(-12).entries()) {
      await api.do('county-operator', 'accept', { id, complexity: 'SIMPLE' });
      await api.do('county-operator', 'assign', { input: { caseId: id, mediatorId: mediator(i % 3), leadDepartmentId: department('JUSTICE') } });
    }
  });

  it('pages newest first without gaps or repeats', async () => {
    const PAGE = `query($f: CaseFilter, $after: String) { cases(filter: $f, first: 30, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id receivedAt } } } }`;
    const seenIds: string[] = [];
    const times: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: { cases: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string; receivedAt: string } }[] } } =
        await api.ok('county-operator', PAGE, { f: { search: TAG }, after });
      expect(r.cases.totalCount).toBe(100);
      seenIds.push(...r.cases.edges.map((e) => e.node.id));
      times.push(...r.cases.edges.map((e) => e.node.receivedAt));
      if (!r.cases.pageInfo.hasNextPage) break;
      after = r.cases.pageInfo.endCursor;
    }
    expect(seenIds).toHaveLength(100);
    expect(new Set(seenIds)).toEqual(new Set(ids));
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by status, type, level, region subtree, period and Chinese text', async () => {
    const Q = `query($f: CaseFilter) { cases(filter: $f) { totalCount } }`;
    const total = async (f: Record<string, unknown>) => (await api.ok<{ cases: { totalCount: number } }>('county-operator', Q, { f: { search: TAG, ...f } })).cases.totalCount;
    expect(await total({ status: ['ASSIGNED'] })).toBe(12);
    expect(await total({ status: ['REGISTERED', 'ASSIGNED'] })).toBe(100);
    expect(await total({ type: ['DEBT'] })).toBe(50);
    expect(await total({ level: 'VILLAGE' })).toBe(100);
    expect(await total({ level: 'TOWN' })).toBe(0);
    expect(await total({ regionId: town.id })).toBe(100);
    expect(await total({ regionId: villageA.id })).toBe(0);
    expect(await total({ receivedFrom: new Date(Date.now() + 60_000).toISOString() })).toBe(0);
    expect(await total({ overdue: true })).toBe(0);
    expect(await total({ search: `${TAG}第7件` })).toBe(1);
    expect(await total({ search: '%' })).toBe(0);
  });

  it('a page of 100 cases costs the same SQL statements as a page of 10', async () => {
    const PAGE = `query($n: Int!, $f: CaseFilter) { cases(filter: $f, first: $n) { totalCount edges { node {
      ${CASE} region { id code name } parties { name phone idNumber }
      handlingCenter { id name level } assignments { role department { id name kind } mediator { id name activeCaseCount } assignedBy { id username } }
      history { action actor { id } } consultations { topic } possibleDuplicates { daysApart case { id } }
      stepTimes { totalWorkingDays steps { stepKey } visits { center { id } } } mergedCases { id }
    } } } }`;
    const statements = async (n: number) => {
      const r = await api.run<{ cases: { edges: unknown[] } }>('county-operator', PAGE, { n, f: { search: TAG } });
      expect(r.errors).toBeUndefined();
      expect(r.data!.cases.edges).toHaveLength(n);
      return r.extensions?.sqlStatements as number;
    };
    const ten = await statements(10);
    const hundred = await statements(100);
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
  });
});
