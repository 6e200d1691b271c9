/**
 * fast-check arbitraries derived from a mutation's GraphQL argument types, so a new mutation is
 * fuzzed without anyone writing its generator. Every leaf has two sides:
 * - valid-looking: real in-scope ids of the right entity (guessed from the argument name, `id` =
 *   the mutation's return type), plausible phones, ID numbers, dates, amounts, points inside the
 *   county — so some inputs get past validation and deep into the resolvers;
 * - hostile: boundary strings and numbers, invalid dates and decimals, unknown enum values, empty
 *   and huge lists, random UUIDs, non-UUIDs and REAL ids of entities outside the caller's
 *   jurisdiction (or of another entity type).
 * A call draws a hostility p first (0 = all valid-looking, 1 = all hostile); each leaf then turns
 * hostile with probability p. Field-name hints only bias the valid side; unknown names still get
 * generic valid values, so nothing here has to change when the schema grows.
 */
import fc from 'fast-check';
import {
  type GraphQLArgument, type GraphQLInputField, type GraphQLInputType, type GraphQLField, getNamedType, isEnumType, isInputObjectType,
  isListType, isNonNullType, isScalarType,
} from 'graphql';
import { idNumberCheckChar } from '@zz/common';
import {
  foreignId, hostileBoolean, hostileDate, hostileDecimal, hostileNumber, hostileString, unknownEnum, WRONG_TYPES,
} from './hostile';

/** A real row: its id and the region code it lies in (null: belongs to no region, e.g. a department). */
export interface Entity { id: string; code: string | null }

export interface FuzzWorld {
  /** Real entities by GraphQL type name (Case, Grid, Mediator …). */
  pools: Map<string, Entity[]>;
  /** Points inside demo grids, with the grid's region code (for lat/lng pairs). */
  points: { lat: number; lng: number; code: string }[];
}

export interface Caller { username: string; regionCode: string }

interface Ctx { world: FuzzWorld; caller: Caller; p: number; returnType: string }

const inScope = (e: Entity, c: Caller) => e.code === null || e.code.startsWith(c.regionCode);

/** The pool an id argument refers to: `leadDepartmentId` → Department, `id` → the return type. */
export function entityTypeOf(name: string, returnType: string, pools: Iterable<string>): string | null {
  const base = name.replace(/(^id|Ids?)$/, '').toLowerCase();
  if (base === '') return returnType;
  let best: string | null = null;
  for (const t of pools) if (base.endsWith(t.toLowerCase()) && (!best || t.length > best.length)) best = t;
  return best;
}

/** One leaf: valid-looking or hostile, with the call's hostility. */
function leaf(ctx: Ctx, valid: fc.Arbitrary<unknown>, hostile: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  if (ctx.p <= 0) return valid;
  if (ctx.p >= 1) return hostile;
  const h = Math.max(1, Math.round(ctx.p * 100));
  return fc.oneof({ weight: 100 - h, arbitrary: valid }, { weight: h, arbitrary: hostile });
}

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
export const validPhone = fc.oneof(
  fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), digits(9)).map(([a, b]) => a + b),
  digits(7).map((d) => `0753-${d}`),
);
export const validIdNumber = fc.tuple(fc.integer({ min: 1950, max: 2005 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), digits(3))
  .map(([y, m, d, s]) => {
    const first17 = `441422${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${s}`;
    return first17 + idNumberCheckChar(first17);
  });
const SENTENCES = ['邻里因排水沟堵塞发生纠纷，请求调解', '拖欠工资三个月，要求支付', '物业费争议，双方协商未果', '土地承包边界不清引发争执',
  '培训机构退费纠纷', '已电话回访，当事人表示满意', '请尽快组织调解', '双方同意分期履行'];
const text = fc.tuple(fc.constantFrom(...SENTENCES), fc.integer({ min: 0, max: 9999 })).map(([s, n]) => `${s}（${n}）`);
const NAMES = ['王建明', '李秀英', '张伟', '陈芳', '何志强', '邱国华', '钟伟', '温强'];
const futureIso = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 7 }), fc.constantFrom(0, 30)).map(([day, h, m]) => {
  const d = new Date(Date.now() + day * 86_400_000);
  d.setUTCHours(h, m, 0, 0); // 09:00–15:30 China time
  return d.toISOString();
});

/** Valid-looking strings by field-name hint; generic text otherwise. */
function validString(name: string): fc.Arbitrary<unknown> {
  const n = name.toLowerCase();
  if (n.includes('phone')) return validPhone;
  if (n.includes('idnumber')) return validIdNumber;
  if (n === 'username') return fc.stringMatching(/^fz-[a-z0-9]{6,12}$/);
  if (n.includes('password')) return fc.constantFrom('Fuzz-pass-2026', 'Zz12345678');
  if (n === 'partner') return fc.constantFrom('12345', '110');
  if (n.includes('language')) return fc.constantFrom('普通话', '客家话', '蒙古语', '粤语');
  if (n.includes('idempotencykey')) return fc.uuid();
  if (n.includes('name') || n === 'brand') return tricky(fc.constantFrom(...NAMES));
  if (n === 'category') return tricky(fc.constantFrom('NEIGHBOUR', '占道经营', '噪音扰民', '排水堵塞'));
  return tricky(text);
}

/**
 * Now and then a valid-looking text carries a line break, a tab, a control character, an emoji or a
 * direction mark: plausible enough to be accepted and stored, so what later reads it (a conversion
 * into a case, the event log, a title) meets it too.
 */
function tricky(base: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const twist = fc.tuple(base, fc.constantFrom('\n第二行', '\t', '\u0007', '😀', '\u202e', '\r\n', '  ')).map(([b, t]) => `${b.slice(0, 2)}${t}${b.slice(2)}`);
  return fc.oneof({ weight: 9, arbitrary: base }, { weight: 1, arbitrary: twist });
}

function validInt(name: string): fc.Arbitrary<number> {
  const n = name.toLowerCase();
  if (n === 'year') return fc.integer({ min: 2024, max: 2027 });
  if (n === 'quarter') return fc.integer({ min: 1, max: 4 });
  if (n === 'first') return fc.integer({ min: 1, max: 100 });
  return fc.integer({ min: 0, max: 3000 });
}

function square(lng: number, lat: number, r: number): unknown {
  return { type: 'Polygon', coordinates: [[[lng - r, lat - r], [lng + r, lat - r], [lng + r, lat + r], [lng - r, lat + r], [lng - r, lat - r]]] };
}
const hostileGeo: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>({}, { type: 'Point', coordinates: [116.7, 24.3] }, { type: 'Polygon', coordinates: [] },
    { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 1], [1, 0], [0, 0]]] }, // self-intersecting
    { type: 'Polygon', coordinates: [[[116, 24], [117, 24], [117, 25]]] }, // open ring
    { type: 'Polygon', coordinates: [[[1e308, 1e308], [-1e308, 1e308], [0, -1e308], [1e308, 1e308]]] },
    { type: 'Polygon', coordinates: [Array.from({ length: 20_000 }, (_, i) => [116 + Math.cos(i) / 100, 24 + Math.sin(i) / 100])] },
    { type: 'Polygon', coordinates: [[['a', 'b'], [null, null], [1], [1, 2, 3, 4]]] }),
  fc.jsonValue({ maxDepth: 3 }),
  hostileString,
);

function scalar(ctx: Ctx, typeName: string, name: string): fc.Arbitrary<unknown> {
  const { world, caller } = ctx;
  switch (typeName) {
    case 'ID': {
      const type = entityTypeOf(name, ctx.returnType, world.pools.keys());
      const pool = type ? world.pools.get(type) ?? [] : [];
      const mine = pool.filter((e) => inScope(e, caller)).map((e) => e.id);
      const theirs = pool.filter((e) => !inScope(e, caller)).map((e) => e.id);
      const others = [...world.pools.entries()].filter(([t]) => t !== type).flatMap(([, es]) => es.slice(0, 3).map((e) => e.id));
      const hostile = fc.oneof(
        { weight: 3, arbitrary: theirs.length ? fc.constantFrom(...theirs) : foreignId }, // real, outside the jurisdiction
        { weight: 1, arbitrary: others.length ? fc.constantFrom(...others) : foreignId }, // real, of another type
        { weight: 3, arbitrary: foreignId },
      );
      return leaf(ctx, mine.length ? fc.constantFrom(...mine) : fc.uuid(), hostile);
    }
    case 'String': return leaf(ctx, validString(name), hostileString);
    case 'Int': return leaf(ctx, validInt(name), hostileNumber(true));
    case 'Float': return leaf(ctx, name.toLowerCase() === 'score' ? fc.integer({ min: 0, max: 100 }) : fc.double({ min: 0, max: 100, noNaN: true }), hostileNumber(false));
    case 'Boolean': return leaf(ctx, fc.boolean(), hostileBoolean);
    case 'DateTime': return leaf(ctx, futureIso, hostileDate);
    case 'Decimal': return leaf(ctx, fc.tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 99 })).map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`), hostileDecimal);
    case 'GeoJSON': {
      const pts = world.points;
      const valid = pts.length ? fc.tuple(fc.constantFrom(...pts), fc.constantFrom(0.0005, 0.002)).map(([pt, r]) => square(pt.lng, pt.lat, r)) : fc.constant(square(116.7, 24.3, 0.001));
      return leaf(ctx, valid, hostileGeo);
    }
    default: return leaf(ctx, fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 2 })), fc.constantFrom(...WRONG_TYPES)); // a scalar nobody taught us
  }
}

const OMIT = Symbol('omit');

/** An arbitrary for a value of `type` (an argument or input field called `name`). */
export function valueOf(ctx: Ctx, type: GraphQLInputType, name: string): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const inner = nullableValue(ctx, type.ofType, name);
    return ctx.p > 0 ? fc.oneof({ weight: 30, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }) : inner;
  }
  const present = nullableValue(ctx, type, name);
  return fc.oneof({ weight: 3, arbitrary: fc.constant(OMIT) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: present });
}

function nullableValue(ctx: Ctx, type: GraphQLInputType, name: string): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = valueOf(ctx, type.ofType as GraphQLInputType, name);
    const valid = fc.array(item, { minLength: 1, maxLength: 3 });
    const hostile = fc.oneof(
      fc.constant([]),
      fc.tuple(item, fc.integer({ min: 2, max: 6 })).map(([v, n]) => Array.from({ length: n }, () => v)), // duplicates
      fc.tuple(item, fc.constantFrom(201, 1_000)).map(([v, n]) => Array.from({ length: n }, () => v)), // huge
      fc.constantFrom<unknown>(null, [null], 'not-a-list', {}),
    );
    return leaf(ctx, valid, hostile);
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    // The first value is usually the common one (APPLICANT, WINDOW …): favour it so rules like
    // "at least one applicant" are met by most valid-looking inputs.
    return leaf(ctx, fc.oneof(fc.constant(values[0]), fc.constantFrom(...values)), unknownEnum(values));
  }
  if (isInputObjectType(type)) return objectOf(ctx, Object.values(type.getFields()));
  if (isScalarType(type)) return scalar(ctx, type.name, name);
  throw new Error(`unexpected input type ${String(type)}`);
}

/** An input object (or a mutation's argument list): fields drawn independently, then pairs made coherent. */
export function objectOf(ctx: Ctx, fields: readonly (GraphQLInputField | GraphQLArgument)[]): fc.Arbitrary<Record<string, unknown>> {
  const shape = Object.fromEntries(fields.map((f) => [f.name, valueOf(ctx, f.type, f.name)]));
  const has = (n: string) => fields.some((f) => f.name === n && getNamedType(f.type).name !== 'String');
  const point = ctx.world.points.length ? fc.constantFrom(...ctx.world.points) : fc.constant(null);
  const slot = fc.tuple(futureIso, fc.constantFrom(30, 60, 90));
  const extra = ctx.p > 0 ? fc.oneof({ weight: 20, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'unknownField', 'id') }) : fc.constant(null);
  return fc.tuple(fc.record(shape), point, slot, fc.boolean(), extra).map(([raw, pt, [start, minutes], coherent, extraKey]) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(raw)) if (v !== OMIT) out[k] = v;
    // Keep lat/lng inside a grid and endsAt after startsAt unless a leaf already went hostile.
    if (coherent && pt && has('lat') && has('lng') && typeof out.lat === 'number' && typeof out.lng === 'number') {
      out.lat = pt.lat;
      out.lng = pt.lng;
    }
    if (coherent && has('startsAt') && has('endsAt') && typeof out.startsAt === 'string' && typeof out.endsAt === 'string') {
      out.startsAt = start;
      out.endsAt = new Date(Date.parse(start) + minutes * 60_000).toISOString();
    }
    if (extraKey) out[extraKey] = 'fuzz';
    return out;
  });
}

/** The variables of one call of `field` by `caller`, with the call's hostility drawn first. */
export function variablesFor(world: FuzzWorld, caller: Caller, field: GraphQLField<unknown, unknown>, hostility?: number): fc.Arbitrary<Record<string, unknown>> {
  const returnType = getNamedType(field.type).name;
  const p = hostility === undefined ? fc.constantFrom(0, 0, 0.05, 0.05, 0.05, 0.2, 0.2, 0.2, 1) : fc.constant(hostility);
  return p.chain((h) => objectOf({ world, caller, p: h, returnType }, field.args));
}
