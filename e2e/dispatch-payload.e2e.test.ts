/**
 * Cross-subgraph payloads on real case events: a case taken in at the window, accepted and assigned
 * to a gold-team mediator through the API (cases appends the dispatch events itself), received by a
 * county dispatcher whose selection spans cases (code, status, assignments), grid (region name),
 * personnel (mediator name, goldTeam) and supervision (deadline), all resolved by the query planner.
 *
 * Runs with the platform's background jobs on, so supervision's consumer builds its read model from
 * the same events. When a field it selects is not composed, the subscription's validation fails the test.
 */
import { generateWorld } from '@zz/demo-world';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { sleep, subscribe, wsUrlOf, type TestSubscriber } from './support/dispatch';

const world = generateWorld();
const gold = world.mediators.find((m) => m.id === world.users.find((u) => u.username === 'mediator-gold')!.mediatorId)!;
const townA = world.regions.filter((r) => r.level === 'TOWN')[0];
const villageA = world.regions.find((r) => r.parentId === townA.id)!;

let p: TestPlatform;
const open: TestSubscriber[] = [];

beforeAll(async () => {
  p = await startTestPlatform({ jobs: true, config: { supervision: { schedulerIntervalMs: 60_000, consumerIntervalMs: 100 } } });
});
afterAll(async () => {
  await Promise.all(open.map((s) => s.dispose().catch(() => undefined)));
  await p?.stop();
});

// Live: fields of cases, grid and personnel. Supervision's fields come from its read model, built by its
// consumer from the same events a few milliseconds later; they are checked on a replay below.
const LIVE = `cursor kind occurredAt case { id code status region { name } assignments { mediator { name goldTeam } } }`;
const SELECTION = `cursor kind occurredAt
  case { id code status region { name } supervision { deadlineAt } assignments { mediator { name goldTeam } } }`;

/** Until supervision's read model knows the case (its consumer runs on the platform's jobs). */
async function waitForReadModel(caseId: string) {
  const token = await p.login('county-supervisor');
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const r = await p.gql<{ case: { supervision: { deadlineAt: string } } | null }>(`query($id: ID!) { case(id: $id) { supervision { deadlineAt } } }`, { id: caseId }, token);
    if (!r.errors?.length && r.data?.case?.supervision?.deadlineAt) return;
    await sleep(100);
  }
  throw new Error('supervision never applied the case events');
}

async function ok<T = Record<string, any>>(user: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const r = await p.gql<T>(query, variables, await p.login(user));
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

it(`resolves case (cases), region (grid), mediator (personnel) and deadline (supervision) fields for each event`, async () => {
  const url = wsUrlOf(p.gatewayUrl);
  const token = await p.login('county-dispatcher');
  const live = subscribe(url, token, `subscription { dispatchEvents(kinds: [CASE_RECEIVED, CASE_ASSIGNED]) { ${LIVE} } }`);
  open.push(live);
  const deadline = Date.now() + 10_000;
  while (p.gateway.subscriptions.stats().subscribers < 1 && Date.now() < deadline) await sleep(10);

  const { intakeCase } = await ok<{ intakeCase: { id: string; code: string } }>('county-operator', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id code } }`, {
    input: { title: '邻里排水沟堵塞纠纷', description: '雨季邻居填埋屋后排水沟，导致房屋进水。', channel: 'WINDOW', type: 'NEIGHBOUR', regionId: villageA.id,
      parties: [{ name: '钟伟', role: 'APPLICANT', phone: '13800138000' }, { name: '温强', role: 'RESPONDENT' }] },
  });
  await ok('county-operator', `mutation($id: ID!) { acceptCase(id: $id, complexity: GENERAL) { id } }`, { id: intakeCase.id });
  await ok('county-operator', `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId: intakeCase.id, mediatorId: gold.id } });

  const events = await live.waitFor(2, 20_000);
  expect(live.errors).toEqual([]);
  const received = events.find((e) => e.kind === 'CASE_RECEIVED')!;
  const assigned = events.find((e) => e.kind === 'CASE_ASSIGNED')!;
  expect(received.case).toMatchObject({ id: intakeCase.id, code: intakeCase.code, region: { name: villageA.name } });
  expect(assigned.case).toMatchObject({ id: intakeCase.id, code: intakeCase.code, status: 'ASSIGNED' });
  expect((assigned.case as { assignments: { mediator: { name: string; goldTeam: boolean } | null }[] }).assignments)
    .toEqual(expect.arrayContaining([{ mediator: { name: gold.name, goldTeam: true } }]));

  // Payloads are resolved at delivery: replaying the same events once supervision's consumer has applied
  // them gives the deadline of the accepted case, in the same payload as the other subgraphs' fields.
  await waitForReadModel(intakeCase.id);
  const replay = subscribe(url, token, `subscription($after: String) { dispatchEvents(kinds: [CASE_ASSIGNED], after: $after) { ${SELECTION} } }`, { after: received.cursor });
  open.push(replay);
  const [again] = await replay.waitFor(1, 20_000);
  expect(replay.errors).toEqual([]);
  expect(again.cursor).toBe(assigned.cursor);
  expect(again.case).toMatchObject({ code: intakeCase.code, status: 'ASSIGNED', region: { name: villageA.name } });
  const deadlineAt = (again.case as { supervision: { deadlineAt: string } }).supervision.deadlineAt;
  expect(new Date(deadlineAt).getTime()).toBeGreaterThan(new Date(String(received.occurredAt)).getTime());
}, 60_000);
