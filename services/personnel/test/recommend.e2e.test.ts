/**
 * recommendMediators end to end: a case taken in by the cases subgraph, its facts fetched by
 * personnel with the caller's identity, loads from cases' `Mediator.activeCaseCount` (one `_entities`
 * call), ranking here. Runs once the cases subgraph serves `intakeCase`, `Case.type/complexity` and
 * contributes `Mediator.activeCaseCount`: if one of them goes missing, the test fails (it never skips).
 */
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { codeOf } from './helpers';

describe('recommendMediators through the gateway (with the cases subgraph)', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startTestPlatform();
  });
  afterAll(async () => {
    await p?.stop();
  });

  const INTAKE = `mutation($i: IntakeCaseInput!) { intakeCase(input: $i) { id } }`;
  const RECOMMEND = `query($id: ID!, $langs: [String!]) { recommendMediators(caseId: $id, first: 5, partyLanguages: $langs) {
    score reasons mediator { id name goldTeam activeCaseCount center { level } } } }`;

  async function gridUnder(villageCode: string): Promise<string> {
    const rows = await p.sql<{ id: string }>(`SELECT id FROM grid.region WHERE level = 'GRID' AND code LIKE $1 ORDER BY code LIMIT 1`, [villageCode + '%']);
    return rows[0].id;
  }

  it('ranks the bilingual land mediator first for a Mongolian-speaking herder, with loads from cases', async () => {
    const admin = await p.login('admin');
    const county = (await p.gql(`{ centers(level: COUNTY) { id } }`, {}, admin)).data!.centers[0].id;
    const created = await p.gql(`mutation($i: CreateMediatorInput!) { createMediator(input: $i) { id } }`, {
      i: { name: '巴特尔', kind: 'MEDIATOR', centerId: county, specialties: ['LAND'], languages: ['普通话', '蒙古语'], title: '双语调解员' },
    }, admin);
    const bateer = created.data!.createMediator.id;
    const local = (await p.sql<{ region_code: string }>(`SELECT region_code FROM personnel.mediator
      WHERE kind = 'MEDIATOR' AND available AND length(region_code) = 12 AND 'LAND' = ANY(specialties) ORDER BY region_code LIMIT 1`))[0];

    const operator = await p.login('county-operator');
    const intake = await p.gql(INTAKE, { i: {
      title: '草场边界纠纷', description: '牧民巴图与邻户因草场边界发生争执，当事人只会说蒙古语', channel: 'WINDOW', type: 'LAND',
      regionId: await gridUnder(local.region_code), complexity: 'GENERAL',
      parties: [{ name: '巴图', role: 'APPLICANT', phone: '13912345678' }, { name: '其木格', role: 'RESPONDENT' }],
    } }, operator);
    expect(intake.errors).toBeUndefined();
    const caseId = intake.data!.intakeCase.id;

    const r = await p.gql(RECOMMEND, { id: caseId, langs: ['蒙古语'] }, await p.login('county-dispatcher'));
    expect(r.errors).toBeUndefined();
    const recs = r.data!.recommendMediators;
    expect(recs[0].mediator.id).toBe(bateer);
    expect(recs[0].reasons).toEqual(expect.arrayContaining(['擅长土地纠纷', '会说蒙古语，可双语调解']));
    for (let i = 1; i < recs.length; i++) expect(recs[i - 1].score).toBeGreaterThanOrEqual(recs[i].score);
    // The load used for the ranking is the one cases reports for the mediator.
    for (const rec of recs) expect(rec.reasons.some((s: string) => s.includes(`在办 ${rec.mediator.activeCaseCount} 件`))).toBe(true);

    // Another town cannot ask about this case (its facts are fetched with the caller's identity).
    expect(codeOf(await p.gql(RECOMMEND, { id: caseId }, await p.login('town-b-operator')))).toBe('NOT_FOUND');
  });

  it('the pool page with activeCaseCount across subgraphs costs the same for 10 or 100 mediators', async () => {
    const t = await p.login('county-dispatcher');
    const Q = `query($n: Int) { mediators(first: $n) { edges { node { name activeCaseCount center { name } } } } }`;
    const small = await p.gql(Q, { n: 10 }, t);
    const large = await p.gql(Q, { n: 100 }, t);
    expect(large.errors).toBeUndefined();
    expect(large.extensions!.sqlStatements).toBe(small.extensions!.sqlStatements);
  });
});
