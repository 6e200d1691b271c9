import { likePrefix, narrowPrefix, Params, rowsOf } from './sql';
import { Scope, type Identity } from './auth';

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

  it('Scope.narrow intersects the jurisdiction with a requested region', () => {
    const user = (regionCode: string) => Scope.of({ kind: 'user', regionCode } as unknown as Identity);
    expect(user('441422').narrow(null)).toBe('441422');
    expect(user('441422').narrow('441422101')).toBe('441422101'); // a town of my county
    expect(user('441422101').narrow('441422')).toBe('441422101'); // my county asked by a town account
    expect(user('441422101').narrow('441422102')).toBeNull(); // a neighbouring town
    expect(Scope.everything().narrow('441422101')).toBe('441422101');
    expect(Scope.everything().narrow(null)).toBe('');
    expect(Scope.of({ kind: 'anonymous' } as unknown as Identity).narrow('441422')).toBeNull();
    expect(likePrefix('441422')).toBe('441422%');
  });

  it('intersect two code subtrees, narrowed (never widened) by a requested region', () => {
    expect(narrowPrefix('441422100', null)).toBe('441422100');
    expect(narrowPrefix('441422100', '441422100001')).toBe('441422100001');
    expect(narrowPrefix('441422100', '441422')).toBe('441422100');
    expect(narrowPrefix('441422100', '441422101')).toBeNull();
    expect(narrowPrefix('', '441422101')).toBe('441422101');
  });

  it('give a scope as a code prefix', () => {
    expect(Scope.of({ kind: 'user', regionCode: '441422100' } as unknown as Identity).prefix).toBe('441422100');
    expect(Scope.everything().prefix).toBe('');
    expect(Scope.of({ kind: 'anonymous' } as unknown as Identity).prefix).toBeNull();
  });
});
