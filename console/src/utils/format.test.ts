import { describe, expect, it } from '@jest/globals';
import { formatCount, formatRate } from './format';

describe('formatRate', () => {
  it.each([
    [0.9583, '95.83%'], [0.8182, '81.82%'], [1, '100.00%'], [0, '0.00%'], [0.0001, '0.01%'], [0.5, '50.00%'], [0.9901, '99.01%'], [0.07, '7.00%'],
  ])('%p → %s', (r, s) => expect(formatRate(r)).toBe(s));
  it('shows a dash when there is no rate', () => {
    expect(formatRate(null)).toBe('—');
  });
});

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(2416)).toBe('2,416');
    expect(formatCount(114892)).toBe('114,892');
    expect(formatCount(0)).toBe('0');
  });
});
