/**
 * Risk warnings that concern key persons, through the gateway and the real log: a record keyed by its ID
 * number (only the hash kept) is matched with the parties of a case that draws a warning; its tier rises to
 * the warning's level (never falls); the match is on the record and on the warning, and on the board as
 * KEY_PERSON_RISK_WARNING without the name — the person is named to those who may read key persons only.
 * A replay changes nothing; a record of another county is never matched; bad identifiers write nothing.
 */
import { idNumberCheckChar } from '@zz/common';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import type { GridServer } from '../src/public';
import { codeOf, demoGrids, expectOk, fieldOf, type DemoGrid } from './helpers';

let p: TestPlatform;
let x: DemoGrid, b: DemoGrid;
beforeAll(async () => {
  p = await startTestPlatform();
  ({ x, b } = await demoGrids(p));
});
afterAll(async () => {
  await p?.stop();
});

const idNumber = (seq: number) => {
  const first17 = `44142219850612${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
};
const drainSupervision = () => (p.services.supervision as unknown as { runtime: { drain(): Promise<unknown> } }).runtime.drain();
const riskWatch = () => (p.services.grid as GridServer).riskWatch;

/**
 * Drives supervision's consumer and the grid's risk watch until `read` gives something. Both read only the log's
 * final events, and a transaction open anywhere on the server (another test file's) holds that horizon back a moment.
 */
async function settled<T>(what: string, read: () => Promise<T | null | undefined | false>, timeout = 30_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    await drainSupervision();
    await riskWatch().run();
    const got = await read();
    if (got) return got;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const linksOf = async (keyPersonId: string) =>
  (await p.sql<{ n: number }>(`SELECT count(*)::int AS n FROM grid.key_person_risk WHERE key_person_id = $1`, [keyPersonId]))[0].n;

const ADD = `mutation($input: AddKeyPersonInput!) { addKeyPerson(input: $input) { id tier hasIdNumber hasPhone } }`;
const PERSON = `query($g: ID!) { keyPersons(gridId: $g, first: 100) { edges { node { id tier visitEveryDays
  riskWarnings { caseCode ruleName reason level tierBefore tierAfter raised riskWarning { id rule ruleName level } case { id } } } } } }`;
const INTAKE = `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id code } }`;

async function person(token: string, id: string) {
  const r = await p.gql<any>(PERSON, { g: x.id }, token);
  if (!r.data?.keyPersons) throw new Error(JSON.stringify(r));
  const all = expectOk(r).keyPersons.edges.map((e: any) => e.node);
  return all.find((k: any) => k.id === id);
}

async function file(parties: { name: string; role: string; idNumber?: string }[], channel: string, regionId: string) {
  return expectOk(await p.gql<any>(INTAKE, { input: {
    title: '反映征地补偿款未足额发放', description: '多次反映村集体征地补偿款分配不公，要求重新核算。', channel, type: 'LAND', regionId, parties,
  } }, await p.login('county-operator'))).intakeCase as { id: string; code: string };
}

describe('a risk warning about a key person', () => {
  const id17 = idNumber(7);
  let worker: string;
  let keyPersonId: string;
  let elsewhereId: string;
  let second: { id: string; code: string };

  beforeAll(async () => {
    worker = await p.login('grid-a-worker');
    const k = expectOk(await p.gql<any>(ADD, { input: { gridId: x.id, name: '测试信访人甲', category: 'KEY_PETITIONER', plan: '包保干部每月面谈，网格员每月走访。', idNumber: id17 } }, worker)).addKeyPerson;
    expect(k).toMatchObject({ tier: 'YELLOW', hasIdNumber: true, hasPhone: false });
    keyPersonId = k.id;
    // The same person registered in another county (moved here from there): never matched with this county's cases.
    const supervisor = await p.login('county-supervisor');
    elsewhereId = expectOk(await p.gql<any>(ADD, { input: { gridId: b.id, name: '测试信访人甲', category: 'KEY_PETITIONER', plan: '原籍登记，按原籍一人一策管理。', idNumber: id17 } }, supervisor)).addKeyPerson.id;
    await p.sql(`UPDATE grid.key_person SET region_code = '441499' || substr(region_code, 7) WHERE id = $1`, [elsewhereId]);
  });

  it('keeps only the hash of the ID number', async () => {
    const [row] = await p.sql<{ t: string }>(`SELECT row_to_json(k)::text AS t FROM grid.key_person k WHERE id = $1`, [keyPersonId]);
    expect(row.t).not.toContain(id17);
    expect(row.t).not.toContain(id17.slice(0, 17));
  });

  it('a malformed ID number or phone is BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await p.sql(`SELECT count(*)::int AS n, max(updated_at) AS u FROM grid.key_person`);
    const bad = await p.gql(ADD, { input: { gridId: x.id, name: '测试对象乙', category: 'OTHER', plan: '网格员每月走访一次。', idNumber: '441422198506120071' } }, worker);
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'input.idNumber']);
    expect(JSON.stringify(bad.errors)).not.toContain('441422198506120071');
    const badPhone = await p.gql(`mutation($id: ID!) { updateKeyPerson(id: $id, input: { phone: "12345" }) { id } }`, { id: keyPersonId }, worker);
    expect([codeOf(badPhone), fieldOf(badPhone)]).toEqual(['BAD_USER_INPUT', 'input.phone']);
    expect(await p.sql(`SELECT count(*)::int AS n, max(updated_at) AS u FROM grid.key_person`)).toEqual(before);
  });

  it('a repeat petition by the same ID number raises the record to 橙色 and links it to the warning', async () => {
    const parties = (name: string) => [{ name, role: 'APPLICANT', idNumber: id17 }, { name: '某村经济合作社', role: 'RESPONDENT' }];
    await file(parties('申请人丙'), 'PETITION', x.villageId);
    second = await file(parties('申请人丁'), 'PETITION', x.villageId);
    const hit = await settled('the repeat-petition warning', async () =>
      (await p.sql<{ id: string; level: string }>(`SELECT id, level FROM supervision.risk_hit WHERE case_id = $1 AND rule = 'REPEAT_PETITION'`, [second.id]))[0]);
    expect(hit.level).toBe('ORANGE');
    await settled('the record linked to the warning', async () => (await linksOf(keyPersonId)) > 0);
    expect(await linksOf(keyPersonId)).toBe(1);
    // The grid worker reads the record and why it was raised; the warning and the case are the village's, beyond the grid.
    const k = await person(worker, keyPersonId);
    expect(k).toMatchObject({ tier: 'ORANGE', visitEveryDays: 15 });
    const link = { caseCode: second.code, ruleName: '重复信访', reason: expect.any(String), level: 'ORANGE', tierBefore: 'YELLOW', tierAfter: 'ORANGE', raised: true };
    expect(k.riskWarnings).toEqual([{ ...link, riskWarning: null, case: { id: second.id } }]);
    // The county supervisor sees the warning and the case as well.
    expect((await person(await p.login('county-supervisor'), keyPersonId)).riskWarnings).toEqual([{
      ...link, riskWarning: { id: hit.id, rule: 'REPEAT_PETITION', ruleName: '重复信访', level: 'ORANGE' }, case: { id: second.id },
    }]);
    // The record of the other county was not touched.
    expect(await p.sql(`SELECT tier, (SELECT count(*)::int FROM grid.key_person_risk r WHERE r.key_person_id = k.id) AS links FROM grid.key_person k WHERE id = $1`, [elsewhereId]))
      .toEqual([{ tier: 'YELLOW', links: 0 }]);
  });

  it('is on the board without the name; the person is named to key-person readers only', async () => {
    const events = await p.sql<{ c: string; kind: string; region_code: string; case_id: string; data: any }>(
      `SELECT e.tx::text || '_' || e.id::text AS c, kind, region_code, case_id, data FROM events.dispatch_event e WHERE kind = 'KEY_PERSON_RISK_WARNING' AND data->>'keyPersonId' = $1`, [keyPersonId]);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e).toMatchObject({ region_code: x.code, case_id: second.id, data: { gridId: x.id, tier: 'ORANGE', tierBefore: 'YELLOW', raised: true, rule: 'REPEAT_PETITION' } });
    expect(e.data.note).toBe(`风险预警涉及重点人员，预警等级由黄色预警调为橙色预警（案件 ${second.code}）`);
    expect(JSON.stringify(e.data)).not.toMatch(/测试信访人甲|申请人|441422198506120/);

    const READ = `query($c: String!) { _dispatchEvent(cursor: $c) { kind note region { id } case { id } keyPerson { id name tier } riskWarning { ruleName keyPersons { id name } } } }`;
    const asSupervisor = expectOk(await p.gql<any>(READ, { c: e.c }, await p.login('county-supervisor')))._dispatchEvent;
    expect(asSupervisor).toMatchObject({ kind: 'KEY_PERSON_RISK_WARNING', region: { id: x.id }, case: { id: second.id },
      keyPerson: { id: keyPersonId, name: '测试信访人甲', tier: 'ORANGE' }, riskWarning: { ruleName: '重复信访', keyPersons: [{ id: keyPersonId, name: '测试信访人甲' }] } });
    const asDispatcher = await p.gql<any>(READ, { c: e.c }, await p.login('county-dispatcher'));
    expect(asDispatcher.errors).toBeUndefined();
    expect(asDispatcher.data._dispatchEvent).toMatchObject({ kind: 'KEY_PERSON_RISK_WARNING', keyPerson: null, riskWarning: { ruleName: '重复信访', keyPersons: [] } });
    expect(JSON.stringify(asDispatcher)).not.toContain('测试信访人甲');
  });

  it('a replay changes nothing; a lower warning links without lowering the tier; a name matches in its village', async () => {
    // The whole log again, to its end: every match was kept before, so nothing new is linked or announced.
    await p.sql(`DELETE FROM events.consumer_cursor WHERE consumer = 'grid-key-person-risk'`);
    await settled('the replay to reach the end of the log', async () => (await p.sql<{ done: boolean }>(
      `SELECT (c.tx, c.id) >= (SELECT d.tx, d.id FROM events.dispatch_event d ORDER BY d.tx DESC, d.id DESC LIMIT 1) AS done
         FROM events.consumer_cursor c WHERE c.consumer = 'grid-key-person-risk'`))[0]?.done);
    expect(await linksOf(keyPersonId)).toBe(1);
    expect(await p.sql(`SELECT count(*)::int AS n FROM events.dispatch_event WHERE kind = 'KEY_PERSON_RISK_WARNING' AND data->>'keyPersonId' = $1`, [keyPersonId])).toEqual([{ n: 1 }]);

    // A 红色 record named like an applicant of a group dispute (ORANGE) in its village: linked, still 红色.
    const red = expectOk(await p.gql<any>(ADD, { input: { gridId: x.id, name: '测试组织者戊', category: 'KEY_PETITIONER', plan: '包保干部每周面谈。', tier: 'RED' } }, worker)).addKeyPerson;
    const applicants = ['测试组织者戊', ...Array.from({ length: 10 }, (_, i) => `测试工友${i + 1}号`)].map((name) => ({ name, role: 'APPLICANT' }));
    const group = await file([...applicants, { name: '某建筑劳务公司', role: 'RESPONDENT' }], 'WINDOW', x.villageId);
    await settled('the red record linked to the group warning', async () => (await linksOf(red.id)) > 0);
    expect(await linksOf(red.id)).toBe(1);
    const k = await person(worker, red.id);
    expect(k).toMatchObject({ tier: 'RED', visitEveryDays: 7 });
    expect(k.riskWarnings).toEqual([expect.objectContaining({ caseCode: group.code, level: 'ORANGE', tierBefore: 'RED', tierAfter: 'RED', raised: false })]);
  });
});
