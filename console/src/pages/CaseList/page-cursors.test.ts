import { describe, expect, it } from '@jest/globals';
import { pageCursors } from './page-cursors';

describe('pageCursors', () => {
  it('knows page 1 and the pages whose start it has seen, per result set', () => {
    const a = pageCursors('filter-a');
    expect(a.has(1)).toBe(true);
    expect(a.get(1)).toBeNull();
    expect(a.has(2)).toBe(false);
    a.remember(2, 'c2');
    expect(pageCursors('filter-a').get(2)).toBe('c2');
    expect(pageCursors('filter-b').has(2)).toBe(false);
  });
});
