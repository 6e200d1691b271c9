import { DomainError } from '@zz/common';
import { type EvaluationInput, grade, quarterOf, validateEvaluation } from './evaluation';

const base = (over: Partial<EvaluationInput> = {}): EvaluationInput => ({
  staffId: 'staff-1',
  year: 2026,
  quarter: 1,
  score: 88.5,
  comment: '窗口受理规范，群众满意度高。',
  ...over,
});

type Fields = { field: string; message: string }[];
function fieldsOf(input: EvaluationInput): string[] {
  try {
    validateEvaluation(input);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return (e as DomainError & { fields: Fields }).fields.map((f) => f.field);
  }
  return [];
}

describe('validateEvaluation', () => {
  it('accepts and normalises a valid evaluation', () => {
    expect(validateEvaluation(base({ staffId: ' staff-1 ', comment: '  良好 ' }))).toEqual({
      staffId: 'staff-1', year: 2026, quarter: 1, score: 88.5, comment: '良好',
    });
  });

  it('treats a blank or missing comment as none', () => {
    expect(validateEvaluation(base({ comment: '   ' })).comment).toBeNull();
    expect(validateEvaluation(base({ comment: null })).comment).toBeNull();
    expect(validateEvaluation(base({ comment: undefined })).comment).toBeNull();
  });

  it('checks the year range 2000–2100 and integrality', () => {
    expect(fieldsOf(base({ year: 2000 }))).toEqual([]);
    expect(fieldsOf(base({ year: 2100 }))).toEqual([]);
    expect(fieldsOf(base({ year: 1999 }))).toEqual(['input.year']);
    expect(fieldsOf(base({ year: 2101 }))).toEqual(['input.year']);
    expect(fieldsOf(base({ year: 2026.5 }))).toEqual(['input.year']);
  });

  it('checks the quarter 1–4', () => {
    for (const quarter of [1, 2, 3, 4]) expect(fieldsOf(base({ quarter }))).toEqual([]);
    for (const quarter of [0, 5, 1.5, Number.NaN]) expect(fieldsOf(base({ quarter }))).toEqual(['input.quarter']);
  });

  it('checks the score range 0–100', () => {
    expect(fieldsOf(base({ score: 0 }))).toEqual([]);
    expect(fieldsOf(base({ score: 100 }))).toEqual([]);
    for (const score of [-0.1, 100.1, Number.NaN, Number.POSITIVE_INFINITY]) expect(fieldsOf(base({ score }))).toEqual(['input.score']);
  });

  it('allows at most one decimal, tolerating float artefacts', () => {
    expect(fieldsOf(base({ score: 72.3 }))).toEqual([]);
    expect(validateEvaluation(base({ score: 0.1 + 0.2 })).score).toBe(0.3);
    expect(validateEvaluation(base({ score: 72.30000000000001 })).score).toBe(72.3);
    expect(fieldsOf(base({ score: 72.35 }))).toEqual(['input.score']);
    expect(fieldsOf(base({ score: 99.99 }))).toEqual(['input.score']);
  });

  it('limits the comment to 1000 characters', () => {
    expect(fieldsOf(base({ comment: '好'.repeat(1000) }))).toEqual([]);
    expect(fieldsOf(base({ comment: '好'.repeat(1001) }))).toEqual(['input.comment']);
  });

  it('requires the staff member', () => {
    expect(fieldsOf(base({ staffId: '' }))).toEqual(['input.staffId']);
  });

  it('reports every problem at once', () => {
    expect(fieldsOf({ staffId: '', year: 1900, quarter: 7, score: 101, comment: 'x'.repeat(2000) }))
      .toEqual(['input.staffId', 'input.year', 'input.quarter', 'input.score', 'input.comment']);
  });
});

describe('quarterOf', () => {
  it('gives calendar quarters', () => {
    expect(quarterOf(new Date('2026-02-10T04:00:00Z'))).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf(new Date('2026-05-10T04:00:00Z'))).toEqual({ year: 2026, quarter: 2 });
    expect(quarterOf(new Date('2026-08-10T04:00:00Z'))).toEqual({ year: 2026, quarter: 3 });
    expect(quarterOf(new Date('2026-11-10T04:00:00Z'))).toEqual({ year: 2026, quarter: 4 });
  });

  it('judges the boundary in CST (UTC+8)', () => {
    // 31 March 15:59:59 UTC = 23:59:59 CST, still Q1; 16:00 UTC = 1 April 00:00 CST, Q2.
    expect(quarterOf(new Date('2026-03-31T15:59:59Z'))).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf(new Date('2026-03-31T16:00:00Z'))).toEqual({ year: 2026, quarter: 2 });
    // New Year's Eve 16:00 UTC is already the next year's Q1 at the center.
    expect(quarterOf(new Date('2025-12-31T16:00:00Z'))).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf(new Date('2025-12-31T15:59:59Z'))).toEqual({ year: 2025, quarter: 4 });
  });
});

describe('grade', () => {
  it.each([
    [100, '优秀'], [90, '优秀'], [89.9, '良好'], [80, '良好'], [79.9, '合格'], [60, '合格'], [59.9, '不合格'], [0, '不合格'],
  ] as const)('%p → %s', (score, expected) => {
    expect(grade(score)).toBe(expected);
  });

  it('refuses a score outside 0–100', () => {
    expect(() => grade(-1)).toThrow(RangeError);
    expect(() => grade(100.5)).toThrow(RangeError);
    expect(() => grade(Number.NaN)).toThrow(RangeError);
  });
});
