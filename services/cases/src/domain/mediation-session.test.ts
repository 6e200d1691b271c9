import { DomainError } from '@zz/common';
import { assertCanRecordSession, validateSession, type SessionInput } from './mediation-session';

const M1 = '11111111-1111-4111-8111-111111111111';
const M2 = '22222222-2222-4222-8222-222222222222';
const D1 = '33333333-3333-4333-8333-333333333333';
const now = new Date('2026-11-20T08:00:00Z');
const theCase = { receivedAt: new Date('2026-11-10T02:00:00Z'), parties: [{ name: '张三', role: 'APPLICANT' }, { name: '某建筑公司', role: 'RESPONDENT' }] };
const good: SessionInput = {
  heldAt: '2026-11-18T02:00:00Z', place: ' 县矛调中心第一调解室 ', partyNames: ['张三', ' 某建筑公司'],
  mediators: [{ mediatorId: M1, role: 'LEAD' }, { mediatorId: M2.toUpperCase(), role: 'ASSIST' }], departmentIds: [D1],
  minutes: '双方就欠薪数额核对一致，约定分两期支付。', outcome: 'PARTIAL',
};

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    const e = err as DomainError;
    expect(e.code).toBe('BAD_USER_INPUT');
    return ((e as DomainError & { fields?: { field: string }[] }).fields ?? []).map((x) => x.field);
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('validateSession', () => {
  it('trims and normalises a good session', () => {
    const v = validateSession(good, theCase, now);
    expect(v.place).toBe('县矛调中心第一调解室');
    expect(v.partyNames).toEqual(['张三', '某建筑公司']);
    expect(v.mediators).toEqual([{ mediatorId: M1, role: 'LEAD' }, { mediatorId: M2, role: 'ASSIST' }]);
    expect(v.departmentIds).toEqual([D1]);
    expect(v.heldAt.toISOString()).toBe('2026-11-18T02:00:00.000Z');
  });

  it('names every wrong field', () => {
    const fields = fieldsOf(() => validateSession({
      ...good, heldAt: '2026-11-21T02:00:00Z', place: '', partyNames: ['李四', '张三', '张三'],
      mediators: [{ mediatorId: 'x', role: 'LEAD' }, { mediatorId: M1, role: 'LEAD' }], departmentIds: [D1, D1], minutes: '短',
    }, theCase, now));
    expect(fields).toEqual(expect.arrayContaining([
      'input.heldAt', 'input.place', 'input.partyNames.0', 'input.partyNames.2', 'input.mediators.0.mediatorId', 'input.mediators',
      'input.departmentIds.1', 'input.minutes',
    ]));
    expect(fields).not.toContain('input.partyNames.1');
  });

  it('takes a sitting in the minute of registration (screens pick minutes), not one before', () => {
    expect(() => validateSession({ ...good, heldAt: '2026-11-10T02:00:00Z' }, { ...theCase, receivedAt: new Date('2026-11-10T02:00:40Z') }, now)).not.toThrow();
    expect(fieldsOf(() => validateSession({ ...good, heldAt: '2026-11-10T01:59:59Z' }, { ...theCase, receivedAt: new Date('2026-11-10T02:00:40Z') }, now))).toEqual(['input.heldAt']);
  });

  it('refuses a session before registration, without parties or mediators', () => {
    expect(fieldsOf(() => validateSession({ ...good, heldAt: '2026-11-01T00:00:00Z' }, theCase, now))).toEqual(['input.heldAt']);
    expect(fieldsOf(() => validateSession({ ...good, partyNames: [], mediators: [] }, theCase, now))).toEqual(['input.partyNames', 'input.mediators']);
  });
});

describe('assertCanRecordSession', () => {
  it('allows only a case in mediation', () => {
    expect(() => assertCanRecordSession('IN_MEDIATION')).not.toThrow();
    for (const s of ['ASSIGNED', 'RESOLVED', 'CLOSED', 'REGISTERED'] as const) {
      expect(() => assertCanRecordSession(s)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    }
  });
});
