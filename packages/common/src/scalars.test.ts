import { DateTimeScalar } from './scalars';

const parse = (v: unknown) => DateTimeScalar.parseValue(v) as Date;

describe('DateTime', () => {
  it('parses ISO-8601 with a zone', () => {
    expect(parse('2026-11-22T08:00:00Z').toISOString()).toBe('2026-11-22T08:00:00.000Z');
    expect(parse('2026-11-22T16:00:00+08:00').toISOString()).toBe('2026-11-22T08:00:00.000Z');
    expect(parse('2028-02-29T00:00Z').toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it('refuses impossible dates that Date would roll over to real ones (2026-02-30 → 03-02)', () => {
    for (const v of ['2026-02-30T10:00:00Z', '2027-02-29T10:00:00Z', '2026-04-31T00:00:00Z', '2026-11-22T24:00:00Z', '2026-11-22T08:60:00Z', '2026-11-22T08:00:60Z', '2026-00-10T08:00:00Z', '2026-11-22T08:00:00+25:00']) {
      expect(() => parse(v)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
    }
  });

  it('refuses what is not ISO-8601 with a zone, with a Chinese message', () => {
    for (const v of ['2026-11-22', '2026-11-22T08:00:00', '+275760-09-12T23:59:59.979Z', 'now', 1763800000000, null]) {
      expect(() => parse(v)).toThrow(/日期时间格式不正确/);
    }
  });
});
