import { isValidIdNumber, isValidPhone } from '@zz/common';
import { Rng } from './random';
import {
  CHANNELS, COMPLEXITIES, DISPUTE_TYPES, deterministicUuid, generateCases, generateWorld, type GridRow, type RegionRow, type World,
} from './world';

const world = generateWorld();
const NOW = new Date('2026-11-22T02:00:00Z');
const MOBILE = /^1[3-9]\d{9}$/;

function bbox(ring: [number, number][]) {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return { w: Math.min(...xs), e: Math.max(...xs), s: Math.min(...ys), n: Math.max(...ys) };
}

function byLevel(w: World, level: RegionRow['level']): RegionRow[] {
  return w.regions.filter((r) => r.level === level);
}

describe('deterministicUuid', () => {
  it('is a stable v5-style UUID', () => {
    const id = deterministicUuid(1, 'region', '441422');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicUuid(1, 'region', '441422')).toBe(id);
    expect(deterministicUuid(2, 'region', '441422')).not.toBe(id);
    expect(deterministicUuid(1, 'center', '441422')).not.toBe(id);
  });
});

describe('generateWorld', () => {
  it('is deterministic for the same options and differs for another seed', () => {
    expect(generateWorld()).toEqual(world);
    expect(generateWorld({ seed: 20261122, scale: 1 })).toEqual(world);
    const other = generateWorld({ seed: 7 });
    expect(other.regions[0].id).not.toBe(world.regions[0].id);
    expect(other.mediators.map((m) => m.name)).not.toEqual(world.mediators.map((m) => m.name));
  });

  it('keeps the first county identical whatever the scale', () => {
    const big = generateWorld({ scale: 3 });
    const first = (w: World) => w.regions.filter((r) => r.code.startsWith('441422'));
    expect(first(big)).toEqual(world.regions);
    expect(big.grids.slice(0, world.grids.length)).toEqual(world.grids);
    expect(big.users).toEqual(world.users);
  });

  it('has the sizes of 大埔县', () => {
    const counties = byLevel(world, 'COUNTY');
    expect(counties).toHaveLength(1);
    expect(counties[0]).toMatchObject({ code: '441422', name: '大埔县', parentId: null });
    const towns = byLevel(world, 'TOWN');
    expect(towns.map((t) => t.name)).toEqual(['湖寮镇', '大麻镇', '茶阳镇', '高陂镇', '百侯镇', '枫朗镇', '光德镇', '桃源镇', '西河镇', '青溪镇']);
    expect(towns[0].code).toBe('441422100');
    const villages = byLevel(world, 'VILLAGE');
    expect(villages).toHaveLength(95);
    for (const t of towns) {
      const n = villages.filter((v) => v.parentId === t.id).length;
      expect(n).toBeGreaterThanOrEqual(8);
      expect(n).toBeLessThanOrEqual(11);
    }
    expect(byLevel(world, 'GRID')).toHaveLength(225);
    expect(world.grids).toHaveLength(225);
    for (const v of villages) {
      const n = world.grids.filter((g) => g.villageRegionId === v.id).length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(3);
      expect(v.name).toMatch(/(村|社区)$/);
    }
    for (const g of world.grids) {
      expect(g.households).toBeGreaterThanOrEqual(250);
      expect(g.households).toBeLessThanOrEqual(350);
      expect(g.residents / g.households).toBeGreaterThan(2.5);
      expect(g.residents / g.households).toBeLessThan(3.1);
      expect(g.name).toMatch(/第\d网格$/);
    }
  });

  it('builds every code as its parent code + 3 digits', () => {
    const byId = new Map(world.regions.map((r) => [r.id, r]));
    const childLevel = { COUNTY: 'TOWN', TOWN: 'VILLAGE', VILLAGE: 'GRID' } as const;
    for (const r of world.regions) {
      if (r.parentId === null) {
        expect(r.code).toMatch(/^\d{6}$/);
        continue;
      }
      const parent = byId.get(r.parentId);
      expect(parent).toBeDefined();
      expect(r.code).toMatch(new RegExp(`^${parent?.code}\\d{3}$`));
      expect(childLevel[parent?.level as keyof typeof childLevel]).toBe(r.level);
    }
    const gridRegions = new Map(byLevel(world, 'GRID').map((r) => [r.id, r]));
    for (const g of world.grids) {
      const r = gridRegions.get(g.regionId);
      expect(r).toMatchObject({ code: g.code, name: g.name, parentId: g.villageRegionId });
    }
  });

  it('gives unique ids and codes', () => {
    const ids = [
      ...world.regions, ...world.gridWorkers, ...world.buildingHeads, ...world.keyPersons, ...world.departments,
      ...world.centers, ...world.mediators, ...world.users,
    ].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const codes = world.regions.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    const usernames = world.users.map((u) => u.username);
    expect(new Set(usernames).size).toBe(usernames.length);
  });

  it('tiles the county bounding box with closed, counter-clockwise, non-overlapping grid rectangles', () => {
    const county = { w: 116.45, e: 116.85, s: 24.15, n: 24.55 };
    const boxes = world.grids.map((g) => {
      const ring = g.boundary;
      expect(ring).toHaveLength(5);
      expect(ring[4]).toEqual(ring[0]);
      let twiceArea = 0;
      for (let i = 0; i < 4; i++) {
        // Axis-aligned: each edge changes exactly one coordinate.
        const moves = Number(ring[i][0] !== ring[i + 1][0]) + Number(ring[i][1] !== ring[i + 1][1]);
        expect(moves).toBe(1);
        twiceArea += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
      }
      expect(twiceArea).toBeGreaterThan(0); // counter-clockwise
      const b = bbox(ring);
      expect(b.w).toBeGreaterThanOrEqual(county.w);
      expect(b.e).toBeLessThanOrEqual(county.e);
      expect(b.s).toBeGreaterThanOrEqual(county.s);
      expect(b.n).toBeLessThanOrEqual(county.n);
      return b;
    });
    const area = boxes.reduce((sum, b) => sum + (b.e - b.w) * (b.n - b.s), 0);
    expect(area).toBeCloseTo((county.e - county.w) * (county.n - county.s), 10);
    // Counted first and asserted once: 25k expect() calls would dominate the run time.
    let overlapping = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i], b = boxes[j];
        if (Math.min(a.e, b.e) > Math.max(a.w, b.w) && Math.min(a.n, b.n) > Math.max(a.s, b.s)) overlapping++;
      }
    }
    expect(overlapping).toBe(0);
    const rng = new Rng(42);
    const hitCounts: number[] = [];
    for (let k = 0; k < 2000; k++) {
      const x = county.w + rng.next() * (county.e - county.w);
      const y = county.s + rng.next() * (county.n - county.s);
      hitCounts.push(boxes.filter((b) => x >= b.w && x < b.e && y >= b.s && y < b.n).length);
    }
    expect(hitCounts.filter((n) => n !== 1)).toEqual([]);
  });

  it('staffs the grids', () => {
    const kinds = (k: string) => world.gridWorkers.filter((w) => w.kind === k);
    expect(kinds('FULL_TIME')).toHaveLength(225);
    expect(new Set(kinds('FULL_TIME').map((w) => w.gridRegionId)).size).toBe(225);
    expect(kinds('AUXILIARY')).toHaveLength(120);
    expect(kinds('PART_TIME').length).toBeGreaterThanOrEqual(35);
    expect(kinds('PART_TIME').length).toBeLessThanOrEqual(45);
    const gridIds = new Set(world.grids.map((g) => g.regionId));
    for (const w of world.gridWorkers) {
      expect(gridIds.has(w.gridRegionId)).toBe(true);
      expect(w.phone).toMatch(MOBILE);
    }
    for (const g of world.grids) {
      const n = world.buildingHeads.filter((h) => h.gridRegionId === g.regionId).length;
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(3);
    }
    for (const h of world.buildingHeads) expect(h.phone).toMatch(MOBILE);
    expect(world.keyPersons.length).toBe(75);
    for (const p of world.keyPersons) {
      expect(gridIds.has(p.gridRegionId)).toBe(true);
      expect(p.category).not.toBe('');
      expect(p.plan).toMatch(/网格员\S+/);
    }
    expect(new Set(world.keyPersons.map((p) => p.category)).size).toBeGreaterThanOrEqual(4);
  });

  it('has 8 resident and 14 rotating departments at the county center, plus on-call and contracted bodies', () => {
    const countyCenter = world.centers.find((c) => c.level === 'COUNTY');
    expect(countyCenter?.name).toBe('大埔县综治中心');
    const at = world.stationings.filter((s) => s.centerId === countyCenter?.id);
    const mode = (m: string) => at.filter((s) => s.mode === m);
    expect(mode('RESIDENT')).toHaveLength(8);
    expect(mode('ROTATING')).toHaveLength(14);
    expect(new Set([...mode('RESIDENT'), ...mode('ROTATING')].map((s) => s.departmentId)).size).toBe(22);
    expect(mode('ON_CALL').length).toBeGreaterThanOrEqual(2);
    expect(mode('CONTRACTED').length).toBeGreaterThanOrEqual(5);
    const deptById = new Map(world.departments.map((d) => [d.id, d]));
    expect(mode('RESIDENT').map((s) => deptById.get(s.departmentId)?.kind).sort()).toEqual(
      ['COURT', 'HUMAN_RESOURCES', 'JUSTICE', 'MARKET_REGULATION', 'PETITION', 'POLICE', 'PROCURATORATE', 'WOMEN_FEDERATION']);
    // Seed 000: 住建、民政等14个行业部门按月轮驻.
    expect(mode('ROTATING').map((s) => deptById.get(s.departmentId)?.kind)).toEqual(expect.arrayContaining(['HOUSING', 'CIVIL_AFFAIRS']));
    expect(mode('CONTRACTED').map((s) => deptById.get(s.departmentId)?.kind)).toContain('LAW_SOCIETY');
    expect(at.reduce((sum, s) => sum + s.staffCount, 0)).toBe(63);
    for (let month = 1; month <= 12; month++) {
      const sitting = mode('ROTATING').filter((s) => s.months.includes(month)).length;
      expect(sitting).toBe(3); // the hall's 3 rotating windows
    }
    for (const s of mode('ROTATING')) expect(s.months.length).toBeGreaterThan(0);
    for (const s of [...mode('RESIDENT'), ...mode('CONTRACTED'), ...mode('ON_CALL')]) expect(s.months).toHaveLength(12);
    for (const s of world.stationings) expect(deptById.has(s.departmentId)).toBe(true);
  });

  it('numbers the county hall\'s windows as seed 000 counts them: 2 intake, 7 resident, 3 rotating', () => {
    const countyCenter = world.centers.find((c) => c.level === 'COUNTY')!;
    const at = world.windows.filter((w) => w.centerId === countyCenter.id);
    expect(at.map((w) => w.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(at.filter((w) => w.kind === 'INTAKE')).toHaveLength(2);
    expect(at.filter((w) => w.kind === 'ROTATING')).toHaveLength(3);
    const fixed = at.filter((w) => w.kind === 'FIXED');
    expect(fixed).toHaveLength(7);
    const resident = new Set(world.stationings.filter((s) => s.centerId === countyCenter.id && s.mode === 'RESIDENT').map((s) => s.departmentId));
    for (const w of fixed) expect(resident.has(w.departmentId!)).toBe(true);
    expect(new Set(fixed.map((w) => w.departmentId)).size).toBe(7);
  });

  it('has a center per county, town and village, and town centers host 司法所 and 派出所', () => {
    expect(world.centers.filter((c) => c.level === 'TOWN')).toHaveLength(10);
    expect(world.centers.filter((c) => c.level === 'VILLAGE')).toHaveLength(95);
    expect(world.centers.find((c) => c.level === 'TOWN')?.name).toBe('湖寮镇综治中心');
    expect(world.centers.find((c) => c.level === 'VILLAGE')?.name).toMatch(/综治服务站$/);
    const regionById = new Map(world.regions.map((r) => [r.id, r]));
    for (const c of world.centers) expect(regionById.get(c.regionId)).toMatchObject({ code: c.regionCode, level: c.level });
    const kindOf = new Map(world.departments.map((d) => [d.id, d.kind]));
    for (const c of world.centers.filter((x) => x.level === 'TOWN')) {
      const resident = world.stationings.filter((s) => s.centerId === c.id && s.mode === 'RESIDENT').map((s) => kindOf.get(s.departmentId));
      expect(resident.sort()).toEqual(['JUSTICE', 'POLICE']);
    }
  });

  it('has the mediator pool, gold team and expert pools', () => {
    const mediators = world.mediators.filter((m) => m.kind === 'MEDIATOR');
    expect(mediators).toHaveLength(78);
    const gold = mediators.filter((m) => m.goldTeam);
    expect(gold).toHaveLength(10);
    expect(gold.map((m) => m.brand)).toEqual(expect.arrayContaining(['涌哥', '西叔', '老魏', '李叔']));
    expect(new Set(gold.map((m) => m.brand)).size).toBe(10);
    const countyCenter = world.centers.find((c) => c.level === 'COUNTY');
    for (const m of gold) expect(m.centerId).toBe(countyCenter?.id);
    for (const m of mediators.filter((x) => !x.goldTeam)) expect(m.brand).toBeNull();
    const levels = new Set(mediators.map((m) => world.centers.find((c) => c.id === m.centerId)?.level));
    expect(levels).toEqual(new Set(['COUNTY', 'TOWN', 'VILLAGE']));
    expect(world.mediators.filter((m) => m.kind === 'LEGAL_EXPERT')).toHaveLength(35);
    expect(world.mediators.filter((m) => m.kind === 'PSYCHOLOGIST').length).toBeGreaterThanOrEqual(5);
    for (const m of world.mediators.filter((x) => x.kind !== 'MEDIATOR')) expect(m.centerId).toBe(countyCenter?.id);
    const covered = new Set(mediators.flatMap((m) => m.specialties));
    for (const t of DISPUTE_TYPES) expect(covered.has(t)).toBe(true);
    const centerCode = new Map(world.centers.map((c) => [c.id, c.regionCode]));
    for (const m of world.mediators) {
      expect(m.specialties.length).toBeGreaterThanOrEqual(1);
      expect(m.specialties.length).toBeLessThanOrEqual(3);
      expect(new Set(m.specialties).size).toBe(m.specialties.length);
      expect(m.languages).toContain('普通话');
      expect(m.phone).toMatch(MOBILE);
      expect(m.title).not.toBe('');
      expect(m.regionCode).toBe(centerCode.get(m.centerId));
    }
    expect(mediators.filter((m) => m.languages.includes('客家话')).length).toBeGreaterThan(30);
    expect(mediators.filter((m) => m.languages.includes('潮汕话')).length).toBeGreaterThanOrEqual(2);
    expect(mediators.filter((m) => m.languages.includes('蒙古语')).length).toBeGreaterThanOrEqual(2);
    expect(mediators.filter((m) => !m.available).length).toBeGreaterThanOrEqual(2);
  });

  it('has the demo accounts of the contract, in the right regions', () => {
    const user = (name: string) => {
      const u = world.users.find((x) => x.username === name);
      if (!u) throw new Error(`missing ${name}`);
      return u;
    };
    expect(world.users.map((u) => u.username).sort()).toEqual([
      'admin', 'county-dispatcher', 'county-operator', 'county-supervisor', 'grid-a-worker', 'mediator-gold', 'partner-12345',
      'town-a-leader', 'town-a-operator', 'town-b-operator', 'village-a-operator', 'village-b-operator']);
    const county = byLevel(world, 'COUNTY')[0];
    const [townA, townB] = byLevel(world, 'TOWN');
    const villageA = world.regions.find((r) => r.parentId === townA.id);
    const villageB = world.regions.find((r) => r.parentId === townB.id);
    const gridA: GridRow | undefined = world.grids.find((g) => g.villageRegionId === villageA?.id);
    for (const name of ['admin', 'county-operator', 'county-dispatcher', 'county-supervisor', 'mediator-gold', 'partner-12345']) {
      expect(user(name)).toMatchObject({ regionId: county.id, regionCode: '441422' });
    }
    expect(user('admin').roles).toEqual(['ADMIN']);
    expect(user('county-supervisor').roles).toEqual(['SUPERVISOR', 'LEADER']);
    expect(user('town-a-operator')).toMatchObject({ regionId: townA.id, regionCode: townA.code, roles: ['OPERATOR'] });
    expect(user('town-b-operator')).toMatchObject({ regionId: townB.id, regionCode: townB.code });
    expect(user('town-a-leader')).toMatchObject({ regionId: townA.id, regionCode: townA.code, roles: ['LEADER'] });
    expect(user('village-a-operator')).toMatchObject({ regionId: villageA?.id, regionCode: villageA?.code });
    expect(user('village-b-operator')).toMatchObject({ regionId: villageB?.id, regionCode: villageB?.code });
    expect(user('grid-a-worker')).toMatchObject({ regionId: gridA?.regionId, regionCode: gridA?.code, roles: ['GRID_WORKER'] });
    const gold = world.mediators.find((m) => m.goldTeam);
    expect(user('mediator-gold')).toMatchObject({ roles: ['MEDIATOR'], mediatorId: gold?.id, displayName: gold?.name });
    expect(user('partner-12345')).toMatchObject({ roles: ['PARTNER'], partner: '12345' });
    for (const u of world.users) {
      expect(u.displayName).toMatch(/[\u4e00-\u9fff]/);
      if (u.username !== 'mediator-gold') expect(u.mediatorId).toBeNull();
      if (u.username !== 'partner-12345') expect(u.partner).toBeNull();
    }
  });

  it('gives scale 3 three counties with disjoint bounding boxes', () => {
    const w = generateWorld({ scale: 3 });
    const counties = byLevel(w, 'COUNTY');
    expect(counties).toHaveLength(3);
    expect(counties[0].code).toBe('441422');
    expect(new Set(counties.map((c) => c.code)).size).toBe(3);
    expect(new Set(counties.map((c) => c.name)).size).toBe(3);
    expect(byLevel(w, 'TOWN')).toHaveLength(30);
    expect(byLevel(w, 'VILLAGE')).toHaveLength(285);
    expect(w.grids).toHaveLength(675);
    expect(w.mediators.filter((m) => m.kind === 'MEDIATOR')).toHaveLength(234);
    expect(w.departments).toEqual(world.departments);
    expect(w.centers.filter((c) => c.level === 'COUNTY')).toHaveLength(3);
    expect(w.users).toHaveLength(world.users.length);
    const extents = counties.map((c) => {
      const boxes = w.grids.filter((g) => g.code.startsWith(c.code)).map((g) => bbox(g.boundary));
      return {
        w: Math.min(...boxes.map((b) => b.w)), e: Math.max(...boxes.map((b) => b.e)),
        s: Math.min(...boxes.map((b) => b.s)), n: Math.max(...boxes.map((b) => b.n)),
      };
    });
    for (let i = 0; i < extents.length; i++) {
      for (let j = i + 1; j < extents.length; j++) {
        const a = extents[i], b = extents[j];
        expect(Math.min(a.e, b.e) <= Math.max(a.w, b.w) || Math.min(a.n, b.n) <= Math.max(a.s, b.s)).toBe(true);
      }
    }
    const ids = [...w.regions, ...w.mediators, ...w.centers, ...w.gridWorkers].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stays fast enough for benchmarks', () => {
    const start = Date.now();
    generateWorld();
    expect(Date.now() - start).toBeLessThan(500);
  });
});

describe('generateCases', () => {
  const cases = generateCases(world, { count: 400, now: NOW });

  it('is deterministic and extends with count', () => {
    expect(generateCases(world, { count: 400, now: NOW })).toEqual(cases);
    const few = generateCases(world, { count: 50, now: NOW });
    const byKey = new Map(cases.map((c) => [c.key, c]));
    for (const c of few) expect(byKey.get(c.key)).toEqual(c);
    const other = generateCases(world, { count: 50, now: NOW, seed: 1 });
    expect(other.map((c) => c.title)).not.toEqual(few.map((c) => c.title));
    expect(new Set(cases.map((c) => c.key)).size).toBe(cases.length);
  });

  it('covers all channels, types, complexities and levels', () => {
    const small = generateCases(world, { count: 12, now: NOW });
    const levelOf = new Map(world.regions.map((r) => [r.id, r.level]));
    for (const list of [small, cases]) {
      expect(new Set(list.map((c) => c.channel))).toEqual(new Set(CHANNELS));
      expect(new Set(list.map((c) => c.type))).toEqual(new Set(DISPUTE_TYPES));
      expect(new Set(list.map((c) => c.complexity))).toEqual(new Set(COMPLEXITIES));
      expect(new Set(list.map((c) => levelOf.get(c.regionId)))).toEqual(new Set(['TOWN', 'VILLAGE', 'GRID']));
    }
    for (const c of cases.filter((x) => x.channel === 'GRID')) expect(levelOf.get(c.regionId)).toBe('GRID');
  });

  it('spreads cases over the window, sorted, with realistic statuses', () => {
    const from = NOW.getTime() - 30 * 86_400_000;
    for (const c of cases) {
      const at = Date.parse(c.receivedAt);
      expect(at).toBeGreaterThanOrEqual(from);
      expect(at).toBeLessThan(NOW.getTime());
    }
    const times = cases.map((c) => c.receivedAt);
    expect([...times].sort()).toEqual(times);
    const old = cases.filter((c) => Date.parse(c.receivedAt) < NOW.getTime() - 25 * 86_400_000);
    const done = old.filter((c) => ['CLOSED', 'RESOLVED', 'REFERRED', 'REJECTED'].includes(c.targetStatus));
    expect(done.length / old.length).toBeGreaterThan(0.7);
    const statuses = new Set(cases.map((c) => c.targetStatus));
    for (const s of ['REGISTERED', 'ASSIGNED', 'IN_MEDIATION', 'RESOLVED', 'CLOSED']) expect(statuses.has(s as never)).toBe(true);
    const hotline = cases.filter((c) => c.channel === 'HOTLINE_12345').length / cases.length;
    expect(hotline).toBeGreaterThan(0.15);
    expect(hotline).toBeLessThan(0.35);
  });

  it('generates valid parties, id numbers and amounts', () => {
    const many = generateCases(world, { count: 1500, now: NOW });
    let withId = 0, withoutId = 0;
    for (const c of many) {
      expect(c.title).not.toMatch(/[{}]/);
      expect(c.description).not.toMatch(/[{}]/);
      expect(c.parties.filter((p) => p.role === 'APPLICANT').length).toBeGreaterThanOrEqual(1);
      expect(c.parties.filter((p) => p.role === 'RESPONDENT')).toHaveLength(1);
      for (const p of c.parties) {
        if (p.phone !== null) expect(isValidPhone(p.phone) && MOBILE.test(p.phone)).toBe(true);
        if (p.idNumber !== null) {
          withId++;
          expect(isValidIdNumber(p.idNumber)).toBe(true);
        } else withoutId++;
      }
      if (c.amountInDispute !== null) expect(c.amountInDispute).toMatch(/^\d+\.\d{2}$/);
      if (['DEBT', 'LABOUR_WAGES', 'CONSTRUCTION_PAYMENT', 'TRAFFIC_ACCIDENT', 'CONSUMER'].includes(c.type)) {
        expect(c.amountInDispute).not.toBeNull();
      }
    }
    expect(withId).toBeGreaterThan(1000);
    expect(withoutId).toBeGreaterThan(100);
    const groups = many.filter((c) => c.parties.filter((p) => p.role === 'APPLICANT').length >= 10);
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(['CONSUMER', 'LABOUR_WAGES']).toContain(g.type);
    const local = many.flatMap((c) => c.parties).filter((p) => p.idNumber?.startsWith('441422'));
    expect(local.length).toBeGreaterThan(500);
  });
});
