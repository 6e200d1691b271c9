/**
 * 调解会 through the gateway: a joint mediation (诉调 + 警调, two mediators) over two sittings, the
 * second ending in an agreement; each sitting on the ledger and the board; bad input refused with
 * nothing written.
 */
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { Api } from './api';
import { county, department, goldMediatorId, mediator, phone, world } from './world-fixtures';

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

const RECORD = `mutation($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) {
  id sequence heldAt place outcome minutes case { id } parties { name role } mediators { role mediator { id } } departments { id } recordedBy { id }
} }`;
const SESSIONS = `query($id: ID!) { case(id: $id) { mediationSessions { sequence place outcome minutes parties { name } mediators { role mediator { id } } departments { id } } } }`;

/** The case's own mediator (the gold team's account) leads; a pool mediator assists. */
const poolMediatorId = [mediator(0), mediator(1)].find((id) => id !== goldMediatorId)!;

async function caseInMediation(regionId = county.id, operator = 'county-operator', dispatcher = 'county-dispatcher') {
  let c = await api.intake(operator, {
    title: '某建筑公司拖欠安置房项目工人工资', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId, amountInDispute: '186000',
    description: '钟国强等工人在某建筑公司承建的安置房项目务工，工程完工后尚欠工资十八万六千元，多次讨要未果。',
    parties: [{ name: '钟国强', role: 'APPLICANT', phone: phone() }, { name: '大埔某建筑有限公司', role: 'RESPONDENT' }],
  });
  c = await api.do(dispatcher, 'accept', { id: c.id, complexity: 'COMPLEX' });
  c = await api.do(dispatcher, 'assign', { input: { caseId: c.id, leadDepartmentId: department('JUSTICE'), mediatorId: goldMediatorId } });
  return c;
}

const session = (caseId: string, over: Record<string, unknown> = {}) => ({
  input: {
    caseId, heldAt: new Date().toISOString(), place: '县综治中心联合调解室', partyNames: ['钟国强', '大埔某建筑有限公司'],
    mediators: [{ mediatorId: goldMediatorId, role: 'LEAD' }, { mediatorId: poolMediatorId, role: 'ASSIST' }],
    departmentIds: [department('POLICE'), department('COURT')],
    minutes: '申请人陈述欠薪经过并提交考勤表（联系电话13912345678），被申请人对数额无异议，称工程款未到位，双方同意下周再调。',
    outcome: 'ADJOURNED', ...over,
  },
});

describe('a five-way joint mediation in two sittings', () => {
  it('records each sitting with its people, minutes and outcome, on the ledger and the board', async () => {
    let c = await caseInMediation();
    // Not before mediation has started: nothing written.
    const before = await api.footprint(c.id);
    expect((await api.fail('county-dispatcher', RECORD, session(c.id))).code).toBe('CONFLICT');
    expect(await api.footprint(c.id)).toEqual(before);

    c = await api.do('county-dispatcher', 'start', { id: c.id });
    const first = (await api.ok<{ recordMediationSession: any }>('mediator-gold', RECORD, session(c.id))).recordMediationSession;
    expect(first).toMatchObject({
      sequence: 1, place: '县综治中心联合调解室', outcome: 'ADJOURNED', case: { id: c.id },
      parties: [{ name: '钟国强', role: 'APPLICANT' }, { name: '大埔某建筑有限公司', role: 'RESPONDENT' }],
      mediators: [{ role: 'LEAD', mediator: { id: goldMediatorId } }, { role: 'ASSIST', mediator: { id: poolMediatorId } }],
      departments: [{ id: department('POLICE') }, { id: department('COURT') }],
      recordedBy: { id: world.users.find((u) => u.username === 'mediator-gold')!.id },
    });
    expect(first.minutes).toContain('13912345678');

    const second = (await api.ok<{ recordMediationSession: any }>('county-dispatcher', RECORD, session(c.id, {
      heldAt: new Date().toISOString(), place: '县人民法院诉调对接工作室', outcome: 'AGREED', departmentIds: [department('COURT')],
      minutes: '经法官、民警与调解员共同释法说理，被申请人同意于本月25日前一次性支付欠薪十八万六千元，申请人放弃其余主张。',
    }))).recordMediationSession;
    expect(second).toMatchObject({ sequence: 2, outcome: 'AGREED' });

    // The sitting does not settle the case: the outcome does, with the agreement.
    c = await api.do('county-dispatcher', 'outcome', { input: { caseId: c.id, outcome: 'RESOLVED', agreement: '被申请人于本月25日前一次性支付欠薪186000元。' } });
    expect(c.status).toBe('RESOLVED');
    const late = await api.fail('county-dispatcher', RECORD, session(c.id));
    expect(late.code).toBe('CONFLICT');

    const sessions = (await api.ok<{ case: { mediationSessions: any[] } }>('county-dispatcher', SESSIONS, { id: c.id })).case.mediationSessions;
    expect(sessions.map((s) => [s.sequence, s.outcome, s.place])).toEqual([[1, 'ADJOURNED', '县综治中心联合调解室'], [2, 'AGREED', '县人民法院诉调对接工作室']]);
    // A reader who sees the parties masked reads the minutes masked as well.
    const masked = (await api.ok<{ case: { mediationSessions: any[] } }>('partner-12345', SESSIONS, { id: c.id })).case.mediationSessions;
    expect(masked[0].minutes).not.toContain('13912345678');
    expect(masked[0].minutes).toContain('139****5678');

    const HISTORY = `query($id: ID!) { case(id: $id) { history { action actionLabel toStatus } } }`;
    const history = (await api.ok<{ case: { history: { action: string; actionLabel: string; toStatus: string }[] } }>('county-dispatcher', HISTORY, { id: c.id })).case.history;
    expect(history.map((h) => h.action)).toEqual(['intake', 'accept', 'assign', 'startMediation', 'recordSession', 'recordSession', 'recordOutcome']);
    expect(history.filter((h) => h.action === 'recordSession').map((h) => [h.actionLabel, h.toStatus])).toEqual([['记录调解会', 'IN_MEDIATION'], ['记录调解会', 'IN_MEDIATION']]);
    expect(await api.dispatchKinds(c.id)).toEqual([
      'CASE_RECEIVED', 'CASE_ACCEPTED', 'CASE_ASSIGNED', 'MEDIATION_STARTED', 'MEDIATION_SESSION_HELD', 'MEDIATION_SESSION_HELD', 'CASE_RESOLVED',
    ]);
    const events = await p.sql<{ data: any }>(`SELECT data FROM events.dispatch_event WHERE case_id = $1 AND kind = 'MEDIATION_SESSION_HELD' ORDER BY tx, id`, [c.id]);
    expect(events.map((e) => e.data.details)).toMatchObject([
      { sessionId: first.id, outcome: 'ADJOURNED', partyCount: 2, mediatorIds: [goldMediatorId, poolMediatorId] },
      { sessionId: second.id, outcome: 'AGREED', place: '县人民法院诉调对接工作室' },
    ]);
    // Names and minutes stay out of the dispatch log.
    const logged = JSON.stringify(events);
    expect(logged).not.toContain('钟国强');
    expect(logged).not.toContain('13912345678');
    expect(logged).not.toContain('考勤表');
  });
});

describe('refusals', () => {
  let caseId: string;
  beforeAll(async () => {
    const c = await caseInMediation();
    caseId = (await api.do('county-dispatcher', 'start', { id: c.id })).id;
  });

  it.each([
    ['a party not of the case', { partyNames: ['王五'] }, 'input.partyNames.0'],
    ['no mediator', { mediators: [] }, 'input.mediators'],
    ['an unknown mediator', { mediators: [{ mediatorId: '00000000-0000-4000-8000-000000000002', role: 'LEAD' }] }, 'input.mediators.0.mediatorId'],
    ['two leads', { mediators: [{ mediatorId: goldMediatorId, role: 'LEAD' }, { mediatorId: poolMediatorId, role: 'LEAD' }] }, 'input.mediators'],
    ['an unknown department', { departmentIds: ['00000000-0000-4000-8000-000000000003'] }, 'input.departmentIds.0'],
    ['a sitting in the future', { heldAt: new Date(Date.now() + 86_400_000).toISOString() }, 'input.heldAt'],
    ['empty minutes', { minutes: ' ' }, 'input.minutes'],
    ['no place', { place: '' }, 'input.place'],
  ])('%s is BAD_USER_INPUT naming the field, nothing written', async (_name, over, field) => {
    const before = await api.footprint(caseId);
    const e = await api.fail('county-dispatcher', RECORD, session(caseId, over));
    expect([e.code, e.field]).toEqual(['BAD_USER_INPUT', field]);
    expect(await api.footprint(caseId)).toEqual(before);
  });

  it('an unknown case and a case of another jurisdiction are NOT_FOUND', async () => {
    expect((await api.fail('county-dispatcher', RECORD, session('00000000-0000-4000-8000-000000000001'))).code).toBe('NOT_FOUND');
    const before = await api.footprint(caseId);
    expect((await api.fail('town-b-operator', RECORD, session(caseId))).code).toBe('NOT_FOUND');
    expect(await api.footprint(caseId)).toEqual(before);
  });

  it('a role without the grant is FORBIDDEN', async () => {
    expect((await api.fail('county-supervisor', RECORD, session(caseId))).code).toBe('FORBIDDEN');
  });
});
