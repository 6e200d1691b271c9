import { toConnection, totalCountOf } from './pagination';

describe('connections', () => {
  it('count only when totalCount is asked for', async () => {
    let counted = 0;
    const deferred = toConnection(['a', 'b', 'c'], 2, (s) => s, async () => ++counted);
    expect(deferred.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(deferred.pageInfo).toEqual({ hasNextPage: true, endCursor: 'b' });
    expect(counted).toBe(0);
    await expect(totalCountOf(deferred)).resolves.toBe(1);
    expect(totalCountOf(toConnection([], 2, (s: string) => s, 0))).toBe(0);
  });
});
