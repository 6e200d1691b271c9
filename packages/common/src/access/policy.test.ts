import { policyKeysOfSupergraph } from '../../../../schema/policy-keys';
import { ACCESS_POLICY, MASK_POLICY } from './policy';
import { authorize, authorizeOn, holdsOn, mayUnmask } from './authorize';
import { expectedOutcome } from './expected';
import type { Identity, Role } from '../auth';

const who = (roles: Role[], extra: Partial<Identity> = {}): Identity => ({ kind: 'user', userId: 'u1', username: 'x', roles, regionId: 'r', regionCode: '441422100', ...extra });

describe('the authorization policy', () => {
  const keys = policyKeysOfSupergraph();

  it('has a row for every root field, subscription and entity type of the supergraph', () => {
    const missing = keys.filter((k) => !ACCESS_POLICY[k]);
    expect(missing).toEqual([]);
    expect(keys.length).toBeGreaterThan(90);
  });

  it('has no row for a field the supergraph no longer has', () => {
    expect(Object.keys(ACCESS_POLICY).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('gives every row a reason and an outcome for the outside case', () => {
    for (const [key, rule] of Object.entries(ACCESS_POLICY)) {
      expect([key, rule.why.length > 0]).toEqual([key, true]);
      expect([key, ['DATA', 'NULL', 'EMPTY', 'FORBIDDEN', 'NOT_FOUND', 'NONE'].includes(rule.outside)]).toEqual([key, true]);
    }
  });

  it('refuses a role without a grant before anything is read, and anonymous callers with UNAUTHENTICATED', () => {
    expect(() => authorize(who(['GRID_WORKER']), 'Mutation.acceptCase')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => authorize({ kind: 'anonymous', userId: null, username: null, roles: [], regionId: null, regionCode: null }, 'Query.case'))
      .toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => authorize(who(['OPERATOR']), 'Mutation.acceptCase')).not.toThrow();
    expect(() => authorize({ kind: 'service', userId: null, username: 'cases', roles: [], regionId: null, regionCode: null }, 'Mutation.createUser')).not.toThrow();
  });

  it('lets ADMIN do everything but what the policy keeps from it (key persons)', () => {
    expect(() => authorize(who(['ADMIN']), 'Mutation.createGrid')).not.toThrow();
    expect(() => authorize(who(['ADMIN']), 'Query.keyPersons')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(holdsOn(who(['ADMIN']), 'Mutation.dispatchPatrolTask', { ABOVE: true })).toBe(true);
    expect(holdsOn(who(['ADMIN']), 'Mutation.dispatchPatrolTask', { ABOVE: false })).toBe(false);
  });

  it('checks conditional grants against the record', () => {
    const mediator = who(['MEDIATOR'], { mediatorId: 'm1' });
    expect(() => authorize(mediator, 'Mutation.startMediation')).not.toThrow();
    expect(() => authorizeOn(mediator, 'Mutation.startMediation', { ASSIGNED_MEDIATOR: false })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => authorizeOn(mediator, 'Mutation.startMediation', { ASSIGNED_MEDIATOR: true })).not.toThrow();
    expect(() => authorizeOn(who(['OPERATOR']), 'Mutation.startMediation', {})).not.toThrow();
  });

  it('masks personal numbers unless a grant holds', () => {
    expect(mayUnmask(who(['OPERATOR']), 'Party.idNumber')).toBe(true);
    expect(mayUnmask(who(['GRID_WORKER']), 'Party.idNumber')).toBe(false);
    expect(mayUnmask(who(['PARTNER']), 'Party.phone')).toBe(false);
    expect(mayUnmask(who(['DEPARTMENT']), 'Party.phone', { LEAD_DEPARTMENT: true })).toBe(true);
    expect(Object.keys(MASK_POLICY).length).toBeGreaterThan(0);
  });

  it('derives the matrix expectations from the same rows', () => {
    expect(expectedOutcome('Mutation.acceptCase', ['OPERATOR'], 'in')).toBe('DATA');
    expect(expectedOutcome('Mutation.acceptCase', ['OPERATOR'], 'out')).toBe('NOT_FOUND');
    expect(expectedOutcome('Mutation.acceptCase', ['MEDIATOR'], 'out')).toBe('FORBIDDEN');
    expect(expectedOutcome('Mutation.startMediation', ['MEDIATOR'], 'unrelated')).toBe('FORBIDDEN');
    expect(expectedOutcome('Query.case', null, 'in')).toBe('UNAUTHENTICATED');
    expect(expectedOutcome('Mutation.login', null, 'in')).toBe('DATA');
    expect(expectedOutcome('Query.cases', ['PARTNER'], 'out')).toBe('EMPTY');
  });
});
