/**
 * The seed articles' stories, end to end through the gateway (real PostgreSQL, all four subgraphs):
 * a group refund case routed to three departments with a 1+5+N consultation; a land dispute that
 * climbs the 四级七天 ladder and is settled at the town within seven working days; a wage-arrears
 * case rejected at a level it does not belong to and re-routed.
 */
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { Api, M, intakeInput } from './api';
import { centerOf, county, department, gridA, ID_NUMBERS, mediator, phone, townA, villageA, world } from './world-fixtures';

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

const HISTORY = `query($id: ID!) { case(id: $id) {
  history { action actionLabel fromStatus toStatus ladderStep level note version actor { id } }
  assignments(includeEnded: true) { role active endReason department { id } mediator { id activeCaseCount } assignedBy { id } }
  consultations { id topic status departments { id } decision { responsibilitySplit plan } attendees { department { id name } name title } }
  parties { name role phone }
  stepTimes { ladderName totalWorkingDays withinLadderDays finalStep { stepKey } steps { stepKey name level centerLevel visits workingDays exceeded leftAt }
    visits { stepKey level center { id } enteredAt leftAt } }
} }`;

type Detail = {
  history: { action: string; fromStatus: string | null; toStatus: string; ladderStep: string; note: string | null; version: number; actor: { id: string } | null }[];
  assignments: { role: string; active: boolean; endReason: string | null; department: { id: string } | null; mediator: { id: string; activeCaseCount: number } | null }[];
  consultations: { id: string; topic: string; status: string; departments: { id: string }[]; decision: { responsibilitySplit: string; plan: string } | null;
    attendees: { department: { id: string; name: string }; name: string; title: string | null }[] }[];
  parties: { name: string; role: string; phone: string | null }[];
  stepTimes: {
    ladderName: string; totalWorkingDays: number; withinLadderDays: boolean; finalStep: { stepKey: string } | null;
    steps: { stepKey: string; level: string; centerLevel: string; visits: number; exceeded: boolean; leftAt: string | null }[];
    visits: { stepKey: string; center: { id: string } }[];
  };
};
const detail = async (user: string, id: string) => (await api.ok<{ case: Detail }>(user, HISTORY, { id })).case;

describe('a group refund: 14 applicants, three departments, a 1+5+N consultation, resolved', () => {
  it('is received once, routed, consulted, mediated, resolved and closed, each step on the ledger and the board', async () => {
    const applicants = Array.from({ length: 14 }, (_, i) => ({
      name: i === 0 ? '王建明' : `学员${String(i + 1).padStart(2, '0')}`, role: 'APPLICANT', phone: phone(),
      ...(i < ID_NUMBERS.length ? { idNumber: ID_NUMBERS[i] } : {}),
    }));
    let c = await api.intake('county-operator', {
      title: '王建明等14人追讨培训机构课程退费', channel: 'WINDOW', type: 'CONSUMER', regionId: county.id, amountInDispute: '90600',
      description: '王建明等14名群众网购职业培训课程后，培训机构“失联”，辗转多个部门反映未果，请求追回课程费共计9万余元。',
      parties: [...applicants, { name: '大埔某职业培训有限公司', role: 'RESPONDENT', phone: '0753-5512345' }],
    });
    expect(c).toMatchObject({ status: 'REGISTERED', level: 'COUNTY', ladderStep: { key: 'COUNTY_CENTER' }, amountInDispute: '90600.00', complexityConfirmed: false });
    expect(c.handlingCenter.id).toBe(centerOf(county.id));
    expect(c.code).toMatch(/^441422-\d{8}-\d{6}$/);

    c = await api.do('county-dispatcher', 'accept', { id: c.id, complexity: 'COMPLEX' });
    expect(c).toMatchObject({ status: 'ACCEPTED', complexity: 'COMPLEX', complexityConfirmed: true });

    const [market, police, court] = [department('MARKET_REGULATION'), department('POLICE'), department('COURT')];
    c = await api.do('county-dispatcher', 'assign', { input: { caseId: c.id, leadDepartmentId: market, departmentIds: [police, court], note: '市场监管局牵头核查机构资金去向' } });
    expect(c.status).toBe('ASSIGNED');

    const fivePlusN = [department('COURT'), department('PROCURATORATE'), department('POLICE'), department('JUSTICE'), department('PETITION'), market];
    const consultation = await api.do<{ id: string; status: string; departments: { id: string }[] }>('county-dispatcher', 'consult', {
      input: { caseId: c.id, topic: '培训机构失联退费：责任分工与化解方案', departmentIds: fivePlusN },
    });
    expect(consultation).toMatchObject({ status: 'OPEN', departments: fivePlusN.map((id) => ({ id })) });
    const decided = await api.do<{ status: string; decision: { plan: string } }>('county-supervisor', 'decide', {
      input: { consultationId: consultation.id, responsibilitySplit: '市场监管局核查资金并督促退费；公安局协查负责人下落；法院提供诉调对接', plan: '先行调解分批退费，不成则支持集体诉讼',
        attendees: [
          { departmentId: department('COURT'), name: '陈立平', title: '立案庭副庭长' },
          { departmentId: department('PROCURATORATE'), name: '刘慧', title: '检察官' },
          { departmentId: department('POLICE'), name: '黄志强', title: '经侦大队民警' },
          { departmentId: department('JUSTICE'), name: '李秀兰', title: '人民调解科科长' },
          { departmentId: department('PETITION'), name: '张国华' },
          { departmentId: market, name: '周建新', title: '消保科科长' },
        ] },
    });
    expect(decided).toMatchObject({ status: 'DECIDED', decision: { plan: '先行调解分批退费，不成则支持集体诉讼' } });
    const CONSULTATION = `query($id: ID!) { consultation(id: $id) { status convenedBy { id } case { id } } }`;
    expect(await api.ok('county-dispatcher', CONSULTATION, { id: consultation.id })).toEqual({ consultation: { status: 'DECIDED', convenedBy: { id: centerOf(county.id) }, case: { id: c.id } } });
    // A county case's consultation is not a town's business.
    expect(await api.ok('town-a-operator', CONSULTATION, { id: consultation.id })).toEqual({ consultation: null });
    const again = await api.fail('county-supervisor', M.decide, { input: { consultationId: consultation.id, responsibilitySplit: '再议', plan: '再议' } });
    expect(again.code).toBe('CONFLICT');

    c = await api.do('county-dispatcher', 'start', { id: c.id });
    c = await api.do('county-dispatcher', 'outcome', { input: { caseId: c.id, outcome: 'RESOLVED', agreement: '机构负责人同意于十日内向14名学员全额退还课程费共计90600元。' } });
    expect(c).toMatchObject({ status: 'RESOLVED', resolvedLevel: 'COUNTY' });
    c = await api.do('county-operator', 'close', { id: c.id });
    expect(c.status).toBe('CLOSED');

    const d = await detail('county-dispatcher', c.id);
    expect(d.parties.filter((x) => x.role === 'APPLICANT')).toHaveLength(14);
    const departments = d.assignments.filter((a) => a.department);
    expect(departments.map((a) => [a.role, a.department!.id])).toEqual([['LEAD', market], ['ASSIST', police], ['ASSIST', court]]);
    expect(d.consultations).toMatchObject([{ status: 'DECIDED', decision: { responsibilitySplit: expect.stringContaining('市场监管局') } }]);
    expect(d.consultations[0].attendees.map((a) => [a.department.id, a.name, a.title])).toEqual([
      [department('COURT'), '陈立平', '立案庭副庭长'], [department('PROCURATORATE'), '刘慧', '检察官'], [department('POLICE'), '黄志强', '经侦大队民警'],
      [department('JUSTICE'), '李秀兰', '人民调解科科长'], [department('PETITION'), '张国华', null], [market, '周建新', '消保科科长'],
    ]);
    // Staff names stay on the consultation: not in the ledger, nor the dispatch log.
    const logged = JSON.stringify([await p.sql(`SELECT * FROM cases.case_event WHERE case_id = $1`, [c.id]), await p.sql(`SELECT data FROM events.dispatch_event WHERE case_id = $1`, [c.id])]);
    for (const name of ['陈立平', '刘慧', '周建新']) expect(logged).not.toContain(name);
    expect(d.history.map((h) => h.action)).toEqual(['intake', 'accept', 'assign', 'openConsultation', 'decideConsultation', 'startMediation', 'recordOutcome', 'close']);
    expect(d.history.map((h) => h.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(d.history.every((h) => h.actor)).toBe(true);
    expect(await api.dispatchKinds(c.id)).toEqual(['CASE_RECEIVED', 'CASE_ACCEPTED', 'CASE_ASSIGNED', 'CONSULTATION_OPENED', 'MEDIATION_STARTED', 'CASE_RESOLVED', 'CASE_CLOSED']);
    const [last] = await p.sql(`SELECT data FROM events.dispatch_event WHERE case_id = $1 AND kind = 'CASE_CLOSED'`, [c.id]);
    expect(last.data.case).toMatchObject({ status: 'CLOSED', fromStatus: 'RESOLVED', applicantCount: 14, partyCount: 15, leadDepartmentId: market, departmentIds: [market, police, court], resolvedLevel: 'COUNTY' });
  });
});

describe('a land dispute up the 四级七天 ladder, settled at the town', () => {
  it('climbs grid → village committee → town center → town government and is resolved with an agreement within seven working days', async () => {
    let c = await api.intake('grid-a-worker', {
      title: '何某拖欠地租及灌溉水费纠纷', channel: 'GRID', type: 'LAND', regionId: gridA.id, amountInDispute: '4800.00',
      description: '村民反映土地承包方何某未支付地租款且拖欠灌溉水费，网格员上门初调。',
      parties: [{ name: '邱国华', role: 'APPLICANT', phone: phone() }, { name: '何志强', role: 'RESPONDENT', phone: phone() }],
    });
    expect(c).toMatchObject({ ladderStep: { key: 'GRID', centerLevel: 'VILLAGE' }, level: 'GRID' });
    expect(c.handlingCenter.id).toBe(centerOf(villageA.id));

    const townMediator = world.mediators.find((m) => m.regionCode === townA.code && m.kind === 'MEDIATOR')!.id;
    const round = async (user: string, mediatorId: string, last: boolean) => {
      c = await api.do(user, 'assign', { input: { caseId: c.id, mediatorId, note: '请尽快组织调解' } });
      c = await api.do(user, 'start', { id: c.id });
      c = await api.do(user, 'outcome', {
        input: last
          ? { caseId: c.id, outcome: 'RESOLVED', agreement: '何某承诺本月底前付清地租及灌溉水费共4800元，双方签订调解协议。' }
          : { caseId: c.id, outcome: 'FAILED', note: '何某以收成不好为由拒绝支付' },
      });
    };
    c = await api.do('village-a-operator', 'accept', { id: c.id, complexity: 'GENERAL' });
    await round('village-a-operator', mediator(), false);
    expect(c).toMatchObject({ status: 'ASSIGNED', mediationFailed: true });
    expect(c.allowedActions).toEqual(expect.arrayContaining(['ESCALATE', 'REFER', 'START_MEDIATION']));
    expect(c.allowedActions).not.toContain('REROUTE');

    c = await api.do('village-a-operator', 'escalate', { id: c.id, reason: '网格员初调受阻，提交村调委' });
    expect(c).toMatchObject({ status: 'ACCEPTED', ladderStep: { key: 'VILLAGE_COMMITTEE' }, level: 'VILLAGE', escalationCount: 1 });
    await round('village-a-operator', mediator(1), false);
    c = await api.do('village-a-operator', 'escalate', { id: c.id, reason: '村调委调解未果，提交镇综治中心' });
    expect(c).toMatchObject({ ladderStep: { key: 'TOWN_CENTER', centerLevel: 'TOWN' }, level: 'TOWN' });
    expect(c.handlingCenter.id).toBe(centerOf(townA.id));
    await round('town-a-operator', townMediator, false);
    c = await api.do('town-a-operator', 'escalate', { id: c.id, reason: '司法所调解未果，提请镇党委政府' });
    expect(c).toMatchObject({ ladderStep: { key: 'TOWN_GOVERNMENT' }, escalationCount: 3 });
    await round('town-a-operator', townMediator, true);
    expect(c).toMatchObject({ status: 'RESOLVED', resolvedLevel: 'TOWN', level: 'TOWN', agreement: expect.stringContaining('调解协议') });

    const ladder = await api.ok<{ escalationLadder: { name: string; totalDays: number; steps: { key: string; days: number | null }[] } }>(
      'town-a-operator', `{ escalationLadder { name totalDays steps { key days } } }`);
    expect(ladder.escalationLadder).toEqual({ name: '四级七天', totalDays: 7, steps: [
      { key: 'GRID', days: 1 }, { key: 'VILLAGE_COMMITTEE', days: 2 }, { key: 'TOWN_CENTER', days: 2 }, { key: 'TOWN_GOVERNMENT', days: 2 }, { key: 'COUNTY_CENTER', days: null },
    ] });
    const d = await detail('town-a-operator', c.id);
    expect(d.stepTimes).toMatchObject({ ladderName: '四级七天', withinLadderDays: true, finalStep: { stepKey: 'TOWN_GOVERNMENT' } });
    expect(d.stepTimes.steps.map((s) => [s.stepKey, s.centerLevel, s.visits, s.exceeded])).toEqual([
      ['GRID', 'VILLAGE', 1, false], ['VILLAGE_COMMITTEE', 'VILLAGE', 1, false], ['TOWN_CENTER', 'TOWN', 1, false], ['TOWN_GOVERNMENT', 'TOWN', 1, false],
    ]);
    expect(d.stepTimes.steps.every((s) => s.leftAt)).toBe(true);
    expect(d.stepTimes.totalWorkingDays).toBeLessThanOrEqual(7);
    expect(d.stepTimes.visits.map((v) => v.center.id)).toEqual([centerOf(villageA.id), centerOf(villageA.id), centerOf(townA.id), centerOf(townA.id)]);
    expect(d.history.filter((h) => h.action === 'escalate').map((h) => h.ladderStep)).toEqual(['VILLAGE_COMMITTEE', 'TOWN_CENTER', 'TOWN_GOVERNMENT']);
    expect(d.assignments.filter((a) => a.active)).toHaveLength(1);
    expect(d.assignments.filter((a) => !a.active).every((a) => a.endReason?.startsWith('上行'))).toBe(true);
    const kinds = await api.dispatchKinds(c.id);
    expect(kinds.filter((k) => k === 'CASE_ESCALATED')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'MEDIATION_FAILED')).toHaveLength(3);
    expect(kinds[kinds.length - 1]).toBe('CASE_RESOLVED');
  });

  it('cannot climb past the county center (CONFLICT, nothing written)', async () => {
    let c = await api.intake('county-operator', intakeInput({ regionId: county.id }));
    c = await api.do('county-operator', 'accept', { id: c.id, complexity: 'DIFFICULT' });
    expect(c.ladderStep.key).toBe('COUNTY_CENTER');
    expect(c.allowedActions).not.toContain('ESCALATE');
    const before = await api.footprint(c.id);
    const err = await api.fail('county-operator', M.escalate, { id: c.id, reason: '县级也无法化解' });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('最高一级');
    expect(await api.footprint(c.id)).toEqual(before);
  });
});

describe('a wage-arrears case rejected at a level it does not belong to, and re-routed', () => {
  it('goes from the village to the town, to 司法所, is re-routed to 人社 and settled', async () => {
    let c = await api.intake('village-a-operator', {
      title: '姜某等11名农民工追讨工程欠薪', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId: villageA.id, amountInDispute: '186000.00',
      description: '姜某等11名农民工反映承包方拖欠工资合计18.6万元，临近年关情绪激动，有集体上访苗头。',
      parties: [
        ...Array.from({ length: 11 }, (_, i) => ({ name: i === 0 ? '姜德明' : `农民工${i + 1}`, role: 'APPLICANT', phone: phone() })),
        { name: '大埔县恒发建筑劳务有限公司', role: 'RESPONDENT' },
      ],
    });
    expect(c).toMatchObject({ status: 'REGISTERED', ladderStep: { key: 'VILLAGE_COMMITTEE' } });
    expect(c.allowedActions).toEqual(expect.arrayContaining(['ACCEPT', 'REJECT', 'TRANSFER']));

    // The village station may not take an 18.6万元 construction wage case: rejected here, routed to the town.
    c = await api.do('village-a-operator', 'reject', { id: c.id, reason: '工程欠薪涉及劳动保障监察，不属于村级受理范围，移交镇综治中心', level: 'TOWN' });
    expect(c).toMatchObject({ status: 'REGISTERED', level: 'TOWN', ladderStep: { key: 'TOWN_CENTER' } });
    expect(c.handlingCenter.id).toBe(centerOf(townA.id));

    c = await api.do('town-a-operator', 'accept', { id: c.id, complexity: 'COMPLEX' });
    const [justice, hr] = [department('JUSTICE'), department('HUMAN_RESOURCES')];
    c = await api.do('town-a-operator', 'assign', { input: { caseId: c.id, leadDepartmentId: justice, note: '司法所牵头调解' } });
    // 司法所: "not ours" — wage arrears are labour inspection's; re-routed to 人社 with the reason.
    c = await api.do('town-a-operator', 'reroute', { input: { caseId: c.id, reason: '欠薪属劳动保障监察职责，非司法所职责，应由人社部门牵头', departmentId: hr } });
    expect(c.status).toBe('ASSIGNED');
    c = await api.do('town-a-operator', 'start', { id: c.id });
    c = await api.do('town-a-operator', 'outcome', { input: { caseId: c.id, outcome: 'RESOLVED', agreement: '承包方当场支付全部欠薪18.6万元，农民工放弃其他主张。' } });
    expect(c).toMatchObject({ status: 'RESOLVED', resolvedLevel: 'TOWN' });

    const d = await detail('town-a-operator', c.id);
    expect(d.history.map((h) => h.action)).toEqual(['intake', 'transfer', 'accept', 'assign', 'reroute', 'startMediation', 'recordOutcome']);
    expect(d.history[1]).toMatchObject({ fromStatus: 'REGISTERED', toStatus: 'REGISTERED', note: expect.stringContaining('不属于村级受理范围') });
    expect(d.history[4].note).toContain('非司法所职责');
    expect(d.assignments.map((a) => [a.department?.id, a.role, a.active])).toEqual([[justice, 'LEAD', false], [hr, 'LEAD', true]]);
    expect(d.assignments[0].endReason).toContain('非司法所职责');
    expect(d.stepTimes.steps.map((s) => s.stepKey)).toEqual(['VILLAGE_COMMITTEE', 'TOWN_CENTER']);
    expect(await api.dispatchKinds(c.id)).toEqual(['CASE_RECEIVED', 'CASE_REROUTED', 'CASE_ACCEPTED', 'CASE_ASSIGNED', 'CASE_REROUTED', 'MEDIATION_STARTED', 'CASE_RESOLVED']);
  });

  it('a plain rejection ends the case', async () => {
    let c = await api.intake('village-a-operator', intakeInput());
    c = await api.do('village-a-operator', 'reject', { id: c.id, reason: '属于刑事案件线索，已告知当事人向公安机关报案' });
    expect(c).toMatchObject({ status: 'REJECTED', allowedActions: [] });
    expect(await api.dispatchKinds(c.id)).toEqual(['CASE_RECEIVED', 'CASE_REJECTED']);
  });
});

