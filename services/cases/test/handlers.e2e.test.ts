/**
 * 承办人员 through the gateway: a five-way joint mediation assigned to a team (lead + assist, each with
 * its joint-mediation kind), the assisting mediator's load, what the assistant may do on the case, the
 * team recommendation, and refusals that name the field and write nothing.
 */
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { Api, M, type CaseData } from './api';
import { county, department, goldMediatorId, phone, townA, townB, world } from './world-fixtures';

jest.setTimeout(90_000);

let p: TestPlatform;
let api: Api;
beforeAll(async () => {
  p = await startTestPlatform();
  api = new Api(p);
});
afterAll(async () => {
  await p?.stop();
});

const pool = world.mediators.filter((m) => m.kind === 'MEDIATOR' && m.available);
/** A county-center mediator leads; the gold team's account (mediator-gold) assists. */
const leadId = pool.find((m) => m.id !== goldMediatorId && m.regionCode === county.code)!.id;
const townBMediatorId = pool.find((m) => m.regionCode.startsWith(townB.code))!.id;
const townAMediatorId = pool.find((m) => m.regionCode.startsWith(townA.code))!.id;

const TEAM = `query($id: ID!) { case(id: $id) { version mediator { id } mediators { role jointKind mediator { id } }
  assignments { role jointKind department { id } mediator { id } } } }`;
const LOAD = `query($id: ID!) { mediator(id: $id) { id activeCaseCount } }`;
const MODE = `mutation($input: ChangeResolutionModeInput!) { changeResolutionMode(input: $input) { id version } }`;
const SESSION = `mutation($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { id } }`;
const PARTIES = `query($id: ID!) { case(id: $id) { parties { phone } } }`;
const RECOMMEND = `query($id: ID!) { recommendMediatorTeam(caseId: $id, size: 3) { lead { mediator { id activeCaseCount } } assistants { mediator { id } reasons } reasons } }`;

const load = async (id: string) => (await api.ok<{ mediator: { activeCaseCount: number } }>('county-dispatcher', LOAD, { id })).mediator.activeCaseCount;

async function jointCase(regionId = county.id, operator = 'county-operator', dispatcher = 'county-dispatcher', joint = true): Promise<CaseData> {
  let c = await api.intake(operator, {
    title: '工地二级承包方拒付十余名农民工工资', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId, amountInDispute: '52000',
    description: '姜某等十余名农民工在某工地务工近十天，二级承包方以未挣到钱为由拒付工资，经民警协调未果。',
    parties: [{ name: '姜建国', role: 'APPLICANT', phone: phone() }, { name: '李某（二级承包方）', role: 'RESPONDENT' }],
  });
  c = await api.do(dispatcher, 'accept', { id: c.id, complexity: 'COMPLEX' });
  if (joint) await api.ok(dispatcher, MODE, { input: { caseId: c.id, mode: 'JOINT', reason: '欠薪涉及多方，启动五方联调' } });
  return c;
}

const teamInput = (caseId: string, over: Record<string, unknown> = {}) => ({
  input: {
    caseId, leadDepartmentId: department('HUMAN_RESOURCES'), departmentIds: [department('HUMAN_RESOURCES'), department('POLICE')],
    departmentKinds: [{ departmentId: department('POLICE'), jointKind: 'POLICE' }, { departmentId: department('HUMAN_RESOURCES'), jointKind: 'ADMINISTRATIVE' }],
    mediators: [{ mediatorId: leadId, role: 'LEAD', jointKind: 'PEOPLES' }, { mediatorId: goldMediatorId, role: 'ASSIST', jointKind: 'PROFESSIONAL' }],
    note: '两名调解员共同调解', ...over,
  },
});

describe('a joint mediation team', () => {
  it('assigns lead and assist with kinds, counts the assist in its load, and lets the assistant work the case but not sign the outcome', async () => {
    const c = await jointCase();
    const [leadBefore, assistBefore] = [await load(leadId), await load(goldMediatorId)];
    await api.do('county-dispatcher', 'assign', teamInput(c.id));

    const team = (await api.ok<{ case: any }>('county-dispatcher', TEAM, { id: c.id })).case;
    expect(team.mediator).toEqual({ id: leadId });
    expect(team.mediators).toEqual([
      { role: 'LEAD', jointKind: 'PEOPLES', mediator: { id: leadId } },
      { role: 'ASSIST', jointKind: 'PROFESSIONAL', mediator: { id: goldMediatorId } },
    ]);
    expect(team.assignments.filter((a: any) => a.department).map((a: any) => [a.department.id, a.role, a.jointKind])).toEqual([
      [department('HUMAN_RESOURCES'), 'LEAD', 'ADMINISTRATIVE'], [department('POLICE'), 'ASSIST', 'POLICE'],
    ]);
    expect([await load(leadId), await load(goldMediatorId)]).toEqual([leadBefore + 1, assistBefore + 1]);

    // Ledger and dispatch event carry the handler list: ids, roles and kinds, no names.
    const [event] = await p.sql<{ data: any }>(`SELECT data FROM events.dispatch_event WHERE case_id = $1 AND kind = 'CASE_ASSIGNED'`, [c.id]);
    expect(event.data.details.mediators).toEqual([
      { mediatorId: leadId, role: 'LEAD', jointKind: 'PEOPLES' }, { mediatorId: goldMediatorId, role: 'ASSIST', jointKind: 'PROFESSIONAL' },
    ]);
    expect(event.data.case.mediatorIds).toEqual([leadId, goldMediatorId]);
    const [ledger] = await p.sql<{ details: any }>(`SELECT details FROM cases.case_event WHERE case_id = $1 AND action = 'assign'`, [c.id]);
    expect(ledger.details.departmentKinds).toEqual({ [department('POLICE')]: 'POLICE', [department('HUMAN_RESOURCES')]: 'ADMINISTRATIVE' });
    expect(JSON.stringify([event, ledger])).not.toContain('姜建国');

    // The assistant (mediator-gold) sees the parties' numbers, starts mediation and records a sitting …
    const phones = (await api.ok<{ case: { parties: { phone: string }[] } }>('mediator-gold', PARTIES, { id: c.id })).case.parties;
    expect(phones[0].phone).not.toContain('*');
    await api.do('mediator-gold', 'start', { id: c.id });
    await api.ok('mediator-gold', SESSION, { input: {
      caseId: c.id, heldAt: new Date().toISOString(), place: '街道综治中心联合调解室', partyNames: ['姜建国', '李某（二级承包方）'], outcome: 'ADJOURNED',
      mediators: [{ mediatorId: leadId, role: 'LEAD' }, { mediatorId: goldMediatorId, role: 'ASSIST' }], minutes: '双方陈述，约定明日再调。',
    } });
    // … but only the lead signs the outcome.
    const before = await api.footprint(c.id);
    const e = await api.fail('mediator-gold', M.outcome, { input: { caseId: c.id, outcome: 'RESOLVED', agreement: '承包方当日支付全部工资。' } });
    expect(e.code).toBe('FORBIDDEN');
    expect(await api.footprint(c.id)).toEqual(before);

    // Replacing the team ends the old rows: the assistant's load drops back.
    await api.do('county-dispatcher', 'outcome', { input: { caseId: c.id, outcome: 'FAILED', note: '承包方拒不到场，本次调解未成功' } });
    await api.do('county-dispatcher', 'assign', { input: { caseId: c.id, mediators: [{ mediatorId: leadId, role: 'LEAD' }] } });
    expect(await load(goldMediatorId)).toBe(assistBefore);
    expect((await api.ok<{ case: any }>('county-dispatcher', TEAM, { id: c.id })).case.mediators).toEqual([{ role: 'LEAD', jointKind: null, mediator: { id: leadId } }]);
  });

  it('keeps the deprecated mediatorId working as the lead', async () => {
    const c = await jointCase(county.id, 'county-operator', 'county-dispatcher', false);
    await api.do('county-dispatcher', 'assign', { input: { caseId: c.id, mediatorId: leadId } });
    const team = (await api.ok<{ case: any }>('county-dispatcher', TEAM, { id: c.id })).case;
    expect(team.mediators).toEqual([{ role: 'LEAD', jointKind: null, mediator: { id: leadId } }]);
  });

  it('recommends a team of mediators below their load capacity', async () => {
    const c = await jointCase();
    const team = (await api.ok<{ recommendMediatorTeam: any }>('county-dispatcher', RECOMMEND, { id: c.id })).recommendMediatorTeam;
    expect(team.lead).not.toBeNull();
    expect(team.lead.mediator.activeCaseCount).toBeLessThan(8);
    expect(team.assistants.length).toBeGreaterThanOrEqual(1);
    const ids = [team.lead.mediator.id, ...team.assistants.map((a: any) => a.mediator.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(team.reasons[0]).toContain('主办');
    expect((await api.fail('county-dispatcher', RECOMMEND.replace('size: 3', 'size: 9'), { id: c.id })).field).toBe('size');
  });
});

describe('refusals', () => {
  let c: CaseData;
  beforeAll(async () => {
    c = await jointCase();
  });

  it.each([
    ['a duplicate mediator', { mediators: [{ mediatorId: leadId, role: 'LEAD' }, { mediatorId: leadId, role: 'ASSIST' }] }, 'input.mediators.1.mediatorId'],
    ['two leads', { mediators: [{ mediatorId: leadId, role: 'LEAD' }, { mediatorId: goldMediatorId, role: 'LEAD' }] }, 'input.mediators'],
    ['no lead', { mediators: [{ mediatorId: leadId, role: 'ASSIST' }, { mediatorId: goldMediatorId, role: 'ASSIST' }] }, 'input.mediators'],
    ['six mediators', { mediators: pool.slice(0, 6).map((m, i) => ({ mediatorId: m.id, role: i ? 'ASSIST' : 'LEAD' })) }, 'input.mediators'],
    ['an unknown assistant', { mediators: [{ mediatorId: leadId, role: 'LEAD' }, { mediatorId: '00000000-0000-4000-8000-000000000002', role: 'ASSIST' }] }, 'input.mediators.1.mediatorId'],
    ['a kind for a department not assigned', { departmentKinds: [{ departmentId: department('COURT'), jointKind: 'LITIGATION' }] }, 'input.departmentKinds.0.departmentId'],
    ['mediatorId beside mediators', { mediatorId: leadId }, 'input.mediatorId'],
  ])('%s is BAD_USER_INPUT naming the field, nothing written', async (_name, over, field) => {
    const before = await api.footprint(c.id);
    const loads = await load(leadId);
    const e = await api.fail('county-dispatcher', M.assign, teamInput(c.id, over));
    expect([e.code, e.field]).toEqual(['BAD_USER_INPUT', field]);
    expect(await api.footprint(c.id)).toEqual(before);
    expect(await load(leadId)).toBe(loads);
  });

  it('kinds on a case not in joint mediation are BAD_USER_INPUT naming the first kind', async () => {
    const plain = await jointCase(county.id, 'county-operator', 'county-dispatcher', false);
    const before = await api.footprint(plain.id);
    const e = await api.fail('county-dispatcher', M.assign, teamInput(plain.id, { departmentKinds: [] }));
    expect([e.code, e.field]).toEqual(['BAD_USER_INPUT', 'input.mediators.0.jointKind']);
    expect(await api.footprint(plain.id)).toEqual(before);
  });

  it('an assistant from another jurisdiction is FORBIDDEN naming its entry, nothing written', async () => {
    const townCase = await jointCase(townA.id, 'town-a-operator', 'town-a-operator');
    const before = await api.footprint(townCase.id);
    const e = await api.fail('town-a-operator', M.assign, { input: {
      caseId: townCase.id, mediators: [{ mediatorId: townAMediatorId, role: 'LEAD' }, { mediatorId: townBMediatorId, role: 'ASSIST', jointKind: 'PEOPLES' }],
    } });
    expect([e.code, e.field]).toEqual(['FORBIDDEN', 'input.mediators.1.mediatorId']);
    expect(await api.footprint(townCase.id)).toEqual(before);
  });
});
