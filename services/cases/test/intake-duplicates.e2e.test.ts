/**
 * 受理前查重 through the gateway (Query.intakeDuplicates): the intake form asks, before saving, which
 * cases of the caller's jurisdiction may be the same dispute. Same rule as intake's possibleDuplicates,
 * numbers masked, other towns' cases never shown, nothing written, bad numbers named by field.
 */
import { idNumberCheckChar } from '@zz/common';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { Api, intakeInput } from './api';
import { phone, townB, villageA, villageB } from './world-fixtures';

jest.setTimeout(60_000);

let p: TestPlatform;
let api: Api;
beforeAll(async () => {
  p = await startTestPlatform();
  api = new Api(p);
});
afterAll(async () => {
  await p?.stop();
});

const CHECK = `query($input: IntakeDuplicatesInput!) {
  intakeDuplicates(input: $input) { daysApart reasons case { id code title status } }
}`;
type Dup = { daysApart: number; reasons: string[]; case: { id: string; code: string; title: string; status: string } };

let seq = 0;
/** A fresh valid ID number (check character computed), unique in this file. */
function idNumber(): string {
  seq++;
  const first17 = `441422${1970 + (seq % 40)}0${1 + (seq % 9)}1${seq % 10}${String(100 + seq).slice(-3)}`;
  return first17 + idNumberCheckChar(first17);
}

const check = async (user: string, input: Record<string, unknown>) => (await api.ok<{ intakeDuplicates: Dup[] }>(user, CHECK, { input })).intakeDuplicates;
const tableCounts = async () =>
  (await p.sql<{ cases: string; links: string; events: string }>(
    `SELECT (SELECT count(*) FROM cases."case") AS cases, (SELECT count(*) FROM cases.possible_duplicate) AS links,
            (SELECT count(*) FROM cases.case_event) AS events`,
  ))[0];

describe('Query.intakeDuplicates', () => {
  it('finds a case of the same applicant phone before anything is saved, masked, and writes nothing', async () => {
    const same = phone();
    const first = await api.intake('town-a-operator', intakeInput({ title: '欠薪纠纷（查重一）', parties: [{ name: '姜某', role: 'APPLICANT', phone: same }] }));
    const before = await tableCounts();
    const found = await check('town-a-operator', { parties: [{ role: 'APPLICANT', phone: ` +86 ${same}` }] });
    expect(found).toEqual([{ daysApart: 0, reasons: [`申请人联系电话相同（${same.slice(0, 3)}****${same.slice(-4)}）`], case: expect.objectContaining({ id: first.id, code: first.code }) }]);
    expect(JSON.stringify(found)).not.toContain(same);
    expect(await tableCounts()).toEqual(before);
  });

  it('matches the applicant ID number (lower-case x too), and never by a respondent ID', async () => {
    let id = idNumber();
    while (!id.endsWith('X')) id = idNumber();
    const first = await api.intake('town-a-operator', intakeInput({ parties: [{ name: '李某', role: 'APPLICANT', idNumber: id }] }));
    const found = await check('town-a-operator', { parties: [{ name: '', role: 'APPLICANT', idNumber: id.toLowerCase() }] });
    expect(found.map((d) => d.case.id)).toEqual([first.id]);
    expect(found[0].reasons).toEqual([`申请人身份证号码相同（${id.slice(0, 6)}********${id.slice(-4)}）`]);
    expect(JSON.stringify(found)).not.toContain(id);
    expect(await check('town-a-operator', { parties: [{ name: '某人', role: 'RESPONDENT', idNumber: id }] })).toEqual([]);
  });

  it('compares respondents only when region and type are both given, as intake does', async () => {
    const respondent = `某建筑劳务有限公司${seq++}`;
    const first = await api.intake('town-a-operator', intakeInput({
      type: 'LABOUR_WAGES', regionId: villageA.id, parties: [{ name: '工人甲', role: 'APPLICANT', phone: phone() }, { name: respondent, role: 'RESPONDENT' }],
    }));
    const parties = [{ role: 'RESPONDENT', name: ` ${respondent} ` }];
    expect(await check('town-a-operator', { parties })).toEqual([]);
    expect(await check('town-a-operator', { regionId: villageA.id, parties })).toEqual([]);
    expect(await check('town-a-operator', { regionId: villageA.id, type: 'DEBT', parties })).toEqual([]);
    const found = await check('town-a-operator', { regionId: villageA.id, type: 'LABOUR_WAGES', parties });
    expect(found.map((d) => [d.case.id, d.reasons])).toEqual([[first.id, [`同一地区、同一纠纷类型，被申请人相同（${respondent}）`]]]);
  });

  it('shows only cases of the caller\'s jurisdiction: town A never sees town B\'s case, the county sees both', async () => {
    const same = phone();
    const a = await api.intake('town-a-operator', intakeInput({ regionId: villageA.id, parties: [{ name: '王某', role: 'APPLICANT', phone: same }] }));
    const b = await api.intake('town-b-operator', intakeInput({ regionId: villageB.id, parties: [{ name: '王某', role: 'APPLICANT', phone: same }] }));
    const input = { parties: [{ name: '王某', role: 'APPLICANT', phone: same }] };
    expect((await check('town-a-operator', input)).map((d) => d.case.id)).toEqual([a.id]);
    expect((await check('town-b-operator', input)).map((d) => d.case.id)).toEqual([b.id]);
    expect((await check('county-operator', input)).map((d) => d.case.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('does not count the case this very form registered (a lost answer, then a retry with the same key)', async () => {
    const same = phone();
    const key = `intake-form-${seq++}-${Date.now()}`;
    const parties = [{ name: '何某', role: 'APPLICANT', phone: same }];
    const saved = await api.intake('town-a-operator', intakeInput({ idempotencyKey: key, parties }));
    const other = await api.intake('town-a-operator', intakeInput({ parties }));
    expect((await check('town-a-operator', { idempotencyKey: key, parties })).map((d) => d.case.id)).toEqual([other.id]);
    expect((await check('town-a-operator', { parties })).map((d) => d.case.id).sort()).toEqual([saved.id, other.id].sort());
    // A key of nothing (or of another form) changes nothing.
    expect((await check('town-a-operator', { idempotencyKey: `${key}-unused`, parties })).map((d) => d.case.id).sort()).toEqual([saved.id, other.id].sort());
  });

  it('refuses a region outside the jurisdiction (FORBIDDEN on input.regionId) and roles that may not take cases in', async () => {
    const out = await api.fail('town-a-operator', CHECK, { input: { regionId: townB.id, parties: [{ role: 'APPLICANT', phone: phone() }] } });
    expect(out).toMatchObject({ code: 'FORBIDDEN', field: 'input.regionId' });
    expect((await api.fail('mediator-gold', CHECK, { input: { parties: [{ role: 'APPLICANT', phone: phone() }] } })).code).toBe('FORBIDDEN');
    expect((await api.fail('county-supervisor', CHECK, { input: { parties: [] } })).code).toBe('FORBIDDEN');
  });

  it('names every bad number by its field, without repeating it, and accepts what is not filled in yet', async () => {
    const good = idNumber();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const r = await api.run('town-a-operator', CHECK, { input: { parties: [
      { name: '甲', role: 'APPLICANT', phone: '1381234567' },
      { name: '乙', role: 'APPLICANT', idNumber: bad },
      { name: null, role: 'APPLICANT', phone: '', idNumber: '  ' },
    ] } });
    const e = r.errors![0];
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect((e.extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual(['input.parties.0.phone', 'input.parties.1.idNumber']);
    expect(JSON.stringify(r.errors)).not.toContain(bad);
    expect(JSON.stringify(r.errors)).not.toContain('1381234567');
    expect(await check('town-a-operator', { parties: [{ role: 'APPLICANT' }, { role: 'RESPONDENT', name: '  ' }] })).toEqual([]);
  });
});
