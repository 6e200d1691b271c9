/**
 * 居民自助's rows (all PUBLIC but the local sink): each call a resident would make, with a session
 * or a link made the way a resident gets one (code read from the notification port's local sink).
 * Staff tokens on these calls change nothing: the resident's own session or link decides.
 */
import { solveChallenge } from '../../services/cases/src/domain/resident';
import type { MatrixEnv, Place } from './env';
import { memo, type Fixtures } from './fixture';

const shared = new Map<string, Promise<any>>();
let seq = 0;
const newPhone = () => `136${String(process.pid % 10000).padStart(4, '0')}${String(++seq).padStart(4, '0')}`;

async function must(env: MatrixEnv, token: string | null, query: string, variables: Record<string, unknown>) {
  const r = await env.gql(token, query, variables);
  if (r.errors?.length) throw new Error(`resident fixture: ${JSON.stringify(r.errors)}`);
  return r.data as Record<string, any>;
}

async function codeFor(env: MatrixEnv, phone: string): Promise<void> {
  const { residentChallenge: c } = await must(env, null, `{ residentChallenge { challenge difficulty } }`, {});
  await must(env, null, `mutation($input: RequestResidentCodeInput!) { requestResidentCode(input: $input) { sentTo } }`,
    { input: { phone, challenge: c.challenge, answer: solveChallenge(c.challenge, c.difficulty) } });
}

async function sentCode(env: MatrixEnv, phone: string): Promise<string> {
  const [row] = await env.p.sql<{ body: string }>(`SELECT body FROM cases.notification WHERE recipient = $1 AND template = 'ZZ_CODE' ORDER BY created_at DESC LIMIT 1`, [phone]);
  return /验证码为 (\d{6})/.exec(row.body)![1];
}

async function session(env: MatrixEnv, phone: string): Promise<string> {
  await codeFor(env, phone);
  const v = await must(env, null, `mutation($input: VerifyResidentCodeInput!) { verifyResidentCode(input: $input) { token } }`, { input: { phone, code: await sentCode(env, phone) } });
  return v.verifyResidentCode.token;
}

const filingInput = (place: Place, phone: string) => ({
  type: 'NEIGHBOUR', description: '邻居在楼道堆放杂物，堵塞消防通道，多次劝说无效。', name: '黄丽华', phone, regionId: place.gridRegion.id,
});

async function residentCase(env: MatrixEnv, place: Place): Promise<{ phone: string; session: string; code: string }> {
  const phone = newPhone();
  const s = await session(env, phone);
  const f = await must(env, null, `mutation($s: String!, $input: ResidentRequestInput!) { fileResidentRequest(session: $s, input: $input) { code } }`, { s, input: filingInput(place, phone) });
  return { phone, session: s, code: f.fileResidentRequest.code };
}

/** A resident's case resolved by the center, and the rating link the resident was sent. */
async function ratingLink(env: MatrixEnv, place: Place): Promise<string> {
  const { phone, code } = await residentCase(env, place);
  const admin = await env.p.login('admin');
  const [c] = await env.p.sql<{ id: string }>(`SELECT id FROM cases."case" WHERE code = $1`, [code]);
  await must(env, admin, `mutation($id: ID!) { acceptCase(id: $id, complexity: SIMPLE) { id } }`, { id: c.id });
  await must(env, admin, `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId: c.id, mediatorId: place.poolMediatorId } });
  await must(env, admin, `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: c.id });
  await must(env, admin, `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`, { input: { caseId: c.id, outcome: 'RESOLVED', agreement: '约定三日内清理楼道杂物' } });
  await env.drainSupervision(c.id, 'RESOLVED');
  const [m] = await env.p.sql<{ body: string }>(`SELECT body FROM cases.notification WHERE recipient = $1 AND template = 'ZZ_RESOLVED'`, [phone]);
  return decodeURIComponent(/\/resident\/rate\?t=(\S+)/.exec(m.body)![1]);
}

export const residentFixtures: Fixtures = {
  'Query.residentChallenge': { query: `{ residentChallenge { challenge } }`, vars: async () => ({}) },
  'Query.residentRegions': { query: `{ residentRegions { id name } }`, vars: async () => ({}) },
  'Mutation.requestResidentCode': {
    query: `mutation($input: RequestResidentCodeInput!) { requestResidentCode(input: $input) { sentTo } }`,
    vars: async (env) => {
      const { residentChallenge: c } = await must(env, null, `{ residentChallenge { challenge difficulty } }`, {});
      return { input: { phone: newPhone(), challenge: c.challenge, answer: solveChallenge(c.challenge, c.difficulty) } };
    },
  },
  'Mutation.verifyResidentCode': {
    query: `mutation($input: VerifyResidentCodeInput!) { verifyResidentCode(input: $input) { token } }`,
    vars: async (env) => {
      const phone = newPhone();
      await codeFor(env, phone);
      return { input: { phone, code: await sentCode(env, phone) } };
    },
  },
  'Mutation.fileResidentRequest': {
    query: `mutation($s: String!, $input: ResidentRequestInput!) { fileResidentRequest(session: $s, input: $input) { code } }`,
    vars: async (env, _a, place) => {
      const phone = newPhone();
      return { s: await session(env, phone), input: filingInput(place, phone) };
    },
  },
  'Query.residentCaseProgress': {
    query: `query($s: String!, $p: String!, $c: String!) { residentCaseProgress(session: $s, phone: $p, code: $c) { code status } }`,
    vars: async (env, _a, place) => {
      const r = await memo(shared, `progress:${place.side}`, () => residentCase(env, place));
      return { s: r.session, p: r.phone, c: r.code };
    },
  },
  'Query.residentRatingLink': {
    query: `query($t: String!) { residentRatingLink(token: $t) { code } }`,
    vars: async (env, _a, place) => ({ t: await memo(shared, `link:${place.side}`, () => ratingLink(env, place)) }),
  },
  'Mutation.rateResidentCase': {
    query: `mutation($t: String!) { rateResidentCase(input: { token: $t, rating: SATISFIED }) { code } }`,
    vars: async (env, _a, place) => ({ t: await ratingLink(env, place) }),
  },
  // The sink's messages of cases in the jurisdiction: one filed there (`in`), one filed in the neighbouring town (`out`).
  'Query.notificationOutbox': {
    query: `query($r: String) { notificationOutbox(recipient: $r) { template } }`,
    vars: async (env, _a, place) => ({ r: (await memo(shared, `outbox:${place.side}`, () => residentCase(env, place))).phone }),
  },
};
