/** The contract's custom scalars: DateTime (ISO-8601 UTC), Decimal (string with two decimals), GeoJSON. */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const bad = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/;

/**
 * Every component is checked before Date sees it: Date rolls 2026-02-30 over to 2026-03-02 and
 * 24:00 over to the next day, so an impossible date would be stored as another, real one.
 */
function parseDateTime(value: unknown): Date {
  // Messages never repeat the value: graphql-js already quotes a bad variable, and a value echoed
  // into our own words could carry anything (SQL-looking text, a phone number) into logs and screens.
  const m = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  if (!m) {
    throw bad(`日期时间格式不正确，应为带时区的 ISO-8601 字符串，如 2026-11-22T08:00:00Z (DateTime must be an ISO-8601 string with a time zone, e.g. 2026-11-22T08:00:00Z)`);
  }
  const [y, mo, d, h, mi, sec = '0', oh = '0', om = '0'] = m.slice(1).map((x) => x ?? undefined);
  const daysInMonth = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
  const ok = Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= daysInMonth && Number(h) <= 23 && Number(mi) <= 59
    && Number(sec) <= 59 && Number(oh) <= 23 && Number(om) <= 59;
  const date = new Date(value as string);
  if (!ok || Number.isNaN(date.getTime())) throw bad('日期时间不存在，请检查年月日时分 (invalid DateTime: no such date or time)');
  return date;
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO-8601 时间（UTC）',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string' || typeof value === 'number') return new Date(value).toISOString();
    throw new Error('DateTime cannot represent ' + String(value));
  },
  parseValue: parseDateTime,
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) throw bad('DateTime must be a string');
    return parseDateTime(ast.value);
  },
});

function parseDecimal(value: unknown): string {
  const s = typeof value === 'number' ? String(value) : value;
  if (typeof s !== 'string' || !/^-?\d{1,15}(\.\d{1,2})?$/.test(s.trim())) {
    throw bad(`Decimal must be a number string with at most two decimals, e.g. "30000.00"`);
  }
  return s.trim();
}

export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: '金额，两位小数的字符串，如 "30000.00"',
  serialize(value) {
    if (typeof value === 'number') return value.toFixed(2);
    if (typeof value === 'string') return value;
    throw new Error('Decimal cannot represent ' + String(value));
  },
  parseValue: parseDecimal,
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT) throw bad('Decimal must be a string');
    return parseDecimal(ast.value);
  },
});

function literalToJson(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING: case Kind.BOOLEAN: return ast.value;
    case Kind.INT: case Kind.FLOAT: return Number(ast.value);
    case Kind.LIST: return ast.values.map(literalToJson);
    case Kind.OBJECT: return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value)]));
    case Kind.NULL: return null;
    default: throw bad('GeoJSON literal cannot use variables inside');
  }
}

export const GeoJSONScalar = new GraphQLScalarType({
  name: 'GeoJSON',
  description: 'GeoJSON 几何对象（如 Polygon），坐标为 [经度, 纬度]',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: literalToJson,
});
