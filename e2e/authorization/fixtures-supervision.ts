/** The supervision subgraph's rows (and the dispatch event read the subscriptions use). */
import { DEPARTMENT_IDS } from './env';
import { keyOf, memo, withInput, type Fixtures } from './fixture';

const shared = new Map<string, Promise<any>>();
const YEAR = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
/** Distinct (year, quarter) per freeze call: each freezes a quarter nobody froze. */
let frozen = 0;

export const supervisionFixtures: Fixtures = {
  'Query.stats': {
    query: `query($r: ID!) { stats(regionId: $r, from: "2026-01-01T00:00:00+08:00", to: "2028-01-01T00:00:00+08:00") { received } }`,
    vars: async (_e, _a, place) => ({ r: place.town.id }),
  },
  'Query.overdueCases': {
    query: `query($r: ID!) { overdueCases(regionId: $r, first: 5) { edges { node { id } } } }`,
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('overdue', place, null), () => env.overdueCaseAt(place));
      return { r: place.town.id };
    },
  },
  'Query.warningCases': {
    query: `query($r: ID!) { warningCases(regionId: $r, first: 5) { edges { node { id } } } }`,
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('warning', place, null), () => env.warningCaseAt(place));
      return { r: place.town.id };
    },
  },
  'Query.supervisionLetters': {
    query: `query($r: ID!) { supervisionLetters(regionId: $r, first: 5) { edges { node { id } } } }`,
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('letter', place, null), () => env.letterAt(place));
      return { r: place.town.id };
    },
  },
  'Query.accountability': {
    query: `query($r: ID!, $y: Int!) { accountability(regionId: $r, year: $y) { unsatisfied } }`,
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('followUp', place, null), () => env.followUpAt(place));
      return { r: place.town.id, y: YEAR };
    },
  },
  'Query.accountabilityLedger': {
    query: `query($r: ID!, $y: Int!) { accountabilityLedger(regionId: $r, year: $y) { subjectKind cumulativeUnsatisfied cases { caseCode } } }`,
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('followUp', place, null), () => env.followUpAt(place));
      return { r: place.town.id, y: YEAR };
    },
  },
  'Query.evaluationQuarter': {
    query: `query($r: ID!, $y: Int!) { evaluationQuarter(regionId: $r, year: $y, quarter: 1) { frozen departments { score } } }`,
    vars: async (_e, _a, place) => ({ r: place.town.id, y: YEAR }),
  },
  'Query.caseSubsidies': {
    query: `query($r: ID!, $m: String!) { caseSubsidies(regionId: $r, month: $m) { amount mediators { closed } } }`,
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('followUp', place, null), () => env.followUpAt(place));
      return { r: place.town.id, m: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7) };
    },
  },
  'Query.riskWarnings': {
    query: `query($r: ID!) { riskWarnings(regionId: $r, first: 5) { edges { node { id } } } }`,
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('risk', place, null), () => env.riskAt(place));
      return { r: place.town.id };
    },
  },
  'Query.lettersByDepartment': {
    query: `query($d: ID!) { lettersByDepartment(departmentId: $d, first: 5) { edges { node { id } } } }`,
    vars: async (env, _a, place, rel, where) => {
      const own = where === 'in' && rel?.role === 'DEPARTMENT';
      await memo(shared, keyOf('letter', place, own ? rel : null), () => env.letterAt(place, own ? rel : null));
      return { d: own ? rel!.departmentId : DEPARTMENT_IDS.housing };
    },
  },
  'Query.supervisionLetter': {
    query: `query($id: ID!) { supervisionLetter(id: $id) { id } }`,
    vars: async (env, _a, place) => ({ id: await memo(shared, keyOf('letter', place, null), () => env.letterAt(place)) }),
  },
  'Query._dispatchEvent': {
    query: `query($c: String!) { _dispatchEvent(cursor: $c) { cursor } }`,
    vars: async (env, _a, place) => ({ c: await memo(shared, keyOf('event', place, null), () => env.eventCursorAt(place)) }),
  },
  'Query.sensitiveReads': {
    query: `query($r: ID) { sensitiveReads(filter: { regionId: $r }, first: 5) { edges { node { id kind } } } }`,
    vars: async (env, _a, place) => {
      // A town window reads a case's parties in full: one audit entry of a reader in the town.
      await memo(shared, keyOf('sensitive-read', place, null), async () => {
        const c = await env.caseAt(place, 'ACCEPTED');
        await env.must(await env.p.login(place.side === 'in' ? 'town-a-operator' : 'town-b-operator'), `query($id: ID!) { case(id: $id) { parties { idNumber } } }`, { id: c.id });
      });
      return { r: place.town.id };
    },
  },
  'Mutation.recordFollowUp': {
    query: `mutation($c: ID!) { recordFollowUp(caseId: $c, rating: SATISFIED) { rating } }`,
    vars: async (env, _a, place) => ({ c: (await env.supervisedCaseAt(place, 'RESOLVED')).id }),
  },
  'Mutation.issueSupervisionLetter': {
    query: `mutation($c: ID!) { issueSupervisionLetter(caseId: $c, kind: SUPERVISION, note: "请加快办理") { id } }`,
    vars: async (env, _a, place) => ({ c: (await env.supervisedCaseAt(place)).id }),
  },
  'Mutation.freezeEvaluationQuarter': {
    // A quarter is frozen once: every call freezes another quarter that has ended (2001 Q1, Q2 … 2025 Q4).
    query: `mutation($input: FreezeEvaluationQuarterInput!) { freezeEvaluationQuarter(input: $input) { frozen } }`,
    vars: async (_e, _a, place) => {
      const n = frozen++;
      return { input: { regionId: place.town.id, year: 2001 + (Math.floor(n / 4) % 25), quarter: 1 + (n % 4) } };
    },
  },
  'Mutation.recordSummons': {
    // The place's pool mediator leads its resolved cases: the unsatisfied visit counts against him there .
    query: `mutation($input: RecordSummonsInput!) { recordSummons(input: $input) { id unsatisfiedCount } }`,
    vars: async (env, _a, place) => {
      await memo(shared, keyOf('followUp', place, null), () => env.followUpAt(place));
      return { input: {
        regionId: place.town.id, subjectKind: 'MEDIATOR', subjectId: place.poolMediatorId,
        heldAt: new Date().toISOString(), heldBy: '县综治中心常务副主任 张国平', outcome: '已约谈，要求一周内回访当事人并整改',
      } };
    },
    refs: {
      'input.subjectId': async (env, _a, inside) => {
        await memo(shared, keyOf('followUp', env.outside, null), () => env.followUpAt(env.outside));
        return withInput(inside, 'subjectId', env.outside.poolMediatorId);
      },
    },
  },
  'Mutation.answerLetter': {
    // A fresh 工作提示函 per call (a letter is answered once), addressed to the related department's own when it is one.
    query: `mutation($l: ID!) { answerLetter(input: { letterId: $l, answer: "已落实责任人，正在调处" }) { id answers { id state } } }`,
    vars: async (env, _a, place, rel) => ({ l: await env.letterAt(place, rel?.role === 'DEPARTMENT' ? rel : null) }),
  },
};
