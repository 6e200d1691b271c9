/**
 * The seed stories for the PII test (e2e/pii.e2e.test.ts), with real demo parties: a county group
 * case routed, consulted, mediated, closed and followed up; a grid case up the 四级七天 ladder and
 * referred to court; a 12345 partner ticket; resident reports with reporter phones turned into a
 * case; studio appointments with contact phones; and errors provoked on purpose (invalid phone and
 * ID number, a duplicate ID, a mistyped enum, a duplicate intake, a double booking). Reads as the
 * masked roles (GRID_WORKER, PARTNER) follow. Returns every full phone and ID number it used.
 */
import { CHINA_HOLIDAYS } from '@zz/common';
import type { World } from '@zz/demo-world';
import type { GraphQLResult, TestPlatform } from '@zz/platform/testing';

export type As = (user: string, query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult>;
type Party = { name: string; role: string; phone: string; idNumber: string };

const INTAKE = `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id code parties { name phone idNumber } } }`;
const CASE = `query($id: ID!) { case(id: $id) { code status title description agreement parties { name role phone idNumber } history { action note } mediationSessions { minutes }
  assignments { mediator { name } } } }`;

/** A one-hour studio slot at `hourUtc` (1 → 09:00 CST, 3 → 11:00) on the first working day `days` ahead. */
function slot(days: number, hourUtc = 1): { startsAt: string; endsAt: string } {
  const d = new Date(Date.now() + days * 86_400_000);
  for (;;) {
    d.setUTCHours(hourUtc, 0, 0, 0);
    const day = d.toISOString().slice(0, 10);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !CHINA_HOLIDAYS.holidays.includes(day)) break;
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return { startsAt: d.toISOString(), endsAt: new Date(d.getTime() + 3_600_000).toISOString() };
}

/**
 * `used`: every full number sent. `handlerPhones`: reporter phones a GRID_WORKER sees in full on its
 * own grid's reports by design (it calls the reporter back; services/grid/src/domain/access.ts).
 */
export async function stories(p: TestPlatform, as: As, parties: Party[], world: World): Promise<{ used: string[]; handlerPhones: string[] }> {
  const used = new Set<string>();
  const ok = async (user: string, query: string, variables: Record<string, unknown> = {}) => {
    const r = await as(user, query, variables);
    if (r.errors?.length || !r.data) throw new Error(`${user}: ${JSON.stringify(r.errors)}`);
    return r.data as Record<string, any>;
  };
  const fail = async (user: string, query: string, variables: Record<string, unknown>) => {
    const r = await as(user, query, variables);
    if (!r.errors?.length) throw new Error(`${user}: expected an error, got ${JSON.stringify(r.data)}`);
  };
  const take = (n: number) => parties.splice(0, n).map((x) => (used.add(x.phone), used.add(x.idNumber), x));
  const region = (username: string) => world.users.find((u) => u.username === username)!.regionId;
  const dept = (kind: string) => world.departments.find((d) => d.kind === kind)!.id;
  const mediator = world.mediators.find((m) => m.kind === 'MEDIATOR' && m.available && !m.goldTeam)!.id;
  const gold = world.mediators.find((m) => m.goldTeam && m.available)!;
  const [county, villageA, gridA] = [region('admin'), region('village-a-operator'), region('grid-a-worker')];

  // 1. A county group case: intake, accept, route, 1+5+N, mediate, resolve, close, follow up, a letter.
  const group = take(6);
  const c1 = (await ok('county-operator', INTAKE, { input: {
    title: '培训机构失联退费纠纷', description: '六名学员网购职业培训课程后机构失联，请求追回课程费。', channel: 'WINDOW', type: 'CONSUMER',
    regionId: county, amountInDispute: '36000', parties: [...group, { name: '大埔某职业培训有限公司', role: 'RESPONDENT', phone: '0753-5512345' }],
  } })).intakeCase;
  await ok('county-dispatcher', `mutation($id: ID!) { acceptCase(id: $id, complexity: COMPLEX) { id } }`, { id: c1.id });
  await ok('county-dispatcher', `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: {
    caseId: c1.id, leadDepartmentId: dept('MARKET_REGULATION'), departmentIds: [dept('POLICE')], mediatorId: mediator, note: '市场监管局牵头核查' } });
  const consult = (await ok('county-dispatcher', `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { id } }`, { input: {
    caseId: c1.id, topic: '退费责任分工', departmentIds: [dept('COURT'), dept('PROCURATORATE'), dept('POLICE'), dept('JUSTICE'), dept('PETITION')] } })).openConsultation;
  await ok('county-supervisor', `mutation($input: RecordConsultationDecisionInput!) { recordConsultationDecision(input: $input) { id } }`,
    { input: { consultationId: consult.id, responsibilitySplit: '市场监管局核查资金，公安协查', plan: '先行调解分批退费' } });
  await ok('county-dispatcher', `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: c1.id });
  // 调解笔录 quote the parties' numbers too: the session keeps them, the ledger and the log must not.
  await ok('county-dispatcher', `mutation($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { id } }`, { input: {
    caseId: c1.id, heldAt: new Date().toISOString(), place: '县综治中心联合调解室', partyNames: [group[0].name, '大埔某职业培训有限公司'],
    mediators: [{ mediatorId: mediator, role: 'LEAD' }], departmentIds: [dept('COURT')], outcome: 'AGREED',
    minutes: `${group[0].name}（电话 ${group[0].phone}，身份证号 ${group[0].idNumber}）代表学员陈述，机构同意十日内全额退费。`,
  } });
  // 周例会 minutes and decisions quote parties as well: the meeting keeps them, logs and the event log must not.
  const weekly = (await ok('county-dispatcher', `mutation($input: ScheduleCenterMeetingInput!) { scheduleCenterMeeting(input: $input) { id } }`, { input: {
    centerId: world.centers.find((x) => x.level === 'COUNTY')!.id, kind: 'WEEKLY', scheduledAt: new Date(Date.now() - 3600_000).toISOString(),
    place: '县综治中心三楼会议室', topic: '本周疑难案件调度', agenda: [{ caseId: c1.id, note: '群体退费，需明确牵头部门' }],
  } })).scheduleCenterMeeting;
  await ok('county-supervisor', `mutation($input: RecordCenterMeetingInput!) { recordCenterMeeting(input: $input) { id minutes } }`, { input: {
    id: weekly.id, heldAt: new Date().toISOString(), attendees: [{ name: '张卫东', title: '县综治中心主任' }],
    minutes: `${group[0].name}（电话 ${group[0].phone}，身份证号 ${group[0].idNumber}）等学员诉求集中，会议研究分批退费方案。`,
    decisions: [{ caseId: c1.id, text: `市场监管局三日内联系${group[1].name}（电话 ${group[1].phone}）核实退费金额`, departmentId: dept('MARKET_REGULATION') }],
  } });
  await ok('county-dispatcher', `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`,
    // 调解协议 name the parties with their numbers: the case keeps the text, the log must not.
    { input: { caseId: c1.id, outcome: 'RESOLVED', agreement: `机构十日内向${group[0].name}（身份证号 ${group[0].idNumber}，电话 ${group[0].phone}）等六名学员全额退费。` } });
  await ok('county-operator', `mutation($id: ID!) { closeCase(id: $id, note: "已履行完毕") { id } }`, { id: c1.id });
  await (p.services.supervision as unknown as { runtime: { drain(): Promise<unknown> } }).runtime.drain();
  await ok('county-supervisor', `mutation($id: ID!, $c: String) { recordFollowUp(caseId: $id, rating: SATISFIED, comment: $c) { rating } }`, { id: c1.id, c: `回访 ${group[1].phone}，当事人表示满意` });
  const duban = (await ok('county-supervisor', `mutation($id: ID!, $n: String) { issueSupervisionLetter(caseId: $id, kind: SUPERVISION, note: $n) { id } }`, { id: c1.id, n: `请按期反馈，联系人电话 ${group[2].phone}` })).issueSupervisionLetter;
  // Its 反馈单: the answer is typed by department staff and may quote a party; the log carries none of it.
  await ok('county-dispatcher', `mutation($input: AnswerLetterInput!) { answerLetter(input: $input) { id } }`,
    { input: { letterId: duban.id, answer: `已联系${group[3].name}（电话 ${group[3].phone}，身份证号 ${group[3].idNumber}），款项已退清。` } });

  // 2. A grid case up the ladder, then referred to court.
  const land = take(2);
  const c2 = (await ok('grid-a-worker', INTAKE, { input: {
    title: '土地承包边界纠纷', description: `两户村民对承包地边界有争议，网格员上门初调，申请人电话 ${land[0].phone}。`, channel: 'GRID', type: 'LAND', regionId: gridA,
    parties: [land[0], { ...land[1], role: 'RESPONDENT' }] } })).intakeCase;
  await ok('village-a-operator', `mutation($id: ID!) { acceptCase(id: $id, complexity: GENERAL) { id } }`, { id: c2.id });
  for (const user of ['village-a-operator', 'village-a-operator', 'town-a-operator']) {
    await ok(user, `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId: c2.id, mediatorId: mediator } });
    await ok(user, `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: c2.id });
    await ok(user, `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`, { input: { caseId: c2.id, outcome: 'FAILED', note: '双方分歧较大' } });
    if (user === 'town-a-operator') break;
    await ok(user, `mutation($id: ID!, $reason: String!) { escalateCase(id: $id, reason: $reason) { id } }`, { id: c2.id, reason: `调解未果，提交上一级；申请人电话 ${land[0].phone}` });
  }
  await ok('town-a-operator', `mutation($id: ID!) { referCase(id: $id, route: LITIGATION, note: "引导当事人诉讼") { id } }`, { id: c2.id });

  // 3. A 12345 partner ticket, and its repeat (a possible duplicate).
  const hotline = take(2);
  const ticket = { title: '物业停水纠纷', description: `小区物业因欠费停水，居民（身份证 ${hotline[0].idNumber}）致电12345投诉。`, channel: 'HOTLINE_12345', type: 'PROPERTY_MANAGEMENT', regionId: villageA, parties: hotline };
  const c3 = (await ok('partner-12345', INTAKE, { input: { ...ticket, idempotencyKey: 'pii-12345-1' } })).intakeCase;
  await ok('partner-12345', INTAKE, { input: { ...ticket, idempotencyKey: 'pii-12345-1' } }); // the same key: the same case
  await ok('partner-12345', INTAKE, { input: { ...ticket, idempotencyKey: 'pii-12345-2' } }); // a repeat call

  // 4. Resident reports with reporter phones; one converted into a case.
  const [pt] = await p.sql<{ lat: number; lng: number }>(`SELECT (center(bbox))[1]::float8 AS lat, (center(bbox))[0]::float8 AS lng FROM grid.grid WHERE id = $1`, [gridA]);
  const reporters = take(2);
  const REPORT = `mutation($input: ReportIssueInput!) { reportIssue(input: $input) { id reporterPhone } }`;
  const r1 = (await ok('grid-a-worker', REPORT, { input: { lat: pt.lat, lng: pt.lng, category: '排水堵塞', description: '村道排水沟堵塞，雨天积水严重', reporterName: reporters[0].name, reporterPhone: reporters[0].phone } })).reportIssue;
  await ok('partner-12345', REPORT, { input: { lat: pt.lat, lng: pt.lng, category: '噪音扰民', description: '夜间施工噪音扰民', reporterName: reporters[1].name, reporterPhone: reporters[1].phone } });
  const r2 = (await ok('grid-a-worker', REPORT, { input: { lat: pt.lat, lng: pt.lng, category: '占道经营', description: '商户占道经营影响通行', reporterPhone: reporters[0].phone } })).reportIssue;
  await ok('grid-a-worker', `mutation($id: ID!, $n: String!) { settleReportOnSite(id: $id, note: $n) { id } }`, { id: r2.id, note: undefined, n: `已劝离，回电 ${reporters[0].phone} 告知` });
  const converted = (await ok('grid-a-worker', `mutation($id: ID!) { convertReportToCase(id: $id, complexity: SIMPLE) { id case { id } } }`, { id: r1.id })).convertReportToCase;

  // 5. Studio appointments with contact phones; a double booking; a cancellation.
  const contacts = take(2);
  const BOOK = `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id contactPhone } }`;
  const a1 = (await ok('county-operator', BOOK, { input: { mediatorId: gold.id, ...slot(8), contactName: contacts[0].name, contactPhone: contacts[0].phone, caseId: c1.id } })).bookAppointment;
  const a2 = (await ok('partner-12345', BOOK, { input: { mediatorId: gold.id, ...slot(8, 3), contactName: contacts[1].name, contactPhone: contacts[1].phone } })).bookAppointment;
  await fail('partner-12345', BOOK, { input: { mediatorId: gold.id, ...slot(8), contactName: contacts[1].name, contactPhone: contacts[1].phone } });
  await ok('county-operator', `mutation($id: ID!, $r: String) { cancelAppointment(id: $id, reason: $r) { id } }`, { id: a1.id, r: `当事人改期，已电话 ${contacts[0].phone} 确认` });

  // 6. Errors on purpose, each with full numbers in the same input.
  const e = take(6);
  const bad = (input: Record<string, unknown>) => fail('county-operator', INTAKE, { input: { title: '邻里纠纷', description: '邻里因排水沟堵塞发生纠纷', channel: 'WINDOW', type: 'NEIGHBOUR', regionId: villageA, ...input } });
  await bad({ parties: [e[0], { ...e[1], phone: e[1].phone.slice(0, 10) }] }); // an invalid phone
  await bad({ parties: [e[2], { ...e[3], idNumber: e[3].idNumber.slice(0, 17) + (e[3].idNumber.endsWith('0') ? '1' : '0') }] }); // a wrong check character
  await bad({ parties: [e[4], { ...e[5], idNumber: e[4].idNumber }] }); // the same ID number twice
  await bad({ parties: [{ ...e[0], role: 'CLAIMANT' }] }); // a mistyped enum: the gateway's own coercion error
  await bad({ title: undefined, parties: [e[1]] }); // a missing required field
  await fail('village-b-operator', INTAKE, { input: { ...ticket, idempotencyKey: 'pii-12345-1', regionId: region('village-b-operator') } }); // a key of another's case
  await fail('grid-a-worker', REPORT, { input: { lat: pt.lat, lng: pt.lng, category: '', description: '短', reporterPhone: e[2].phone } });
  await fail('county-operator', BOOK, { input: { mediatorId: gold.id, ...slot(8), contactName: '', contactPhone: e[3].phone } });
  // A required field missing: graphql-js quotes the whole input object, numbers included.
  await fail('partner-12345', REPORT, { input: { lat: pt.lat, lng: pt.lng, category: '噪音扰民', reporterPhone: e[4].phone } });
  await fail('county-operator', BOOK, { input: { mediatorId: gold.id, ...slot(8), contactPhone: e[5].phone } });

  // 7. What the masked roles read.
  for (const id of [c2.id, converted.case.id]) await ok('grid-a-worker', CASE, { id });
  await ok('grid-a-worker', `{ cases(first: 50) { edges { node { code parties { phone idNumber } } } } }`);
  await ok('grid-a-worker', `query($id: ID!) { gridReport(id: $id) { reporterName reporterPhone } }`, { id: r1.id });
  await ok('partner-12345', CASE, { id: c3.id });
  // The county group case: its agreement, ledger, letter and follow-up all carry typed-in numbers.
  await ok('partner-12345', CASE, { id: c1.id });
  await ok('partner-12345', `query($id: ID!) { case(id: $id) { supervision { letters { number note title body answer } followUp { rating comment } } } }`, { id: c1.id });
  await ok('partner-12345', `{ cases(first: 50, filter: { search: "物业" }) { edges { node { description parties { name phone idNumber } } } } }`);
  await ok('partner-12345', `query($id: ID!) { appointment(id: $id) { contactName contactPhone } }`, { id: a2.id });
  // The check before intake (the console's 一窗受理 form): full numbers in, masked reasons out; its errors repeat none.
  const DUPS = `query($input: IntakeDuplicatesInput!) { intakeDuplicates(input: $input) { reasons case { code parties { phone idNumber } } } }`;
  for (const [user, who] of [['grid-a-worker', land], ['partner-12345', hotline]] as const) {
    const found = (await ok(user, DUPS, { input: { parties: who.map((x) => ({ role: 'APPLICANT', phone: x.phone, idNumber: x.idNumber })) } })).intakeDuplicates;
    if (!found.length) throw new Error(`${user}: the duplicate check found nothing to search`);
  }
  await fail('partner-12345', DUPS, { input: { parties: [{ role: 'APPLICANT', phone: e[0].phone, idNumber: e[1].idNumber.slice(0, 17) + (e[1].idNumber.endsWith('0') ? '1' : '0') }] } });
  await ok('partner-12345', `{ gridReports(first: 50) { edges { node { reporterName reporterPhone } } } }`);
  return { used: [...used], handlerPhones: [reporters[0].phone] };
}
