/**
 * 化解方式 end to end through the gateway: a wage-arrears case before the Spring Festival moves from
 * 即时调解 at the town window to 专业调解 (the labour-dispute mediator) and to 联合调解 (五方联调) when that
 * fails, is resolved there, and each change is a ledger entry (who, when, why), a dispatch event and
 * the mode in every later event's case snapshot. A second case goes to 劳动仲裁 by referral and comes
 * back to professional mediation on reopening. Refusals write nothing.
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

const CHANGE = `mutation($input: ChangeResolutionModeInput!) { changeResolutionMode(input: $input) { ${CASE} resolutionMode } }`;
const MODES = `query($id: ID!) { case(id: $id) { resolutionMode version
  resolutionModeHistory { mode fromMode action reason version at actor { id } }
  history { action actionLabel version note } } }`;

type ModeView = {
  resolutionMode: string; version: number;
  resolutionModeHistory: { mode: string; fromMode: string | null; action: string; reason: string | null; version: number; actor: { id: string } | null }[];
  history: { action: string; actionLabel: string; version: number; note: string | null }[];
};
const modes = async (user: string, id: string) => (await api.ok<{ case: ModeView }>(user, MODES, { id })).case;
const userId = (username: string) => world.users.find((u) => u.username === username)!.id;
const change = (user: string, input: Record<string, unknown>) => api.ok<{ changeResolutionMode: { version: number; resolutionMode: string } }>(user, CHANGE, { input });

/** The mode each dispatch event of the case carried in its snapshot, with its kind. */
async function snapshotModes(caseId: string): Promise<[string, string][]> {
  const rows = await p.sql<{ kind: string; mode: string }>(`SELECT kind, data->'case'->>'resolutionMode' AS mode FROM events.dispatch_event WHERE case_id = $1 ORDER BY tx, id`, [caseId]);
  return rows.map((r) => [r.kind, r.mode]);
}

async function wageCase(): Promise<string> {
  const c = await api.intake('town-a-operator', {
    title: '春节前钟某等8名务工人员追讨劳务费', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId: townA.id, amountInDispute: '253000.00',
    description: '钟某等8名务工人员反映某建筑劳务公司拖欠劳务费25万余元，多次追讨无果，春节临近，情绪激动。',
    parties: [
      ...Array.from({ length: 8 }, (_, i) => ({ name: i === 0 ? '钟志明' : `务工人员${i + 1}`, role: 'APPLICANT', phone: phone() })),
      { name: '大埔县某建筑劳务有限公司', role: 'RESPONDENT' },
    ],
  });
  return c.id;
}

describe('the resolution path of a wage-arrears case', () => {
  it('starts in 即时调解, moves to 专业调解 and 联合调解 with reasons, and every step is on the ledger and the board', async () => {
    const id = await wageCase();
    expect((await modes('town-a-operator', id)).resolutionModeHistory).toEqual([
      expect.objectContaining({ mode: 'INSTANT', fromMode: null, action: 'intake', version: 1, actor: { id: userId('town-a-operator') } }),
    ]);
    let c = await api.do('town-a-operator', 'accept', { id, complexity: 'COMPLEX' });
    c = await api.do('town-a-operator', 'assign', { input: { caseId: id, leadDepartmentId: department('HUMAN_RESOURCES'), note: '人社部门牵头核查用工' } });
    expect(c.allowedActions).toContain('CHANGE_RESOLUTION_MODE');

    const professional = await change('town-a-operator', { caseId: id, mode: 'PROFESSIONAL', reason: '窗口当场未能化解，转劳动争议调解员专业调解', expectedVersion: c.version });
    expect(professional.changeResolutionMode).toMatchObject({ resolutionMode: 'PROFESSIONAL', version: c.version + 1 });

    c = await api.do('town-a-operator', 'start', { id });
    c = await api.do('town-a-operator', 'outcome', { input: { caseId: id, outcome: 'FAILED', note: '劳务公司称总包方未结算工程款，无力支付' } });
    // The county's leader moves it to five-way joint mediation (法院诉调、公安警调、人社行政、行业、人民调解).
    await change('county-supervisor', { caseId: id, mode: 'JOINT', reason: '涉及总包方结算，启动五方联调' });
    c = await api.do('town-a-operator', 'start', { id });
    c = await api.do('town-a-operator', 'outcome', { input: { caseId: id, outcome: 'RESOLVED', agreement: '总包方先行垫付劳务费25.3万元，春节前一次性发放到位。' } });
    expect(c.status).toBe('RESOLVED');

    const v = await modes('town-a-operator', id);
    expect(v.resolutionMode).toBe('JOINT');
    expect(v.resolutionModeHistory.map((h) => [h.fromMode, h.mode, h.action])).toEqual([
      [null, 'INSTANT', 'intake'], ['INSTANT', 'PROFESSIONAL', 'changeResolutionMode'], ['PROFESSIONAL', 'JOINT', 'changeResolutionMode'],
    ]);
    expect(v.resolutionModeHistory[2]).toMatchObject({ reason: '涉及总包方结算，启动五方联调', actor: { id: userId('county-supervisor') } });
    expect(v.history.map((h) => h.action)).toEqual([
      'intake', 'accept', 'assign', 'changeResolutionMode', 'startMediation', 'recordOutcome', 'changeResolutionMode', 'startMediation', 'recordOutcome',
    ]);
    expect(v.history[3]).toMatchObject({ actionLabel: '调整化解方式', note: '窗口当场未能化解，转劳动争议调解员专业调解' });
    expect(await snapshotModes(id)).toEqual([
      ['CASE_RECEIVED', 'INSTANT'], ['CASE_ACCEPTED', 'INSTANT'], ['CASE_ASSIGNED', 'INSTANT'], ['CASE_RESOLUTION_MODE_CHANGED', 'PROFESSIONAL'],
      ['MEDIATION_STARTED', 'PROFESSIONAL'], ['MEDIATION_FAILED', 'PROFESSIONAL'], ['CASE_RESOLUTION_MODE_CHANGED', 'JOINT'],
      ['MEDIATION_STARTED', 'JOINT'], ['CASE_RESOLVED', 'JOINT'],
    ]);
    const [changed] = await p.sql<{ data: { details: Record<string, unknown> } }>(
      `SELECT data FROM events.dispatch_event WHERE case_id = $1 AND kind = 'CASE_RESOLUTION_MODE_CHANGED' ORDER BY tx, id LIMIT 1`, [id]);
    expect(changed.data.details).toEqual({ fromMode: 'INSTANT', toMode: 'PROFESSIONAL' });

    // Settled: the mode can no longer change, and the refusal writes nothing.
    const before = await api.footprint(id);
    expect((await api.fail('town-a-operator', CHANGE, { input: { caseId: id, mode: 'PROFESSIONAL', reason: '再调' } })).code).toBe('CONFLICT');
    expect(await api.footprint(id)).toEqual(before);
  });

  it('goes to 劳动仲裁 by referral and back to professional mediation on reopening', async () => {
    const id = await wageCase();
    await api.do('town-a-operator', 'accept', { id, complexity: 'GENERAL' });
    await api.do('town-a-operator', 'assign', { input: { caseId: id, leadDepartmentId: department('HUMAN_RESOURCES') } });
    let c = await api.do('town-a-operator', 'refer', { id, route: 'ARBITRATION', note: '引导申请劳动仲裁' });
    expect(c.status).toBe('REFERRED');
    expect((await modes('town-a-operator', id)).resolutionMode).toBe('ARBITRATION');
    c = await api.do('town-a-operator', 'close', { id });
    c = await api.do('county-supervisor', 'reopen', { id, reason: '仲裁前当事人申请回到调解' });
    const v = await modes('town-a-operator', id);
    expect(v.resolutionMode).toBe('PROFESSIONAL');
    expect(v.resolutionModeHistory.map((h) => [h.fromMode, h.mode, h.action])).toEqual([
      [null, 'INSTANT', 'intake'], ['INSTANT', 'ARBITRATION', 'refer'], ['ARBITRATION', 'PROFESSIONAL', 'reopen'],
    ]);
    expect((await snapshotModes(id)).slice(-3)).toEqual([['CASE_REFERRED', 'ARBITRATION'], ['CASE_CLOSED', 'ARBITRATION'], ['CASE_REOPENED', 'PROFESSIONAL']]);
  });

  it('refuses bad input, stale versions, other jurisdictions and roles without writing anything', async () => {
    const id = await wageCase();
    const before = await api.footprint(id);
    const input = { caseId: id, mode: 'PROFESSIONAL', reason: '转专业调解' };
    expect(await api.fail('town-a-operator', CHANGE, { input: { ...input, mode: 'LITIGATION' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.mode' });
    expect(await api.fail('town-a-operator', CHANGE, { input: { ...input, mode: 'INSTANT' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.mode' });
    expect(await api.fail('town-a-operator', CHANGE, { input: { ...input, reason: '  ' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(await api.fail('town-a-operator', CHANGE, { input: { ...input, expectedVersion: 5 } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedVersion' });
    expect((await api.fail('town-b-operator', CHANGE, { input })).code).toBe('NOT_FOUND');
    expect((await api.fail('grid-a-worker', CHANGE, { input })).code).toBe('FORBIDDEN');
    expect(await api.footprint(id)).toEqual(before);

    await change('town-a-operator', input);
    expect((await api.fail('town-a-operator', CHANGE, { input: { ...input, mode: 'JOINT', expectedVersion: 1 } })).code).toBe('CONFLICT');
  });
});
