/**
 * Seed 000's 五方联调 (诉调对接 + 警调对接 + 行政调解 + 行业性专业性调解 + 人民调解) on seed 003's dispute: 秦某
 * and three partners took on building work and were left unpaid amid a quarrel with the co-contractor and the
 * owner; with seed 003's two mediators mediating together and seed 001's 司法确认 of the agreement. Through
 * the gateway on a controlled clock (March 2026): intake, acceptance, 联合调解, a team of two mediators
 * (人民调解 lead, 行业专业 assist) and four departments with their kinds (住建 行政 lead, 法院 诉调, 公安 警调,
 * 司法 人民调解), a first sitting adjourned and a second agreed, the agreement, then 司法确认 applied, accepted
 * and confirmed with a ruling number by the court's partner system; at each step the ledger, the deadline and
 * the documents, at the end the statistics and the dispatch log's confirmation steps.
 */
import { M, Story, county, cst, department, iso, world } from './story-support';

jest.setTimeout(120_000);

const s = new Story();
beforeAll(async () => {
  await s.start();
  await s.account('court-system', '大埔县人民法院诉讼服务平台', ['PARTNER'], { partner: 'dbcourt' });
});
afterAll(() => s.stop());

const housing = department('HOUSING');
const [court, police, justice] = [department('COURT'), department('POLICE'), department('JUSTICE')];
const goldMediatorId = world.users.find((u) => u.username === 'mediator-gold')!.mediatorId!;
const leadMediatorId = world.mediators.find((m) => m.kind === 'MEDIATOR' && m.available && m.id !== goldMediatorId && m.regionCode === county.code)!.id;
const parties = [
  { name: '秦国庆', role: 'APPLICANT', phone: '13907531101' }, { name: '秦国安', role: 'APPLICANT', phone: '13907531102' },
  { name: '郭志刚', role: 'APPLICANT', phone: '13907531103' }, { name: '廖春生', role: 'APPLICANT', phone: '13907531104' },
  { name: '梅州某建筑工程有限公司', role: 'RESPONDENT' }, { name: '大埔县某置业有限公司', role: 'RESPONDENT' },
];
const session = (caseId: string, over: Record<string, unknown>) => ({ input: {
  caseId, heldAt: iso(s.now), place: '县综治中心联合调解室', partyNames: ['秦国庆', '梅州某建筑工程有限公司', '大埔县某置业有限公司'],
  mediators: [{ mediatorId: leadMediatorId, role: 'LEAD' }, { mediatorId: goldMediatorId, role: 'ASSIST' }], ...over,
} });

it('five-way joint mediation by two mediators ends in an agreement the court confirms', async () => {
  // Mon 2 March 09:00: 秦国庆 and three partners at the county window.
  s.now = cst(0, 9);
  const c = (await s.ok('county-operator', M.intake, { input: {
    title: '秦国庆等4人追讨承揽工程款', channel: 'WINDOW', type: 'CONSTRUCTION_PAYMENT', regionId: county.id, amountInDispute: '386000.00',
    description: '秦国庆等4人承揽某住宅项目外墙工程，完工后合作商与业主单位互相推诿，尚欠工程款38.6万元，多次讨要未果，双方曾发生争执。', parties,
  } })).intakeCase;
  const id: string = c.id;
  expect(c).toMatchObject({ status: 'REGISTERED', level: 'COUNTY', resolutionMode: 'INSTANT' });

  s.now = cst(0, 9.5);
  await s.ok('county-dispatcher', M.accept, { id, complexity: 'COMPLEX' });
  s.now = cst(0, 10);
  expect((await s.ok('county-dispatcher', M.mode, { input: { caseId: id, mode: 'JOINT', reason: '涉及合作商、业主单位多方，启动五方联调' } })).changeResolutionMode.resolutionMode).toBe('JOINT');
  await s.at(cst(0, 10.1));
  expect(await s.supervision(id)).toMatchObject({ state: 'ON_TRACK', deadlineStarted: true, deadlineAt: iso(cst(15, 9.5)), overallDeadlineAt: iso(cst(15, 9.5)), stepDeadlineAt: null });

  // 10:30: the team — 人民调解 lead and 行业专业 assist — and four departments with their kinds; 住建局 leads.
  s.now = cst(0, 10.5);
  await s.ok('county-dispatcher', M.assign, { input: {
    caseId: id, leadDepartmentId: housing.id, departmentIds: [court.id, police.id, justice.id],
    departmentKinds: [
      { departmentId: housing.id, jointKind: 'ADMINISTRATIVE' }, { departmentId: court.id, jointKind: 'LITIGATION' },
      { departmentId: police.id, jointKind: 'POLICE' }, { departmentId: justice.id, jointKind: 'PEOPLES' },
    ],
    mediators: [{ mediatorId: leadMediatorId, role: 'LEAD', jointKind: 'PEOPLES' }, { mediatorId: goldMediatorId, role: 'ASSIST', jointKind: 'PROFESSIONAL' }],
    note: '住建局牵头核查工程结算，两名调解员共同调解',
  } });
  const team = (await s.ok('county-dispatcher', `query($id: ID!) { case(id: $id) { mediators { role jointKind mediator { id } }
    assignments { role jointKind department { id } } } }`, { id })).case;
  expect(team.mediators).toEqual([
    { role: 'LEAD', jointKind: 'PEOPLES', mediator: { id: leadMediatorId } }, { role: 'ASSIST', jointKind: 'PROFESSIONAL', mediator: { id: goldMediatorId } },
  ]);
  expect(team.assignments.filter((a: any) => a.department).map((a: any) => [a.department.id, a.role, a.jointKind])).toEqual([
    [housing.id, 'LEAD', 'ADMINISTRATIVE'], [court.id, 'ASSIST', 'LITIGATION'], [police.id, 'ASSIST', 'POLICE'], [justice.id, 'ASSIST', 'PEOPLES'],
  ]);
  await s.at(cst(0, 10.6));
  let sup = await s.supervision(id);
  const jiao = sup.letters.find((l) => l.kind === 'ASSIGNMENT')!;
  expect(jiao).toMatchObject({ state: 'OPEN', to: { id: housing.id }, dueAt: iso(cst(7, 10.5)) });
  expect(jiao.body).toContain('住建局牵头核查工程结算');
  expect(await s.ledger(id)).toEqual(['intake', 'accept', 'changeResolutionMode', 'assign']);

  // Tue 3 March: the assisting mediator (mediator-gold) opens the mediation; the first sitting is adjourned.
  s.now = cst(1, 9);
  await s.ok('mediator-gold', M.start, { id });
  s.now = cst(1, 10);
  const first = (await s.ok('mediator-gold', M.session, session(id, {
    departmentIds: [housing.id, police.id, justice.id], outcome: 'ADJOURNED',
    minutes: '申请人出示施工合同和结算单；合作商称业主未付进度款，业主称已付清。住建局调取工程款支付凭证，约定周四再调。',
  }))).recordMediationSession;
  expect(first).toMatchObject({ sequence: 1, outcome: 'ADJOURNED' });
  await s.at(cst(1, 10.1));
  expect(await s.supervision(id)).toMatchObject({ state: 'ON_TRACK', overdue: false, deadlineAt: iso(cst(15, 9.5)) });
  expect(await s.counts()).toEqual({ received: 1, accepted: 1, resolved: 0, closed: 0 });
  // Thu 5 March: the second sitting, with the court's judge on hand (诉调对接), reaches an agreement.
  s.now = cst(3, 9.5);
  expect((await s.ok('county-dispatcher', M.session, session(id, {
    place: '县人民法院诉调对接工作室', departmentIds: [housing.id, court.id, police.id, justice.id], outcome: 'AGREED',
    minutes: '经法官释法、民警到场维持秩序、调解员分别做工作，业主单位同意代合作商直接支付工程款，三方签字。',
  }))).recordMediationSession).toMatchObject({ sequence: 2, outcome: 'AGREED' });
  s.now = cst(3, 11);
  const agreement = '大埔县某置业有限公司于2026年3月31日前代梅州某建筑工程有限公司向秦国庆等4人支付工程款38.6万元，从应付合作商工程款中扣除；申请人放弃其他请求。';
  expect((await s.ok('county-dispatcher', M.outcome, { input: { caseId: id, outcome: 'RESOLVED', agreement } })).recordMediationOutcome).toMatchObject({ status: 'RESOLVED' });
  await s.at(cst(3, 11.1));
  sup = await s.supervision(id);
  expect(sup).toMatchObject({ state: 'STOPPED', overdue: false });
  // The outcome's 反馈单 answers the 交办单 that still waited.
  expect(sup.letters.find((l) => l.id === jiao.id)).toMatchObject({ state: 'ANSWERED', answeredBy: { kind: 'FEEDBACK' } });
  expect(await s.ledger(id)).toEqual(['intake', 'accept', 'changeResolutionMode', 'assign', 'startMediation', 'recordSession', 'recordSession', 'recordOutcome']);

  // Fri 6 March: both sides apply for 司法确认 at the county court, sent through the court's system.
  s.now = cst(4, 10);
  const applied = (await s.ok('county-operator', M.apply, { input: { caseId: id, courtDepartmentId: court.id, viaPartner: 'dbcourt', note: '三方当事人共同申请司法确认' } })).applyJudicialConfirmation;
  expect(applied).toMatchObject({ sequence: 1, status: 'APPLIED', viaPartner: 'dbcourt', court: { id: court.id } });
  // Only the court decides: not the center, not another partner system.
  expect(await s.fail('county-operator', M.judge, { input: { confirmationId: applied.id, decision: 'ACCEPT' } })).toEqual(['FORBIDDEN', undefined]);
  expect(await s.fail('partner-12345', M.judge, { input: { confirmationId: applied.id, decision: 'ACCEPT' } })).toEqual(['FORBIDDEN', undefined]);
  s.now = cst(7, 9); // Mon 9 March: the court accepts it …
  expect((await s.ok('court-system', M.judge, { input: { confirmationId: applied.id, decision: 'ACCEPT' } })).decideJudicialConfirmation).toMatchObject({ status: 'ACCEPTED', decidedAt: null });
  s.now = cst(9, 15); // … and on Wed 11 March confirms it with its ruling.
  const ruling = '（2026）粤1422民特115号';
  expect((await s.ok('court-system', M.judge, { input: { confirmationId: applied.id, decision: 'CONFIRM', rulingNumber: ruling } })).decideJudicialConfirmation)
    .toMatchObject({ status: 'CONFIRMED', rulingNumber: ruling, decidedAt: iso(cst(9, 15)) });

  const file = (await s.ok('county-dispatcher', `query($id: ID!) { case(id: $id) { status mediationAgreement { text judiciallyConfirmed parties { name } }
    judicialConfirmations { status rulingNumber } mediationSessions { sequence outcome mediators { role mediator { id } } } } }`, { id })).case;
  expect(file).toMatchObject({ status: 'RESOLVED', mediationAgreement: { text: agreement, judiciallyConfirmed: true }, judicialConfirmations: [{ status: 'CONFIRMED', rulingNumber: ruling }] });
  expect(file.mediationAgreement.parties.map((x: any) => x.name)).toEqual(parties.map((x) => x.name));
  expect(file.mediationSessions.map((x: any) => [x.sequence, x.outcome, x.mediators.length])).toEqual([[1, 'ADJOURNED', 2], [2, 'AGREED', 2]]);
  expect(await s.ledger(id)).toEqual(['intake', 'accept', 'changeResolutionMode', 'assign', 'startMediation', 'recordSession', 'recordSession', 'recordOutcome',
    'applyJudicialConfirmation', 'decideJudicialConfirmation', 'decideJudicialConfirmation']);
  await s.at(cst(9, 15.1));
  expect(await s.supervision(id)).toMatchObject({ state: 'STOPPED', overdue: false });

  // The dispatch log: each step, the confirmation's three with status and ruling — never phones or the sittings' minutes.
  const kinds = await s.dispatchKinds(id);
  expect(kinds.filter((k) => !['SUPERVISION_LETTER', 'LETTER_ANSWERED'].includes(k))).toEqual([
    'CASE_RECEIVED', 'CASE_ACCEPTED', 'CASE_RESOLUTION_MODE_CHANGED', 'CASE_ASSIGNED', 'MEDIATION_STARTED', 'MEDIATION_SESSION_HELD', 'MEDIATION_SESSION_HELD',
    'CASE_RESOLVED', 'JUDICIAL_CONFIRMATION_APPLIED', 'JUDICIAL_CONFIRMATION_DECIDED', 'JUDICIAL_CONFIRMATION_DECIDED',
  ]);
  const judicial = await s.p.sql<{ kind: string; details: any }>(
    `SELECT kind, data->'details' AS details FROM events.dispatch_event WHERE case_id = $1 AND kind LIKE 'JUDICIAL%' ORDER BY tx, id`, [id]);
  expect(judicial.map((e) => [e.details.status, e.details.rulingNumber ?? null])).toEqual([['APPLIED', null], ['ACCEPTED', null], ['CONFIRMED', ruling]]);
  const [assigned] = await s.p.sql<{ data: any }>(`SELECT data FROM events.dispatch_event WHERE case_id = $1 AND kind = 'CASE_ASSIGNED'`, [id]);
  expect(assigned.data.details.mediators).toEqual([
    { mediatorId: leadMediatorId, role: 'LEAD', jointKind: 'PEOPLES' }, { mediatorId: goldMediatorId, role: 'ASSIST', jointKind: 'PROFESSIONAL' },
  ]);
  const log = JSON.stringify(await s.p.sql(`SELECT data FROM events.dispatch_event WHERE case_id = $1`, [id]));
  for (const text of ['13907531101', '13907531104', '结算单', '释法']) expect(log).not.toContain(text);

  // March's statistics: one dispute, accepted and resolved at the county by joint mediation.
  const stats = await s.stats();
  expect(stats).toMatchObject({ received: 1, accepted: 1, resolved: 1, resolutionRate: 1, closed: 0, overdue: 0, byType: [{ type: 'CONSTRUCTION_PAYMENT', received: 1 }] });
  expect(stats.byResolutionMode).toEqual([{ mode: 'JOINT', received: 1, accepted: 1, resolved: 1 }]);
  expect(stats.byLevel).toContainEqual({ level: 'COUNTY', count: 1 });
  expect(stats.byDepartment).toEqual([{ department: { id: housing.id }, received: 1, resolved: 1 }]);
});
