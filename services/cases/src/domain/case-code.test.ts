import { MAX_CASE_SEQUENCE, caseCodeDay, formatCaseCode, isCaseCode, parseCaseCode } from './case-code';

describe('formatCaseCode', () => {
  it('formats county code, CST date and a 6-digit sequence', () => {
    expect(formatCaseCode('441422', new Date('2026-11-22T10:00:00+08:00'), 123)).toBe('441422-20261122-000123');
    expect(formatCaseCode('441422', new Date('2026-11-22T10:00:00+08:00'), MAX_CASE_SEQUENCE)).toBe('441422-20261122-999999');
  });

  it('uses the date in China Standard Time, not UTC', () => {
    // 16:30 UTC is 00:30 the next day in Beijing.
    expect(formatCaseCode('441422', new Date('2026-11-22T16:30:00Z'), 1)).toBe('441422-20261123-000001');
    expect(formatCaseCode('441422', new Date('2026-11-22T15:59:59Z'), 1)).toBe('441422-20261122-000001');
    expect(caseCodeDay(new Date('2026-12-31T16:00:00Z'))).toBe('20270101');
  });

  it.each([
    ['a 5-digit county code', '44142', 1],
    ['a county code with letters', '44142a', 1],
    ['sequence 0', '441422', 0],
    ['a negative sequence', '441422', -1],
    ['a fractional sequence', '441422', 1.5],
    ['a sequence over 999999', '441422', 1_000_000],
  ])('rejects %s', (_label, code, seq) => {
    expect(() => formatCaseCode(code as string, new Date(), seq as number)).toThrow(RangeError);
  });

  it('rejects an invalid date', () => {
    expect(() => formatCaseCode('441422', new Date('nope'), 1)).toThrow(RangeError);
  });

  it('sorts as text in intake order within a county', () => {
    const codes = [
      formatCaseCode('441422', new Date('2026-11-23T09:00:00+08:00'), 2),
      formatCaseCode('441422', new Date('2026-11-22T09:00:00+08:00'), 10),
      formatCaseCode('441422', new Date('2026-11-23T09:00:00+08:00'), 1),
      formatCaseCode('441422', new Date('2026-11-22T09:00:00+08:00'), 9),
    ];
    expect([...codes].sort()).toEqual([
      '441422-20261122-000009', '441422-20261122-000010', '441422-20261123-000001', '441422-20261123-000002',
    ]);
  });
});

describe('parseCaseCode', () => {
  it('round-trips a formatted code', () => {
    const code = formatCaseCode('441422', new Date('2026-11-22T10:00:00+08:00'), 123);
    expect(parseCaseCode(code)).toEqual({ regionCode: '441422', date: '2026-11-22', sequence: 123 });
    expect(parseCaseCode(` ${code} `)).toEqual({ regionCode: '441422', date: '2026-11-22', sequence: 123 });
    expect(isCaseCode(code)).toBe(true);
  });

  it.each([
    '', '441422-20261122-123', '441422-2026112-000123', '44142-20261122-000123', '441422_20261122_000123',
    '441422-20260230-000001', '441422-20261322-000001', '441422-20261122-000000', '441422-20261122-0001234',
    'x441422-20261122-000123',
  ])('returns null for %p', (code) => {
    expect(parseCaseCode(code)).toBeNull();
    expect(isCaseCode(code)).toBe(false);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseCaseCode('441422-20280229-000001')?.date).toBe('2028-02-29');
    expect(parseCaseCode('441422-20270229-000001')).toBeNull();
  });
});
