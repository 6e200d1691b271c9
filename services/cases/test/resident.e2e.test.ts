/**
 * 居民自助 through the gateway, without a staff token: challenge → code (read from the notification
 * port's local sink) → session → filing (the ordinary intake: channel ONLINE, unified code, ledger,
 * dispatch event) → progress by code + verified phone → resolved by staff → the rating link from the
 * sink → one follow-up in supervision, exactly once. Also: the limits per phone and per address, code
 * attempts, a look-up that learns nothing of another case, and bad input that writes nothing.
 *
 * TRUST_PROXY=1, so each test comes "from" its own X-Forwarded-For address.
 */
import { generateWorld } from '@zz/demo-world';
import { parseConfig } from '@zz/common';
import { startTestPlatform, type GraphQLResult, type TestPlatform } from '@zz/platform/testing';
import type { SupervisionServer } from '@zz/supervision';
import { solveChallenge } from '../src/domain/resident';
import { changedTables, rowCounts } from '../../../e2e/support/row-counts';

const world = generateWorld();
const townA = world.regions.filter((r) => r.level === 'TOWN')[0];
const villageA = world.regions.find((r) => r.parentId === townA.id)!;
const villageMediators = world.mediators.filter((m) => m.kind === 'MEDIATOR' && m.available).map((m) => m.id);

const PER_PHONE = 3;
const PER_ADDRESS = 8;
const FILINGS = 3;
let p: TestPlatform;
beforeAll(async () => {
  const base = parseConfig({ APP_ENV: 'test' });
  p = await startTestPlatform({ config: { trustProxyHops: 1, resident: { ...base.resident, codesPerPhonePerHour: PER_PHONE, requestsPerAddressPerHour: PER_ADDRESS, filingsPerPhonePerDay: FILINGS, codeMaxAttempts: 3, powBits: 8 } } });
});
afterAll(() => p?.stop());

let octet = 10, phoneSeq = 1000;
const newAddress = () => `203.0.113.${octet++}`;
const newPhone = () => `139${String(20260000 + phoneSeq++).padStart(8, '0')}`;

async function pub(query: string, variables: Record<string, unknown>, from: string): Promise<GraphQLResult> {
  const res = await fetch(p.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as GraphQLResult;
}
const err = (r: GraphQLResult) => r.errors?.[0]?.extensions;

const CHALLENGE = `{ residentChallenge { challenge difficulty } }`;
const REQUEST = `mutation($input: RequestResidentCodeInput!) { requestResidentCode(input: $input) { sentTo expiresAt } }`;
const VERIFY = `mutation($input: VerifyResidentCodeInput!) { verifyResidentCode(input: $input) { token phone expiresAt } }`;
const FILE = `mutation($s: String!, $input: ResidentRequestInput!) { fileResidentRequest(session: $s, input: $input) { code status receivedAt } }`;
const PROGRESS = `query($s: String!, $phone: String!, $code: String!) { residentCaseProgress(session: $s, phone: $phone, code: $code) {
  code type status statusLabel centerName departmentName mediatorName partyCount steps { at label } canRate rating } }`;
const LINK = `query($t: String!) { residentRatingLink(token: $t) { code statusLabel rating } }`;
const RATE = `mutation($input: RateResidentCaseInput!) { rateResidentCase(input: $input) { code rating at } }`;

async function requestCode(phone: string, from: string) {
  const c = (await pub(CHALLENGE, {}, from)).data!.residentChallenge;
  return pub(REQUEST, { input: { phone, challenge: c.challenge, answer: solveChallenge(c.challenge, c.difficulty) } }, from);
}

/** The newest message to a phone in the local sink. */
async function lastMessage(phone: string, template?: string): Promise<string> {
  const [row] = await p.sql(`SELECT body FROM cases.notification WHERE recipient = $1 AND ($2::text IS NULL OR template = $2) ORDER BY created_at DESC, id DESC LIMIT 1`, [phone, template ?? null]);
  return row?.body ?? '';
}
const codeIn = (body: string) => /验证码为 (\d{6})/.exec(body)![1];

async function session(phone: string, from = newAddress()): Promise<string> {
  const sent = await requestCode(phone, from);
  expect(sent.errors).toBeUndefined();
  const v = await pub(VERIFY, { input: { phone, code: codeIn(await lastMessage(phone)) } }, from);
  expect(v.errors).toBeUndefined();
  return v.data!.verifyResidentCode.token;
}

const filing = (phone: string, over: Record<string, unknown> = {}) => ({
  type: 'NEIGHBOUR', description: '隔壁商铺的空调外机正对我家卧室窗户，夜间噪音和热风严重影响休息，协商多次未果。', name: '陈美玲', phone, regionId: villageA.id, ...over,
});

const staff = async (user: string, query: string, variables: Record<string, unknown>) => {
  const r = await p.gql(query, variables, await p.login(user));
  if (r.errors?.length) throw new Error(`${user}: ${JSON.stringify(r.errors)}`);
  return r.data as any;
};
const runtime = () => (p.services.supervision as SupervisionServer).runtime;

describe('code, filing, progress and rating', () => {
  it('a resident files with a verified phone; the case is an ONLINE intake with its ledger and event; the rating becomes its follow-up once', async () => {
    const phone = newPhone(), from = newAddress();
    const sent = await requestCode(phone, from);
    expect(sent.data!.requestResidentCode.sentTo).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
    // Codes are stored hashed: the digits sent are nowhere in the code table.
    const code = codeIn(await lastMessage(phone, 'ZZ_CODE'));
    const stored = await p.sql(`SELECT code_hash, phone_hash FROM cases.resident_code`);
    expect(JSON.stringify(stored)).not.toContain(code);
    expect(JSON.stringify(stored)).not.toContain(phone);

    const v = await pub(VERIFY, { input: { phone, code } }, from);
    const token = v.data!.verifyResidentCode.token as string;
    expect(token).not.toContain(phone);
    // A code is used once.
    expect(err(await pub(VERIFY, { input: { phone, code } }, from))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });

    const key = 'form-1';
    const filed = await pub(FILE, { s: token, input: { ...filing(phone), idempotencyKey: key } }, from);
    expect(filed.errors).toBeUndefined();
    const caseCode = filed.data!.fileResidentRequest.code as string;
    // A retry of the same form registers nothing new.
    const again = await pub(FILE, { s: token, input: { ...filing(phone), idempotencyKey: key } }, from);
    expect(again.data!.fileResidentRequest.code).toBe(caseCode);

    const [c] = await p.sql(`SELECT id, channel, status, received_by FROM cases."case" WHERE code = $1`, [caseCode]);
    expect(c).toMatchObject({ channel: 'ONLINE', status: 'REGISTERED', received_by: null });
    expect((await p.sql(`SELECT action FROM cases.case_event WHERE case_id = $1`, [c.id])).map((e) => e.action)).toEqual(['intake']);
    expect((await p.sql(`SELECT kind FROM events.dispatch_event WHERE case_id = $1`, [c.id])).map((e) => e.kind)).toEqual(['CASE_RECEIVED']);
    expect(await lastMessage(phone, 'ZZ_RECEIPT')).toContain(caseCode);
    // Staff see it in their list like any intake.
    const list = await staff('village-a-operator', `query($f: CaseFilter) { cases(filter: $f, first: 5) { edges { node { code channel } } } }`, { f: { channel: ['ONLINE'] } });
    expect(list.cases.edges.map((e: any) => e.node.code)).toContain(caseCode);

    const progress = async () => (await pub(PROGRESS, { s: token, phone, code: caseCode }, from)).data!.residentCaseProgress;
    expect(await progress()).toMatchObject({ code: caseCode, status: 'REGISTERED', partyCount: 1, canRate: false, steps: [{ label: '已登记，案件编号已生成' }] });

    // Staff take it to resolution through the graph.
    await staff('village-a-operator', `mutation($id: ID!) { acceptCase(id: $id, complexity: SIMPLE) { id } }`, { id: c.id });
    await staff('village-a-operator', `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`, { input: { caseId: c.id, mediatorId: villageMediators[0] } });
    await staff('village-a-operator', `mutation($id: ID!) { startMediation(id: $id) { id } }`, { id: c.id });
    await staff('village-a-operator', `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`,
      { input: { caseId: c.id, outcome: 'RESOLVED', agreement: '商铺将空调外机移至背街一侧，夜间十点后调低风速。' } });
    const done = await progress();
    expect(done).toMatchObject({ status: 'RESOLVED', canRate: true, rating: null });
    expect(done.mediatorName).toMatch(/^\S\*+（调解员）$/);
    expect(done.steps.map((s: any) => s.label)).toEqual(['已登记，案件编号已生成', '综治中心已受理', '已交办承办部门（调解员）', '开始调解', '调解成功，已化解']);
    // Nothing of the agreement, the notes or the staff accounts reaches the resident.
    expect(JSON.stringify(done)).not.toMatch(/空调外机移至|village-a-operator/);

    const link = /\/resident\/rate\?t=(\S+)/.exec(await lastMessage(phone, 'ZZ_RESOLVED'))![1];
    const t = decodeURIComponent(link);
    expect((await pub(LINK, { t }, from)).data!.residentRatingLink).toEqual({ code: caseCode, statusLabel: '已化解', rating: null });
    await waitForSupervision(c.id);
    // Two submissions at once: exactly one lands.
    const answers = await Promise.all([
      pub(RATE, { input: { token: t, rating: 'SATISFIED', comment: '调解员很耐心' } }, from),
      pub(RATE, { input: { token: t, rating: 'UNSATISFIED' } }, from),
    ]);
    expect(answers.filter((a) => a.data?.rateResidentCase).length).toBe(1);
    expect(answers.filter((a) => err(a)?.code === 'CONFLICT').length).toBe(1);
    const followUps = await p.sql(`SELECT rating FROM supervision.follow_up WHERE case_id = $1`, [c.id]);
    expect(followUps).toHaveLength(1);
    expect(err(await pub(RATE, { input: { token: t, rating: 'SATISFIED' } }, from))?.code).toBe('CONFLICT');
    expect((await progress()).rating).toBe(followUps[0].rating);
    const f = await staff('county-supervisor', `query($id: ID!) { case(id: $id) { supervision { followUp { rating } } } }`, { id: c.id });
    expect(f.case.supervision.followUp.rating).toBe(followUps[0].rating);
  });
});

async function waitForSupervision(caseId: string) {
  for (let i = 0; i < 200; i++) {
    const [r] = await p.sql(`SELECT status FROM supervision.case_read WHERE case_id = $1`, [caseId]);
    if (r?.status === 'RESOLVED') return;
    await runtime().drain();
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('supervision did not catch up');
}

describe('a place on the map', () => {
  it('files in the grid containing the point; a point outside every grid is refused naming it', async () => {
    const phone = newPhone(), from = newAddress();
    const s = await session(phone, from);
    const grid = world.grids.find((g) => g.villageRegionId === villageA.id)!;
    const ring = grid.boundary.slice(0, -1);
    const point = { lng: ring.reduce((a, q) => a + q[0], 0) / ring.length, lat: ring.reduce((a, q) => a + q[1], 0) / ring.length };
    const filed = await pub(FILE, { s, input: filing(phone, { regionId: null, ...point }) }, from);
    expect(filed.errors).toBeUndefined();
    const [c] = await p.sql(`SELECT region_id FROM cases."case" WHERE code = $1`, [filed.data!.fileResidentRequest.code]);
    expect(c.region_id).toBe(grid.regionId);
    expect(err(await pub(FILE, { s, input: filing(phone, { regionId: null, lat: 0.5, lng: 0.5 }) }, from))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lat' });
  });
});

describe('what a look-up reveals', () => {
  it('another phone, a made-up code or another case answer null; a session is bound to its phone', async () => {
    const mine = newPhone(), theirs = newPhone();
    const [s1, s2] = [await session(mine), await session(theirs)];
    const from = newAddress();
    const code = (await pub(FILE, { s: s1, input: filing(mine) }, from)).data!.fileResidentRequest.code;
    expect((await pub(PROGRESS, { s: s2, phone: theirs, code }, from)).data!.residentCaseProgress).toBeNull();
    expect((await pub(PROGRESS, { s: s1, phone: mine, code: '441422-20200101-9999' }, from)).data!.residentCaseProgress).toBeNull();
    // Cases registered at the window: one where my phone is the applicant's (mine to follow), one where it is the respondent's (not).
    const windowCase = async (parties: Record<string, unknown>[]) => (await staff('village-a-operator', `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { code } }`, { input: {
      title: '宅基地边界纠纷', description: '两户因宅基地边界发生争执，请求村调委调解。', channel: 'WINDOW', type: 'LAND', regionId: villageA.id, parties,
    } })).intakeCase.code as string;
    const asApplicant = await windowCase([{ name: '陈美玲', role: 'APPLICANT', phone: mine }, { name: '李某', role: 'RESPONDENT', phone: theirs }]);
    const asRespondent = await windowCase([{ name: '李某', role: 'APPLICANT', phone: theirs }, { name: '陈美玲', role: 'RESPONDENT', phone: mine }]);
    const seen = (await pub(PROGRESS, { s: s1, phone: mine, code: asApplicant }, from)).data!.residentCaseProgress;
    expect(seen).toMatchObject({ code: asApplicant, partyCount: 2 });
    expect(JSON.stringify(seen)).not.toMatch(new RegExp(`李某|${theirs}`));
    expect((await pub(PROGRESS, { s: s1, phone: mine, code: asRespondent }, from)).data!.residentCaseProgress).toBeNull();
    // The other phone's session with my number is refused, and so is filing in my name with it.
    expect(err(await pub(PROGRESS, { s: s2, phone: mine, code }, from))).toMatchObject({ code: 'FORBIDDEN', field: 'phone' });
    expect(err(await pub(FILE, { s: s2, input: filing(mine) }, from))).toMatchObject({ code: 'FORBIDDEN', field: 'input.phone' });
    expect(err(await pub(PROGRESS, { s: `${s1}x`, phone: mine, code }, from))).toMatchObject({ code: 'FORBIDDEN', field: 'session' });
  });
});

describe('limits', () => {
  it('codes per phone per hour, whatever the address', async () => {
    const phone = newPhone();
    const answers = [];
    for (let i = 0; i < PER_PHONE + 1; i++) answers.push(await requestCode(phone, newAddress()));
    expect(answers.slice(0, PER_PHONE).every((a) => !a.errors)).toBe(true);
    expect(err(answers[PER_PHONE])).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
  });

  it('spent windows and codes of keys that never come back are swept as new windows open', async () => {
    await p.sql(`INSERT INTO cases.resident_throttle (bucket, key_hash, window_start, count)
      SELECT 'phone-hour', 'stale-' || g, now() - interval '3 days', 1 FROM generate_series(1, 5) g`);
    await p.sql(`INSERT INTO cases.resident_throttle (bucket, key_hash, window_start, count) VALUES ('phone-hour', 'recent-other', now() - interval '1 hour', 1)`);
    await p.sql(`INSERT INTO cases.resident_code (id, phone_hash, code_hash, challenge, created_at, expires_at)
      VALUES (gen_random_uuid(), 'stale-phone', 'x', 'stale-challenge', now() - interval '3 days', now() - interval '3 days')`);
    expect((await requestCode(newPhone(), newAddress())).errors).toBeUndefined();
    const left = await p.sql<{ k: string }>(`SELECT key_hash AS k FROM cases.resident_throttle WHERE key_hash LIKE 'stale-%' OR key_hash = 'recent-other'`);
    expect(left.map((r) => r.k)).toEqual(['recent-other']);
    expect(await p.sql(`SELECT 1 FROM cases.resident_code WHERE phone_hash = 'stale-phone'`)).toEqual([]);
  });

  it('calls per address, whatever the phone', async () => {
    const from = newAddress();
    const answers = [];
    for (let i = 0; i < PER_ADDRESS + 1; i++) answers.push(await requestCode(newPhone(), from));
    expect(answers.slice(0, PER_ADDRESS).every((a) => !a.errors)).toBe(true);
    expect(err(answers[PER_ADDRESS])?.code).toBe('RATE_LIMITED');
  });

  it('filings per phone per day, whatever the address', async () => {
    const phone = newPhone();
    const s = await session(phone);
    const answers = [];
    for (let i = 0; i < FILINGS + 1; i++) answers.push(await pub(FILE, { s, input: filing(phone) }, newAddress()));
    expect(answers.slice(0, FILINGS).every((a) => !a.errors)).toBe(true);
    expect(err(answers[FILINGS])).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
  });

  it('a code allows a few attempts, then even the right one is refused; an old code dies with a new one', async () => {
    const phone = newPhone(), from = newAddress();
    await requestCode(phone, from);
    const right = codeIn(await lastMessage(phone));
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 3; i++) expect(err(await pub(VERIFY, { input: { phone, code: wrong } }, from))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
    expect((await pub(VERIFY, { input: { phone, code: right } }, from)).errors?.[0].message).toMatch(/已失效/);
    const phone2 = newPhone(), from2 = newAddress();
    await requestCode(phone2, from2);
    const first = codeIn(await lastMessage(phone2));
    await requestCode(phone2, from2);
    expect((await pub(VERIFY, { input: { phone: phone2, code: first } }, from2)).errors).toBeDefined();
  });

  it('a code is sent only against a solved, unspent challenge', async () => {
    const from = newAddress(), phone = newPhone();
    const c = (await pub(CHALLENGE, {}, from)).data!.residentChallenge;
    const bad = (await pub(REQUEST, { input: { phone, challenge: c.challenge, answer: 'x' } }, from));
    expect(err(bad)?.code).toBe('BAD_USER_INPUT');
    expect(['input.answer', 'input.challenge']).toContain(err(bad)?.field);
    const answer = solveChallenge(c.challenge, c.difficulty);
    expect((await pub(REQUEST, { input: { phone, challenge: c.challenge, answer } }, from)).errors).toBeUndefined();
    expect(err(await pub(REQUEST, { input: { phone, challenge: c.challenge, answer } }, from))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.challenge' });
  });
});

describe('bad input', () => {
  it('is refused naming the field, and writes nothing', async () => {
    const phone = newPhone();
    const s = await session(phone);
    const from = newAddress();
    const before = await rowCounts(p);
    const calls: [string, Record<string, unknown>, string][] = [
      [FILE, { s, input: filing(phone, { description: '太吵了' }) }, 'input.description'],
      [FILE, { s, input: filing(phone, { regionId: null }) }, 'input.regionId'],
      [FILE, { s, input: filing(phone, { name: '' }) }, 'input.name'],
      [FILE, { s, input: filing(phone, { regionId: '00000000-0000-4000-8000-000000000000' }) }, 'input.regionId'],
      [REQUEST, { input: { phone: '12345', challenge: 'x', answer: '1' } }, 'input.phone'],
      [VERIFY, { input: { phone, code: '12ab' } }, 'input.code'],
      [RATE, { input: { token: 'forged.token', rating: 'SATISFIED' } }, 'input.token'],
    ];
    for (const [query, variables, field] of calls) {
      const r = await pub(query, variables, from);
      expect(r.data?.[Object.keys(r.data ?? {})[0]] ?? null).toBeNull();
      expect(err(r)?.field).toBe(field);
    }
    const changed = changedTables(before, await rowCounts(p)).filter((t) => !t.startsWith('cases.resident_throttle'));
    expect(changed).toEqual([]);
  });
});

describe('the local sink', () => {
  it('is readable by an admin in test mode, and by nobody without a token', async () => {
    const phone = newPhone();
    await requestCode(phone, newAddress());
    const r = await staff('admin', `query($r: String) { notificationOutbox(recipient: $r, first: 5) { template body recipient } }`, { r: phone });
    expect(r.notificationOutbox[0]).toMatchObject({ template: 'ZZ_CODE', recipient: phone });
    expect(err(await pub(`{ notificationOutbox { id } }`, {}, newAddress()))?.code).toBe('UNAUTHENTICATED');
  });
});
