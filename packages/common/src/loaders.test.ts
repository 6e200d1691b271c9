import { groupByKey, groupLoader, loaderFamily, mapLoader, orderByKey, recordLoader } from './loaders';
import { isUuid, wellFormedIds } from './ids';

describe('ids', () => {
  it('tells a UUID from anything else', () => {
    expect(isUuid('7391ba92-2caf-5e19-b5bf-2961f9b0145f')).toBe(true);
    expect(isUuid('7391BA92-2CAF-5E19-B5BF-2961F9B0145F')).toBe(true);
    for (const v of ['', 'x', '7391ba92-2caf-5e19-b5bf-2961f9b0145', "1' OR 1=1", null, 42, undefined]) expect(isUuid(v)).toBe(false);
    expect(wellFormedIds(['a', '7391ba92-2caf-5e19-b5bf-2961f9b0145f'])).toEqual(['7391ba92-2caf-5e19-b5bf-2961f9b0145f']);
  });
});

describe('loaders', () => {
  const rows = [{ id: 'b', p: 'x' }, { id: 'a', p: 'x' }, { id: 'c', p: 'y' }];

  it('order one row per key, null where absent, whatever order the rows came in', () => {
    expect(orderByKey(rows, ['a', 'z', 'b'], (r) => r.id)).toEqual([rows[1], null, rows[0]]);
  });

  it('group rows per key, an empty list where none', () => {
    expect(groupByKey(rows, ['y', 'x', 'z'], (r) => r.p)).toEqual([[rows[2]], [rows[0], rows[1]], []]);
  });

  it('batch the keys of one tick into one fetch', async () => {
    const calls: (readonly string[])[] = [];
    const byId = recordLoader(async (keys: readonly string[]) => { calls.push(keys); return rows.filter((r) => keys.includes(r.id)); }, (r) => r.id);
    const byParent = groupLoader(async (keys: readonly string[]) => rows.filter((r) => keys.includes(r.p)), (r) => r.p);
    await expect(Promise.all([byId.load('a'), byId.load('q'), byId.load('c')])).resolves.toEqual([rows[1], null, rows[2]]);
    expect(calls).toEqual([['a', 'q', 'c']]);
    await expect(byParent.load('x')).resolves.toEqual([rows[0], rows[1]]);
  });

  it('answer a value per key, the fallback where the fetch has none', async () => {
    const counts = mapLoader(async (keys: readonly string[]) => new Map(keys.filter((k) => k !== 'z').map((k) => [k, k.length])), 0);
    await expect(counts.loadMany(['ab', 'z', 'abc'])).resolves.toEqual([2, 0, 3]);
  });

  it('share a loader per argument set in a family', async () => {
    let fetches = 0;
    const family = loaderFamily(async (keys: readonly string[], first: number) => {
      fetches++;
      return new Map(keys.map((k) => [k, `${k}:${first}`]));
    }, '');
    const [a, b, c] = await Promise.all([family('5', 5).load('p'), family('5', 5).load('q'), family('9', 9).load('p')]);
    expect([a, b, c]).toEqual(['p:5', 'q:5', 'p:9']);
    expect(fetches).toBe(2);
  });
});
