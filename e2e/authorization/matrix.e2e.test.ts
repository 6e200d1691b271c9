/**
 * The authorization matrix: every row of the policy (@zz/common ACCESS_POLICY) — every root query,
 * mutation and subscription field and every entity type of the supergraph — for every role, inside
 * the caller's jurisdiction (related to it where a grant has a condition), on an unrelated record
 * inside it, outside it, and without a token. The expected answer comes from the policy itself
 * (expectedOutcome); the answer checked is what the gateway (or, for entities, the owning subgraph
 * with the identity the gateway forwards) really says. A field without a policy row or a fixture fails.
 */
import {
  ACCESS_POLICY, MASK_POLICY, expectedOutcome, hasConditionalGrant, mayUnmask, signForwardedIdentity,
  type Identity, type Outcome, type Placement,
} from '@zz/common';
import { startTestPlatform, type GraphQLResult, type TestPlatform } from '@zz/platform/testing';
import { policyKeysOfSupergraph } from '../../schema/policy-keys';
import { subscribe, wsUrlOf } from '../support/dispatch';
import { changedTables, rowCounts } from '../support/row-counts';
import { MatrixEnv, type Actor } from './env';
import type { RootFixture } from './fixture';
import { caseFixtures } from './fixtures-cases';
import { entityFixtures } from './fixtures-entities';
import { gridFixtures } from './fixtures-grid';
import { personnelFixtures } from './fixtures-personnel';
import { supervisionFixtures } from './fixtures-supervision';
import { residentFixtures } from './fixtures-resident';

jest.setTimeout(600_000);

const ROOT: Record<string, RootFixture> = { ...caseFixtures, ...gridFixtures, ...personnelFixtures, ...supervisionFixtures, ...residentFixtures };
const SUBSCRIPTION = 'Subscription.dispatchEvents';
const KEYS = policyKeysOfSupergraph();

let p: TestPlatform;
let env: MatrixEnv;
beforeAll(async () => {
  p = await startTestPlatform();
  env = new MatrixEnv(p);
  await env.setUp();
}, 300_000);
afterAll(async () => {
  printSummary();
  await p?.stop();
});

interface Row { key: string; role: string; where: Placement | 'anonymous'; expected: Outcome; got: string }
const rows: Row[] = [];
let notApplicable = 0;

function identityOf(a: Actor): Identity {
  return { kind: 'user', userId: a.userId, username: a.username, roles: a.roles ?? [], regionId: null, regionCode: null, mediatorId: a.mediatorId ?? null, departmentId: a.departmentId ?? null };
}

/** What the answer amounts to, in the policy's words; other errors are reported with their code. */
function classify(res: GraphQLResult, field: string): string {
  const err = res.errors?.[0];
  if (err) {
    const code = String(err.extensions?.code ?? 'NO_CODE');
    return ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'].includes(code) ? code : `${code}: ${err.message}`;
  }
  const v = (res.data as Record<string, any> | undefined)?.[field];
  if (v === null || v === undefined) return 'NULL';
  if (Array.isArray(v)) return v.length ? (v.every((x) => x === null) ? 'NULL' : 'DATA') : 'EMPTY';
  if (typeof v === 'object' && Array.isArray(v.edges)) return v.edges.length ? 'DATA' : 'EMPTY';
  return 'DATA';
}

function placements(key: string, actor: Actor, maskField?: string): (Placement | 'anonymous')[] {
  if (!actor.roles) return ['anonymous'];
  const out: Placement[] = ['in'];
  if (ACCESS_POLICY[key].outside !== 'NONE') out.push('out');
  const maskConditional = !!maskField && MASK_POLICY[maskField].full.some((g) => g.when && actor.roles!.includes(g.role as never));
  if (hasConditionalGrant(key, actor.roles) || maskConditional) out.push('unrelated');
  return out;
}

/** Records for refused calls are shared (a refused call writes nothing); allowed calls get fresh ones. */
const refusedVars = new Map<string, Promise<Record<string, unknown>>>();

async function runRoot(key: string): Promise<Row[]> {
  const fixture = ROOT[key];
  const field = key.split('.')[1];
  const result: Row[] = [];
  for (const actor of [...env.actors, env.anonymous]) {
    for (const where of placements(key, actor, fixture.mask?.field)) {
      if (where === 'in' && actor.role !== 'ANONYMOUS' && fixture.noRecordInside?.includes(actor.role)) {
        notApplicable++;
        continue;
      }
      const at: Placement = where === 'anonymous' ? 'in' : where;
      let expected = expectedOutcome(key, actor.roles, at);
      if (expected === 'DATA' && fixture.mask && actor.roles && !mayUnmask(identityOf(actor), fixture.mask.field, at === 'in' ? RELATED : {})) expected = 'MASKED';
      const place = env.place_(at);
      const related = at === 'in' && actor.roles ? actor : null;
      const build = () => fixture.vars(env, actor, place, related, at);
      const fresh = expected === 'DATA' || expected === 'MASKED' || key.startsWith('Query.');
      const vars = await (fresh ? build() : memoVars(`${key}:${at}`, build));
      const res = await env.gql(fixture.freshToken ? await env.freshToken(actor) : actor.token, fixture.query, vars);
      let got = classify(res, field);
      if (got === 'DATA' && fixture.mask) got = String(fixture.mask.pick(res.data) ?? '').includes('*') ? 'MASKED' : 'DATA';
      result.push({ key, role: actor.role, where, expected, got });
    }
  }
  return result;
}

const RELATED = { ASSIGNED_MEDIATOR: true, LEAD_DEPARTMENT: true, OWN_DEPARTMENT: true, OWN_RECORD: true, OWN_GRID: true, ABOVE: true };
const memoVars = (k: string, build: () => Promise<Record<string, unknown>>) => {
  let hit = refusedVars.get(k);
  if (!hit) refusedVars.set(k, (hit = build()));
  return hit;
};

async function entityCall(actor: Actor, service: keyof TestPlatform['services'], typename: string, id: string): Promise<string> {
  const identity: Identity = actor.roles
    ? await p.gateway.authenticator.identify(`Bearer ${actor.token}`)
    : { kind: 'anonymous', userId: null, username: null, roles: [], regionId: null, regionCode: null };
  const res = await fetch(p.services[service].url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-zz-identity': await signForwardedIdentity(identity, p.config.internalSecret) },
    body: JSON.stringify({ query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { id } } }`, variables: { r: [{ __typename: typename, id }] } }),
  });
  return classify((await res.json()) as GraphQLResult, '_entities');
}

async function runEntity(key: string): Promise<Row[]> {
  const f = entityFixtures[key];
  const result: Row[] = [];
  for (const actor of [...env.actors, env.anonymous]) {
    for (const where of placements(key, actor)) {
      if (where === 'in' && actor.role !== 'ANONYMOUS' && f.noRecordInside?.includes(actor.role)) {
        notApplicable++;
        continue;
      }
      const at: Placement = where === 'anonymous' ? 'in' : where;
      // An anonymous caller resolves no reference (shared reference data aside): the gateway never sends one on its behalf.
      const expected: Outcome = actor.roles ? expectedOutcome(key, actor.roles, at) : ACCESS_POLICY[key].outside === 'NONE' ? 'DATA' : 'NULL';
      const got = await entityCall(actor, f.service, f.typename, await f.id(env, env.place_(at), null));
      result.push({ key, role: actor.role, where, expected, got });
    }
  }
  return result;
}

/** graphql-ws reports a refused subscribe as the list of its GraphQL errors. */
const errorCode = (e: unknown): string => {
  const first = (Array.isArray(e) ? e[0] : e) as { extensions?: { code?: string } } | undefined;
  return String(first?.extensions?.code ?? JSON.stringify(e));
};

const DISPATCH = `subscription($r: ID) { dispatchEvents(regionId: $r, kinds: [GRID_REPORT]) { cursor kind } }`;

async function runSubscription(): Promise<Row[]> {
  const result: Row[] = [];
  for (const actor of [...env.actors, env.anonymous]) {
    for (const where of placements(SUBSCRIPTION, actor)) {
      const at: Placement = where === 'anonymous' ? 'in' : where;
      const place = env.place_(at);
      const expected = expectedOutcome(SUBSCRIPTION, actor.roles, at);
      const before = p.gateway.subscriptions.stats().subscribers;
      const sub = subscribe(wsUrlOf(p.gatewayUrl), actor.token, DISPATCH, { r: place.gridRegion.id });
      let got: string;
      const deadline = Date.now() + 10_000;
      while (p.gateway.subscriptions.stats().subscribers <= before && !sub.errors.length && !sub.closed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      if (sub.closed) got = sub.closed.code === 4401 ? 'UNAUTHENTICATED' : `CLOSED ${sub.closed.code}`;
      else if (sub.errors.length) got = errorCode(sub.errors[0]);
      else {
        await env.reportAt(place);
        await sub.waitFor(1).then(() => undefined, () => undefined);
        got = sub.events.length ? 'DATA' : sub.errors.length ? errorCode(sub.errors[0]) : 'NO_EVENT';
      }
      await sub.dispose();
      result.push({ key: SUBSCRIPTION, role: actor.role, where, expected, got });
    }
  }
  return result;
}

const mismatches = (list: Row[]) => list.filter((r) => r.expected !== r.got).map((r) => `${r.role} ${r.where}: expected ${r.expected}, got ${r.got}`);

it('has a policy row and a fixture for every root field, subscription and entity type of the supergraph', () => {
  expect(KEYS.filter((k) => !ACCESS_POLICY[k])).toEqual([]);
  expect(KEYS.filter((k) => k !== SUBSCRIPTION && !ROOT[k] && !entityFixtures[k])).toEqual([]);
  expect(Object.keys({ ...ROOT, ...entityFixtures }).filter((k) => !KEYS.includes(k))).toEqual([]);
});

describe.each(KEYS.filter((k) => ROOT[k]))('%s', (key) => {
  it('answers every role as the policy says', async () => {
    const list = await runRoot(key);
    rows.push(...list);
    expect(mismatches(list)).toEqual([]);
  });
});

describe.each(KEYS.filter((k) => entityFixtures[k]))('%s', (key) => {
  it('resolves references for every role as the policy says', async () => {
    const list = await runEntity(key);
    rows.push(...list);
    expect(mismatches(list)).toEqual([]);
  });
});

/** Inputs that point at another jurisdiction's record: refused as the policy says, naming the field, nothing written. */
async function runInputs(key: string): Promise<string[]> {
  const rule = ACCESS_POLICY[key];
  const fixture = ROOT[key];
  const problems: string[] = [];
  for (const [input, outcome] of Object.entries(rule.inputs ?? {})) {
    const make = fixture.refs?.[input];
    if (!make) {
      problems.push(`${input}: no fixture`);
      continue;
    }
    for (const actor of env.actors.filter((a) => expectedOutcome(key, a.roles, 'in') === 'DATA')) {
      if (fixture.noRecordInside?.includes(actor.role as never)) continue;
      const vars = await make(env, actor, await fixture.vars(env, actor, env.inside, actor, 'in'));
      const before = await rowCounts(p);
      const res = await env.gql(actor.token, fixture.query, vars);
      const changed = changedTables(before, await rowCounts(p));
      const e = res.errors?.[0];
      inputCalls++;
      if (e?.extensions?.code !== outcome || e?.extensions?.field !== input) problems.push(`${actor.role} ${input}: expected ${outcome} on ${input}, got ${e?.extensions?.code ?? 'DATA'} on ${e?.extensions?.field ?? '-'}`);
      if (changed.length) problems.push(`${actor.role} ${input}: wrote ${changed.join(', ')}`);
    }
  }
  return problems;
}
let inputCalls = 0;

describe.each(KEYS.filter((k) => ACCESS_POLICY[k]?.inputs))('%s', (key) => {
  it('refuses inputs pointing outside the jurisdiction, names the field and writes nothing', async () => {
    expect(await runInputs(key)).toEqual([]);
  });
});

it(`${SUBSCRIPTION} delivers only inside the jurisdiction`, async () => {
  const list = await runSubscription();
  rows.push(...list);
  expect(mismatches(list)).toEqual([]);
});

function printSummary(): void {
  const by = new Map<string, number>();
  for (const r of rows) by.set(r.got, (by.get(r.got) ?? 0) + 1);
  const fields = new Set(rows.map((r) => r.key)).size;
  const lines = [...by.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${k.padEnd(16)} ${n}`);
  // The note of the change quotes this: fields × roles × placements, and what they answered.
  console.log(`authorization matrix: ${fields} rows × ${env?.actors.length ?? 0} roles + anonymous, ${rows.length} calls (${notApplicable} not applicable), ${inputCalls} out-of-jurisdiction input calls\n${lines.join('\n')}`);
}
