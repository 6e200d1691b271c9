/** The cases subgraph's rows: reads on shared records, every mutation on a fresh record in the right state. */
import { CONSULTATION_DEPARTMENTS, COURT, DEPARTMENT_IDS, MATRIX_ROLES, idNumber, unique, world, type Actor } from './env';
import { keyOf, memo, withInput, type Fixtures, type Vars } from './fixture';

const shared = new Map<string, Promise<any>>();
const outsideRegion = () => world.regions.filter((r) => r.level === 'TOWN')[1].id;
const otherDepartment = (a: Actor | null) => (a?.departmentId === DEPARTMENT_IDS.housing ? DEPARTMENT_IDS.justice : DEPARTMENT_IDS.justice);

/** A county next to the demo county (大埔县 441422): 丰顺县. */
const NEIGHBOUR_COUNTY = '441423';
const policyInput = (countyCode: string) => ({
  countyCode, reason: '矩阵测试',
  ladder: { name: '三级', steps: [
    { key: 'VILLAGE_COMMITTEE', name: '村调委', centerLevel: 'VILLAGE', days: 1 },
    { key: 'TOWN_CENTER', name: '镇综治中心', centerLevel: 'TOWN', days: 7 },
    { key: 'COUNTY_CENTER', name: '县综治中心', centerLevel: 'COUNTY', days: null },
  ] },
  deadlinePolicy: { days: { SIMPLE: 1, GENERAL: 7, COMPLEX: 20, DIFFICULT: 20 }, workingDays: true, warningShare: 0.8 },
  calendar: { holidays: ['2026-10-01'], extraWorkdays: [] },
});

export const caseFixtures: Fixtures = {
  'Query.case': {
    query: `query($id: ID!) { case(id: $id) { id parties { phone idNumber } } }`,
    vars: async (env, _a, place, rel) => ({ id: (await memo(shared, keyOf('case', place, rel), () => env.caseAt(place, 'ASSIGNED', rel))).id }),
    mask: { field: 'Party.idNumber', pick: (d) => d.case?.parties?.[0]?.idNumber },
  },
  'Query.caseByCode': {
    query: `query($code: String!) { caseByCode(code: $code) { id } }`,
    vars: async (env, _a, place) => ({ code: (await memo(shared, keyOf('case', place, null), () => env.caseAt(place, 'ASSIGNED', null))).code }),
  },
  'Query.cases': {
    query: `query($r: ID) { cases(filter: { regionId: $r }, first: 5) { edges { node { id } } } }`,
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('case', place, null), () => env.caseAt(place, 'ASSIGNED', null));
      return { r: place.gridRegion.id };
    },
  },
  'Query.consultation': {
    query: `query($id: ID!) { consultation(id: $id) { id } }`,
    vars: async (env, _a, place) => ({ id: await memo(shared, keyOf('consultation', place, null), () => env.consultationAt(place)) }),
  },
  // 周例会 / 月研判 of the place's town center; a grid worker's jurisdiction holds no center.
  'Query.centerMeetings': {
    query: `query($c: ID) { centerMeetings(centerId: $c, first: 5) { edges { node { id } } } }`,
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('meeting', place, null), () => env.meetingAt(place));
      return { c: place.centerId };
    },
    noRecordInside: ['GRID_WORKER'],
  },
  'Query.centerMeeting': {
    query: `query($id: ID!) { centerMeeting(id: $id) { id title } }`,
    vars: async (env, _a, place) => ({ id: await memo(shared, keyOf('meeting', place, null), () => env.meetingAt(place)) }),
    noRecordInside: ['GRID_WORKER'],
  },
  'Mutation.scheduleCenterMeeting': {
    query: `mutation($input: ScheduleCenterMeetingInput!) { scheduleCenterMeeting(input: $input) { id title } }`,
    vars: async (env, _a, place) => ({ input: {
      centerId: place.centerId, kind: 'WEEKLY', scheduledAt: new Date(Date.now() + 86_400_000).toISOString(), place: '中心会议室', topic: '矩阵周例会',
      agenda: [{ caseId: (await memo(shared, keyOf('meetingCase', place, null), () => env.caseAt(place, 'ACCEPTED'))).id, note: '超期案件' }],
    } }),
    refs: { 'input.agenda.0.caseId': async (env, _a, inside) => withInput(inside, 'agenda', [{ caseId: (await env.caseAt(env.outside, 'ACCEPTED')).id }]) },
  },
  'Mutation.recordCenterMeeting': {
    query: `mutation($input: RecordCenterMeetingInput!) { recordCenterMeeting(input: $input) { id status } }`,
    vars: async (env, _a, place) => ({ input: {
      id: await env.meetingAt(place), heldAt: new Date().toISOString(), attendees: [{ name: '王建国', title: '中心主任' }],
      minutes: '逐案研究本周超期案件，明确责任。', decisions: [{ text: '司法所三日内组织再次调解' }],
    } }),
  },
  'Mutation.cancelCenterMeeting': {
    query: `mutation($id: ID!) { cancelCenterMeeting(id: $id, reason: "与县里会议冲突") { id status } }`,
    vars: async (env, _a, place) => ({ id: await env.meetingAt(place) }),
  },
  'Query.escalationLadder': { query: `{ escalationLadder { name totalDays } }`, vars: async () => ({}) },
  // A county policy is the county's: `in` is the county of the caller's town, `out` a neighbouring county.
  'Query.countyPolicy': {
    query: `query($c: String!) { countyPolicy(countyCode: $c) { version ladder { totalDays } } }`,
    vars: async (_e, _a, place, _r, where) => ({ c: where === 'out' ? NEIGHBOUR_COUNTY : place.town.code.slice(0, 6) }),
  },
  'Query.countyPolicyVersions': {
    query: `query($c: String!) { countyPolicyVersions(countyCode: $c) { version } }`,
    vars: async (_e, _a, place, _r, where) => ({ c: where === 'out' ? NEIGHBOUR_COUNTY : place.town.code.slice(0, 6) }),
  },
  'Mutation.updateCountyPolicy': {
    query: `mutation($input: UpdateCountyPolicyInput!) { updateCountyPolicy(input: $input) { version } }`,
    // Only an ADMIN covering a whole county may write it; the matrix's accounts sit in a town, whose
    // jurisdiction holds no county: every call is `out` (services/cases/test/county-policy.e2e.test.ts covers the county ADMIN).
    vars: async (_e, _a, place, _r, where) => ({ input: policyInput(where === 'out' ? NEIGHBOUR_COUNTY : place.town.code.slice(0, 6)) }),
    noRecordInside: MATRIX_ROLES,
  },

  'Query.intakeDuplicates': {
    query: `query($input: IntakeDuplicatesInput!) { intakeDuplicates(input: $input) { daysApart reasons case { id } } }`,
    // caseAt's cases name the respondent 李某 in the place's grid, type NEIGHBOUR: a match by respondent.
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('case', place, null), () => env.caseAt(place, 'ASSIGNED', null));
      return { input: { regionId: place.gridRegion.id, type: 'NEIGHBOUR', parties: [{ name: '李某', role: 'RESPONDENT' }] } };
    },
    refs: { 'input.regionId': async (_e, _a, inside) => withInput(inside, 'regionId', outsideRegion()) },
  },
  'Mutation.intakeCase': {
    query: `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`,
    vars: async (_env, _a, place) => ({ input: {
      title: `矩阵登记 ${unique()}`, description: '因宅基地边界发生争议。', channel: 'WINDOW', type: 'LAND', regionId: place.gridRegion.id,
      parties: [{ name: '赵某', role: 'APPLICANT', idNumber: idNumber() }],
    } }),
    refs: { 'input.regionId': async (_e, _a, inside) => withInput(inside, 'regionId', outsideRegion()) },
  },
  'Mutation.acceptCase': {
    query: `mutation($id: ID!) { acceptCase(id: $id, complexity: SIMPLE) { id } }`,
    vars: async (env, _a, place, rel) => ({ id: (await env.caseAt(place, 'REGISTERED', rel)).id }),
  },
  'Mutation.rejectCase': {
    query: `mutation($id: ID!) { rejectCase(id: $id, reason: "不属于受理范围") { id } }`,
    vars: async (env, _a, place, rel) => ({ id: (await env.caseAt(place, 'REGISTERED', rel)).id }),
  },
  'Mutation.assignCase': {
    query: `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`,
    vars: async (env, _a, place, rel) => ({ input: {
      caseId: (await env.caseAt(place, 'ACCEPTED', rel)).id, leadDepartmentId: DEPARTMENT_IDS.housing, departmentIds: [DEPARTMENT_IDS.housing], mediatorId: place.poolMediatorId,
    } }),
    refs: {
      'input.mediatorId': async (env, _a, inside) => withInput(inside, 'mediatorId', env.outside.poolMediatorId),
      // A team whose assisting mediator lies in the other jurisdiction: the second entry is named.
      'input.mediators.1.mediatorId': async (env, _a, inside) => withInput(withInput(inside, 'mediatorId', null), 'mediators', [
        { mediatorId: env.inside.poolMediatorId, role: 'LEAD' }, { mediatorId: env.outside.poolMediatorId, role: 'ASSIST' },
      ]),
    },
  },
  'Mutation.rerouteCase': {
    query: `mutation($input: RerouteCaseInput!) { rerouteCase(input: $input) { id } }`,
    vars: async (env, _a, place, rel) => ({ input: { caseId: (await env.caseAt(place, 'ASSIGNED', rel)).id, reason: '不属本部门职责', departmentId: rel?.departmentId === DEPARTMENT_IDS.justice ? DEPARTMENT_IDS.housing : otherDepartment(rel) } }),
  },
  'Mutation.startMediation': {
    query: `mutation($id: ID!) { startMediation(id: $id) { id } }`,
    vars: async (env, _a, place, rel) => ({ id: (await env.caseAt(place, 'ASSIGNED', rel)).id }),
  },
  'Mutation.recordMediationOutcome': {
    query: `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`,
    vars: async (env, _a, place, rel) => ({ input: { caseId: (await env.caseAt(place, 'IN_MEDIATION', rel)).id, outcome: 'RESOLVED', agreement: '双方达成一致' } }),
  },
  'Mutation.recordMediationSession': {
    query: `mutation($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { id } }`,
    vars: async (env, _a, place, rel) => ({ input: {
      caseId: (await env.caseAt(place, 'IN_MEDIATION', rel)).id, heldAt: new Date().toISOString(), place: '矩阵调解室', partyNames: ['陈某', '李某'],
      mediators: [{ mediatorId: place.poolMediatorId, role: 'LEAD' }], minutes: '双方陈述事实，约定下次再调。', outcome: 'ADJOURNED',
    } }),
    refs: { 'input.mediators.0.mediatorId': async (env, _a, inside) => withInput(inside, 'mediators', [{ mediatorId: env.outside.poolMediatorId, role: 'LEAD' }]) },
  },
  'Mutation.escalateCase': {
    query: `mutation($id: ID!) { escalateCase(id: $id, reason: "本级无法化解") { id } }`,
    vars: async (env, _a, place, rel) => ({ id: (await env.caseAt(place, 'ACCEPTED', rel)).id }),
  },
  'Mutation.referCase': {
    query: `mutation($id: ID!) { referCase(id: $id, route: ARBITRATION, note: "引导仲裁") { id } }`,
    vars: async (env, _a, place, rel) => ({ id: (await env.caseAt(place, 'IN_MEDIATION', rel)).id }),
  },
  'Mutation.openConsultation': {
    query: `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { id } }`,
    vars: async (env, _a, place, rel) => ({ input: { caseId: (await env.caseAt(place, 'ACCEPTED', rel)).id, departmentIds: CONSULTATION_DEPARTMENTS, topic: '会商' } }),
  },
  'Mutation.recordConsultationDecision': {
    query: `mutation($input: RecordConsultationDecisionInput!) { recordConsultationDecision(input: $input) { id } }`,
    vars: async (env, _a, place) => ({ input: { consultationId: await env.consultationAt(place), responsibilitySplit: '司法所牵头', plan: '一周内调解' } }),
  },
  'Mutation.closeCase': {
    query: `mutation($id: ID!) { closeCase(id: $id) { id } }`,
    vars: async (env, _a, place, rel) => ({ id: (await env.caseAt(place, 'RESOLVED', rel)).id }),
  },
  'Mutation.withdrawCase': {
    query: `mutation($id: ID!) { withdrawCase(id: $id, reason: "当事人自行和解") { id } }`,
    vars: async (env, _a, place, rel) => ({ id: (await env.caseAt(place, 'REGISTERED', rel)).id }),
  },
  'Mutation.reopenCase': {
    query: `mutation($id: ID!) { reopenCase(id: $id, reason: "回访不满意") { id } }`,
    vars: async (env, _a, place, rel) => ({ id: (await env.caseAt(place, 'RESOLVED', rel)).id }),
  },
  'Mutation.mergeCases': {
    query: `mutation($input: MergeCasesInput!) { mergeCases(input: $input) { id } }`,
    vars: async (env, _a, place, rel) => ({ input: { caseId: (await env.caseAt(place, 'REGISTERED', rel)).id, intoCaseId: (await env.caseAt(place, 'REGISTERED', rel)).id } }),
    refs: { 'input.intoCaseId': async (env, _a, inside) => withInput(inside, 'intoCaseId', (await env.caseAt(env.outside, 'REGISTERED')).id) },
  },
  'Mutation.takeCase': {
    query: `mutation($id: ID!) { takeCase(id: $id, note: "领导包案") { id leader { id } } }`,
    vars: async (env, _a, place, rel) => ({ id: (await env.caseAt(place, 'ASSIGNED', rel)).id }),
  },
  'Mutation.applyJudicialConfirmation': {
    query: `mutation($input: ApplyJudicialConfirmationInput!) { applyJudicialConfirmation(input: $input) { id status } }`,
    vars: async (env, _a, place, rel) => ({ input: { caseId: (await env.caseAt(place, 'RESOLVED', rel)).id, courtDepartmentId: COURT, note: '双方共同申请' } }),
  },
  'Mutation.decideJudicialConfirmation': {
    query: `mutation($input: DecideJudicialConfirmationInput!) { decideJudicialConfirmation(input: $input) { id status } }`,
    vars: async (env, _a, place, rel) => ({ input: { confirmationId: await env.confirmationAt(place, rel), decision: 'ACCEPT' } }),
    // The matrix's department account works for 司法局, not a court: the court's own account is exercised in the e2e story.
    noRecordInside: ['DEPARTMENT'],
  },
  'Mutation.assignCaseLeader': {
    query: `mutation($input: AssignCaseLeaderInput!) { assignCaseLeader(input: $input) { id leader { id } } }`,
    vars: async (env, _a, place, rel) => ({ input: { caseId: (await env.caseAt(place, 'ASSIGNED', rel)).id, leaderId: await env.leaderAt(place), note: '指定镇领导包案' } }),
    refs: { 'input.leaderId': async (env, _a, inside) => withInput(inside, 'leaderId', await env.leaderAt(env.outside)) },
  },
  'Mutation.markHighRisk': {
    query: `mutation($input: MarkHighRiskInput!) { markHighRisk(input: $input) { id highRisk } }`,
    vars: async (env, _a, place, rel) => ({ input: { caseId: (await env.caseAt(place, 'REGISTERED', rel)).id, reason: '当事人扬言报复，存在命案风险' } }),
  },
  'Mutation.recordRiskPlan': {
    query: `mutation($input: RecordRiskPlanInput!) { recordRiskPlan(input: $input) { id riskPlan { reviewDate } } }`,
    vars: async (env, _a, place, rel) => {
      const c = await env.highRiskCaseAt(place, rel);
      return { input: { caseId: c.id, measures: '包案领导每日研判，派出所、村委会落实专人稳控', responsiblePerson: '镇综治中心主任', reviewDate: new Date(Date.now() + 3 * 86400_000).toISOString() } };
    },
  },
  'Mutation.changeResolutionMode': {
    query: `mutation($input: ChangeResolutionModeInput!) { changeResolutionMode(input: $input) { id resolutionMode } }`,
    vars: async (env, _a, place, rel) => ({ input: { caseId: (await env.caseAt(place, 'ASSIGNED', rel)).id, mode: 'PROFESSIONAL', reason: '转专业调解' } }),
  },
};
