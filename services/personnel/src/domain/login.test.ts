import type { Identity } from '@zz/common';
import { attemptReadScope, normaliseUsername, outcomeOf } from './login';

const user = (roles: Identity['roles'], regionCode: string): Identity => ({ kind: 'user', userId: 'u', username: 'x', roles, regionId: 'r', regionCode });

describe('normaliseUsername', () => {
  it('folds what people type into one form', () => {
    expect(normaliseUsername('  Town-A-Operator ')).toBe('town-a-operator');
    expect(normaliseUsername('ＡＤＭＩＮ')).toBe('admin');
    expect(normaliseUsername('ad\u0000min\n')).toBe('admin');
    expect(normaliseUsername('x'.repeat(10_000))).toHaveLength(128);
    expect(normaliseUsername('调解员')).toBe('调解员');
  });
});

describe('outcomeOf', () => {
  it('names each outcome; a disabled account is reported only with the right password', () => {
    expect(outcomeOf(null, false)).toBe('UNKNOWN_USER');
    expect(outcomeOf({ active: true }, false)).toBe('WRONG_PASSWORD');
    expect(outcomeOf({ active: false }, false)).toBe('WRONG_PASSWORD');
    expect(outcomeOf({ active: false }, true)).toBe('ACCOUNT_DISABLED');
    expect(outcomeOf({ active: true }, true)).toBe('SUCCESS');
  });
});

describe('attemptReadScope', () => {
  it('SUPERVISOR and ADMIN read their jurisdiction; only a county ADMIN reads unknown usernames', () => {
    expect(attemptReadScope(user(['SUPERVISOR', 'LEADER'], '441422'))).toEqual({ all: false, unknownUsernames: false });
    expect(attemptReadScope(user(['ADMIN'], '441422'))).toEqual({ all: false, unknownUsernames: true });
    expect(attemptReadScope(user(['ADMIN'], '441422100'))).toEqual({ all: false, unknownUsernames: false });
    expect(attemptReadScope(user(['SUPERVISOR'], '441422100001'))).toEqual({ all: false, unknownUsernames: false });
  });

  it('nobody else', () => {
    for (const role of ['OPERATOR', 'DISPATCHER', 'MEDIATOR', 'GRID_WORKER', 'DEPARTMENT', 'LEADER', 'PARTNER'] as const) {
      expect(attemptReadScope(user([role], '441422'))).toBeNull();
    }
    expect(attemptReadScope({ kind: 'anonymous', userId: null, username: null, roles: [], regionId: null, regionCode: null })).toBeNull();
  });
});
