import { COMPLEXITIES, COMPLEXITY_LABELS, isComplexity } from './complexity';

// The deadline days per complexity (defaults, overrides, validation) are tested with the rule itself
// in packages/common/src/deadlines.test.ts.

describe('labels and guards', () => {
  it('has a Chinese label for every complexity', () => {
    for (const c of COMPLEXITIES) expect(COMPLEXITY_LABELS[c]).toMatch(/[\u4e00-\u9fff]/);
  });
  it('recognises only the four values', () => {
    expect(COMPLEXITIES.every(isComplexity)).toBe(true);
    expect(isComplexity('simple')).toBe(false);
    expect(isComplexity(1)).toBe(false);
  });
});
