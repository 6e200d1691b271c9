/**
 * The three matching stories against the real demo pool in PostgreSQL: candidates are selected from
 * the database (scope, availability, the case's county), loads come from a fixture LoadSource in
 * place of the cases subgraph, and ranking is the domain function. The case facts are fixtures too
 * (the end-to-end path with cases is in recommend.e2e.test.ts).
 */
import type { DataSource } from 'typeorm';
import { Scope, type Identity } from '@zz/common';
import { openTestDataSources } from '@zz/platform/testing';
import { rankMediatorsForCase } from '../src/service/matching-service';
import { MediatorStore } from '../src/store/mediator-store';
import { OrganisationStore } from '../src/store/organisation-store';
import { validateNewMediator } from '../src/domain/mediators';
import type { MatchCase } from '../src/domain/matching';
import type { LoadSource } from '../src/service/peers';

let env: Awaited<ReturnType<typeof openTestDataSources>>;
let ds: DataSource;
let mediators: MediatorStore;
const COUNTY = '441422';
const countyScope = Scope.everything();

beforeAll(async () => {
  env = await openTestDataSources();
  ds = env.dataSources.personnel;
  mediators = new MediatorStore(ds);
});
afterAll(async () => {
  await env?.close();
});

interface Row { id: string; name: string; region_code: string; specialties: string[]; languages: string[]; gold_team: boolean; available: boolean; kind: string }
const pool = async (): Promise<Row[]> => ds.query(`SELECT id, name, region_code, specialties, languages, gold_team, available, kind FROM personnel.mediator`);
const gridUnder = async (villageCode: string): Promise<string> => {
  const rows: { code: string }[] = await env.dataSources.grid.query(`SELECT code FROM grid.region WHERE level = 'GRID' AND code LIKE $1 ORDER BY code LIMIT 1`, [villageCode + '%']);
  expect(rows.length).toBe(1);
  return rows[0].code;
};

/** Every candidate carries 2 active cases unless overridden; records each call (the resolver makes exactly one). */
function fixtureLoads(overrides: Record<string, number> = {}): LoadSource & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async activeCaseCounts(ids) {
      calls.push([...ids]);
      return new Map(ids.map((id) => [id, overrides[id] ?? 2]));
    },
  };
}

const caseOf = (over: Partial<MatchCase>): MatchCase => ({ id: 'fixture-case', type: 'NEIGHBOUR', complexity: 'GENERAL', regionCode: COUNTY, partyLanguages: [], ...over });

describe('story (a): a Mongolian-speaking herder\'s land dispute', () => {
  it('goes to the bilingual LAND mediator of the county over the LAND mediator of the herder\'s own village', async () => {
    // The county engages a Mongolian-speaking land mediator for its herding villages (what createMediator writes).
    const countyCenter = (await new OrganisationStore(ds).centersByRegionCodes([COUNTY]))[0];
    const bateer = await mediators.create(validateNewMediator({
      name: '巴特尔', kind: 'MEDIATOR', centerId: countyCenter.id, specialties: ['LAND', 'NEIGHBOUR'], languages: ['普通话', '蒙古语'], title: '双语调解员',
    }), countyCenter);

    const all = await pool();
    const local = all.find((m) => m.kind === 'MEDIATOR' && m.available && m.region_code.length === 12 && m.specialties.includes('LAND') && !m.languages.includes('蒙古语'));
    expect(local).toBeDefined();
    const herder = caseOf({ type: 'LAND', regionCode: await gridUnder(local!.region_code), partyLanguages: ['蒙古语'] });

    const loads = fixtureLoads();
    const ranked = await rankMediatorsForCase(mediators, countyScope, herder, loads, { first: 10 });
    expect(ranked[0].mediator.id).toBe(bateer.id);
    expect(ranked[0].reasons).toEqual(expect.arrayContaining(['擅长土地纠纷', '会说蒙古语，可双语调解', '县综治中心调解员，覆盖全县']));
    expect(ranked[1].mediator.id).toBe(local!.id);
    expect(ranked[1].reasons).toEqual(expect.arrayContaining(['同村（距离近）', '不会说蒙古语，需翻译协助']));
    // The demo county's other Mongolian speakers do not handle land: they rank below both.
    const otherMongolian = ranked.findIndex((r) => r.mediator.id !== bateer.id && r.mediator.languages.includes('蒙古语'));
    expect(otherMongolian === -1 || otherMongolian > 1).toBe(true);
    expect(loads.calls).toHaveLength(1);
  });
});

describe('story (b): a complex medical dispute', () => {
  it('goes to the gold team\'s medical mediator even over a medical mediator of the same village; a general one does not', async () => {
    const all = await pool();
    const villageMedical = all.find((m) => m.kind === 'MEDIATOR' && m.available && !m.gold_team && m.region_code.length === 12 && m.specialties.includes('MEDICAL'));
    expect(villageMedical).toBeDefined();
    const complex = caseOf({ type: 'MEDICAL', complexity: 'COMPLEX', regionCode: await gridUnder(villageMedical!.region_code) });

    const ranked = await rankMediatorsForCase(mediators, countyScope, complex, fixtureLoads());
    expect(ranked[0].mediator.goldTeam).toBe(true);
    expect(ranked[0].mediator.specialties).toContain('MEDICAL');
    expect(ranked[0].reasons.some((r) => r.startsWith('金牌调解员') && r.endsWith('适合复杂疑难案件'))).toBe(true);
    expect(ranked[1].mediator.id).toBe(villageMedical!.id);

    const general = await rankMediatorsForCase(mediators, countyScope, { ...complex, complexity: 'GENERAL' }, fixtureLoads());
    expect(general[0].mediator.id).toBe(villageMedical!.id);
  });
});

describe('story (c): a wage case near a town whose specialist is overloaded', () => {
  async function setting() {
    const all = (await pool()).filter((m) => m.kind === 'MEDIATOR' && m.available);
    const wages = all.filter((m) => m.specialties.includes('LABOUR_WAGES'));
    // A town whose center has exactly one wage specialist and none of whose villages has one.
    const specialist = wages.find((m) => m.region_code.length === 9
      && wages.filter((x) => x.region_code.startsWith(m.region_code)).length === 1);
    expect(specialist).toBeDefined();
    const villages: { region_code: string }[] = await ds.query(
      `SELECT region_code FROM personnel.center WHERE level = 'VILLAGE' AND region_code LIKE $1 ORDER BY region_code`, [specialist!.region_code + '%']);
    const village = villages.find((v) => !all.some((m) => m.region_code === v.region_code))!;
    return { specialist: specialist!, wages, wageCase: caseOf({ type: 'LABOUR_WAGES', complexity: 'GENERAL', regionCode: village.region_code }) };
  }

  it('ranks the free wage specialists first and the overloaded local one right after them', async () => {
    const { specialist, wages, wageCase } = await setting();
    const ranked = await rankMediatorsForCase(mediators, countyScope, wageCase, fixtureLoads({ [specialist.id]: 12 }), { first: 100 });
    expect(ranked[0].mediator.specialties).toContain('LABOUR_WAGES');
    expect(ranked[0].mediator.id).not.toBe(specialist.id);
    const at = ranked.findIndex((r) => r.mediator.id === specialist.id);
    expect(at).toBe(wages.length - 1); // every other (free) wage specialist of the county comes first
    expect(ranked[at].reasons).toEqual(expect.arrayContaining(['同镇（距离近）', '在办 12 件，负荷较重（已达承载上限 8 件）']));
  });

  it('without the overload the local specialist would be first', async () => {
    const { specialist, wageCase } = await setting();
    const ranked = await rankMediatorsForCase(mediators, countyScope, wageCase, fixtureLoads());
    expect(ranked[0].mediator.id).toBe(specialist.id);
  });

  it('a caller of another town never gets that town\'s mediators as candidates', async () => {
    const { specialist, wageCase } = await setting();
    const otherTown = specialist.region_code === '441422101' ? '441422102' : '441422101';
    const identity: Identity = { kind: 'user', userId: null, username: 't', roles: ['DISPATCHER'], regionId: null, regionCode: otherTown };
    const loads = fixtureLoads();
    const ranked = await rankMediatorsForCase(mediators, Scope.of(identity), wageCase, loads, { first: 100 });
    expect(ranked.length).toBeGreaterThan(0);
    for (const id of loads.calls[0]) {
      const m = ranked.find((r) => r.mediator.id === id)?.mediator ?? (await mediators.byIds([id]))[0];
      expect(m.regionCode.startsWith(otherTown) || otherTown.startsWith(m.regionCode)).toBe(true);
    }
  });
});

describe('candidate selection', () => {
  it('leaves out mediators on leave, experts unless asked, and other counties', async () => {
    const loads = fixtureLoads();
    const ranked = await rankMediatorsForCase(mediators, countyScope, caseOf({ regionCode: '441422100001' }), loads, { first: 100 });
    const rows = await mediators.byIds(loads.calls[0]);
    expect(rows.every((m) => m.available && m.kind === 'MEDIATOR' && m.regionCode.startsWith(COUNTY))).toBe(true);
    expect(ranked.length).toBe(rows.length);
    const onLeave: { n: string }[] = await ds.query(`SELECT count(*)::text AS n FROM personnel.mediator WHERE NOT available AND kind = 'MEDIATOR'`);
    expect(Number(onLeave[0].n)).toBeGreaterThan(0);

    const experts = await rankMediatorsForCase(mediators, countyScope, caseOf({ type: 'LABOUR_WAGES' }), fixtureLoads(), { first: 5, kinds: ['LEGAL_EXPERT'] });
    expect(experts.every((r) => r.mediator.kind === 'LEGAL_EXPERT')).toBe(true);
    expect(experts).toHaveLength(5);
  });
});
