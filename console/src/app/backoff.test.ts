import { describe, expect, it } from '@jest/globals';
import { BACKOFF_CAP_MS, backoffMs } from './backoff';

describe('backoffMs', () => {
  it('doubles from one second', () => {
    const mid = () => 0.5;
    expect([0, 1, 2, 3].map((n) => backoffMs(n, mid))).toEqual([1000, 2000, 4000, 8000]);
  });
  it('stays within ±25 % and under the cap, however long the outage', () => {
    for (const n of [0, 4, 10, 1000, 1e9]) {
      expect(backoffMs(n, () => 0)).toBeGreaterThanOrEqual(Math.min(BACKOFF_CAP_MS, 1000 * 2 ** Math.min(n, 15)) * 0.75);
      expect(backoffMs(n, () => 1)).toBeLessThanOrEqual(BACKOFF_CAP_MS * 1.25);
    }
  });
});
