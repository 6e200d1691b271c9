/**
 * 重点人群 三级预警 and 走访 through the gateway: a new record starts 黄色 and due in 30 days; raising the tier
 * brings the due date forward from the same last visit; a visit moves the plan on (a late entry older than the
 * last visit does not move it back); "who is due" lists exactly the overdue; bad input names its field and
 * writes nothing; others' grids answer NOT_FOUND / FORBIDDEN; the demo seeds tiers, cadres and visits.
 */
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import type { GridServer } from '../src/public';
import { asIdentity, codeOf, demoGrids, expectOk, type DemoGrid } from './helpers';

let p: TestPlatform;
let x: DemoGrid, y: DemoGrid;
beforeAll(async () => {
  p = await startTestPlatform();
  ({ x, y } = await demoGrids(p));
});
afterAll(async () => {
  await p?.stop();
});

const DAY = 86_400_000;
const FIELDS = `id tier tierLabel responsibleCadre visitEveryDays ownVisitInterval lastVisitedAt nextVisitDueAt visitOverdue visits { kind kindLabel visitedAt metInPerson note visitorName }`;
const ADD = `mutation($input: AddKeyPersonInput!) { addKeyPerson(input: $input) { ${FIELDS} createdAt: updatedAt } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateKeyPersonInput!) { updateKeyPerson(id: $id, input: $input) { ${FIELDS} } }`;
const VISIT = `mutation($input: RecordKeyPersonVisitInput!) { recordKeyPersonVisit(input: $input) { id kind visitorName keyPerson { ${FIELDS} } } }`;
const counts = async () => (await p.sql<{ v: number; k: string }>(`SELECT (SELECT count(*)::int FROM grid.key_person_visit) AS v,
  (SELECT string_agg(id || tier || coalesce(last_visited_at::text, '') || next_visit_due_at::text, ',' ORDER BY id) FROM grid.key_person) AS k`))[0];

describe('三级预警 and the visit plan', () => {
  let worker: string;
  let id: string;
  let created: number;

  beforeAll(async () => {
    worker = await p.login('grid-a-worker');
    const r = expectOk(await p.gql<any>(ADD, { input: { gridId: x.id, name: '测试走访对象', category: 'KEY_PETITIONER', plan: '包保干部每月面谈一次，网格员每周走访。', responsibleCadre: '黄志强（村党支部书记）' } }, worker)).addKeyPerson;
    id = r.id;
    created = Date.parse(r.createdAt);
    expect(r).toMatchObject({ tier: 'YELLOW', tierLabel: '黄色预警', responsibleCadre: '黄志强（村党支部书记）', visitEveryDays: 30, ownVisitInterval: false, lastVisitedAt: null, visitOverdue: false, visits: [] });
    expect(Date.parse(r.nextVisitDueAt) - created).toBe(30 * DAY);
  });

  it('raising the tier to 红色 brings the due date forward to 7 days after registration', async () => {
    const r = expectOk(await p.gql<any>(UPDATE, { id, input: { tier: 'RED' } }, worker)).updateKeyPerson;
    expect(r).toMatchObject({ tier: 'RED', tierLabel: '红色预警', visitEveryDays: 7 });
    expect(Date.parse(r.nextVisitDueAt) - created).toBe(7 * DAY);
  });

  it('a visit moves the plan on from the visit; a late entry older than the last visit does not move it back', async () => {
    // As if registered ten days ago (a late entry may not predate the registration).
    await p.sql(`UPDATE grid.key_person SET created_at = created_at - interval '10 days' WHERE id = $1`, [id]);
    const at = new Date(Date.now() - 60_000).toISOString();
    const v = expectOk(await p.gql<any>(VISIT, { input: { keyPersonId: id, kind: 'HOME_VISIT', visitedAt: at, note: '入户走访，本人在家，情绪平稳，表示按程序反映诉求。' } }, worker)).recordKeyPersonVisit;
    expect(v.kind).toBe('HOME_VISIT');
    expect(v.visitorName.length).toBeGreaterThan(1);
    expect(v.keyPerson.lastVisitedAt).toBe(at);
    expect(Date.parse(v.keyPerson.nextVisitDueAt) - Date.parse(at)).toBe(7 * DAY);

    const late = new Date(Date.parse(at) - 2 * DAY).toISOString();
    const w = expectOk(await p.gql<any>(VISIT, { input: { keyPersonId: id, kind: 'PHONE', visitedAt: late, metInPerson: false, note: '补录：电话联系其家属，近况平稳。' } }, worker)).recordKeyPersonVisit;
    expect(w.keyPerson.lastVisitedAt).toBe(at);
    expect(w.keyPerson.visits.map((x: any) => [x.kind, x.kindLabel, x.metInPerson])).toEqual([['HOME_VISIT', '入户走访', true], ['PHONE', '电话联系', false]]);
  });

  it('an own interval in the 一人一策 replaces the tier’s; null goes back to it', async () => {
    const own = expectOk(await p.gql<any>(UPDATE, { id, input: { visitEveryDays: 3 } }, worker)).updateKeyPerson;
    expect(own).toMatchObject({ visitEveryDays: 3, ownVisitInterval: true });
    expect(Date.parse(own.nextVisitDueAt) - Date.parse(own.lastVisitedAt)).toBe(3 * DAY);
    const back = expectOk(await p.gql<any>(UPDATE, { id, input: { visitEveryDays: null } }, worker)).updateKeyPerson;
    expect(back).toMatchObject({ visitEveryDays: 7, ownVisitInterval: false });
  });

  it('bad input names its fields and writes nothing', async () => {
    const before = await counts();
    const bad = await p.gql(VISIT, { input: { keyPersonId: id, kind: 'HOME_VISIT', visitedAt: new Date(Date.now() + DAY).toISOString(), note: '好' } }, worker);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect((bad.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual(['input.visitedAt', 'input.note']);
    const badUpdate = await p.gql(UPDATE, { id, input: { plan: '改', visitEveryDays: 0, responsibleCadre: '黄' } }, worker);
    expect((badUpdate.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(['input.plan', 'input.responsibleCadre', 'input.visitEveryDays']);
    const badKind = await p.gql(VISIT, { input: { keyPersonId: id, kind: 'LETTER', note: '入户走访正常' } }, worker);
    expect(codeOf(badKind)).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('another grid’s worker gets NOT_FOUND (the record is not revealed); a role without the grant FORBIDDEN', async () => {
    const before = await counts();
    const other = await asIdentity(p, { roles: ['GRID_WORKER'], regionCode: y.code }, VISIT, { input: { keyPersonId: id, kind: 'PHONE', note: '电话联系，近况平稳' } });
    expect(codeOf(other)).toBe('NOT_FOUND');
    const operator = await p.gql(VISIT, { input: { keyPersonId: id, kind: 'PHONE', note: '电话联系，近况平稳' } }, await p.login('county-operator'));
    expect(codeOf(operator)).toBe('FORBIDDEN');
    expect(codeOf(await p.gql(VISIT, { input: { keyPersonId: 'not-an-id', kind: 'PHONE', note: '电话联系，近况平稳' } }, worker))).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });
});

describe('who is due (走访到期)', () => {
  it('the county supervisor lists exactly the records past their plan, by tier too; the demo seeds some', async () => {
    const supervisor = await p.login('county-supervisor');
    const LIST = `query($tier: KeyPersonTier, $due: Boolean) { keyPersons(tier: $tier, visitDue: $due, first: 100) { totalCount edges { node { id tier responsibleCadre nextVisitDueAt visitOverdue visits(first: 1) { visitorName } } } } }`;
    const due = expectOk(await p.gql<any>(LIST, { due: true }, supervisor)).keyPersons;
    const [sql] = await p.sql<{ n: number; red: number }>(`SELECT count(*)::int AS n, count(*) FILTER (WHERE tier = 'RED')::int AS red FROM grid.key_person WHERE next_visit_due_at < now()`);
    expect(due.totalCount).toBe(sql.n);
    expect(due.totalCount).toBeGreaterThan(0);
    expect(due.edges.every((e: any) => e.node.visitOverdue && Date.parse(e.node.nextVisitDueAt) < Date.now())).toBe(true);
    const redDue = expectOk(await p.gql<any>(LIST, { due: true, tier: 'RED' }, supervisor)).keyPersons;
    expect(redDue.totalCount).toBe(sql.red);
    expect(redDue.edges.every((e: any) => e.node.tier === 'RED')).toBe(true);

    // The demo's records carry a cadre, and the visited ones their visit by the grid's worker.
    const all = expectOk(await p.gql<any>(LIST, {}, supervisor)).keyPersons.edges.map((e: any) => e.node);
    expect(all.every((k: any) => typeof k.responsibleCadre === 'string' && k.responsibleCadre.length >= 2)).toBe(true);
    expect(all.some((k: any) => k.visits.length === 1 && k.visits[0].visitorName.length >= 2)).toBe(true);
    expect(new Set(all.map((k: any) => k.tier)).size).toBe(3);
  });
});

describe('the watch announces an overdue visit on the board once per due date (KEY_PERSON_VISIT_OVERDUE)', () => {
  it('one event per overdue record, without the name; again only after the plan moved and went overdue again', async () => {
    const watch = (p.services.grid as GridServer).watch;
    await watch.run(); // the demo's overdue records
    const worker = await p.login('grid-a-worker');
    const name = '看护对象甲';
    const { id } = expectOk(await p.gql<any>(ADD, { input: { gridId: x.id, name, category: 'SEVERE_MENTAL_DISORDER', plan: '监护人看护，网格员每周随访。', tier: 'ORANGE' } }, worker)).addKeyPerson;
    const overdue = () => p.sql(`UPDATE grid.key_person SET created_at = now() - interval '20 days', next_visit_due_at = now() - interval '5 days' WHERE id = $1`, [id]);
    const events = () => p.sql<{ kind: string; region_code: string; data: any }>(`SELECT kind, region_code, data FROM events.dispatch_event WHERE data->>'keyPersonId' = $1 ORDER BY tx, id`, [id]);
    await overdue();
    expect(await watch.run()).toBe(1);
    expect(await watch.run()).toBe(0);
    const [e] = await events();
    expect(e).toMatchObject({ kind: 'KEY_PERSON_VISIT_OVERDUE', region_code: x.code, data: { keyPersonId: id, gridId: x.id, tier: 'ORANGE' } });
    expect(e.data.note).toMatch(/^橙色预警重点人员走访超期（应于 \d\d-\d\d \d\d:\d\d 前走访）$/);
    expect(JSON.stringify(e.data)).not.toContain(name);

    // Visited: the plan moves on, nothing to announce; overdue again (a new due date): announced again, once.
    expectOk(await p.gql<any>(VISIT, { input: { keyPersonId: id, kind: 'PHONE', note: '电话联系监护人，病情稳定。' } }, worker));
    expect(await watch.run()).toBe(0);
    await p.sql(`UPDATE grid.key_person SET next_visit_due_at = now() - interval '1 day' WHERE id = $1`, [id]);
    expect(await watch.run()).toBe(1);
    expect((await events()).map((x) => x.kind)).toEqual(['KEY_PERSON_VISIT_OVERDUE', 'KEY_PERSON_VISIT_OVERDUE']);

    // The county dispatcher's board gets the event through the graph, the grid named, the person not.
    const dispatcher = await p.login('county-dispatcher');
    const cursor = (await p.sql<{ c: string }>(`SELECT e.tx::text || '_' || e.id::text AS c FROM events.dispatch_event e WHERE e.data->>'keyPersonId' = $1 ORDER BY e.tx DESC, e.id DESC LIMIT 1`, [id]))[0].c;
    const read = expectOk(await p.gql<any>(`query($c: String!) { _dispatchEvent(cursor: $c) { kind note region { id name } } }`, { c: cursor }, dispatcher));
    expect(read._dispatchEvent).toMatchObject({ kind: 'KEY_PERSON_VISIT_OVERDUE', region: { id: x.id } });
  });
});
