import { intersectPrefix, likePrefix, Params, rowsOf } from './sql';

describe('sql helpers', () => {
  it('read the rows out of whatever TypeORM answers', () => {
    expect(rowsOf([{ id: 1 }])).toEqual([{ id: 1 }]);
    expect(rowsOf([[{ id: 1 }], 1])).toEqual([{ id: 1 }]); // UPDATE … RETURNING
    expect(rowsOf([[], 0])).toEqual([]);
    expect(rowsOf(undefined)).toEqual([]);
  });

  it('number parameters in order', () => {
    const p = new Params();
    expect([p.add('a'), p.add(2)]).toEqual(['$1', '$2']);
    expect(p.values).toEqual(['a', 2]);
  });

  it('intersect a scope with a requested region', () => {
    expect(intersectPrefix('441422', null)).toBe('441422');
    expect(intersectPrefix('441422', '441422101')).toBe('441422101'); // a town of my county
    expect(intersectPrefix('441422101', '441422')).toBe('441422101'); // my county asked by a town account
    expect(intersectPrefix('441422101', '441422102')).toBeNull(); // a neighbouring town
    expect(likePrefix('441422')).toBe('441422%');
  });
});
