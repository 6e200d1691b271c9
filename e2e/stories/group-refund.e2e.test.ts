/**
 * Seed 000 (大埔县): 王先生 bought an online course in 2024, the training company went silent, and after
 * months between departments he came to the county center; with 13 other buyers (14 applicants) the
 * refund was won back by several departments mediating together — his 3万元, the others' 6万余元. Here
 * the story runs through the gateway on a controlled clock (March 2026): intake of the group case (a
 * 群体性纠纷 warning and its 风险预警函), the same dispute registered again by the 12345 hotline (found as a
 * duplicate, merged), acceptance as COMPLEX, the county leader taking it, 交办 to 市场监管局 with police and
 * justice (交办单 → 反馈单), the 1+5+N consultation, 五方联调, the agreement, closing and the follow-up
 * visit; at each step the ledger, the deadline and the documents, at the end the month's statistics
 * with the dispute counted once.
 */
import { M, Story, county, cst, department, iso, userId } from './story-support';

jest.setTimeout(120_000);

const s = new Story();
beforeAll(() => s.start());
afterAll(() => s.stop());

const market = department('MARKET_REGULATION');
const names = ['王志成', '李秀梅', '张伟', '刘芳', '陈国强', '杨丽', '黄建华', '赵敏', '周俊', '吴小燕', '徐海涛', '孙丽娟', '胡志明', '朱晓红'];
const applicants = names.map((name, i) => ({ name, role: 'APPLICANT', phone: `1390753${String(2001 + i)}` }));
const respondent = { name: '广州某在线教育科技有限公司', role: 'RESPONDENT', phone: '020-38881234' };

it('the group refund of 14 applicants: received once, consulted, mediated jointly, refunded, visited and counted once', async () => {
  // Mon 2 March 09:00, the county center's registration window.
  s.now = cst(0, 9);
  const group = (await s.ok('county-operator', M.intake, { input: {
    title: '王志成等14人追讨网购课程退费', channel: 'WINDOW', type: 'CONSUMER', regionId: county.id, amountInDispute: '92400.00',
    description: '王志成等14名群众2024年6月网购职业培训课程后，培训机构“失联”，辗转多个部门反映未果。王志成课程费3万元，其余13人共计6.24万元，请求退还。',
    parties: [...applicants, respondent],
  } })).intakeCase;
  const id: string = group.id;
  expect(group).toMatchObject({ status: 'REGISTERED', level: 'COUNTY', ladderStep: { key: 'COUNTY_CENTER' }, version: 1, possibleDuplicates: [] });
  expect(await s.ledger(id)).toEqual(['intake']);
  // Not accepted yet: a provisional deadline only. A group of 14 is a 群体性纠纷: an orange warning and its 风险预警函.
  await s.at(cst(0, 9.1));
  let sup = await s.supervision(id);
  expect(sup).toMatchObject({ state: 'NOT_STARTED', deadlineStarted: false, riskLevel: 'ORANGE' });
  expect(sup.riskWarnings).toEqual([{ rule: 'GROUP_DISPUTE', level: 'ORANGE', reason: '群体性纠纷，申请人14人', letter: { kind: 'RISK_WARNING', number: expect.stringMatching(/^大埔综治/) } }]);
  const warningLetter = sup.letters.find((l) => l.kind === 'RISK_WARNING')!;
  expect(warningLetter).toMatchObject({ state: 'OPEN', to: null, issuer: '大埔县综治中心' });
  for (const n of names) expect(warningLetter.body).not.toContain(n);

  // 10:00: one of the 14 (陈国强) also rang 12345; the hotline registers it and the platform links the two.
  s.now = cst(0, 10);
  const hotline = (await s.ok('partner-12345', M.intake, { input: {
    title: '市民反映网购培训课程无法退费', channel: 'HOTLINE_12345', type: 'CONSUMER', regionId: county.id,
    description: '市民来电反映，网购的职业培训课程机构已联系不上，要求退还课程费。', parties: [{ ...applicants[4] }],
  } })).intakeCase;
  expect(hotline.possibleDuplicates).toEqual([{ case: { id }, reasons: [expect.stringContaining('申请人联系电话相同')] }]);
  const kept = (await s.ok('county-operator', M.merge, { input: { caseId: hotline.id, intoCaseId: id, reason: '同一培训机构退费纠纷，已并入王志成等14人案件' } })).mergeCases;
  expect(kept).toMatchObject({ id, status: 'REGISTERED' });
  const merged = (await s.ok('county-operator', `query($id: ID!) { case(id: $id) { status mergedInto { id } } }`, { id: hotline.id })).case;
  expect(merged).toEqual({ status: 'WITHDRAWN', mergedInto: { id } });
  expect(await s.ledger(id)).toEqual(['intake', 'mergeIn']);
  await s.at(cst(0, 10.1));
  expect(await s.counts()).toEqual({ received: 2, accepted: 0, resolved: 0, closed: 0 });

  // 10:30: accepted as COMPLEX — 15 days from acceptance at the county center, the top of the ladder (no step clock).
  s.now = cst(0, 10.5);
  await s.ok('county-dispatcher', M.accept, { id, complexity: 'COMPLEX' });
  await s.at(cst(0, 10.6));
  sup = await s.supervision(id);
  expect(sup).toMatchObject({
    state: 'ON_TRACK', deadlineStarted: true, overdue: false, deadlineAt: iso(cst(15, 10.5)), overallDeadlineAt: iso(cst(15, 10.5)), stepDeadlineAt: null,
    ladderStepKey: 'COUNTY_CENTER',
  });
  expect(await s.counts()).toEqual({ received: 2, accepted: 1, resolved: 0, closed: 0 });
  // 受理告知单: numbered, to the applicants (名字 only on the printed page, from the case), nothing to answer.
  const notice = sup.letters.find((l) => l.kind === 'ACCEPTANCE_NOTICE')!;
  expect(notice).toMatchObject({ number: expect.stringMatching(/^大埔综治受〔2026〕\d+号$/), to: null, addressee: '申请人', state: 'NONE', dueAt: null, issuer: '大埔县综治中心' });
  expect(notice.body).toContain(`大埔县综治中心已依法受理，统一编码为 ${group.code}（消费纠纷）`);
  for (const n of [...names, respondent.name]) expect(notice.body).not.toContain(n);

  // 11:00: many applicants, several departments: the county's leader (张卫东) takes it personally.
  s.now = cst(0, 11);
  expect((await s.ok('county-supervisor', M.take, { id, note: '群体性退费纠纷，本人包案' })).takeCase.leader).toEqual({ id: userId('county-supervisor') });
  // The center answers the 风险预警函 (due in 2 working days) with what it has done.
  const riskAnswer = (await s.ok('county-dispatcher', M.answer, { input: { letterId: warningLetter.id, answer: '已由县领导包案，拟召开1+5+N会商研究化解方案。' } })).answerLetter;
  expect(riskAnswer).toMatchObject({ kind: 'FEEDBACK', answers: { id: warningLetter.id, kind: 'RISK_WARNING', state: 'ANSWERED' } });

  // 14:00: 交办 to 市场监管局 (lead) with 公安局 and 司法局; the 交办单 goes to the lead department, due in 5 working days.
  s.now = cst(0, 14);
  await s.ok('county-dispatcher', M.assign, { input: {
    caseId: id, leadDepartmentId: market.id, departmentIds: [department('POLICE').id, department('JUSTICE').id], note: '市场监管局牵头核查机构资金去向，公安局协查负责人下落',
  } });
  await s.at(cst(0, 14.1));
  sup = await s.supervision(id);
  const jiao = sup.letters.find((l) => l.kind === 'ASSIGNMENT')!;
  expect(jiao).toMatchObject({ state: 'OPEN', to: { id: market.id }, dueAt: iso(cst(7, 14)), number: expect.stringMatching(/^大埔综治交〔2026〕\d+号$/) });
  expect(jiao.body).toContain(group.code);
  expect(jiao.body).toContain('市场监管局牵头核查机构资金去向');
  expect(sup).toMatchObject({ state: 'ON_TRACK', deadlineAt: iso(cst(15, 10.5)) });
  expect(await s.ledger(id)).toEqual(['intake', 'mergeIn', 'accept', 'takeCase', 'assign']);

  // Tue 3 March 09:00: the 1+5+N consultation — court, procuratorate, police, justice, petition, and 市场监管局 as the N.
  s.now = cst(1, 9);
  const five = ['COURT', 'PROCURATORATE', 'POLICE', 'JUSTICE', 'PETITION'].map((k) => department(k).id);
  const consultation = (await s.ok('county-dispatcher', M.consult, { input: { caseId: id, topic: '培训机构失联退费：责任分工与化解方案', departmentIds: [...five, market.id] } })).openConsultation;
  await s.ok('county-supervisor', M.decide, { input: {
    consultationId: consultation.id, responsibilitySplit: '市场监管局核查资金并约谈机构；公安局协查负责人下落；司法局组织人民调解；法院做好诉调对接', plan: '五方联调，促成机构分批全额退费；不成则支持集体诉讼',
  } });
  await s.ok('county-dispatcher', M.mode, { input: { caseId: id, mode: 'JOINT', reason: '跨部门问题，按会商方案启动五方联调' } });
  expect((await s.ledger(id)).slice(5)).toEqual(['openConsultation', 'decideConsultation', 'changeResolutionMode']);

  // Wed 4 March: 市场监管局's liaison answers the 交办单 with a 反馈单, on time.
  await s.account('market-liaison', '市场监管局联络员', ['DEPARTMENT'], { departmentId: market.id });
  s.now = cst(2, 16);
  const fan = (await s.ok('market-liaison', M.answer, { input: { letterId: jiao.id, answer: '已约谈机构负责人，机构账户资金已冻结，同意参加联合调解。' } })).answerLetter;
  expect(fan).toMatchObject({ kind: 'FEEDBACK', number: expect.stringMatching(/^大埔综治反〔2026〕\d+号$/), answers: { id: jiao.id, kind: 'ASSIGNMENT', state: 'ANSWERED' } });

  // Thu 5 March: the joint mediation reaches an agreement; the deadline stops, in time.
  s.now = cst(3, 9);
  await s.ok('county-dispatcher', M.start, { id });
  s.now = cst(3, 16);
  const agreement = '机构于2026年3月20日前退还王志成课程费3万元、其余13名学员课程费共计6.24万元，退费至原支付账户。';
  expect((await s.ok('county-dispatcher', M.outcome, { input: { caseId: id, outcome: 'RESOLVED', agreement } })).recordMediationOutcome)
    .toMatchObject({ status: 'RESOLVED', resolvedLevel: 'COUNTY', agreement });
  await s.at(cst(3, 16.1));
  sup = await s.supervision(id);
  expect(sup).toMatchObject({ state: 'STOPPED', overdue: false });
  expect(sup.letters.find((l) => l.id === jiao.id)).toMatchObject({ state: 'ANSWERED', answeredBy: { id: fan.id, kind: 'FEEDBACK' } });
  expect(sup.letters.find((l) => l.id === warningLetter.id)).toMatchObject({ state: 'ANSWERED', answeredBy: { id: riskAnswer.id } });
  expect(sup.letters.map((l) => l.kind).sort()).toEqual(['ACCEPTANCE_NOTICE', 'ASSIGNMENT', 'FEEDBACK', 'FEEDBACK', 'FEEDBACK', 'RISK_WARNING']);
  expect(sup.letters.filter((l) => l.state === 'OPEN' || l.state === 'OVERDUE')).toEqual([]);
  expect(await s.counts()).toEqual({ received: 2, accepted: 1, resolved: 1, closed: 0 });

  // Mon 23 March: refunds paid, the case is closed and the follow-up visit rates it.
  s.now = cst(21, 10);
  await s.ok('county-operator', M.close, { id });
  await s.at(cst(21, 10.1));
  await s.ok('county-operator', M.followUp, { c: id, rating: 'SATISFIED' });
  expect((await s.supervision(id)).followUp).toEqual({ rating: 'SATISFIED' });
  expect(await s.ledger(id)).toEqual([
    'intake', 'mergeIn', 'accept', 'takeCase', 'assign', 'openConsultation', 'decideConsultation', 'changeResolutionMode', 'startMediation', 'recordOutcome', 'close',
  ]);
  expect(await s.dispatchKinds(id)).toEqual(expect.arrayContaining(['CASE_RECEIVED', 'CASE_MERGED', 'CASE_ACCEPTED', 'CASE_LEADER_ASSIGNED', 'CASE_ASSIGNED',
    'CONSULTATION_OPENED', 'CASE_RESOLUTION_MODE_CHANGED', 'MEDIATION_STARTED', 'CASE_RESOLVED', 'CASE_CLOSED', 'RISK_WARNING', 'LETTER_ANSWERED', 'FOLLOW_UP_RECORDED']));

  // March's statistics: two registrations (the window's and the hotline's), one dispute accepted, resolved and closed.
  await s.at(cst(22, 9));
  const stats = await s.stats();
  expect(stats).toMatchObject({ received: 2, accepted: 1, resolved: 1, resolutionRate: 1, closed: 1, rated: 1, satisfactionRate: 1, overdue: 0,
    leaderOwned: { received: 1, accepted: 1, resolved: 1 }, byType: [{ type: 'CONSUMER', received: 2 }] });
  expect(stats.byLevel).toContainEqual({ level: 'COUNTY', count: 1 });
  expect(stats.byChannel).toEqual(expect.arrayContaining([{ channel: 'WINDOW', received: 1 }, { channel: 'HOTLINE_12345', received: 1 }]));
  expect(stats.byResolutionMode.find((m: any) => m.mode === 'JOINT')).toEqual({ mode: 'JOINT', received: 1, accepted: 1, resolved: 1 });
  expect(stats.byResolutionMode.reduce((n: number, m: any) => n + m.accepted, 0)).toBe(1);
  expect(stats.byDepartment.find((d: any) => d.department?.id === market.id)).toMatchObject({ received: 1, resolved: 1 });
});
