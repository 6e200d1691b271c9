import { DomainError } from '@zz/common';
import {
  DEFAULT_MATCH_WEIGHTS, type MatchCandidate, type MatchCase, recommendMediators, sharedRegionLevel,
} from './matching';

// Region codes of a fictitious county: county 150121, towns 150121001/002, villages below them.
const COUNTY = '150121';
const TOWN_A = '150121001';
const TOWN_B = '150121002';
const VILLAGE_A1 = '150121001001';
const VILLAGE_A2 = '150121001002';
const GRID_A1 = '150121001001001';

const candidate = (over: Partial<MatchCandidate> & { id: string }): MatchCandidate => ({
  name: `调解员${over.id}`,
  kind: 'MEDIATOR',
  specialties: [],
  languages: ['普通话'],
  goldTeam: false,
  brand: null,
  available: true,
  centerRegionCode: TOWN_A,
  activeCaseCount: 2,
  ...over,
});

const caseOf = (over: Partial<MatchCase> = {}): MatchCase => ({
  id: 'case-1',
  type: 'NEIGHBOUR',
  complexity: 'GENERAL',
  regionCode: VILLAGE_A1,
  partyLanguages: [],
  ...over,
});

const ids = (recs: { mediatorId: string }[]) => recs.map((r) => r.mediatorId);

describe('fixture stories', () => {
  it('(a) a Mongolian-speaking herder\'s land dispute goes to the 蒙古语-speaking LAND mediator over a closer non-speaker', () => {
    const herder = caseOf({ type: 'LAND', regionCode: GRID_A1, partyLanguages: ['蒙古语'] });
    const recs = recommendMediators(herder, [
      candidate({ id: 'near-han', specialties: ['LAND'], languages: ['普通话'], centerRegionCode: VILLAGE_A1, activeCaseCount: 2 }),
      candidate({ id: 'county-mongol', specialties: ['LAND', 'NEIGHBOUR'], languages: ['普通话', '蒙古语'], centerRegionCode: COUNTY, activeCaseCount: 2 }),
      candidate({ id: 'mongol-not-land', specialties: ['MARRIAGE_FAMILY'], languages: ['蒙古语'], centerRegionCode: VILLAGE_A1, activeCaseCount: 0 }),
    ]);
    expect(ids(recs)).toEqual(['county-mongol', 'near-han', 'mongol-not-land']);
    expect(recs[0].reasons).toEqual(expect.arrayContaining(['擅长土地纠纷', '会说蒙古语，可双语调解', '县综治中心调解员，覆盖全县']));
    expect(recs[1].reasons).toEqual(expect.arrayContaining(['同村（距离近）', '不会说蒙古语，需翻译协助']));
    expect(recs[2].reasons).toContain('专长不含土地纠纷');
  });

  it('(b) a COMPLEX MEDICAL dispute goes to the gold-team MEDICAL mediator over a non-gold one in the same town', () => {
    const medical = caseOf({ type: 'MEDICAL', complexity: 'COMPLEX', regionCode: VILLAGE_A2 });
    const recs = recommendMediators(medical, [
      candidate({ id: 'town-medical', specialties: ['MEDICAL'], centerRegionCode: TOWN_A, activeCaseCount: 1 }),
      candidate({ id: 'gold-medical', specialties: ['MEDICAL'], goldTeam: true, brand: '老魏', centerRegionCode: TOWN_A, activeCaseCount: 3 }),
    ]);
    expect(ids(recs)).toEqual(['gold-medical', 'town-medical']);
    expect(recs[0].reasons).toContain('金牌调解员「老魏」，适合复杂疑难案件');
    expect(recs[0].reasons).toContain('同镇（距离近）');
  });

  it('(b) also for a DIFFICULT case when the gold mediator sits at the county center', () => {
    const medical = caseOf({ type: 'MEDICAL', complexity: 'DIFFICULT', regionCode: VILLAGE_A2 });
    const recs = recommendMediators(medical, [
      candidate({ id: 'town-medical', specialties: ['MEDICAL'], centerRegionCode: TOWN_A, activeCaseCount: 1 }),
      candidate({ id: 'gold-medical', specialties: ['MEDICAL'], goldTeam: true, centerRegionCode: COUNTY, activeCaseCount: 2 }),
    ]);
    expect(ids(recs)).toEqual(['gold-medical', 'town-medical']);
    expect(recs[0].reasons).toContain('金牌调解员，适合复杂疑难案件');
  });

  it('(c) an overloaded local LABOUR_WAGES specialist ranks below a lightly loaded one from the county center or a neighbouring town', () => {
    const wages = caseOf({ type: 'LABOUR_WAGES', complexity: 'GENERAL', regionCode: VILLAGE_A1 });
    const recs = recommendMediators(wages, [
      candidate({ id: 'local-busy', specialties: ['LABOUR_WAGES'], centerRegionCode: TOWN_A, activeCaseCount: 12 }),
      candidate({ id: 'county-free', specialties: ['LABOUR_WAGES'], centerRegionCode: COUNTY, activeCaseCount: 1 }),
      candidate({ id: 'neighbour-free', specialties: ['LABOUR_WAGES'], centerRegionCode: TOWN_B, activeCaseCount: 2 }),
    ]);
    expect(ids(recs)[2]).toBe('local-busy');
    expect(ids(recs)[0]).toBe('county-free');
    expect(recs[2].reasons).toContain('在办 12 件，负荷较重（已达承载上限 8 件）');
    expect(recs[0].reasons).toContain('当前在办 1 件，负荷低');
    expect(recs[1].reasons).toContain('同县其他乡镇');
  });
});

describe('scoring', () => {
  it('gives 100 to a perfect fit and scores within 0..100 with one decimal', () => {
    const recs = recommendMediators(caseOf({ type: 'DEBT', complexity: 'COMPLEX', partyLanguages: ['蒙古语'] }), [
      candidate({ id: 'perfect', specialties: ['DEBT'], languages: ['蒙古语'], goldTeam: true, centerRegionCode: VILLAGE_A1, activeCaseCount: 0 }),
      candidate({ id: 'worst', specialties: [], centerRegionCode: '440101', activeCaseCount: 40 }),
      candidate({ id: 'odd', specialties: ['DEBT'], languages: ['蒙古语'], centerRegionCode: TOWN_B, activeCaseCount: 3 }),
    ]);
    expect(recs.map((r) => r.score)).toEqual([100, expect.any(Number), 0]);
    for (const r of recs) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
      expect(Math.round(r.score * 10) / 10).toBe(r.score);
    }
    // 35 + 20 + 5 + 15 × (1 − 3/8) = 69.375 → 69.4
    expect(recs[1].score).toBe(69.4);
    expect(recs[2].reasons).toEqual(expect.arrayContaining(['不在本县，距离远', '专长不含债务纠纷']));
  });

  it('does not penalise anyone when the parties\' languages are unknown or only Mandarin', () => {
    const people = [
      candidate({ id: 'a', languages: ['普通话'] }),
      candidate({ id: 'b', languages: ['普通话', '蒙古语'] }),
    ];
    for (const partyLanguages of [[], ['普通话'], ['汉语', ' ']]) {
      const recs = recommendMediators(caseOf({ partyLanguages }), people);
      expect(recs[0].score).toBe(recs[1].score);
      expect(recs.flatMap((r) => r.reasons).some((s) => s.includes('语'))).toBe(false);
    }
  });

  it('credits a match with any of several party languages', () => {
    const recs = recommendMediators(caseOf({ partyLanguages: ['蒙古语', '藏语', '普通话'] }), [
      candidate({ id: 'tibetan', languages: ['藏语'] }),
      candidate({ id: 'none', languages: ['普通话'] }),
    ]);
    expect(ids(recs)).toEqual(['tibetan', 'none']);
    expect(recs[0].reasons).toContain('会说藏语，可双语调解');
    expect(recs[1].reasons).toContain('不会说蒙古语、藏语，需翻译协助');
  });

  it('ranks proximity village > town > county > elsewhere', () => {
    const recs = recommendMediators(caseOf({ regionCode: GRID_A1 }), [
      candidate({ id: '1-elsewhere', centerRegionCode: '150122' }),
      candidate({ id: '2-county', centerRegionCode: COUNTY }),
      candidate({ id: '3-town', centerRegionCode: TOWN_A }),
      candidate({ id: '4-village', centerRegionCode: VILLAGE_A1 }),
      candidate({ id: '5-other-village', centerRegionCode: VILLAGE_A2 }),
    ]);
    expect(ids(recs)).toEqual(['4-village', '3-town', '5-other-village', '2-county', '1-elsewhere']);
  });

  it('costs a gold mediator a little on SIMPLE cases and is neutral on GENERAL ones', () => {
    const people = [candidate({ id: 'a-gold', goldTeam: true }), candidate({ id: 'b-plain' })];
    const simple = recommendMediators(caseOf({ complexity: 'SIMPLE' }), people);
    expect(ids(simple)).toEqual(['b-plain', 'a-gold']);
    expect(simple[0].score - simple[1].score).toBeCloseTo(DEFAULT_MATCH_WEIGHTS.goldOnSimple, 5);
    expect(simple[1].reasons).toContain('金牌调解员，简单纠纷宜由一般调解员办理');
    for (const complexity of ['GENERAL', null] as const) {
      const recs = recommendMediators(caseOf({ complexity }), people);
      expect(recs[0].score).toBe(recs[1].score);
      expect(ids(recs)).toEqual(['a-gold', 'b-plain']);
    }
  });

  it('describes load levels', () => {
    const reasonsFor = (n: number) => recommendMediators(caseOf(), [candidate({ id: 'x', activeCaseCount: n })])[0].reasons;
    expect(reasonsFor(2)).toContain('当前在办 2 件，负荷低');
    expect(reasonsFor(4)).toContain('当前在办 4 件，负荷适中');
    expect(reasonsFor(6)).toContain('在办 6 件，负荷较重');
    expect(reasonsFor(9)).toContain('在办 9 件，负荷较重（已达承载上限 8 件）');
  });

  it('honours loadCapacity', () => {
    const people = [candidate({ id: 'a', activeCaseCount: 5 }), candidate({ id: 'b', activeCaseCount: 3 })];
    const recs = recommendMediators(caseOf(), people, { loadCapacity: 20 });
    expect(recs.find((r) => r.mediatorId === 'a')!.reasons).toContain('当前在办 5 件，负荷低');
    expect(() => recommendMediators(caseOf(), people, { loadCapacity: 0 })).toThrow(RangeError);
  });
});

describe('selection and ordering', () => {
  const pool = [
    candidate({ id: 'm3', specialties: ['NEIGHBOUR'] }),
    candidate({ id: 'm1', specialties: ['NEIGHBOUR'] }),
    candidate({ id: 'm2', specialties: ['NEIGHBOUR'] }),
    candidate({ id: 'leave', specialties: ['NEIGHBOUR'], centerRegionCode: VILLAGE_A1, activeCaseCount: 0, available: false }),
    candidate({ id: 'lawyer', kind: 'LEGAL_EXPERT', specialties: ['NEIGHBOUR'], centerRegionCode: VILLAGE_A1, activeCaseCount: 0 }),
    candidate({ id: 'psy', kind: 'PSYCHOLOGIST', specialties: ['NEIGHBOUR'], centerRegionCode: VILLAGE_A1, activeCaseCount: 0 }),
  ];

  it('breaks ties by id and is deterministic whatever the input order', () => {
    const expected = ['m1', 'm2', 'm3'];
    expect(ids(recommendMediators(caseOf(), pool))).toEqual(expected);
    expect(ids(recommendMediators(caseOf(), [...pool].reverse()))).toEqual(expected);
    expect(recommendMediators(caseOf(), pool)).toEqual(recommendMediators(caseOf(), [...pool].reverse()));
  });

  it('excludes unavailable (on leave) mediators entirely', () => {
    expect(ids(recommendMediators(caseOf(), pool))).not.toContain('leave');
    expect(recommendMediators(caseOf(), [pool[3]])).toEqual([]);
  });

  it('excludes experts by default and includes them on request', () => {
    expect(ids(recommendMediators(caseOf(), pool))).toEqual(['m1', 'm2', 'm3']);
    const withExperts = recommendMediators(caseOf(), pool, { kinds: ['MEDIATOR', 'LEGAL_EXPERT', 'PSYCHOLOGIST'] });
    expect(ids(withExperts)).toEqual(['lawyer', 'psy', 'm1', 'm2', 'm3']);
    expect(ids(recommendMediators(caseOf(), pool, { kinds: ['LEGAL_EXPERT'] }))).toEqual(['lawyer']);
  });

  it('returns at most `first`, default 10, capped at 100', () => {
    const many = Array.from({ length: 150 }, (_, i) => candidate({ id: `m${String(i).padStart(3, '0')}` }));
    expect(recommendMediators(caseOf(), pool, { first: 2 }).map((r) => r.mediatorId)).toEqual(['m1', 'm2']);
    expect(recommendMediators(caseOf(), many)).toHaveLength(10);
    expect(recommendMediators(caseOf(), many, { first: 500 })).toHaveLength(100);
    expect(recommendMediators(caseOf(), pool, { first: 50 })).toHaveLength(3);
  });

  it('rejects a non-positive or fractional `first` as bad input', () => {
    for (const first of [0, -1, 1.5, Number.NaN]) {
      try {
        recommendMediators(caseOf(), pool, { first });
        throw new Error('expected a DomainError');
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe('BAD_USER_INPUT');
        expect((e as DomainError).field).toBe('first');
      }
    }
  });

  it('returns an empty list for no candidates', () => {
    expect(recommendMediators(caseOf(), [])).toEqual([]);
  });
});

describe('weights override', () => {
  it('can make proximity outweigh language', () => {
    const herder = caseOf({ type: 'LAND', regionCode: VILLAGE_A1, partyLanguages: ['蒙古语'] });
    const people = [
      candidate({ id: 'near-han', specialties: ['LAND'], centerRegionCode: VILLAGE_A1 }),
      candidate({ id: 'far-mongol', specialties: ['LAND'], languages: ['蒙古语'], centerRegionCode: COUNTY }),
    ];
    expect(ids(recommendMediators(herder, people))).toEqual(['far-mongol', 'near-han']);
    expect(ids(recommendMediators(herder, people, { weights: { language: 5, proximity: 40 } }))).toEqual(['near-han', 'far-mongol']);
  });

  it('keeps scores on a 0..100 scale with other weights', () => {
    const recs = recommendMediators(caseOf({ type: 'DEBT', complexity: 'COMPLEX' }), [
      candidate({ id: 'perfect', specialties: ['DEBT'], goldTeam: true, centerRegionCode: VILLAGE_A1, activeCaseCount: 0 }),
    ], { weights: { specialty: 100, goldTeam: 0 } });
    expect(recs[0].score).toBe(100);
  });

  it('ignores the gold factor when its weight is zero', () => {
    const people = [candidate({ id: 'a-gold', goldTeam: true }), candidate({ id: 'b-plain' })];
    const recs = recommendMediators(caseOf({ complexity: 'SIMPLE' }), people, { weights: { goldOnSimple: 0 } });
    expect(recs[0].score).toBe(recs[1].score);
  });

  it('rejects negative, non-finite or unknown weights', () => {
    expect(() => recommendMediators(caseOf(), [], { weights: { specialty: -1 } })).toThrow(RangeError);
    expect(() => recommendMediators(caseOf(), [], { weights: { load: Number.POSITIVE_INFINITY } })).toThrow(RangeError);
    expect(() => recommendMediators(caseOf(), [], { weights: { distance: 3 } as never })).toThrow(RangeError);
  });
});

describe('sharedRegionLevel', () => {
  it('compares codes level by level', () => {
    expect(sharedRegionLevel(GRID_A1, VILLAGE_A1)).toBe('VILLAGE');
    expect(sharedRegionLevel(GRID_A1, TOWN_A)).toBe('TOWN');
    expect(sharedRegionLevel(VILLAGE_A1, VILLAGE_A2)).toBe('TOWN');
    expect(sharedRegionLevel(VILLAGE_A1, TOWN_B)).toBe('COUNTY');
    expect(sharedRegionLevel(TOWN_A, COUNTY)).toBe('COUNTY');
    expect(sharedRegionLevel(COUNTY, '150122')).toBe('ELSEWHERE');
    expect(sharedRegionLevel('', COUNTY)).toBe('ELSEWHERE');
  });
});
