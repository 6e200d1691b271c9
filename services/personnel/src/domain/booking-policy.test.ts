import { DomainError, type Identity, type Role } from '@zz/common';
import { appointmentRegion, isBookable, requireBookable, requireBookingRole, requireMayBookFor, requireMayCancel } from './booking-policy';

const who = (roles: Role[], extra: Partial<Identity> = {}): Identity => ({
  kind: 'user', userId: 'u1', username: 'x', roles, regionId: 'r', regionCode: '441422', ...extra,
});
const code = (f: () => void) => {
  try {
    f();
    return 'OK';
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('who may book', () => {
  it('window, dispatch, admin and partner systems book; grid workers, departments and leaders do not', () => {
    for (const r of ['OPERATOR', 'DISPATCHER', 'ADMIN', 'PARTNER', 'MEDIATOR'] as Role[]) expect(code(() => requireBookingRole(who([r])))).toBe('OK');
    for (const r of ['GRID_WORKER', 'DEPARTMENT', 'SUPERVISOR', 'LEADER'] as Role[]) expect(code(() => requireBookingRole(who([r])))).toBe('FORBIDDEN');
  });
  it('a mediator books only their own studio', () => {
    expect(code(() => requireMayBookFor(who(['MEDIATOR'], { mediatorId: 'm1' }), 'm1'))).toBe('OK');
    expect(code(() => requireMayBookFor(who(['MEDIATOR'], { mediatorId: 'm1' }), 'm2'))).toBe('FORBIDDEN');
    expect(code(() => requireMayBookFor(who(['MEDIATOR', 'OPERATOR'], { mediatorId: 'm1' }), 'm2'))).toBe('OK');
  });
});

describe('what is bookable', () => {
  it('gold-team mediators and experts; not regular pool mediators; not on leave', () => {
    expect(isBookable({ kind: 'MEDIATOR', goldTeam: true })).toBe(true);
    expect(isBookable({ kind: 'LEGAL_EXPERT', goldTeam: false })).toBe(true);
    expect(isBookable({ kind: 'PSYCHOLOGIST', goldTeam: false })).toBe(true);
    expect(code(() => requireBookable({ id: 'm', kind: 'MEDIATOR', goldTeam: false, available: true }))).toBe('BAD_USER_INPUT');
    expect(code(() => requireBookable({ id: 'm', kind: 'MEDIATOR', goldTeam: true, available: false }))).toBe('CONFLICT');
  });
});

describe('cancelling and where it belongs', () => {
  const appt = { mediatorId: 'm1', bookedBy: 'partner-user', regionCode: '441422100' };
  it('a partner cancels only what its account booked; a mediator only their studio', () => {
    expect(code(() => requireMayCancel(who(['PARTNER'], { userId: 'partner-user' }), appt))).toBe('OK');
    expect(code(() => requireMayCancel(who(['PARTNER'], { userId: 'other' }), appt))).toBe('FORBIDDEN');
    expect(code(() => requireMayCancel(who(['MEDIATOR'], { mediatorId: 'm1' }), appt))).toBe('OK');
    expect(code(() => requireMayCancel(who(['MEDIATOR'], { mediatorId: 'm2' }), appt))).toBe('FORBIDDEN');
    expect(code(() => requireMayCancel(who(['GRID_WORKER']), appt))).toBe('FORBIDDEN');
  });
  it('belongs to the booker\'s region when it lies below the studio', () => {
    const studio = { id: 's', code: '441422' };
    expect(appointmentRegion({ id: 't', code: '441422100' }, studio)).toEqual({ id: 't', code: '441422100' });
    expect(appointmentRegion({ id: 'c', code: '441422' }, studio)).toBe(studio);
    expect(appointmentRegion({ id: 'o', code: '441423' }, studio)).toBe(studio);
    expect(appointmentRegion(null, studio)).toBe(studio);
  });
});
