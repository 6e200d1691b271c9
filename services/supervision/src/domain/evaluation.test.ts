import { DEFAULT_EVALUATION_POLICY, gradeOf, parseEvaluationPolicy, quarterRange, rankSubjects, scoreOf, type EvaluationFacts } from './evaluation';

const facts = (subjectId: string, f: Partial<EvaluationFacts>): EvaluationFacts => ({
  subjectId, accepted: 10, onTime: 10, resolved: 10, rated: 10, satisfied: 10, letters: 0, ...f,
});

describe('scoreOf', () => {
  it('weighs each item by the county weights and shows the breakdown', () => {
    // 按期 8/10 × 30 = 24, 化解 9/10 × 30 = 27, 满意 3/4 × 25 = 18.75, 督办 15 − 2 × 3 = 9 → 78.75 → 78.8
    const { score, items } = scoreOf(facts('d', { onTime: 8, resolved: 9, rated: 4, satisfied: 3, letters: 2 }));
    expect(score).toBe(78.8);
    expect(items).toEqual([
      { key: 'onTime', label: '按期办理', weight: 30, count: 8, of: 10, rate: 0.8, points: 24 },
      { key: 'resolved', label: '化解办结', weight: 30, count: 9, of: 10, rate: 0.9, points: 27 },
      { key: 'satisfaction', label: '群众满意', weight: 25, count: 3, of: 4, rate: 0.75, points: 18.8 },
      { key: 'letters', label: '督办函', weight: 15, count: 2, of: null, rate: null, points: 9 },
    ]);
  });

  it('never lets letters take more than their own weight', () => {
    expect(scoreOf(facts('d', { letters: 40 })).items[3].points).toBe(0);
    expect(scoreOf(facts('d', { letters: 40 })).score).toBe(85);
  });

  it('leaves an item with nothing to measure out and scales the others to 100', () => {
    // No visit yet: (30 + 15 + 30) of 75 possible → 100, not 75 and not a free 25.
    const { score, items } = scoreOf(facts('d', { rated: 0, satisfied: 0 }));
    expect(items[2]).toMatchObject({ rate: null, points: null, of: 0 });
    expect(score).toBe(100);
    expect(scoreOf(facts('d', { rated: 0, satisfied: 0, onTime: 5 })).score).toBe(80);
  });

  it('follows configured weights', () => {
    const policy = parseEvaluationPolicy({ weights: { onTime: 50, resolved: 50, satisfaction: 0, letters: 0 } });
    expect(scoreOf(facts('d', { onTime: 5, resolved: 10, satisfied: 0, letters: 3 }), policy).score).toBe(75);
  });
});

describe('rankSubjects', () => {
  it('ranks by score, ties share a rank, and marks the last place 末位', () => {
    const ranked = rankSubjects([
      facts('a', {}),
      facts('b', { onTime: 5 }),
      facts('c', { onTime: 5 }),
      facts('d', { onTime: 9 }),
      facts('idle', { accepted: 0, onTime: 0, resolved: 0, rated: 0, satisfied: 0 }),
    ]);
    expect(ranked.map((e) => [e.subjectId, e.rank, e.score, e.bottom])).toEqual([
      ['a', 1, 100, false],
      ['d', 2, 97, false],
      ['b', 3, 85, true],
      ['c', 3, 85, true],
    ]);
    expect(ranked.map((e) => e.grade)).toEqual(['EXCELLENT', 'EXCELLENT', 'GOOD', 'GOOD']);
  });

  it('marks as many last places as configured, and none when there are not more subjects than that', () => {
    const three = [facts('a', {}), facts('b', { onTime: 6 }), facts('c', { onTime: 2 })];
    expect(rankSubjects(three, { ...DEFAULT_EVALUATION_POLICY, bottomCount: 2 }).map((e) => e.bottom)).toEqual([false, true, true]);
    expect(rankSubjects(three, { ...DEFAULT_EVALUATION_POLICY, bottomCount: 0 }).some((e) => e.bottom)).toBe(false);
    expect(rankSubjects([facts('only', { onTime: 0 })]).map((e) => e.bottom)).toEqual([false]);
    // Everybody level: nobody is last.
    expect(rankSubjects([facts('a', {}), facts('b', {})]).some((e) => e.bottom)).toBe(false);
  });
});

describe('parseEvaluationPolicy', () => {
  it('merges the county weights over the defaults', () => {
    expect(parseEvaluationPolicy(undefined)).toBe(DEFAULT_EVALUATION_POLICY);
    expect(parseEvaluationPolicy({ weights: { letters: 20 }, bottomCount: 2 })).toEqual({
      weights: { onTime: 30, resolved: 30, satisfaction: 25, letters: 20 }, letterDeduction: 3, bottomCount: 2,
    });
  });

  it('names the bad field', () => {
    const fieldOf = (raw: unknown) => {
      try {
        parseEvaluationPolicy(raw);
        return null;
      } catch (e) {
        return (e as { field?: string }).field;
      }
    };
    expect(fieldOf({ weights: { speed: 10 } })).toBe('evaluation.weights.speed');
    expect(fieldOf({ weights: { onTime: -1 } })).toBe('evaluation.weights.onTime');
    expect(fieldOf({ weights: { onTime: 0, resolved: 0, satisfaction: 0, letters: 0 } })).toBe('evaluation.weights');
    expect(fieldOf({ bottomCount: 1.5 })).toBe('evaluation.bottomCount');
    expect(fieldOf({ letterDeduction: 'x' })).toBe('evaluation.letterDeduction');
    expect(fieldOf({ ranking: true })).toBe('evaluation.ranking');
    expect(fieldOf([])).toBe('evaluation');
  });
});

describe('quarters and grades', () => {
  it('counts a quarter in Beijing time', () => {
    expect(quarterRange(2026, 4)).toEqual({ from: new Date('2026-09-30T16:00:00Z'), to: new Date('2026-12-31T16:00:00Z') });
    expect(() => quarterRange(2026, 5, 'input.')).toThrow(expect.objectContaining({ field: 'input.quarter' }));
  });

  it('grades as personnel does', () => {
    expect([90, 89.9, 80, 60, 59.9].map(gradeOf)).toEqual(['EXCELLENT', 'GOOD', 'GOOD', 'PASS', 'FAIL']);
  });
});
