/**
 * Sensitive reads are audited: full party numbers, key persons, reporters' and contacts' phones leave
 * an entry (who, what, when, from where, why), once per request; masked answers leave none; the
 * jurisdiction's supervisors read the log and nobody can change it.
 */
import { generateWorld } from '@zz/demo-world';
import { startTestPlatform, type GraphQLResult, type TestPlatform } from '@zz/platform/testing';

const world = generateWorld();

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(() => p?.stop());

/** A request as the console sends it, with the reason the user typed (URI-encoded header). */
async function gql<T = any>(user: string, query: string, variables: Record<string, unknown> = {}, reason?: string): Promise<GraphQLResult<T>> {
  const res = await fetch(p.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json', authorization: `Bearer ${await p.login(user)}`,
      ...(reason ? { 'x-zz-access-reason': encodeURIComponent(reason) } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResult<T>;
}
const ok = async <T = any>(user: string, query: string, variables: Record<string, unknown> = {}, reason?: string): Promise<T> => {
  const r = await gql<T>(user, query, variables, reason);
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
};
const entries = () => p.sql<{ kind: string; subject_type: string; subject_ids: string[]; actor_username: string; client_address: string | null; reason: string | null; operation: string | null }>(
  `SELECT kind, subject_type, subject_ids, actor_username, client_address, reason, operation FROM audit.sensitive_read ORDER BY id`);

const INTAKE = `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id } }`;
async function newCase(n: number) {
  const [county] = await p.sql<{ id: string }>(`SELECT id FROM grid.region WHERE code = '441422'`);
  return (await ok<{ intakeCase: { id: string } }>('county-operator', INTAKE, { input: {
    title: `审计测试 ${n}`, description: '邻里纠纷，请求调解。', channel: 'WINDOW', type: 'NEIGHBOUR', regionId: county.id,
    parties: [{ name: '陈某', role: 'APPLICANT', phone: `1390000${String(1000 + n)}`, idNumber: '441422198001011238' }],
  } })).intakeCase.id;
}

it('writes one entry per request for full party numbers, with who, from where and why; masked answers write none', async () => {
  const ids = [await newCase(1), await newCase(2), await newCase(3)];
  const before = (await entries()).length;
  const CASES = `query CaseListWithParties { cases(first: 10) { edges { node { id parties { phone idNumber } } } } }`;
  const list = await ok('county-operator', CASES, {}, '核实当事人身份\n第二行');
  expect(list.cases.edges.length).toBeGreaterThanOrEqual(3);
  const after = await entries();
  expect(after.length).toBe(before + 1);
  const e = after[after.length - 1];
  expect(e).toMatchObject({ kind: 'PARTY_PII', subject_type: 'Case', actor_username: 'county-operator', reason: '核实当事人身份 第二行' });
  expect(e.subject_ids).toEqual(expect.arrayContaining(ids));
  expect(e.client_address).toMatch(/127\.0\.0\.1|::1/);

  // The 12345 hotline sees the numbers masked: nothing sensitive was served, nothing is written.
  const masked = await ok('partner-12345', `query($id: ID!) { case(id: $id) { parties { phone idNumber } } }`, { id: ids[0] });
  expect(masked.case.parties[0].idNumber).toContain('*');
  expect((await entries()).length).toBe(before + 1);
  // A case read without the parties is not a sensitive read.
  await ok('county-operator', `query($id: ID!) { case(id: $id) { code status } }`, { id: ids[0] });
  expect((await entries()).length).toBe(before + 1);
});

it('audits key persons, reporters\' phones and appointment contacts', async () => {
  const before = (await entries()).length;
  const kp = await ok('county-supervisor', `{ keyPersons(first: 5) { edges { node { id name category } } } }`);
  expect(kp.keyPersons.edges.length).toBeGreaterThan(0);
  const ring = world.grids[0].boundary.slice(0, -1);
  const point = { lng: ring.reduce((s, q) => s + q[0], 0) / ring.length, lat: ring.reduce((s, q) => s + q[1], 0) / ring.length };
  const r = await ok('county-operator', `mutation($input: ReportIssueInput!) { reportIssue(input: $input) { id reporterPhone } }`,
    { input: { ...point, category: '环境卫生', description: '路边垃圾堆积多日', reporterName: '王某', reporterPhone: '13900001111' } });
  expect(r.reportIssue.reporterPhone).toBe('13900001111');
  const gold = world.users.find((u) => u.username === 'mediator-gold')!.mediatorId;
  const b = await ok('county-operator', `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id contactPhone } }`,
    { input: { mediatorId: gold, startsAt: '2027-03-02T01:00:00Z', endsAt: '2027-03-02T01:30:00Z', contactName: '陈某', contactPhone: '13900002222' } });
  expect(b.bookAppointment.contactPhone).toBe('13900002222');
  const kinds = (await entries()).slice(before).map((e) => `${e.kind}:${e.actor_username}`);
  expect(kinds).toEqual(expect.arrayContaining(['KEY_PERSON:county-supervisor', 'REPORTER_PHONE:county-operator', 'CONTACT_PHONE:county-operator']));
  const kpEntry = (await entries()).slice(before).find((e) => e.kind === 'KEY_PERSON')!;
  expect(kpEntry.subject_ids.sort()).toEqual(kp.keyPersons.edges.map((e: { node: { id: string } }) => e.node.id).sort());
});

it('lets supervisors read the log of their jurisdiction, nobody else, and nobody change it', async () => {
  const log = await ok('county-supervisor', `{ sensitiveReads(first: 50, filter: { kind: PARTY_PII }) { totalCount edges { node { kind username reason subjectCount clientAddress at } } } }`);
  expect(log.sensitiveReads.totalCount).toBeGreaterThan(0);
  expect(log.sensitiveReads.edges[0].node).toMatchObject({ kind: 'PARTY_PII', username: 'county-operator' });
  for (const user of ['county-operator', 'admin', 'partner-12345']) {
    const r = await gql(user, `{ sensitiveReads(first: 5) { totalCount } }`);
    expect([user, r.errors?.[0]?.extensions?.code]).toEqual([user, 'FORBIDDEN']);
  }
  await expect(p.sql(`UPDATE audit.sensitive_read SET reason = 'x'`)).rejects.toThrow(/append-only/);
  await expect(p.sql(`DELETE FROM audit.sensitive_read`)).rejects.toThrow(/append-only/);
  await expect(p.sql(`TRUNCATE audit.sensitive_read`)).rejects.toThrow(/append-only/);
});
