/**
 * 司法确认 end to end through the gateway: a settled wage case's agreement is sent to the county court;
 * the court's system (a partner token named on the application) accepts it and confirms it with a
 * ruling number; the case shows the confirmed agreement, the ledger and the dispatch log carry each
 * step. A refusal lets the center apply again; every bad request is refused and writes nothing.
 */
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { Api } from './api';
import { county, department, phone, townA } from './world-fixtures';

jest.setTimeout(60_000);

let p: TestPlatform;
let api: Api;
const tokens: Record<string, string> = {};

const APPLY = `mutation($input: ApplyJudicialConfirmationInput!) { applyJudicialConfirmation(input: $input) { id sequence status court { id name } viaPartner appliedAt } }`;
const DECIDE = `mutation($input: DecideJudicialConfirmationInput!) { decideJudicialConfirmation(input: $input) { id status acceptedAt decidedAt rulingNumber refusalReason } }`;
const VIEW = `query($id: ID!) { case(id: $id) { mediationAgreement { text signedAt parties { name role } judiciallyConfirmed }
  judicialConfirmations { sequence status rulingNumber refusalReason court { name } } history { action actionLabel note } } }`;

/** An account the test creates (court staff, the court's system), signed in. */
async function account(username: string, input: Record<string, unknown>): Promise<string> {
  await api.ok('admin', `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
    input: { username, displayName: input.displayName, password: 'court-2026-pass', roles: input.roles, regionId: county.id, ...input.extra as object },
  });
  const r = await p.gql<{ login: { token: string } }>(`mutation($u: String!) { login(username: $u, password: "court-2026-pass") { token } }`, { u: username });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.login.token;
}

const as = async (token: string, query: string, variables: Record<string, unknown>) => p.gql<any>(query, variables, token);
const code = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.field];

beforeAll(async () => {
  p = await startTestPlatform();
  api = new Api(p);
  tokens.courtSystem = await account('court-system', { displayName: '大埔县人民法院诉讼服务平台', roles: ['PARTNER'], extra: { partner: 'dbcourt' } });
  tokens.courtClerk = await account('court-clerk', { displayName: '县法院驻中心法官', roles: ['DEPARTMENT'], extra: { departmentId: department('COURT') } });
});
afterAll(async () => {
  await p?.stop();
});

/** A wage case of town A settled by agreement after joint mediation. */
async function settledCase(): Promise<string> {
  const c = await api.intake('town-a-operator', {
    title: '钟某等5人追讨装修工程劳务费', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId: townA.id, amountInDispute: '86000.00',
    description: '钟某等5人为某装饰公司做工，劳务费8.6万元未结清，多次追讨无果。',
    parties: [{ name: '钟志明', role: 'APPLICANT', phone: phone() }, { name: '大埔县某装饰工程有限公司', role: 'RESPONDENT' }],
  });
  await api.do('town-a-operator', 'accept', { id: c.id, complexity: 'COMPLEX' });
  await api.do('town-a-operator', 'assign', { input: { caseId: c.id, leadDepartmentId: department('HUMAN_RESOURCES') } });
  await api.do('town-a-operator', 'start', { id: c.id });
  await api.do('town-a-operator', 'outcome', { input: { caseId: c.id, outcome: 'RESOLVED', agreement: '被申请人于2026年12月20日前一次性支付劳务费8.6万元，申请人放弃其他请求。' } });
  return c.id;
}

describe('司法确认 of a mediation agreement', () => {
  it('goes to the court, which accepts and confirms it with a ruling number; the ledger and the board carry each step', async () => {
    const id = await settledCase();
    const applied = (await api.ok('town-a-operator', APPLY, { input: { caseId: id, courtDepartmentId: department('COURT'), viaPartner: 'dbcourt', note: '双方当事人共同申请' } })).applyJudicialConfirmation;
    expect(applied).toMatchObject({ sequence: 1, status: 'APPLIED', court: { id: department('COURT') }, viaPartner: 'dbcourt' });
    // One application at a time.
    expect((await api.fail('town-a-operator', APPLY, { input: { caseId: id, courtDepartmentId: department('COURT') } })).code).toBe('CONFLICT');

    // Not the court: the center itself, another partner system, the court's clerk is fine.
    const before = await api.footprint(id);
    expect((await api.fail('town-a-operator', DECIDE, { input: { confirmationId: applied.id, decision: 'ACCEPT' } })).code).toBe('FORBIDDEN');
    expect((await api.fail('partner-12345', DECIDE, { input: { confirmationId: applied.id, decision: 'ACCEPT' } })).code).toBe('FORBIDDEN');
    expect((await api.fail('admin', DECIDE, { input: { confirmationId: applied.id, decision: 'ACCEPT' } })).code).toBe('FORBIDDEN');
    // Out of order or incomplete.
    expect(code(await as(tokens.courtSystem, DECIDE, { input: { confirmationId: applied.id, decision: 'CONFIRM', rulingNumber: '（2026）粤1422民特88号' } }))).toEqual(['CONFLICT', undefined]);
    expect(code(await as(tokens.courtSystem, DECIDE, { input: { confirmationId: applied.id, decision: 'REFUSE' } }))).toEqual(['BAD_USER_INPUT', 'input.reason']);
    expect(code(await as(tokens.courtSystem, DECIDE, { input: { confirmationId: '00000000-0000-4000-8000-000000000000', decision: 'ACCEPT' } }))).toEqual(['NOT_FOUND', undefined]);
    expect(await api.footprint(id)).toEqual(before);

    const accepted = await as(tokens.courtSystem, DECIDE, { input: { confirmationId: applied.id, decision: 'ACCEPT' } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.decideJudicialConfirmation).toMatchObject({ status: 'ACCEPTED', decidedAt: null });
    expect(code(await as(tokens.courtClerk, DECIDE, { input: { confirmationId: applied.id, decision: 'CONFIRM' } }))).toEqual(['BAD_USER_INPUT', 'input.rulingNumber']);
    const confirmed = await as(tokens.courtClerk, DECIDE, { input: { confirmationId: applied.id, decision: 'CONFIRM', rulingNumber: '（2026）粤1422民特88号' } });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.decideJudicialConfirmation).toMatchObject({ status: 'CONFIRMED', rulingNumber: '（2026）粤1422民特88号' });
    expect(code(await as(tokens.courtClerk, DECIDE, { input: { confirmationId: applied.id, decision: 'REFUSE', reason: '重复' } }))).toEqual(['CONFLICT', undefined]);

    const v = (await api.ok('town-a-operator', VIEW, { id })).case;
    expect(v.mediationAgreement).toMatchObject({ judiciallyConfirmed: true, parties: [{ name: '钟志明', role: 'APPLICANT' }, { name: '大埔县某装饰工程有限公司', role: 'RESPONDENT' }] });
    expect(v.mediationAgreement.text).toContain('8.6万元');
    expect(v.judicialConfirmations).toEqual([{ sequence: 1, status: 'CONFIRMED', rulingNumber: '（2026）粤1422民特88号', refusalReason: null, court: { name: expect.stringContaining('法院') } }]);
    expect(v.history.filter((e: any) => /JudicialConfirmation/.test(e.action)).map((e: any) => e.actionLabel)).toEqual(['申请司法确认', '法院司法确认决定', '法院司法确认决定']);
    // The board and the partners see each step: ids, status and ruling number, never the agreement's text.
    const events = await p.sql<{ kind: string; details: any; text: string }>(
      `SELECT kind, data->'details' AS details, data::text AS text FROM events.dispatch_event WHERE case_id = $1 AND kind LIKE 'JUDICIAL%' ORDER BY tx, id`, [id]);
    expect(events.map((e) => [e.kind, e.details.status, e.details.rulingNumber ?? null])).toEqual([
      ['JUDICIAL_CONFIRMATION_APPLIED', 'APPLIED', null], ['JUDICIAL_CONFIRMATION_DECIDED', 'ACCEPTED', null], ['JUDICIAL_CONFIRMATION_DECIDED', 'CONFIRMED', '（2026）粤1422民特88号'],
    ]);
    for (const e of events) expect(e.text).not.toContain('8.6万元');
  });

  it('refuses what cannot be sent, and after a refusal takes a second application', async () => {
    const open = await api.intake('town-a-operator', {
      title: '邻里排水沟纠纷', channel: 'WINDOW', type: 'NEIGHBOUR', regionId: townA.id, description: '两户邻居因排水沟堵塞发生纠纷。',
      parties: [{ name: '陈某', role: 'APPLICANT', phone: phone() }],
    });
    expect((await api.fail('town-a-operator', APPLY, { input: { caseId: open.id, courtDepartmentId: department('COURT') } })).code).toBe('CONFLICT');
    const id = await settledCase();
    const before = await api.footprint(id);
    expect(await api.fail('town-a-operator', APPLY, { input: { caseId: id, courtDepartmentId: department('JUSTICE') } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.courtDepartmentId' });
    expect(await api.fail('town-a-operator', APPLY, { input: { caseId: id, courtDepartmentId: 'x' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.courtDepartmentId' });
    expect(await api.fail('town-a-operator', APPLY, { input: { caseId: id, courtDepartmentId: department('COURT'), viaPartner: '法院 系统' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.viaPartner' });
    expect((await api.fail('town-b-operator', APPLY, { input: { caseId: id, courtDepartmentId: department('COURT') } })).code).toBe('NOT_FOUND');
    expect((await api.fail('partner-12345', APPLY, { input: { caseId: id, courtDepartmentId: department('COURT') } })).code).toBe('FORBIDDEN');
    expect(await api.footprint(id)).toEqual(before);

    const first = (await api.ok('town-a-operator', APPLY, { input: { caseId: id, courtDepartmentId: department('COURT') } })).applyJudicialConfirmation;
    // No partner named: only the court's own accounts answer.
    expect(code(await as(tokens.courtSystem, DECIDE, { input: { confirmationId: first.id, decision: 'ACCEPT' } }))).toEqual(['FORBIDDEN', undefined]);
    const refused = await as(tokens.courtClerk, DECIDE, { input: { confirmationId: first.id, decision: 'REFUSE', reason: '协议约定的履行期限不明确' } });
    expect(refused.data.decideJudicialConfirmation).toMatchObject({ status: 'REFUSED', refusalReason: '协议约定的履行期限不明确' });
    const second = (await api.ok('town-a-operator', APPLY, { input: { caseId: id, courtDepartmentId: department('COURT'), note: '补正履行期限后再次申请' } })).applyJudicialConfirmation;
    expect(second).toMatchObject({ sequence: 2, status: 'APPLIED' });
    const v = (await api.ok('town-a-operator', VIEW, { id })).case;
    expect(v.mediationAgreement.judiciallyConfirmed).toBe(false);
    expect(v.judicialConfirmations.map((x: any) => [x.sequence, x.status])).toEqual([[1, 'REFUSED'], [2, 'APPLIED']]);
  });
});
