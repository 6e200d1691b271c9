/**
 * Seed 003's wage arrears before the Spring Festival, with a leader taking charge (领导包案), end to end
 * through the gateway: taken in at the town window (即时调解), accepted and assigned to 人社; the county's
 * leader 张卫东 takes the case personally; it goes to 专业调解, fails there, and the leader moves it to
 * 五方联调, where it is resolved before the holiday. At each step the ledger, the dispatch events and
 * the case snapshot (mode, leader) are checked; the leader finds it among their own cases.
 */
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { Api, CASE, M } from './api';
import { department, phone, townA, world } from './world-fixtures';

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

const TAKE = `mutation($id: ID!, $note: String, $v: Int) { takeCase(id: $id, note: $note, expectedVersion: $v) { ${CASE} leader { id } leaderSince } }`;
const CHANGE = `mutation($input: ChangeResolutionModeInput!) { changeResolutionMode(input: $input) { ${CASE} resolutionMode } }`;
const VIEW = `query($id: ID!) { case(id: $id) { leader { id } leaderSince resolutionMode allowedActions history { action actionLabel note version actor { id } } } }`;
const MINE = `query($leader: ID!) { cases(filter: { leaderId: $leader }) { totalCount edges { node { id } } } }`;
const leaderId = world.users.find((u) => u.username === 'county-supervisor')!.id;
const operatorId = world.users.find((u) => u.username === 'town-a-operator')!.id;

type View = { leader: { id: string } | null; leaderSince: string | null; resolutionMode: string; allowedActions: string[];
  history: { action: string; actionLabel: string; note: string | null; version: number; actor: { id: string } | null }[] };
const view = async (user: string, id: string) => (await api.ok<{ case: View }>(user, VIEW, { id })).case;

/** Kind, mode and leader of every dispatch event of the case, in order. */
async function board(caseId: string): Promise<[string, string, string | null][]> {
  const rows = await p.sql<{ kind: string; mode: string; leader: string | null }>(
    `SELECT kind, data->'case'->>'resolutionMode' AS mode, data->'case'->>'leaderId' AS leader FROM events.dispatch_event WHERE case_id = $1 ORDER BY tx, id`, [caseId]);
  return rows.map((r) => [r.kind, r.mode, r.leader]);
}

describe('wage arrears before the Spring Festival, with a leader taking charge', () => {
  it('is taken by the county leader, moves 即时调解 → 专业调解 → 五方联调 and is resolved, each step on the ledger and the board', async () => {
    let c = await api.intake('town-a-operator', {
      title: '春节前钟某等8名务工人员追讨劳务费25.3万元', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId: townA.id, amountInDispute: '253000.00',
      description: '钟某等8名务工人员反映某建筑劳务公司拖欠劳务费25万余元，多次追讨无果，春节临近，情绪激动，有集体上访苗头。',
      parties: [
        ...Array.from({ length: 8 }, (_, i) => ({ name: i === 0 ? '钟志明' : `务工人员${i + 1}`, role: 'APPLICANT', phone: phone() })),
        { name: '大埔县某建筑劳务有限公司', role: 'RESPONDENT' },
      ],
    });
    const id = c.id;
    expect(await view('town-a-operator', id)).toMatchObject({ leader: null, leaderSince: null, resolutionMode: 'INSTANT' });
    expect(c.allowedActions).toEqual(expect.arrayContaining(['TAKE_CASE', 'CHANGE_RESOLUTION_MODE']));

    c = await api.do('town-a-operator', 'accept', { id, complexity: 'COMPLEX' });
    c = await api.do('town-a-operator', 'assign', { input: { caseId: id, leadDepartmentId: department('HUMAN_RESOURCES'), note: '人社部门牵头核查用工和欠薪数额' } });

    // 领导包案: the county's leader takes it personally.
    const taken = (await api.ok<{ takeCase: { version: number; leader: { id: string }; leaderSince: string; allowedActions: string[] } }>(
      'county-supervisor', TAKE, { id, note: '节前欠薪、人数多，本人包案，一包到底', v: c.version })).takeCase;
    expect(taken).toMatchObject({ version: c.version + 1, leader: { id: leaderId } });
    expect(taken.allowedActions).not.toContain('TAKE_CASE');
    const mine = (await api.ok<{ cases: { totalCount: number; edges: { node: { id: string } }[] } }>('county-supervisor', MINE, { leader: leaderId })).cases;
    expect(mine.edges.map((e) => e.node.id)).toContain(id);
    expect(mine.totalCount).toBe(1);

    await api.ok('town-a-operator', CHANGE, { input: { caseId: id, mode: 'PROFESSIONAL', reason: '窗口当场未能化解，转劳动争议调解员专业调解' } });
    await api.do('town-a-operator', 'start', { id });
    await api.do('town-a-operator', 'outcome', { input: { caseId: id, outcome: 'FAILED', note: '劳务公司称总包方未结算工程款，无力支付' } });
    await api.ok('county-supervisor', CHANGE, { input: { caseId: id, mode: 'JOINT', reason: '包案领导召集五方联调，总包方、人社、法院、公安到场' } });
    await api.do('town-a-operator', 'start', { id });
    c = await api.do('town-a-operator', 'outcome', { input: { caseId: id, outcome: 'RESOLVED', agreement: '总包方先行垫付劳务费25.3万元，于春节前一次性发放到位。' } });
    expect(c.status).toBe('RESOLVED');

    const v = await view('town-a-operator', id);
    expect(v).toMatchObject({ leader: { id: leaderId }, resolutionMode: 'JOINT' });
    expect(v.history.map((h) => [h.action, h.actor?.id])).toEqual([
      ['intake', operatorId], ['accept', operatorId], ['assign', operatorId], ['takeCase', leaderId], ['changeResolutionMode', operatorId],
      ['startMediation', operatorId], ['recordOutcome', operatorId], ['changeResolutionMode', leaderId], ['startMediation', operatorId], ['recordOutcome', operatorId],
    ]);
    expect(v.history[3]).toMatchObject({ actionLabel: '领导包案', note: '节前欠薪、人数多，本人包案，一包到底', version: 4 });
    expect(await board(id)).toEqual([
      ['CASE_RECEIVED', 'INSTANT', null], ['CASE_ACCEPTED', 'INSTANT', null], ['CASE_ASSIGNED', 'INSTANT', null],
      ['CASE_LEADER_ASSIGNED', 'INSTANT', leaderId], ['CASE_RESOLUTION_MODE_CHANGED', 'PROFESSIONAL', leaderId],
      ['MEDIATION_STARTED', 'PROFESSIONAL', leaderId], ['MEDIATION_FAILED', 'PROFESSIONAL', leaderId],
      ['CASE_RESOLUTION_MODE_CHANGED', 'JOINT', leaderId], ['MEDIATION_STARTED', 'JOINT', leaderId], ['CASE_RESOLVED', 'JOINT', leaderId],
    ]);
  });

  it('is refused to other roles, twice, on settled cases, on stale versions and outside the jurisdiction, writing nothing', async () => {
    let c = await api.intake('town-b-operator', {
      title: '王某等3人追讨装修工钱', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId: world.regions.filter((r) => r.level === 'TOWN')[1].id,
      description: '王某等3人为某装修队做工两个月，工钱1.2万元未结清。', parties: [{ name: '王某', role: 'APPLICANT', phone: phone() }, { name: '某装修队', role: 'RESPONDENT' }],
    });
    const id = c.id;
    const before = await api.footprint(id);
    expect((await api.fail('town-b-operator', TAKE, { id })).code).toBe('FORBIDDEN');
    expect((await api.fail('admin', TAKE, { id })).code).toBe('FORBIDDEN');
    expect(await api.fail('county-supervisor', TAKE, { id, v: 9 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedVersion' });
    expect(await api.footprint(id)).toEqual(before);

    await api.ok('county-supervisor', TAKE, { id });
    const taken = await api.footprint(id);
    expect((await api.fail('county-supervisor', TAKE, { id })).code).toBe('CONFLICT');
    expect(await api.footprint(id)).toEqual(taken);

    c = await api.do('town-b-operator', 'reject', { id: (await api.intake('town-b-operator', {
      title: '赵某追讨零工工钱', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId: c.region.id, description: '赵某打零工三天，工钱900元未付。',
      parties: [{ name: '赵某', role: 'APPLICANT', phone: phone() }],
    })).id, reason: '已当场协调支付，当事人不再申请' });
    expect(c.status).toBe('REJECTED');
    expect((await api.fail('county-supervisor', TAKE, { id: c.id })).code).toBe('CONFLICT');
    // A town's operator does not see another town's leader list; the filter only narrows the caller's jurisdiction.
    const inTownA = (await api.ok<{ cases: { edges: { node: { id: string } }[] } }>('town-a-operator', MINE, { leader: leaderId })).cases;
    const inTownB = (await api.ok<{ cases: { edges: { node: { id: string } }[] } }>('town-b-operator', MINE, { leader: leaderId })).cases;
    expect(inTownA.edges.map((e) => e.node.id)).not.toContain(id);
    expect(inTownB.edges.map((e) => e.node.id)).toEqual([id]);
    expect(await api.fail('county-supervisor', MINE, { leader: 'not-a-uuid' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.leaderId' });
  });

  it('指定包案领导: the county supervisor names the town\'s leader, who finds the case among their own; bad names change nothing', async () => {
    const ASSIGN = `mutation($input: AssignCaseLeaderInput!) { assignCaseLeader(input: $input) { ${CASE} leader { id } leaderSince } }`;
    const LEADERS = `query($r: ID!) { leadersOf(regionId: $r) { id displayName } }`;
    const townLeaderId = world.users.find((u) => u.username === 'town-a-leader')!.id;
    const townB = world.regions.filter((r) => r.level === 'TOWN')[1];
    let c = await api.intake('town-a-operator', {
      title: '某村两户因宅基地界址争执多年', channel: 'WINDOW', type: 'LAND', regionId: townA.id,
      description: '两户村民因宅基地界址争执多年，曾发生肢体冲突，村委会多次调解未果。',
      parties: [{ name: '罗某', role: 'APPLICANT', phone: phone() }, { name: '张某', role: 'RESPONDENT' }],
    });
    const id = c.id;
    c = await api.do('town-a-operator', 'accept', { id, complexity: 'DIFFICULT' });
    // The candidates: the town's leader and the county's, nearest first; a town's operator may not ask.
    const candidates = (await api.ok<{ leadersOf: { id: string }[] }>('county-supervisor', LEADERS, { r: townA.id })).leadersOf.map((u) => u.id);
    expect(candidates).toEqual([townLeaderId, leaderId]);
    expect((await api.fail('town-a-operator', LEADERS, { r: townA.id })).code).toBe('FORBIDDEN');

    const before = await api.footprint(id);
    // Not a leader, unknown, malformed, a leader whose town does not hold the case, the wrong role: nothing written.
    expect(await api.fail('county-supervisor', ASSIGN, { input: { caseId: id, leaderId: operatorId } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leaderId' });
    expect(await api.fail('county-supervisor', ASSIGN, { input: { caseId: id, leaderId: '00000000-0000-4000-8000-000000000000' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leaderId' });
    expect(await api.fail('county-supervisor', ASSIGN, { input: { caseId: id, leaderId: 'x' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leaderId' });
    expect((await api.fail('town-a-operator', ASSIGN, { input: { caseId: id, leaderId: townLeaderId } })).code).toBe('FORBIDDEN');
    expect(await api.footprint(id)).toEqual(before);
    const inTownB = await api.intake('town-b-operator', {
      title: '王某追讨装修工钱', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId: townB.id, description: '王某为某装修队做工，工钱8000元未结清。',
      parties: [{ name: '王某', role: 'APPLICANT', phone: phone() }],
    });
    expect(await api.fail('county-supervisor', ASSIGN, { input: { caseId: inTownB.id, leaderId: townLeaderId } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leaderId' });

    const named = (await api.ok<{ assignCaseLeader: { version: number; leader: { id: string }; leaderSince: string } }>('county-supervisor', ASSIGN, {
      input: { caseId: id, leaderId: townLeaderId, note: '宅基地纠纷积怨较深，请湖寮镇李建华同志包案' },
    })).assignCaseLeader;
    expect(named.leader.id).toBe(townLeaderId);
    expect((await api.fail('county-supervisor', ASSIGN, { input: { caseId: id, leaderId: townLeaderId } })).code).toBe('CONFLICT');
    const mine = (await api.ok<{ cases: { edges: { node: { id: string } }[] } }>('town-a-leader', MINE, { leader: townLeaderId })).cases;
    expect(mine.edges.map((e) => e.node.id)).toContain(id);
    // The county takes it over: the ledger names who was replaced; the board carries the new leader.
    await api.ok('county-supervisor', ASSIGN, { input: { caseId: id, leaderId, note: '矛盾升级，改由县领导包案' } });
    const v = await view('county-supervisor', id);
    expect(v.leader).toEqual({ id: leaderId });
    expect(v.history.filter((e) => e.action === 'assignCaseLeader').map((e) => [e.actionLabel, e.note])).toEqual([
      ['指定包案领导', '宅基地纠纷积怨较深，请湖寮镇李建华同志包案'], ['指定包案领导', '矛盾升级，改由县领导包案'],
    ]);
    const details = await p.sql<{ details: { leaderId: string; previousLeaderId: string | null } }>(
      `SELECT details FROM cases.case_event WHERE case_id = $1 AND action = 'assignCaseLeader' ORDER BY version`, [id]);
    expect(details.map((d) => [d.details.leaderId, d.details.previousLeaderId])).toEqual([[townLeaderId, null], [leaderId, townLeaderId]]);
    expect((await board(id)).filter(([kind]) => kind === 'CASE_LEADER_ASSIGNED').map(([, , leader]) => leader)).toEqual([townLeaderId, leaderId]);
  });

  it('一人一案: a high-risk case is accepted only once a leader leads it and its plan is recorded', async () => {
    const MARK = `mutation($input: MarkHighRiskInput!) { markHighRisk(input: $input) { ${CASE} highRisk riskReason } }`;
    const PLAN = `mutation($input: RecordRiskPlanInput!) { recordRiskPlan(input: $input) { ${CASE} riskPlan { measures responsiblePerson reviewDate recordedAt recordedBy { id } } } }`;
    let c = await api.intake('town-a-operator', {
      title: '钟某讨薪无果扬言报复包工头', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId: townA.id, amountInDispute: '38000.00',
      description: '钟某被拖欠工资3.8万元，多次讨要无果，在工地扬言要与包工头同归于尽，情绪极不稳定。',
      parties: [{ name: '钟某', role: 'APPLICANT', phone: phone() }, { name: '李某（包工头）', role: 'RESPONDENT' }],
    });
    const id = c.id;
    expect(c.allowedActions).toContain('MARK_HIGH_RISK');
    const marked = (await api.ok<{ markHighRisk: { highRisk: boolean; riskReason: string; allowedActions: string[] } }>('town-a-operator', MARK, {
      input: { caseId: id, reason: '当事人扬言报复，存在命案风险' } })).markHighRisk;
    expect(marked).toMatchObject({ highRisk: true, riskReason: '当事人扬言报复，存在命案风险' });
    expect(marked.allowedActions).toContain('RECORD_RISK_PLAN');
    expect((await api.fail('town-a-operator', MARK, { input: { caseId: id, reason: '再次标记' } })).code).toBe('CONFLICT');

    // Without a leader, then without a plan: refused, naming what is missing, nothing written.
    let before = await api.footprint(id);
    expect(await api.fail('town-a-operator', M.accept, { id, complexity: 'DIFFICULT' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leader' });
    expect(await api.footprint(id)).toEqual(before);
    await api.ok('county-supervisor', TAKE, { id, note: '命案风险，本人包案' });
    before = await api.footprint(id);
    expect(await api.fail('town-a-operator', M.accept, { id, complexity: 'DIFFICULT' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'riskPlan' });
    expect(await api.fail('county-supervisor', PLAN, { input: { caseId: id, measures: '派出所落实专人稳控', responsiblePerson: '派出所', reviewDate: '2020-01-01T00:00:00Z' } }))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reviewDate' });
    expect(await api.footprint(id)).toEqual(before);

    const review = new Date(Date.now() + 3 * 86400_000).toISOString();
    const planned = (await api.ok<{ recordRiskPlan: { riskPlan: Record<string, unknown> } }>('county-supervisor', PLAN, { input: {
      caseId: id, measures: '包案领导每日研判；派出所、村委会落实专人稳控钟某情绪；人社部门三日内督促包工头支付欠薪', responsiblePerson: '湖寮镇派出所 刘所长', reviewDate: review,
    } })).recordRiskPlan;
    expect(planned.riskPlan).toMatchObject({ responsiblePerson: '湖寮镇派出所 刘所长', reviewDate: review, recordedBy: { id: leaderId } });
    c = await api.do('town-a-operator', 'accept', { id, complexity: 'DIFFICULT' });
    expect(c.status).toBe('ACCEPTED');

    const v = await view('town-a-operator', id);
    expect(v.history.map((h) => h.action)).toEqual(['intake', 'markHighRisk', 'takeCase', 'recordRiskPlan', 'accept']);
    expect(v.history.map((h) => h.actionLabel)).toEqual(['登记受理', '标记高风险（一人一案）', '领导包案', '制定一人一案化解方案', '受理']);
    // The plan's text stays in the case: the board learns of the leader and the acceptance, not of the measures.
    const rows = await p.sql<{ kind: string; data: string }>(`SELECT kind, data::text AS data FROM events.dispatch_event WHERE case_id = $1 ORDER BY tx, id`, [id]);
    expect(rows.map((r) => r.kind)).toEqual(['CASE_RECEIVED', 'CASE_LEADER_ASSIGNED', 'CASE_ACCEPTED']);
    expect(rows.some((r) => r.data.includes('稳控'))).toBe(false);
  });
});
