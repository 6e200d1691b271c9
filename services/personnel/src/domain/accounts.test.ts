import { DomainError } from '@zz/common';
import { validateNewUser, type NewUserInput } from './accounts';

const REGION = '4baa914e-893b-5198-a002-132c6473ae91';
const base: NewUserInput = { username: 'Town-C.Operator', displayName: ' 李四 ', password: 'abc12345', roles: ['OPERATOR'], regionId: REGION };

const problems = (input: Partial<NewUserInput>) => {
  try {
    validateNewUser({ ...base, ...input });
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return ((e as DomainError & { fields: { field: string }[] }).fields).map((f) => f.field);
  }
  return [];
};

describe('validateNewUser', () => {
  it('normalises a good account (lower-case username, trimmed name)', () => {
    expect(validateNewUser(base)).toMatchObject({ username: 'town-c.operator', displayName: '李四', roles: ['OPERATOR'], mediatorId: null });
  });

  it('reports every bad field at once', () => {
    expect(problems({ username: 'x', displayName: '', password: 'short', roles: [], regionId: 'nope' }))
      .toEqual(['input.username', 'input.displayName', 'input.password', 'input.roles', 'input.regionId']);
  });

  it('requires the link that matches the role, and refuses stray links', () => {
    expect(problems({ roles: ['MEDIATOR'] })).toEqual(['input.mediatorId']);
    expect(problems({ roles: ['DEPARTMENT'] })).toEqual(['input.departmentId']);
    expect(problems({ roles: ['PARTNER'] })).toEqual(['input.partner']);
    expect(problems({ roles: ['OPERATOR'], mediatorId: REGION, departmentId: REGION, partner: '12345' }))
      .toEqual(['input.mediatorId', 'input.departmentId', 'input.partner']);
    expect(problems({ roles: ['MEDIATOR'], mediatorId: REGION })).toEqual([]);
  });

  it('keeps partner systems apart from staff roles and refuses unknown roles', () => {
    expect(problems({ roles: ['PARTNER', 'OPERATOR'], partner: '12345' })).toEqual(['input.roles']);
    expect(problems({ roles: ['ROOT'] })).toEqual(['input.roles']);
  });

  it('applies the password rules under input.password', () => {
    expect(problems({ password: 'onlyletters' })).toEqual(['input.password']);
    expect(problems({ password: '12345678' })).toEqual(['input.password']);
  });
});
