import { Scope, type Identity, type Role } from '@zz/common';
import {
  appointmentFilter, attemptReadScope, canSeeAppointment, ifInSight, inJurisdiction, inSight, inSightFilter, jurisdictionFilter, loginLogFilter,
} from './access';

const who = (roles: Role[], extra: Partial<Identity> = {}): Identity => ({
  kind: 'user', userId: 'u1', username: 'x', roles, regionId: 'r', regionCode: '441422', ...extra,
});
const user = (roles: Identity['roles'], regionCode: string): Identity => ({ kind: 'user', userId: 'u', username: 'x', roles, regionId: 'r', regionCode });
const anonymous: Identity = { kind: 'anonymous', userId: null, username: null, roles: [], regionId: null, regionCode: null };
const platform = Scope.everything();

describe('reference data and jurisdiction', () => {
  const village = Scope.of(who(['OPERATOR'], { regionCode: '441422100001' }));
  it('reference data is in sight in the subtree and on the chain upward, not at a neighbour', () => {
    expect(inSight(village, '441422100001')).toBe(true);
    expect(inSight(village, '441422100')).toBe(true);
    expect(inSight(village, '441422')).toBe(true);
    expect(inSight(village, '441422101')).toBe(false);
    expect(inSight(village, '441422100002')).toBe(false);
    expect(ifInSight(village, { regionCode: '441422' })).toEqual({ regionCode: '441422' });
    expect(ifInSight(village, { regionCode: '441422101' })).toBeNull();
    expect(ifInSight(village, null)).toBeNull();
  });
  it('jurisdiction is the subtree only', () => {
    const town = Scope.of(who(['ADMIN'], { regionCode: '441422100' }));
    expect(inJurisdiction(town, '441422100001')).toBe(true);
    expect(inJurisdiction(town, '441422100')).toBe(true);
    expect(inJurisdiction(town, '441422')).toBe(false);
  });
  it('as list filters: everything for the platform, nothing without a region, else the subtree (and the chain)', () => {
    expect(inSightFilter(platform)).toEqual({ kind: 'EVERYWHERE' });
    expect(jurisdictionFilter(platform)).toEqual({ kind: 'EVERYWHERE' });
    expect(inSightFilter(Scope.of(anonymous))).toEqual({ kind: 'NOWHERE' });
    expect(jurisdictionFilter(Scope.of(anonymous))).toEqual({ kind: 'NOWHERE' });
    expect(inSightFilter(village)).toEqual({ kind: 'SUBTREE_AND_CHAIN', code: '441422100001', chain: ['441422', '441422100'] });
    expect(jurisdictionFilter(village)).toEqual({ kind: 'SUBTREE', code: '441422100001' });
  });
});

describe('appointments', () => {
  const appt = { mediatorId: 'm1', bookedBy: 'partner-user', regionCode: '441422100' };
  it('is visible in the jurisdiction, to the studio and to the booker', () => {
    const townB = who(['OPERATOR'], { regionCode: '441422101', userId: 'b' });
    expect(canSeeAppointment(townB, Scope.of(townB), appt)).toBe(false);
    const townA = who(['OPERATOR'], { regionCode: '441422100', userId: 'a' });
    expect(canSeeAppointment(townA, Scope.of(townA), appt)).toBe(true);
    const studio = who(['MEDIATOR'], { regionCode: '441422101', mediatorId: 'm1' });
    expect(canSeeAppointment(studio, Scope.of(studio), appt)).toBe(true);
  });
  it('as a list filter: the region, the own studio or the own bookings', () => {
    const studio = who(['MEDIATOR'], { regionCode: '441422101', mediatorId: 'm1', userId: 'u9' });
    expect(appointmentFilter(studio, Scope.of(studio))).toEqual({ kind: 'ANY_OF', regionUnder: '441422101', mediatorId: 'm1', bookedBy: 'u9' });
    expect(appointmentFilter(anonymous, Scope.of(anonymous))).toEqual({ kind: 'NOWHERE' });
    expect(appointmentFilter({ ...anonymous, kind: 'service' }, platform)).toEqual({ kind: 'EVERYWHERE' });
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

describe('loginLogFilter', () => {
  it('the accounts of the subtree (and unknown usernames for a county ADMIN); everything for the platform; null otherwise', () => {
    const admin = user(['ADMIN'], '441422');
    expect(loginLogFilter(admin, Scope.of(admin))).toEqual({ accounts: { kind: 'SUBTREE', code: '441422' }, unknownUsernames: true });
    const supervisor = user(['SUPERVISOR'], '441422100');
    expect(loginLogFilter(supervisor, Scope.of(supervisor))).toEqual({ accounts: { kind: 'SUBTREE', code: '441422100' }, unknownUsernames: false });
    expect(loginLogFilter({ ...anonymous, kind: 'service' }, platform)).toEqual({ accounts: { kind: 'EVERYWHERE' }, unknownUsernames: true });
    const operator = user(['OPERATOR'], '441422');
    expect(loginLogFilter(operator, Scope.of(operator))).toBeNull();
  });
});
