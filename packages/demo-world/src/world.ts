/**
 * The deterministic demo world: territory (county → town → village → grid), grid staff, stationed
 * departments, centers, the mediator pool, demo accounts, and demo cases. Every service seeds its own
 * part of it, so the same options must always give the same rows and the same ids.
 *
 * County 1 is modelled on 大埔县 (1 county, 10 towns, 95 villages, 225 grids). Each county draws from
 * its own random streams, so county 1 is identical whatever the scale.
 */
import { keyPersonCare } from './key-person-care';
import {
  CHANNELS, COMPLEXITIES, DEFAULT_DEADLINE_POLICY, DISPUTE_TYPES, idNumberCheckChar, type Channel, type Complexity, type DepartmentKind,
  type DisputeType, type RegionLevel, type Role,
} from '@zz/common';
import {
  COMMUNITY_NAMES, CASE_TEMPLATES, COMPANY_WORDS, DABU_TOWNS, ESTATES, EXTRA_COUNTIES, FEMALE_GIVEN, INSURERS,
  KEY_PERSON_CATEGORIES, KEY_PERSON_PLANS, LEGAL_EXPERT_TITLES, MALE_GIVEN, MEDIATOR_TITLES_COUNTY,
  MEDIATOR_TITLES_TOWN, MEDIATOR_TITLES_VILLAGE, MIGRANT_PREFIXES, MOBILE_PREFIXES, PLACE_HEADS, PLACE_TAILS,
  PSYCHOLOGIST_TITLES, SURNAMES, VEHICLES, type CaseTemplate,
} from './names';
import { deterministicUuid, hashString, mixSeed, Rng, rngFor } from './random';

export { deterministicUuid } from './random';

// The shared vocabulary comes from the SDL through @zz/common. The two lists below are enums of one
// subgraph each (personnel, grid), which this package may not import; the services' seeds store them in
// columns typed by their generated enums, so a value the SDL lacks fails tsc there.
export type { Channel, Complexity, DepartmentKind, DisputeType, RegionLevel, Role } from '@zz/common';
export { CHANNELS, COMPLEXITIES, DISPUTE_TYPES } from '@zz/common';
export type StationingMode = 'RESIDENT' | 'ROTATING' | 'ON_CALL' | 'CONTRACTED';
export type GridWorkerKind = 'FULL_TIME' | 'PART_TIME' | 'AUXILIARY';

export interface WorldOptions {
  /** Default 20261122. */
  seed?: number;
  /** Number of counties, default 1. */
  scale?: number;
}
export interface RegionRow { id: string; code: string; name: string; level: RegionLevel; parentId: string | null; }
export interface GridRow {
  /** The id of its GRID-level RegionRow. */
  regionId: string;
  code: string;
  name: string;
  villageRegionId: string;
  /** Closed ring of [lng, lat], first point === last point, counter-clockwise. */
  boundary: [number, number][];
  households: number;
  residents: number;
  leaderName: string;
}
export interface GridWorkerRow { id: string; gridRegionId: string; name: string; kind: GridWorkerKind; phone: string; }
export interface BuildingHeadRow { id: string; gridRegionId: string; name: string; building: string; phone: string; }
export interface KeyPersonRow {
  id: string;
  gridRegionId: string;
  name: string;
  /** e.g. 严重精神障碍患者, 社区矫正对象, 刑满释放人员 */
  category: string;
  /** 一人一策 note */
  plan: string;
  /** 三级预警: RED / ORANGE / YELLOW */
  tier: 'RED' | 'ORANGE' | 'YELLOW';
  /** 包保干部 */
  responsibleCadre: string;
  /** The last visit, in days before the seeding (the seed turns it into dates); null: never visited yet. */
  lastVisit: { id: string; daysAgo: number; kind: 'HOME_VISIT' | 'PHONE' | 'MEETING'; note: string; visitor: string } | null;
}
export interface DepartmentRow { id: string; name: string; kind: DepartmentKind; }
export interface CenterRow { id: string; regionId: string; regionCode: string; level: Exclude<RegionLevel, 'GRID'>; name: string; }
export interface StationingRow {
  centerId: string;
  departmentId: string;
  mode: StationingMode;
  staffCount: number;
  /** 1..12; for ROTATING the months it sits in the center, else all 12. */
  months: number[];
}
/**
 * A numbered window (窗口号) of a center's hall: INTAKE (综合登记受理), FIXED (one stationed department's
 * own window) or ROTATING (the month's rota decides which department sits there).
 */
export interface CenterWindowRow {
  centerId: string;
  number: number;
  kind: 'INTAKE' | 'FIXED' | 'ROTATING';
  departmentId: string | null;
  label: string;
}
export interface MediatorRow {
  id: string;
  name: string;
  kind: 'MEDIATOR' | 'LEGAL_EXPERT' | 'PSYCHOLOGIST';
  centerId: string;
  /** Of its center. */
  regionCode: string;
  specialties: DisputeType[];
  languages: string[];
  goldTeam: boolean;
  brand: string | null;
  available: boolean;
  phone: string;
  /** e.g. 退休法官, 司法所长, 心理咨询师 */
  title: string;
}
export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  regionId: string;
  regionCode: string;
  mediatorId: string | null;
  partner: string | null;
}
export interface PartySeed { name: string; role: 'APPLICANT' | 'RESPONDENT' | 'THIRD_PARTY'; phone: string | null; idNumber: string | null; }
export type CaseTargetStatus = 'REGISTERED' | 'ACCEPTED' | 'ASSIGNED' | 'IN_MEDIATION' | 'RESOLVED' | 'REFERRED' | 'CLOSED' | 'REJECTED';
export interface CaseSeed {
  /** Stable, usable as idempotency key. */
  key: string;
  title: string;
  description: string;
  channel: Channel;
  type: DisputeType;
  complexity: Complexity;
  /** A VILLAGE or GRID or TOWN region. */
  regionId: string;
  parties: PartySeed[];
  /** "30000.00" */
  amountInDispute: string | null;
  /** ISO */
  receivedAt: string;
  targetStatus: CaseTargetStatus;
}
export interface World {
  seed: number;
  scale: number;
  regions: RegionRow[];
  grids: GridRow[];
  gridWorkers: GridWorkerRow[];
  buildingHeads: BuildingHeadRow[];
  keyPersons: KeyPersonRow[];
  departments: DepartmentRow[];
  centers: CenterRow[];
  stationings: StationingRow[];
  windows: CenterWindowRow[];
  mediators: MediatorRow[];
  users: UserRow[];
}

export const DEFAULT_WORLD_SEED = 20261122;
export const DEMO_COUNTY_CODE = '441422';

// ---------------------------------------------------------------------------------------------
// Sizes and fixed lists

const TOWNS_PER_COUNTY = 10;
const VILLAGES_PER_COUNTY = 95;
const GRIDS_PER_COUNTY = 225;
const AUXILIARY_PER_COUNTY = 120;
const PART_TIME_PER_COUNTY = 40;
const REGULAR_MEDIATORS = 68; // + 10 gold = 78 (调解人才库)
const LEGAL_EXPERTS = 35;
const PSYCHOLOGISTS = 6;

/** Coordinates are kept in integer units of 1e-7° so shared edges of neighbouring grids are bit-identical. */
const UNIT = 1e7;
const COUNTY_WEST = 116.45 * UNIT;
const COUNTY_SOUTH = 24.15 * UNIT;
const COUNTY_SIZE = 0.4 * UNIT;
const COUNTY_STEP = 0.5 * UNIT;
/** Metres per degree of longitude shrink with latitude; used only to choose the split direction. */
const LNG_FACTOR = Math.cos((24.35 * Math.PI) / 180);

interface DepartmentSpec { key: string; name: string; kind: DepartmentKind; mode: StationingMode; staff: number; }
/**
 * "8+14+N" as seed 000 tells it: 政法单位 (法院、检察院、公安、司法), 信访, 人社 and two more resident;
 * 住建、民政 among the 14 that rotate monthly; a few on call, plus contracted bodies. The seed names
 * six of the eight resident ones: 妇联 and 市场监管 complete them (消费/退费 disputes are a large share
 * of the ledger). Staff counts add up to the 63 window staff one county reports.
 */
const DEPARTMENTS: readonly DepartmentSpec[] = [
  { key: 'court', name: '法院', kind: 'COURT', mode: 'RESIDENT', staff: 4 },
  { key: 'procuratorate', name: '检察院', kind: 'PROCURATORATE', mode: 'RESIDENT', staff: 2 },
  { key: 'police', name: '公安局', kind: 'POLICE', mode: 'RESIDENT', staff: 4 },
  { key: 'justice', name: '司法局', kind: 'JUSTICE', mode: 'RESIDENT', staff: 5 },
  { key: 'petition', name: '信访局', kind: 'PETITION', mode: 'RESIDENT', staff: 4 },
  { key: 'human-resources', name: '人社局', kind: 'HUMAN_RESOURCES', mode: 'RESIDENT', staff: 3 },
  { key: 'market-regulation', name: '市场监管局', kind: 'MARKET_REGULATION', mode: 'RESIDENT', staff: 3 },
  { key: 'women-federation', name: '妇联', kind: 'WOMEN_FEDERATION', mode: 'RESIDENT', staff: 2 },
  { key: 'housing', name: '住建局', kind: 'HOUSING', mode: 'ROTATING', staff: 1 },
  { key: 'civil-affairs', name: '民政局', kind: 'CIVIL_AFFAIRS', mode: 'ROTATING', staff: 1 },
  { key: 'health', name: '卫健局', kind: 'HEALTH', mode: 'ROTATING', staff: 1 },
  { key: 'transport', name: '交通运输局', kind: 'TRANSPORT', mode: 'ROTATING', staff: 1 },
  { key: 'natural-resources', name: '自然资源局', kind: 'OTHER', mode: 'ROTATING', staff: 1 },
  { key: 'agriculture', name: '农业农村局', kind: 'OTHER', mode: 'ROTATING', staff: 1 },
  { key: 'education', name: '教育局', kind: 'OTHER', mode: 'ROTATING', staff: 1 },
  { key: 'emergency', name: '应急管理局', kind: 'OTHER', mode: 'ROTATING', staff: 1 },
  { key: 'ecology', name: '生态环境局', kind: 'OTHER', mode: 'ROTATING', staff: 1 },
  { key: 'veterans', name: '退役军人事务局', kind: 'OTHER', mode: 'ROTATING', staff: 1 },
  { key: 'trade-union', name: '总工会', kind: 'OTHER', mode: 'ROTATING', staff: 1 },
  { key: 'youth-league', name: '团县委', kind: 'OTHER', mode: 'ROTATING', staff: 1 },
  { key: 'urban-management', name: '城管执法局', kind: 'OTHER', mode: 'ROTATING', staff: 1 },
  { key: 'forestry', name: '林业局', kind: 'OTHER', mode: 'ROTATING', staff: 1 },
  { key: 'taxation', name: '税务局', kind: 'OTHER', mode: 'ON_CALL', staff: 1 },
  { key: 'water', name: '水务局', kind: 'OTHER', mode: 'ON_CALL', staff: 1 },
  { key: 'fire-rescue', name: '消防救援大队', kind: 'OTHER', mode: 'ON_CALL', staff: 1 },
  { key: 'people-mediation', name: '人民调解委员会', kind: 'OTHER', mode: 'CONTRACTED', staff: 6 },
  { key: 'traffic-mediation', name: '交通事故纠纷调解委员会', kind: 'OTHER', mode: 'CONTRACTED', staff: 3 },
  { key: 'medical-mediation', name: '医患纠纷调解委员会', kind: 'OTHER', mode: 'CONTRACTED', staff: 3 },
  { key: 'law-society', name: '律师协会', kind: 'LAW_SOCIETY', mode: 'CONTRACTED', staff: 3 },
  { key: 'gold-studio', name: '金牌调解工作室', kind: 'OTHER', mode: 'CONTRACTED', staff: 4 },
];
const COUNTY_ROTATING_WINDOWS = 3;
/** Resident departments with their own window at the county hall; 法院 sits in its 速裁法庭 (seed 000: "1厅2庭15室"). */
const COUNTY_FIXED_WINDOWS = ['procuratorate', 'police', 'justice', 'petition', 'human-resources', 'market-regulation', 'women-federation'] as const;

/** The county hall's windows: 1–2 intake, 3–9 the resident departments, 10–12 rotating. */
function countyWindows(centerId: string, departmentIds: Map<string, string>): CenterWindowRow[] {
  const out: CenterWindowRow[] = [1, 2].map((n) => ({ centerId, number: n, kind: 'INTAKE', departmentId: null, label: `综合登记受理窗口${n}` }));
  COUNTY_FIXED_WINDOWS.forEach((key, k) => {
    const d = DEPARTMENTS.find((x) => x.key === key)!;
    out.push({ centerId, number: 3 + k, kind: 'FIXED', departmentId: departmentIds.get(key) ?? '', label: `${d.name}窗口` });
  });
  for (let k = 0; k < COUNTY_ROTATING_WINDOWS; k++) {
    out.push({ centerId, number: 10 + k, kind: 'ROTATING', departmentId: null, label: `轮驻窗口${k + 1}` });
  }
  return out;
}

/** Town offices that come when called (劳动保障所, 妇联, 国土所 …). */
const TOWN_ON_CALL = ['human-resources', 'women-federation', 'natural-resources', 'market-regulation', 'housing'] as const;

interface GoldSpec {
  /** The name used in county 1 (大埔); other counties get generated names. */
  dabuName: string;
  female: boolean;
  brand: (p: Person) => string;
  title: string;
  specialties: DisputeType[];
  languages: string[];
}
/** 金牌调解团队: personal brands, drawn from courts, procuratorate, police, justice and the women's federation. */
const GOLD_TEAM: readonly GoldSpec[] = [
  { dabuName: '罗志涌', female: false, brand: (p) => `${p.given.slice(-1)}哥`, title: '退休派出所所长', specialties: ['NEIGHBOUR', 'LAND', 'TRAFFIC_ACCIDENT'], languages: ['普通话', '客家话'] },
  { dabuName: '张锦西', female: false, brand: (p) => `${p.given.slice(-1)}叔`, title: '退休法官', specialties: ['DEBT', 'CONSTRUCTION_PAYMENT', 'MARRIAGE_FAMILY'], languages: ['普通话', '客家话'] },
  { dabuName: '魏国平', female: false, brand: (p) => `老${p.surname}`, title: '司法所所长', specialties: ['LAND', 'NEIGHBOUR'], languages: ['普通话', '客家话'] },
  { dabuName: '李德昌', female: false, brand: (p) => `${p.surname}叔`, title: '退休检察官', specialties: ['LABOUR_WAGES', 'DEBT'], languages: ['普通话', '客家话'] },
  { dabuName: '张秀兰', female: true, brand: (p) => `和事佬${p.surname}姐`, title: '县妇联副主席', specialties: ['MARRIAGE_FAMILY', 'NEIGHBOUR'], languages: ['普通话', '客家话'] },
  { dabuName: '杨玉梅', female: true, brand: (p) => `阿${p.given.slice(-1)}调解室`, title: '婚姻家庭咨询师', specialties: ['MARRIAGE_FAMILY', 'CONSUMER'], languages: ['普通话', '客家话'] },
  { dabuName: '萧汉文', female: false, brand: (p) => `老${p.surname}说和`, title: '退休镇党委书记', specialties: ['LAND', 'OTHER', 'NEIGHBOUR'], languages: ['普通话', '客家话'] },
  { dabuName: '邱美玲', female: true, brand: (p) => `${p.surname}姐工作室`, title: '劳动争议调解员', specialties: ['LABOUR_WAGES', 'CONSTRUCTION_PAYMENT'], languages: ['普通话', '客家话'] },
  { dabuName: '钟永康', female: false, brand: (p) => `${p.surname}医生调解室`, title: '退休主任医师', specialties: ['MEDICAL'], languages: ['普通话', '客家话', '潮汕话'] },
  { dabuName: '温伟雄', female: false, brand: (p) => `${p.surname}叔物业调解`, title: '社区党委书记', specialties: ['PROPERTY_MANAGEMENT', 'CONSUMER'], languages: ['普通话', '客家话'] },
];

/** How often each type comes up (neighbour and family disputes dominate at the grassroots). */
const TYPE_WEIGHTS: readonly (readonly [DisputeType, number])[] = [
  ['NEIGHBOUR', 18], ['MARRIAGE_FAMILY', 15], ['DEBT', 12], ['LAND', 12], ['LABOUR_WAGES', 10], ['TRAFFIC_ACCIDENT', 8],
  ['CONSUMER', 8], ['PROPERTY_MANAGEMENT', 5], ['OTHER', 5], ['CONSTRUCTION_PAYMENT', 4], ['MEDICAL', 3],
];
const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [
  ['WINDOW', 30], ['HOTLINE_12345', 25], ['GRID', 15], ['POLICE_110', 10], ['ONLINE', 10], ['PETITION', 4], ['COURT', 3], ['PARTNER', 3],
];
const COMPLEXITY_WEIGHTS: readonly (readonly [Complexity, number])[] = [['SIMPLE', 40], ['GENERAL', 35], ['COMPLEX', 18], ['DIFFICULT', 7]];
/** 简单1天、一般5天、复杂15天、疑难20天: the demo's statuses follow the default deadline rule. */
const DEADLINE_DAYS: Readonly<Record<Complexity, number>> = DEFAULT_DEADLINE_POLICY.days;

// ---------------------------------------------------------------------------------------------
// Small helpers

interface Person { name: string; surname: string; given: string; female: boolean; }

function makePerson(rng: Rng, female: boolean): Person {
  const surname = rng.pick(SURNAMES);
  const chars = female ? FEMALE_GIVEN : MALE_GIVEN;
  let given = rng.pick(chars);
  if (rng.chance(0.75)) {
    let second = rng.pick(chars);
    if (second === given) second = rng.pick(chars);
    given += second;
  }
  return { name: surname + given, surname, given, female };
}

/** Names unique within a county, so staff can be told apart in lists and search. */
class NameBook {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}

  person(female: boolean = this.rng.chance(0.45)): Person {
    let p = makePerson(this.rng, female);
    for (let tries = 0; this.used.has(p.name) && tries < 50; tries++) p = makePerson(this.rng, female);
    this.used.add(p.name);
    return p;
  }

  reserve(name: string): void {
    this.used.add(name);
  }
}

/** Mobile numbers unique across the whole world. */
class PhoneBook {
  constructor(private readonly rng: Rng, private readonly used: Set<string>) {}

  next(): string {
    for (;;) {
      const phone = this.rng.pick(MOBILE_PREFIXES) + this.rng.digits(8);
      if (!this.used.has(phone)) {
        this.used.add(phone);
        return phone;
      }
    }
  }
}

function randomPhone(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

function pad3(n: number): string {
  return String(n).padStart(3, '0');
}

/** Splits `total` into `parts` integers each within [min, max]. */
function distribute(rng: Rng, total: number, parts: number, min: number, max: number): number[] {
  const out = new Array<number>(parts).fill(min);
  let extra = total - min * parts;
  if (extra < 0 || extra > (max - min) * parts) throw new Error('distribute: impossible bounds');
  while (extra > 0) {
    const i = rng.int(0, parts - 1);
    if (out[i] < max) {
      out[i]++;
      extra--;
    }
  }
  return out;
}

/** Axis-aligned box in integer 1e-7° units. */
interface Box { w: number; s: number; e: number; n: number; }

/**
 * Guillotine tiling: halves the list by weight and cuts the box across its longer side, recursively.
 * Children share the exact cut coordinate, so the tiles cover the box with no gap and no overlap.
 */
function tile(box: Box, weights: readonly number[], out: Box[] = []): Box[] {
  if (weights.length === 1) {
    out.push(box);
    return out;
  }
  let total = 0;
  for (const w of weights) total += w;
  let k = 1;
  let acc = weights[0];
  let best = Math.abs(acc - total / 2);
  for (let i = 1; i < weights.length - 1; i++) {
    const next = acc + weights[i];
    const d = Math.abs(next - total / 2);
    if (d >= best) break;
    best = d;
    acc = next;
    k = i + 1;
  }
  const frac = acc / total;
  const width = (box.e - box.w) * LNG_FACTOR;
  const height = box.n - box.s;
  if (width >= height) {
    const x = Math.min(box.e - 1, Math.max(box.w + 1, Math.round(box.w + (box.e - box.w) * frac)));
    tile({ ...box, e: x }, weights.slice(0, k), out);
    tile({ ...box, w: x }, weights.slice(k), out);
  } else {
    // North first, so lists read top-left to bottom-right like a map.
    const y = Math.min(box.n - 1, Math.max(box.s + 1, Math.round(box.n - (box.n - box.s) * frac)));
    tile({ ...box, s: y }, weights.slice(0, k), out);
    tile({ ...box, n: y }, weights.slice(k), out);
  }
  return out;
}

/** Counter-clockwise closed ring in degrees. */
function ring(b: Box): [number, number][] {
  const w = b.w / UNIT, s = b.s / UNIT, e = b.e / UNIT, n = b.n / UNIT;
  return [[w, s], [e, s], [e, n], [w, n], [w, s]];
}

function uniqueName(used: Set<string>, make: () => string): string {
  for (let tries = 0; tries < 200; tries++) {
    const name = make();
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  // Fall back to a numbered name rather than loop forever on an exhausted list.
  const name = `${make()}${used.size}`;
  used.add(name);
  return name;
}

function placeName(rng: Rng): string {
  const head = rng.pick(PLACE_HEADS);
  let tail = rng.pick(PLACE_TAILS);
  while (tail === head) tail = rng.pick(PLACE_TAILS);
  return head + tail;
}

function pickSpecialties(rng: Rng, first: DisputeType | null, count: number): DisputeType[] {
  const out: DisputeType[] = first ? [first] : [];
  while (out.length < count) {
    const t = rng.weighted(TYPE_WEIGHTS);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The world

export function generateWorld(options: WorldOptions = {}): World {
  const seed = options.seed ?? DEFAULT_WORLD_SEED;
  const scale = options.scale ?? 1;
  if (!Number.isSafeInteger(seed)) throw new Error('generateWorld: seed must be an integer');
  if (!Number.isInteger(scale) || scale < 1 || scale > 500) throw new Error('generateWorld: scale must be an integer in 1..500');

  const world: World = {
    seed, scale, regions: [], grids: [], gridWorkers: [], buildingHeads: [], keyPersons: [], departments: [],
    centers: [], stationings: [], windows: [], mediators: [], users: [],
  };
  const departmentIds = new Map<string, string>();
  for (const d of DEPARTMENTS) {
    const id = deterministicUuid(seed, 'department', d.key);
    departmentIds.set(d.key, id);
    world.departments.push({ id, name: d.name, kind: d.kind });
  }

  const ctx: WorldContext = { seed, world, departmentIds, phones: new Set<string>(), countyNames: new Set<string>(['大埔县']) };
  for (let i = 0; i < scale; i++) buildCounty(ctx, i);
  world.users = demoUsers(world);
  return world;
}

interface WorldContext {
  seed: number;
  world: World;
  departmentIds: Map<string, string>;
  phones: Set<string>;
  countyNames: Set<string>;
}

function countyName(ctx: WorldContext, index: number): string {
  if (index === 0) return '大埔县';
  if (index - 1 < EXTRA_COUNTIES.length) return EXTRA_COUNTIES[index - 1];
  const rng = rngFor(ctx.seed, `county-name:${index}`);
  const used = ctx.countyNames;
  for (const n of EXTRA_COUNTIES) used.add(n);
  return uniqueName(used, () => `${placeName(rng)}县`);
}

function buildCounty(ctx: WorldContext, index: number): void {
  const { seed, world } = ctx;
  const code = String(Number(DEMO_COUNTY_CODE) + index);
  const name = countyName(ctx, index);
  const uuid = (kind: string, key: string) => deterministicUuid(seed, kind, key);
  const land = rngFor(seed, `county:${code}:territory`);
  const names = new NameBook(rngFor(seed, `county:${code}:names`));
  // Reserved first, so no grid worker is generated with a gold mediator's name.
  if (index === 0) for (const g of GOLD_TEAM) names.reserve(g.dabuName);
  const phones = new PhoneBook(rngFor(seed, `county:${code}:phones`), ctx.phones);
  const staffRng = rngFor(seed, `county:${code}:staff`);

  // Territory -----------------------------------------------------------------------------
  const county: RegionRow = { id: uuid('region', code), code, name, level: 'COUNTY', parentId: null };
  world.regions.push(county);
  const placeNames = new Set<string>();
  const townNames: string[] = [];
  for (let t = 0; t < TOWNS_PER_COUNTY; t++) {
    townNames.push(index === 0 ? DABU_TOWNS[t] : uniqueName(placeNames, () => `${placeName(land)}镇`));
  }
  for (const t of townNames) placeNames.add(t.slice(0, -1));
  const towns: RegionRow[] = townNames.map((townName, t) => {
    const townCode = code + pad3(100 + t);
    return { id: uuid('region', townCode), code: townCode, name: townName, level: 'TOWN', parentId: county.id };
  });
  world.regions.push(...towns);

  const villagesPerTown = distribute(land, VILLAGES_PER_COUNTY, TOWNS_PER_COUNTY, 8, 11);
  const villagesByTown: RegionRow[][] = [];
  const communityIds = new Set<string>();
  towns.forEach((town, t) => {
    // The town seat has a few 社区 (codes 0xx); the rest are 村 (codes 2xx), as in the statistical codes.
    const communities = t === 0 ? 3 : 1;
    const list: RegionRow[] = [];
    for (let v = 0; v < villagesPerTown[t]; v++) {
      let villageName: string;
      let suffix: string;
      if (v < communities) {
        const seat = `${town.name.slice(0, -1)}社区`;
        villageName = v === 0 && !placeNames.has(seat) ? seat : uniqueName(placeNames, () => `${land.pick(COMMUNITY_NAMES)}社区`);
        placeNames.add(villageName);
        suffix = pad3(v + 1);
      } else {
        villageName = uniqueName(placeNames, () => `${placeName(land)}村`);
        suffix = pad3(201 + v - communities);
      }
      const villageCode = town.code + suffix;
      const row: RegionRow = { id: uuid('region', villageCode), code: villageCode, name: villageName, level: 'VILLAGE', parentId: town.id };
      if (v < communities) communityIds.add(row.id);
      list.push(row);
    }
    villagesByTown.push(list);
    world.regions.push(...list);
  });
  const villages = villagesByTown.flat();

  const gridsPerVillage = distribute(land, GRIDS_PER_COUNTY, villages.length, 2, 3);
  const countyBox: Box = { w: COUNTY_WEST + index * COUNTY_STEP, s: COUNTY_SOUTH, e: COUNTY_WEST + index * COUNTY_STEP + COUNTY_SIZE, n: COUNTY_SOUTH + COUNTY_SIZE };
  const jitter = () => 0.8 + land.next() * 0.4;
  let vi = 0;
  const townWeights = villagesByTown.map((list) => {
    let g = 0;
    for (let k = 0; k < list.length; k++) g += gridsPerVillage[vi + k];
    vi += list.length;
    return g * jitter();
  });
  const townBoxes = tile(countyBox, townWeights);
  const gridRegions: RegionRow[] = [];
  const countyGrids: GridRow[] = [];
  vi = 0;
  villagesByTown.forEach((list, t) => {
    const counts = list.map((_, k) => gridsPerVillage[vi + k]);
    vi += list.length;
    const villageBoxes = tile(townBoxes[t], counts.map((c) => c * jitter()));
    list.forEach((village, k) => {
      const boxes = tile(villageBoxes[k], Array.from({ length: counts[k] }, jitter));
      boxes.forEach((box, g) => {
        const gridCode = village.code + pad3(g + 1);
        const region: RegionRow = { id: uuid('region', gridCode), code: gridCode, name: `${village.name}第${g + 1}网格`, level: 'GRID', parentId: village.id };
        gridRegions.push(region);
        const households = land.int(250, 350);
        countyGrids.push({
          regionId: region.id, code: gridCode, name: region.name, villageRegionId: village.id, boundary: ring(box),
          households, residents: Math.round(households * (2.6 + land.next() * 0.4)), leaderName: names.person().name,
        });
      });
    });
  });
  world.regions.push(...gridRegions);
  world.grids.push(...countyGrids);

  // Grid staff ----------------------------------------------------------------------------
  const fullTimeName = new Map<string, string>();
  for (const g of countyGrids) {
    const p = names.person();
    fullTimeName.set(g.regionId, p.name);
    world.gridWorkers.push({ id: uuid('grid-worker', `${g.code}:FULL_TIME`), gridRegionId: g.regionId, name: p.name, kind: 'FULL_TIME', phone: phones.next() });
  }
  for (const [kind, count] of [['AUXILIARY', AUXILIARY_PER_COUNTY], ['PART_TIME', PART_TIME_PER_COUNTY]] as const) {
    const picked = staffRng.sample(countyGrids, count).sort((a, b) => (a.code < b.code ? -1 : 1));
    for (const g of picked) {
      world.gridWorkers.push({ id: uuid('grid-worker', `${g.code}:${kind}`), gridRegionId: g.regionId, name: names.person().name, kind, phone: phones.next() });
    }
  }
  for (const g of countyGrids) {
    const inCommunity = communityIds.has(g.villageRegionId);
    const gridNo = Number(g.code.slice(-3));
    const estate = staffRng.pick(ESTATES);
    const heads = staffRng.int(1, 3);
    for (let h = 0; h < heads; h++) {
      const n = (gridNo - 1) * 3 + h + 1;
      world.buildingHeads.push({
        id: uuid('building-head', `${g.code}:${h + 1}`), gridRegionId: g.regionId, name: names.person().name,
        building: inCommunity ? `${estate}${n}栋` : `第${n}村民小组`, phone: phones.next(),
      });
    }
  }
  // Tiers and visits draw from their own stream, so the rest of the world is what it was before they existed.
  const careRng = rngFor(seed, `county:${code}:key-person-care`);
  const keyGrids = staffRng.sample(countyGrids, Math.floor(GRIDS_PER_COUNTY / 3)).sort((a, b) => (a.code < b.code ? -1 : 1));
  keyGrids.forEach((g, k) => {
    const category = staffRng.weighted(KEY_PERSON_CATEGORIES);
    const plan = staffRng.pick(KEY_PERSON_PLANS[category]).replace('{w}', fullTimeName.get(g.regionId) ?? '');
    const care = keyPersonCare(careRng, category, fullTimeName.get(g.regionId) ?? '网格员');
    const lastVisit = care.lastVisit && { id: uuid('key-person-visit', `${code}:${k + 1}`), ...care.lastVisit };
    world.keyPersons.push({ id: uuid('key-person', `${code}:${k + 1}`), gridRegionId: g.regionId, name: names.person().name, category, plan, ...care, lastVisit });
  });

  // Centers and stationings ----------------------------------------------------------------
  const center = (region: RegionRow, level: Exclude<RegionLevel, 'GRID'>, centerName: string): CenterRow => {
    const row: CenterRow = { id: uuid('center', region.code), regionId: region.id, regionCode: region.code, level, name: centerName };
    world.centers.push(row);
    return row;
  };
  const countyCenter = center(county, 'COUNTY', `${county.name}综治中心`);
  const townCenters = towns.map((t) => center(t, 'TOWN', `${t.name}综治中心`));
  const villageCenters = villages.map((v) => center(v, 'VILLAGE', `${v.name}综治服务站`));

  const stationRng = rngFor(seed, `county:${code}:stationing`);
  const allMonths = () => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const rotating = DEPARTMENTS.filter((d) => d.mode === 'ROTATING');
  // Seed 000's hall: 2 intake windows and 10 department windows, 7 for resident departments and 3
  // rotating. So 3 rotating departments sit each month, walked round-robin (each 2–3 months a year).
  const rotationMonths = new Map<string, number[]>(rotating.map((d) => [d.key, []]));
  const order = stationRng.shuffle(rotating);
  let cursor = 0;
  for (let month = 1; month <= 12; month++) {
    for (let j = 0; j < COUNTY_ROTATING_WINDOWS; j++) rotationMonths.get(order[(cursor + j) % order.length].key)?.push(month);
    cursor = (cursor + COUNTY_ROTATING_WINDOWS) % order.length;
  }
  for (const d of DEPARTMENTS) {
    world.stationings.push({
      centerId: countyCenter.id, departmentId: ctx.departmentIds.get(d.key) ?? '', mode: d.mode, staffCount: d.staff,
      months: d.mode === 'ROTATING' ? (rotationMonths.get(d.key) ?? []).sort((a, b) => a - b) : allMonths(),
    });
  }
  countyWindows(countyCenter.id, ctx.departmentIds).forEach((w) => world.windows.push(w));
  for (const tc of townCenters) {
    // A town hall: one intake window, then the 司法所 and 派出所 windows.
    world.windows.push({ centerId: tc.id, number: 1, kind: 'INTAKE', departmentId: null, label: '综合受理窗口' });
    world.windows.push({ centerId: tc.id, number: 2, kind: 'FIXED', departmentId: ctx.departmentIds.get('justice') ?? '', label: '司法所窗口' });
    world.windows.push({ centerId: tc.id, number: 3, kind: 'FIXED', departmentId: ctx.departmentIds.get('police') ?? '', label: '派出所窗口' });
  }
  for (const tc of townCenters) {
    // 司法所 and 派出所 sit in every town center; a few town offices come on call.
    world.stationings.push({ centerId: tc.id, departmentId: ctx.departmentIds.get('justice') ?? '', mode: 'RESIDENT', staffCount: stationRng.int(2, 3), months: allMonths() });
    world.stationings.push({ centerId: tc.id, departmentId: ctx.departmentIds.get('police') ?? '', mode: 'RESIDENT', staffCount: stationRng.int(1, 2), months: allMonths() });
    const onCall = stationRng.sample(TOWN_ON_CALL, stationRng.int(2, 3)).sort();
    for (const key of onCall) {
      world.stationings.push({ centerId: tc.id, departmentId: ctx.departmentIds.get(key) ?? '', mode: 'ON_CALL', staffCount: 1, months: allMonths() });
    }
  }

  // Mediators --------------------------------------------------------------------------------
  const medRng = rngFor(seed, `county:${code}:mediators`);
  const mediator = (key: string, row: Omit<MediatorRow, 'id' | 'regionCode' | 'phone'>, at: CenterRow): MediatorRow => {
    const full: MediatorRow = { id: uuid('mediator', `${code}:${key}`), ...row, regionCode: at.regionCode, phone: phones.next() };
    world.mediators.push(full);
    return full;
  };
  GOLD_TEAM.forEach((g, k) => {
    const p: Person = index === 0
      ? { name: g.dabuName, surname: g.dabuName.slice(0, 1), given: g.dabuName.slice(1), female: g.female }
      : names.person(g.female);
    mediator(`gold:${k + 1}`, {
      name: p.name, kind: 'MEDIATOR', centerId: countyCenter.id, specialties: [...g.specialties], languages: [...g.languages],
      goldTeam: true, brand: g.brand(p), available: true, title: g.title,
    }, countyCenter);
  });

  // 68 regulars: 14 at the county, 3 per town, the rest in distinct villages.
  const placements: { at: CenterRow; level: 'COUNTY' | 'TOWN' | 'VILLAGE'; first: boolean }[] = [];
  for (let k = 0; k < 14; k++) placements.push({ at: countyCenter, level: 'COUNTY', first: false });
  for (const tc of townCenters) for (let k = 0; k < 3; k++) placements.push({ at: tc, level: 'TOWN', first: k === 0 });
  const villageSlots = REGULAR_MEDIATORS - placements.length;
  const villageIdx = medRng.sample(villageCenters.map((_, k) => k), villageSlots).sort((a, b) => a - b);
  for (const k of villageIdx) placements.push({ at: villageCenters[k], level: 'VILLAGE', first: false });
  // Two bilingual (Mongolian) mediators at the county; a few speak 潮汕话; a few are on leave.
  const chaoshan = new Set(medRng.sample(placements.map((_, k) => k).slice(2), 4));
  const onLeave = new Set(medRng.sample(placements.map((_, k) => k).slice(14), 3));
  placements.forEach((pl, k) => {
    const p = names.person();
    const mongolian = k < 2;
    const languages = ['普通话'];
    if (mongolian) languages.push('蒙古语');
    else if (medRng.chance(0.65)) languages.push('客家话');
    if (chaoshan.has(k)) languages.push('潮汕话');
    let title: string;
    if (mongolian) title = '双语调解员';
    else if (pl.level === 'COUNTY') title = medRng.pick(MEDIATOR_TITLES_COUNTY.filter((t) => t !== '双语调解员'));
    else if (pl.level === 'TOWN') title = pl.first ? '司法所长' : medRng.pick(MEDIATOR_TITLES_TOWN.slice(1));
    else title = medRng.pick(MEDIATOR_TITLES_VILLAGE);
    // The first eleven regulars start with one type each, so every type has a specialist.
    const first = k < DISPUTE_TYPES.length ? DISPUTE_TYPES[k] : null;
    mediator(`mediator:${k + 1}`, {
      name: p.name, kind: 'MEDIATOR', centerId: pl.at.id, specialties: pickSpecialties(medRng, first, medRng.int(1, 3)),
      languages, goldTeam: false, brand: null, available: !onLeave.has(k), title,
    }, pl.at);
  });
  for (let k = 0; k < LEGAL_EXPERTS; k++) {
    const title = medRng.pick(LEGAL_EXPERT_TITLES);
    const first: DisputeType | null = title === '劳动仲裁员' ? 'LABOUR_WAGES' : null;
    mediator(`legal:${k + 1}`, {
      name: names.person().name, kind: 'LEGAL_EXPERT', centerId: countyCenter.id,
      specialties: pickSpecialties(medRng, first, medRng.int(1, 3)), languages: medRng.chance(0.5) ? ['普通话', '客家话'] : ['普通话'],
      goldTeam: false, brand: null, available: k !== LEGAL_EXPERTS - 1, title,
    }, countyCenter);
  }
  for (let k = 0; k < PSYCHOLOGISTS; k++) {
    mediator(`psychologist:${k + 1}`, {
      name: names.person().name, kind: 'PSYCHOLOGIST', centerId: countyCenter.id,
      specialties: pickSpecialties(medRng, 'MARRIAGE_FAMILY', medRng.int(1, 3)),
      languages: medRng.chance(0.5) ? ['普通话', '客家话'] : ['普通话'], goldTeam: false, brand: null, available: true,
      title: medRng.pick(PSYCHOLOGIST_TITLES),
    }, countyCenter);
  }
}

/** The demo accounts of CONTRACT.md, all in the first county. */
function demoUsers(world: World): UserRow[] {
  const byId = new Map(world.regions.map((r) => [r.id, r]));
  const county = world.regions[0];
  const towns = world.regions.filter((r) => r.parentId === county.id);
  const villageOf = (town: RegionRow) => {
    const v = world.regions.find((r) => r.parentId === town.id);
    if (!v) throw new Error('demo world: town without villages');
    return v;
  };
  const townA = towns[0], townB = towns[1];
  const villageA = villageOf(townA), villageB = villageOf(townB);
  const gridA = world.grids.find((g) => g.villageRegionId === villageA.id);
  const gold = world.mediators.find((m) => m.goldTeam);
  if (!gridA || !gold) throw new Error('demo world: missing grid or gold mediator');
  const gridRegion = byId.get(gridA.regionId) ?? county;
  const gridWorker = world.gridWorkers.find((w) => w.gridRegionId === gridA.regionId && w.kind === 'FULL_TIME');
  const user = (username: string, displayName: string, roles: Role[], region: RegionRow, extra: Partial<UserRow> = {}): UserRow => ({
    id: deterministicUuid(world.seed, 'user', username), username, displayName, roles, regionId: region.id, regionCode: region.code,
    mediatorId: null, partner: null, ...extra,
  });
  return [
    user('admin', '系统管理员', ['ADMIN'], county),
    user('county-operator', '黄丽娟', ['OPERATOR'], county),
    user('county-dispatcher', '刘建国', ['DISPATCHER'], county),
    user('county-supervisor', '张卫东', ['SUPERVISOR', 'LEADER'], county),
    user('town-a-operator', '罗秀英', ['OPERATOR'], townA),
    user('town-b-operator', '杨志强', ['OPERATOR'], townB),
    user('village-a-operator', '邱桂芳', ['OPERATOR'], villageA),
    user('village-b-operator', '温国华', ['OPERATOR'], villageB),
    user('grid-a-worker', gridWorker?.name ?? '网格员', ['GRID_WORKER'], gridRegion),
    user('mediator-gold', gold.name, ['MEDIATOR'], county, { mediatorId: gold.id }),
    user('partner-12345', '12345政务服务便民热线', ['PARTNER'], county, { partner: '12345' }),
    // A town's leader (镇党委副书记, 分管政法): the county names town leaders to lead cases (领导包案 by assignment).
    user('town-a-leader', '李建华', ['LEADER'], townA),
  ];
}

// ---------------------------------------------------------------------------------------------
// Cases

const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;

/** A GB 11643 number: region prefix, birth date, sequence (odd = male), check character. */
function idNumber(rng: Rng, prefix: string, now: Date, female: boolean): string {
  const year = now.getUTCFullYear() - rng.int(20, 78);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const gender = female ? rng.int(0, 4) * 2 : rng.int(0, 4) * 2 + 1;
  const first17 = `${prefix}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${rng.digits(2)}${gender}`;
  return first17 + idNumberCheckChar(first17);
}

function yuanInWords(amount: number): string {
  return amount >= 10000 ? `${Number((amount / 10000).toFixed(2))}万元` : `${amount}元`;
}

function targetStatus(rng: Rng, ageDays: number, complexity: Complexity): CaseTargetStatus {
  const deadline = DEADLINE_DAYS[complexity];
  if (ageDays < 0.25) return rng.weighted([['REGISTERED', 50], ['ACCEPTED', 30], ['ASSIGNED', 15], ['REJECTED', 5]]);
  if (ageDays <= deadline) {
    return rng.weighted([['REGISTERED', 5], ['ACCEPTED', 15], ['ASSIGNED', 25], ['IN_MEDIATION', 30], ['RESOLVED', 15],
      ['CLOSED', 5], ['REFERRED', 3], ['REJECTED', 2]]);
  }
  // Past the deadline most cases are done; a few stay open so supervision has overdue cases to show.
  if (ageDays > deadline + 7) {
    return rng.weighted([['CLOSED', 60], ['RESOLVED', 20], ['REFERRED', 8], ['REJECTED', 4], ['IN_MEDIATION', 5], ['ASSIGNED', 3]]);
  }
  return rng.weighted([['CLOSED', 30], ['RESOLVED', 35], ['IN_MEDIATION', 15], ['ASSIGNED', 8], ['REFERRED', 7], ['REJECTED', 5]]);
}

/** How many demo cases the demo county is seeded with (the cases subgraph files them; grid reads their parties). */
export const DEMO_CASE_COUNT = 300;

/**
 * Demo cases for the board: deterministic, spread over the last `days` days before `now`, all
 * channels, types, complexities, levels. Case n depends only on (seed, n, now), so a larger `count`
 * extends a smaller one; the result is sorted by receivedAt.
 */
export function generateCases(world: World, options: { count: number; now: Date; days?: number; seed?: number }): CaseSeed[] {
  const { count, now } = options;
  const days = options.days ?? 30;
  const caseSeed = options.seed ?? world.seed;
  if (!Number.isInteger(count) || count < 0) throw new Error('generateCases: count must be a non-negative integer');
  if (!(days > 0)) throw new Error('generateCases: days must be positive');
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new Error('generateCases: invalid now');

  const byId = new Map(world.regions.map((r) => [r.id, r]));
  const towns = world.regions.filter((r) => r.level === 'TOWN');
  const villages = world.regions.filter((r) => r.level === 'VILLAGE');
  const grids = world.regions.filter((r) => r.level === 'GRID');
  const countyNames = new Map(world.regions.filter((r) => r.level === 'COUNTY').map((r) => [r.code, r.name]));
  if (towns.length === 0 || villages.length === 0 || grids.length === 0) throw new Error('generateCases: world has no territory');

  const base = hashString(`cases:${caseSeed}`);
  const todayStart = Math.floor((nowMs + CST_OFFSET_MS) / DAY_MS) * DAY_MS - CST_OFFSET_MS;
  const out: CaseSeed[] = [];
  for (let n = 0; n < count; n++) {
    const rng = new Rng(mixSeed(base, n));
    // The first few cases walk every enum value so even a tiny demo board shows them all.
    const channel = n < CHANNELS.length ? CHANNELS[n] : rng.weighted(CHANNEL_WEIGHTS);
    const type = n < DISPUTE_TYPES.length ? DISPUTE_TYPES[n] : rng.weighted(TYPE_WEIGHTS);
    const complexity = n < COMPLEXITIES.length ? COMPLEXITIES[n] : rng.weighted(COMPLEXITY_WEIGHTS);
    const level: RegionLevel = n < 3 ? (['TOWN', 'VILLAGE', 'GRID'] as const)[n]
      : channel === 'GRID' ? 'GRID' : rng.weighted([['VILLAGE', 45], ['TOWN', 30], ['GRID', 25]] as const);
    const region = rng.pick(level === 'TOWN' ? towns : level === 'VILLAGE' ? villages : grids);
    const village = level === 'GRID' ? byId.get(region.parentId ?? '') ?? region : region;
    const town = level === 'TOWN' ? region : byId.get(village.parentId ?? '') ?? region;
    const countyCode = region.code.slice(0, 6);
    const countyShort = (countyNames.get(countyCode) ?? '大埔县').slice(0, -1);

    const templates = CASE_TEMPLATES[type];
    const groups = templates.filter((t) => t.group);
    const singles = templates.filter((t) => !t.group);
    const template: CaseTemplate = groups.length > 0 && rng.chance(0.15) ? rng.pick(groups) : rng.pick(singles);

    const used = new Set<string>();
    const person = (female: boolean = rng.chance(0.45)): Person => {
      let p = makePerson(rng, female);
      while (used.has(p.name)) p = makePerson(rng, female);
      used.add(p.name);
      return p;
    };
    const prefixFor = () => (type === 'LABOUR_WAGES' && rng.chance(0.3) ? rng.pick(MIGRANT_PREFIXES) : countyCode);
    const parties: PartySeed[] = [];
    const applicantCount = template.group ? rng.int(10, 14) : rng.weighted([[1, 70], [2, 20], [3, 10]] as const);
    for (let a = 0; a < applicantCount; a++) {
      const p = person();
      parties.push({
        name: p.name, role: 'APPLICANT', phone: a === 0 || rng.chance(0.9) ? randomPhone(rng) : null,
        idNumber: rng.chance(0.8) ? idNumber(rng, prefixFor(), now, p.female) : null,
      });
    }
    let respondent: string;
    switch (template.respondent) {
      case 'PERSON': {
        const p = person();
        respondent = p.name;
        parties.push({ name: p.name, role: 'RESPONDENT', phone: rng.chance(0.75) ? randomPhone(rng) : null,
          idNumber: rng.chance(0.5) ? idNumber(rng, countyCode, now, p.female) : null });
        break;
      }
      case 'COMPANY':
        respondent = `${countyShort}${rng.pick(COMPANY_WORDS)}${rng.pick(template.industries ?? ['有限公司'])}`;
        parties.push({ name: respondent, role: 'RESPONDENT', phone: rng.chance(0.85) ? randomPhone(rng) : null, idNumber: null });
        break;
      case 'HOSPITAL':
        respondent = rng.pick([`${countyShort}县人民医院`, `${countyShort}县中医医院`, `${town.name}卫生院`]);
        parties.push({ name: respondent, role: 'RESPONDENT', phone: randomPhone(rng), idNumber: null });
        break;
      case 'VILLAGE_COMMITTEE':
        respondent = village.name.endsWith('社区') ? `${village.name}居民委员会` : `${village.name}村民委员会`;
        parties.push({ name: respondent, role: 'RESPONDENT', phone: randomPhone(rng), idNumber: null });
        break;
    }
    if (template.insurer) {
      parties.push({ name: rng.pick(INSURERS).replace('{c}', countyShort), role: 'THIRD_PARTY', phone: null, idNumber: null });
    } else if (rng.chance(0.06)) {
      const p = person();
      parties.push({ name: p.name, role: 'THIRD_PARTY', phone: randomPhone(rng), idNumber: null });
    }

    let amount: number | null = null;
    if (template.amount) {
      const [min, max] = template.amount;
      amount = 0;
      const shares = template.group ? applicantCount : 1;
      for (let s = 0; s < shares; s++) amount += Math.round((min + rng.next() * (max - min)) / 100) * 100;
    }
    const vehicle = rng.pick(VEHICLES);
    const months = rng.int(2, 8);
    const fill = (text: string) => text
      .replaceAll('{a}', parties[0].name).replaceAll('{b}', respondent).replaceAll('{place}', level === 'TOWN' ? town.name : village.name)
      .replaceAll('{town}', town.name).replaceAll('{amt}', amount === null ? '' : yuanInWords(amount))
      .replaceAll('{n}', String(applicantCount)).replaceAll('{v}', vehicle).replaceAll('{m}', String(months));

    // Counters keep office hours; phone and online channels run around the clock, mostly by day.
    const dayStart = todayStart - Math.floor(rng.next() * days) * DAY_MS;
    const roundTheClock = channel === 'HOTLINE_12345' || channel === 'POLICE_110' || channel === 'ONLINE' || channel === 'PARTNER';
    const offset = roundTheClock && rng.chance(0.2) ? rng.next() * DAY_MS : (8.5 + rng.next() * 9) * 3_600_000;
    let at = dayStart + offset;
    if (at >= nowMs) at = dayStart + rng.next() * Math.max(0, nowMs - dayStart);
    at = Math.floor(at / 1000) * 1000;

    out.push({
      key: `demo-${caseSeed}-${String(n + 1).padStart(6, '0')}`,
      title: fill(template.title),
      description: fill(template.description),
      channel, type, complexity,
      regionId: region.id,
      parties,
      amountInDispute: amount === null ? null : `${amount}.00`,
      receivedAt: new Date(at).toISOString(),
      targetStatus: targetStatus(rng, (nowMs - at) / DAY_MS, complexity),
    });
  }
  return out.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.key < b.key ? -1 : 1));
}
