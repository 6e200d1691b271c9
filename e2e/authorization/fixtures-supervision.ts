/** The supervision subgraph's rows (and the dispatch event read the subscriptions use). */
import { DEPARTMENT_IDS } from './env';
import { keyOf, memo, type Fixtures } from './fixture';

const shared = new Map<string, Promise<any>>();
const YEAR = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

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
};
