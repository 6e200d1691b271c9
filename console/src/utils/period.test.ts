import { describe, expect, it } from '@jest/globals';
import { currentPeriod, parsePeriod, periodLabel, periodRange } from './period';

describe('periodRange (Beijing time, half-open)', () => {
  it.each([
    [{ kind: 'month', at: '2026-03' }, '2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
    [{ kind: 'month', at: '2026-12' }, '2026-11-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    [{ kind: 'quarter', at: '2026-Q1' }, '2025-12-31T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
    [{ kind: 'quarter', at: '2026-Q4' }, '2026-09-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    [{ kind: 'year', at: '2026' }, '2025-12-31T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    [{ kind: 'custom', at: '2026-03-01', end: '2026-03-31' }, '2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
    [{ kind: 'custom', at: '2026-02-28', end: '2026-02-28' }, '2026-02-27T16:00:00.000Z', '2026-02-28T16:00:00.000Z'],
  ] as const)('%j', (p, from, to) => {
    expect(periodRange(p)).toEqual({ from, to });
  });

  it('refuses malformed and reversed periods', () => {
    expect(periodRange({ kind: 'month', at: '2026-13' })).toBeNull();
    expect(periodRange({ kind: 'quarter', at: '2026-Q5' })).toBeNull();
    expect(periodRange({ kind: 'year', at: '26' })).toBeNull();
    expect(periodRange({ kind: 'custom', at: '2026-03-02', end: '2026-03-01' })).toBeNull();
  });
});

describe('periodLabel', () => {
  it('reads as the centers write it', () => {
    expect(periodLabel({ kind: 'month', at: '2026-03' })).toBe('2026年3月');
    expect(periodLabel({ kind: 'quarter', at: '2026-Q2' })).toBe('2026年第2季度');
    expect(periodLabel({ kind: 'year', at: '2026' })).toBe('2026年');
    expect(periodLabel({ kind: 'custom', at: '2026-03-01', end: '2026-03-15' })).toBe('2026-03-01 至 2026-03-15');
  });
});

describe('currentPeriod and parsePeriod', () => {
  // 2026-03-31 20:00 UTC is already April 1st in Beijing.
  const now = new Date('2026-03-31T20:00:00Z');
  it('takes "now" in Beijing time', () => {
    expect(currentPeriod('month', now)).toEqual({ kind: 'month', at: '2026-04' });
    expect(currentPeriod('quarter', now)).toEqual({ kind: 'quarter', at: '2026-Q2' });
    expect(currentPeriod('custom', now)).toEqual({ kind: 'custom', at: '2026-04-01', end: '2026-04-01' });
  });
  it('reads the URL, falling back to this year', () => {
    expect(parsePeriod(new URLSearchParams('period=quarter&at=2026-Q1'), now)).toEqual({ kind: 'quarter', at: '2026-Q1' });
    expect(parsePeriod(new URLSearchParams('period=custom&at=2026-03-01&end=2026-03-09'), now)).toEqual({ kind: 'custom', at: '2026-03-01', end: '2026-03-09' });
    expect(parsePeriod(new URLSearchParams('period=month&at=x'), now)).toEqual({ kind: 'year', at: '2026' });
    expect(parsePeriod(new URLSearchParams(''), now)).toEqual({ kind: 'year', at: '2026' });
  });
});
