/**
 * Hostile and boundary values for the mutation fuzzer, by GraphQL leaf kind. Each catalogue mixes
 * fixed values that broke real systems (NUL, 10k characters, 2^31, SQL and JSON fragments …) with
 * fast-check's own random generators, so a run sees both the known traps and values nobody listed.
 * Values of the wrong JSON type (a number for a String, a float for an Int) are in here too: a
 * frontend with a bug sends them, and the gateway must answer BAD_USER_INPUT, not 500.
 */
import fc from 'fast-check';

export const TEN_K = '长'.repeat(10_000);

/** Strings that are valid JSON strings but hostile to storage, display, parsing or SQL building. */
export const HOSTILE_STRINGS: string[] = [
  '', ' ', '   ', '\t\n\r', '\u3000', // empty, blank, ideographic space
  TEN_K, 'a'.repeat(10_001), '😀'.repeat(2_600), // long in characters, in UTF-16 units, in bytes
  'x\u0000y', '\u0000', '\u0001\u0007\u001b[31m', '\u007f', '\ud800', 'a\udfffb', // NUL, control, lone surrogates
  '😀👨‍👩‍👧‍👦🇨🇳', '\u202eabc\u202c', 'مرحبا بالعالم', 'שלום', '\u200b\u200d\ufeff', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇', // emoji, RTL, zero-width, combining
  "'; DROP TABLE x;--", "' OR '1'='1", '"; SELECT pg_sleep(5); --', 'Robert\'); DELETE FROM cases."case";--',
  '{"$gt":""}', '{"__proto__":{"admin":true}}', '[]', '{}', 'null', 'undefined', 'NaN', 'true', '-1', '0', '1e309',
  '%s%s%n', '${jndi:ldap://x/a}', '{{7*7}}', '<script>alert(1)</script>', '../../../../etc/passwd', 'C:\\Windows\\system32',
  '\\x00', '\\u0000', '%00', '%27', 'E\'\\\\', '$$ $tag$', '::uuid', 'äöü ß', 'ǅ', 'İ', // escapes, casts, case folding
  '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '2026-13-45T99:99:99Z',
  '1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '-000001-01-01T00:00:00Z', '+275760-09-13T00:00:00Z',
];

/** Numbers: negative, zero, huge, 2^31, 2^53+1, floats, the JSON-representable extremes. */
export const HOSTILE_NUMBERS: number[] = [
  0, -0, -1, 1, 0.5, -0.5, 1.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 32, 2 ** 53 + 1, -(2 ** 53) - 1, Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 1e-7, 3.14159, 999999999999,
];

/** DateTime strings: invalid, far past/future, non-ISO, without zone, leap seconds, epoch numbers. */
export const HOSTILE_DATES: unknown[] = [
  '', 'now', 'yesterday', '2026-02-30T10:00:00Z', '2026-13-01T00:00:00Z', '2026-11-22', '2026-11-22 08:00:00', '22/11/2026',
  '2026-11-22T08:00:00', '2026-11-22T24:00:00Z', '2026-11-22T08:00:60Z', '0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z',
  '1900-01-01T00:00:00Z', '9999-12-31T23:59:59.999999999Z', '+275760-09-13T00:00:00.000Z', '2026-11-22T08:00:00+25:00',
  '2026-11-22T08:00:00.1234567891Z', 'Sun, 22 Nov 2026 08:00:00 GMT', '1763800000000', 1763800000000, 0, -1, true,
];

/** Decimal strings: too many decimals, negative, huge, exponents, separators, signs. */
export const HOSTILE_DECIMALS: unknown[] = [
  '', ' ', '-1', '-0.01', '0.001', '1.234', '1e5', '1E-2', '١٢٣', '１２３', '30,000.00', '30 000', '+5', '.5', '5.', '0x10',
  '99999999999999999999999999.99', '1000000000000.01', '1000000000000', '999999999999999', 'NaN', 'Infinity', '--1',
  12.345, -5, 1e300, 2 ** 53 + 1, true,
];

/** Values of the wrong JSON type for any leaf. */
export const WRONG_TYPES: unknown[] = [null, 0, 1.5, -1, true, false, '', 'x', [], [null], {}, { a: 1 }, [1, 2, 3]];

const odd = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0008', '\u001f', '\u007f', '\u2028', '\u2029', '\ud83d', 'a', '中', ' '), maxLength: 20 }),
  fc.json({ maxDepth: 2 }),
  fc.uuid({ version: [1, 4, 5, 7] }),
);

export const hostileString: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: odd },
  { weight: 1, arbitrary: fc.constantFrom(...WRONG_TYPES) },
);

export const hostileNumber = (int: boolean): fc.Arbitrary<unknown> => fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 2, arbitrary: int ? fc.integer() : fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('1', '1.0', 'NaN', 'Infinity', '-Infinity', '0x1F', '', null, true, [1], { n: 1 }) },
);

export const hostileDate: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_DATES) },
  { weight: 2, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: hostileString },
);

export const hostileDecimal: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_DECIMALS) },
  { weight: 2, arbitrary: fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat(99999)).map(([i, f]) => `${i}.${f}`) },
  { weight: 1, arbitrary: hostileString },
);

export const unknownEnum = (values: string[]): fc.Arbitrary<unknown> => fc.oneof(
  fc.constantFrom<unknown>('', 'UNKNOWN', '__proto__', 'constructor', 'null', 0, 1, true, 'SELECT', ...values.map((v) => v.toLowerCase()), ...values.map((v) => ` ${v}`)),
  fc.string({ maxLength: 12 }).filter((s) => !values.includes(s)),
  fc.constantFrom(...WRONG_TYPES),
);

export const hostileBoolean: fc.Arbitrary<unknown> = fc.constantFrom<unknown>('true', 'false', 0, 1, '', 'yes', null, [], {});

/** Random UUIDs and strings that are not UUIDs at all. */
export const foreignId: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.uuid() },
  { weight: 2, arbitrary: fc.constantFrom<unknown>('', ' ', '1', '-1', 'abc', '00000000-0000-0000-0000-000000000000', 'not-a-uuid',
    '{"$gt":""}', "' OR 1=1--", '0'.repeat(10_000), 'g'.repeat(36), '123e4567-e89b-12d3-a456-42661417400', 'ZZ-CASE-1', 1, 12.5, true) },
  { weight: 1, arbitrary: hostileString },
);
