/**
 * 周例会 / 月研判 through the gateway: schedule with an agenda of the center's cases, numbering per
 * center, kind and year, record once (attendees, minutes, decisions), cancel, jurisdiction of the
 * agenda, masked minutes for a reader who sees parties masked, bad input refused with nothing written.
 */
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { Api } from './api';
import { centerOf, county, department, phone, townA, townB, villageA, villageB, world } from './world-fixtures';

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

const FIELDS = `id title kind year sequence status place topic scheduledAt heldAt minutes cancelReason center { id }
  agenda { position note case { id } } attendees { name title } decisions { text dueDate case { id } department { id } }`;
const SCHEDULE = `mutation($input: ScheduleCenterMeetingInput!) { scheduleCenterMeeting(input: $input) { ${FIELDS} } }`;
const RECORD = `mutation($input: RecordCenterMeetingInput!) { recordCenterMeeting(input: $input) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelCenterMeeting(id: $id, reason: $reason) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { centerMeeting(id: $id) { ${FIELDS} } }`;
const LIST = `query($c: ID, $k: CenterMeetingKind, $from: DateTime, $to: DateTime) { centerMeetings(centerId: $c, kind: $k, from: $from, to: $to, first: 50) {
  totalCount edges { node { id title } } } }`;
const CASE_MEETINGS = `query($id: ID!) { case(id: $id) { meetings { id title status } } }`;

const COUNTY_CENTER = centerOf(county.id);

async function acceptedCase(regionId: string, title = '某物业公司与业主停车费纠纷', operator = 'county-operator') {
  const c = await api.intake(operator, {
    title, channel: 'WINDOW', type: 'PROPERTY_MANAGEMENT', regionId,
    description: '业主反映物业公司单方上调停车费，多次协商未果。',
    parties: [{ name: '邓美玲', role: 'APPLICANT', phone: phone() }, { name: '大埔某物业服务有限公司', role: 'RESPONDENT' }],
  });
  return api.do(operator === 'county-operator' ? 'county-dispatcher' : operator, 'accept', { id: c.id, complexity: 'COMPLEX' });
}

const weekly = (agenda: string[], over: Record<string, unknown> = {}) => ({
  input: {
    centerId: COUNTY_CENTER, kind: 'WEEKLY', scheduledAt: new Date(Date.now() - 3600_000).toISOString(), place: '县综治中心三楼会议室',
    topic: '本周疑难、超期案件调度', agenda: agenda.map((caseId, i) => ({ caseId, note: i === 0 ? '已超期 3 天' : null })), ...over,
  },
});

const record = (id: string, caseId: string, over: Record<string, unknown> = {}) => ({
  input: {
    id, heldAt: new Date().toISOString(), attendees: [{ name: '张卫东', title: '县综治中心主任' }, { name: '李秀兰', title: '司法局人民调解科科长' }],
    minutes: '逐案研究本周超期案件。物业纠纷一案，申请人邓美玲（电话13812345678）情绪激动，需尽快组织再次调解。',
    decisions: [
      { caseId, text: '司法局牵头，三日内组织物业公司与业主代表再次调解', departmentId: department('JUSTICE'), dueDate: new Date(Date.now() + 3 * 86_400_000).toISOString() },
      { text: '各镇中心下周一前报送超期案件台账' },
    ],
    ...over,
  },
});

async function meetingCount(): Promise<number> {
  const rows = await p.sql<{ n: string }>(`SELECT (SELECT count(*) FROM cases.center_meeting) + (SELECT count(*) FROM cases.center_meeting_agenda) AS n`);
  return Number(rows[0].n);
}

describe('a county center\'s weekly meeting', () => {
  it('is scheduled with two cases, numbered, recorded once with minutes and decisions, and listed on the cases', async () => {
    const a = await acceptedCase(villageA.id);
    const b = await acceptedCase(villageB.id, '某村民小组土地承包界址纠纷');
    const first = (await api.ok<{ scheduleCenterMeeting: any }>('county-dispatcher', SCHEDULE, weekly([a.id, b.id]))).scheduleCenterMeeting;
    expect(first).toMatchObject({
      kind: 'WEEKLY', status: 'SCHEDULED', center: { id: COUNTY_CENTER }, place: '县综治中心三楼会议室', minutes: null,
      agenda: [{ position: 1, note: '已超期 3 天', case: { id: a.id } }, { position: 2, note: null, case: { id: b.id } }],
    });
    expect(first.title).toBe(`${first.year}年第${first.sequence}次周例会`);
    const second = (await api.ok<{ scheduleCenterMeeting: any }>('county-operator', SCHEDULE, weekly([a.id], { scheduledAt: new Date().toISOString() }))).scheduleCenterMeeting;
    expect(second.sequence).toBe(first.sequence + 1);
    const monthly = (await api.ok<{ scheduleCenterMeeting: any }>('county-operator', SCHEDULE, weekly([b.id], { kind: 'MONTHLY', topic: '本月矛盾纠纷风险研判' }))).scheduleCenterMeeting;
    expect(monthly.title).toMatch(/^\d{4}年第\d+次月研判$/);

    const held = (await api.ok<{ recordCenterMeeting: any }>('county-supervisor', RECORD, record(first.id, a.id))).recordCenterMeeting;
    expect(held).toMatchObject({
      status: 'HELD', attendees: [{ name: '张卫东', title: '县综治中心主任' }, { name: '李秀兰', title: '司法局人民调解科科长' }],
      decisions: [
        { case: { id: a.id }, department: { id: department('JUSTICE') }, text: '司法局牵头，三日内组织物业公司与业主代表再次调解' },
        { case: null, department: null, dueDate: null, text: '各镇中心下周一前报送超期案件台账' },
      ],
    });
    expect(held.minutes).toContain('13812345678');
    expect((await api.fail('county-dispatcher', RECORD, record(first.id, a.id))).code).toBe('CONFLICT');

    // A reader who sees the parties masked (a mediator not on these cases) reads the minutes masked.
    const masked = (await api.ok<{ centerMeeting: any }>('mediator-gold', ONE, { id: first.id })).centerMeeting;
    expect(masked.minutes).not.toContain('13812345678');
    expect(masked.minutes).toContain('138****5678');

    // The case file lists the meetings that had the case on their agenda; the case's own ledger is untouched.
    const listed = (await api.ok<{ case: { meetings: any[] } }>('county-operator', CASE_MEETINGS, { id: a.id })).case.meetings;
    expect(listed.map((m) => m.id).sort()).toEqual([first.id, second.id].sort());
    expect(await api.dispatchKinds(a.id)).toEqual(['CASE_RECEIVED', 'CASE_ACCEPTED']);

    // Cancel: once, with a reason; a held meeting cannot be cancelled.
    const cancelled = (await api.ok<{ cancelCenterMeeting: any }>('county-dispatcher', CANCEL, { id: second.id, reason: '与县委政法委会议时间冲突，改期召开' })).cancelCenterMeeting;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: '与县委政法委会议时间冲突，改期召开' });
    expect((await api.fail('county-dispatcher', CANCEL, { id: second.id, reason: '再次取消' })).code).toBe('CONFLICT');
    expect((await api.fail('county-dispatcher', CANCEL, { id: first.id, reason: '已召开' })).code).toBe('CONFLICT');
    expect((await api.fail('county-dispatcher', RECORD, record(second.id, a.id))).code).toBe('CONFLICT');

    // Listing: by center and kind; a town's staff see none of the county center's meetings.
    const weeklies = (await api.ok<{ centerMeetings: any }>('county-operator', LIST, { c: COUNTY_CENTER, k: 'WEEKLY' })).centerMeetings;
    expect(weeklies.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(weeklies.edges.map((e: any) => e.node.id)).not.toContain(monthly.id);
    expect((await api.ok<{ centerMeetings: any }>('town-a-operator', LIST, {})).centerMeetings.edges.map((e: any) => e.node.id)).not.toContain(first.id);
    expect((await api.ok<{ centerMeeting: any }>('town-a-operator', ONE, { id: first.id })).centerMeeting).toBeNull();
    expect((await api.fail('town-a-operator', CANCEL, { id: monthly.id, reason: '越权取消' })).code).toBe('NOT_FOUND');
  });

  it('a town center\'s agenda: cases of other towns are FORBIDDEN naming the field, unknown ones BAD_USER_INPUT', async () => {
    const own = await acceptedCase(villageA.id, '某村两户宅基地滴水纠纷', 'town-a-operator');
    const other = await acceptedCase(villageB.id, '某村两户排水沟纠纷');
    const townCenter = centerOf(townA.id);
    const before = await meetingCount();
    let e = await api.fail('town-a-operator', SCHEDULE, weekly([own.id, other.id], { centerId: townCenter }));
    expect([e.code, e.field]).toEqual(['FORBIDDEN', 'input.agenda.1.caseId']);
    // The county's operator may name both, but the town center's territory holds only its own.
    e = await api.fail('county-operator', SCHEDULE, weekly([own.id, other.id], { centerId: townCenter }));
    expect([e.code, e.field]).toEqual(['FORBIDDEN', 'input.agenda.1.caseId']);
    e = await api.fail('town-a-operator', SCHEDULE, weekly([own.id], { centerId: centerOf(townB.id) }));
    expect([e.code, e.field]).toEqual(['FORBIDDEN', 'input.centerId']);
    e = await api.fail('town-a-operator', SCHEDULE, weekly([own.id, '00000000-0000-4000-8000-000000000009'], { centerId: townCenter }));
    expect([e.code, e.field]).toEqual(['BAD_USER_INPUT', 'input.agenda.1.caseId']);
    expect(await meetingCount()).toBe(before);
    const ok = (await api.ok<{ scheduleCenterMeeting: any }>('town-a-leader', SCHEDULE, weekly([own.id], { centerId: townCenter }))).scheduleCenterMeeting;
    expect(ok).toMatchObject({ sequence: 1, center: { id: townCenter } });
  });
});

describe('refusals', () => {
  let caseId: string;
  let meetingId: string;
  beforeAll(async () => {
    caseId = (await acceptedCase(villageA.id)).id;
    meetingId = (await api.ok<{ scheduleCenterMeeting: { id: string } }>('county-dispatcher', SCHEDULE, weekly([caseId]))).scheduleCenterMeeting.id;
  });

  it.each([
    ['no agenda', { agenda: [] }, 'input.agenda'],
    ['a one-character topic', { topic: '会' }, 'input.topic'],
    ['no place', { place: ' ' }, 'input.place'],
    ['an unknown center', { centerId: '00000000-0000-4000-8000-000000000007' }, 'input.centerId'],
  ])('scheduling with %s is BAD_USER_INPUT naming the field, nothing written', async (_n, over, field) => {
    const before = await meetingCount();
    const e = await api.fail('county-dispatcher', SCHEDULE, weekly([caseId], over));
    expect([e.code, e.field]).toEqual(['BAD_USER_INPUT', field]);
    expect(await meetingCount()).toBe(before);
  });

  it.each([
    ['no attendees', { attendees: [] }, 'input.attendees'],
    ['empty minutes', { minutes: '' }, 'input.minutes'],
    ['a decision on a case not on the agenda', { decisions: [{ caseId: '00000000-0000-4000-8000-000000000005', text: '另案处理' }] }, 'input.decisions.0.caseId'],
    ['an unknown department', { decisions: [{ text: '限期办结', departmentId: '00000000-0000-4000-8000-000000000003' }] }, 'input.decisions.0.departmentId'],
    ['a future meeting', { heldAt: new Date(Date.now() + 86_400_000).toISOString() }, 'input.heldAt'],
  ])('recording with %s is BAD_USER_INPUT naming the field, the meeting stays scheduled', async (_n, over, field) => {
    const e = await api.fail('county-dispatcher', RECORD, record(meetingId, caseId, over));
    expect([e.code, e.field]).toEqual(['BAD_USER_INPUT', field]);
    expect((await api.ok<{ centerMeeting: any }>('county-dispatcher', ONE, { id: meetingId })).centerMeeting).toMatchObject({ status: 'SCHEDULED', minutes: null });
  });

  it('roles: a mediator reads but cannot schedule; a partner system neither', async () => {
    expect((await api.fail('mediator-gold', SCHEDULE, weekly([caseId]))).code).toBe('FORBIDDEN');
    expect((await api.fail('partner-12345', ONE, { id: meetingId })).code).toBe('FORBIDDEN');
    expect((await api.ok<{ centerMeeting: any }>('mediator-gold', ONE, { id: meetingId })).centerMeeting).toMatchObject({ id: meetingId });
    expect(world.users.some((u) => u.username === 'town-a-leader')).toBe(true);
  });
});
