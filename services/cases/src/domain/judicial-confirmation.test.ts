import { DomainError } from '@zz/common';
import { checkCanApply, decide, validateApplication } from './judicial-confirmation';

const codeOf = (f: () => unknown): [string, string | undefined] => {
  try {
    f();
  } catch (e) {
    const err = e as DomainError;
    return [err.code, err.field];
  }
  return ['OK', undefined];
};

describe('司法确认', () => {
  it('is applied for only on a case settled by agreement, one application at a time', () => {
    const settled = { status: 'RESOLVED' as const, resolvedAt: new Date(), agreement: '被申请人于3日内支付工资' };
    expect(codeOf(() => checkCanApply(settled, []))).toEqual(['OK', undefined]);
    expect(codeOf(() => checkCanApply({ ...settled, status: 'CLOSED' }, [{ status: 'REFUSED' }]))).toEqual(['OK', undefined]);
    expect(codeOf(() => checkCanApply({ ...settled, status: 'CLOSED', resolvedAt: null }, []))[0]).toBe('CONFLICT'); // closed after referral
    expect(codeOf(() => checkCanApply({ ...settled, status: 'IN_MEDIATION' }, []))[0]).toBe('CONFLICT');
    expect(codeOf(() => checkCanApply({ ...settled, agreement: null }, []))[0]).toBe('CONFLICT');
    expect(codeOf(() => checkCanApply(settled, [{ status: 'REFUSED' }, { status: 'ACCEPTED' }]))[0]).toBe('CONFLICT');
  });

  it('checks the partner code and the note', () => {
    expect(validateApplication({ courtDepartmentId: 'd', viaPartner: ' court ', note: ' ' })).toEqual({ courtDepartmentId: 'd', viaPartner: 'court', note: null });
    expect(codeOf(() => validateApplication({ courtDepartmentId: 'd', viaPartner: '法院 系统' }))).toEqual(['BAD_USER_INPUT', 'input.viaPartner']);
    expect(codeOf(() => validateApplication({ courtDepartmentId: 'd', note: 'x'.repeat(501) }))).toEqual(['BAD_USER_INPUT', 'input.note']);
  });

  it('moves APPLIED → ACCEPTED → CONFIRMED with a ruling number, or to REFUSED with a reason, and nothing else', () => {
    expect(decide('APPLIED', { decision: 'ACCEPT' })).toEqual({ status: 'ACCEPTED', accepted: true, rulingNumber: null, refusalReason: null });
    expect(decide('ACCEPTED', { decision: 'CONFIRM', rulingNumber: '（2026）粤1422民特12号' })).toMatchObject({ status: 'CONFIRMED', rulingNumber: '（2026）粤1422民特12号' });
    expect(decide('APPLIED', { decision: 'REFUSE', reason: '协议内容违反法律强制性规定' })).toMatchObject({ status: 'REFUSED', refusalReason: '协议内容违反法律强制性规定' });
    expect(decide('ACCEPTED', { decision: 'REFUSE', reason: '驳回申请' })).toMatchObject({ status: 'REFUSED' });
    expect(codeOf(() => decide('APPLIED', { decision: 'CONFIRM', rulingNumber: '（2026）粤1422民特12号' }))[0]).toBe('CONFLICT');
    expect(codeOf(() => decide('ACCEPTED', { decision: 'ACCEPT' }))[0]).toBe('CONFLICT');
    expect(codeOf(() => decide('CONFIRMED', { decision: 'REFUSE', reason: 'x' }))[0]).toBe('CONFLICT');
    expect(codeOf(() => decide('REFUSED', { decision: 'ACCEPT' }))[0]).toBe('CONFLICT');
    expect(codeOf(() => decide('ACCEPTED', { decision: 'CONFIRM' }))).toEqual(['BAD_USER_INPUT', 'input.rulingNumber']);
    expect(codeOf(() => decide('ACCEPTED', { decision: 'REFUSE', reason: '  ' }))).toEqual(['BAD_USER_INPUT', 'input.reason']);
    expect(codeOf(() => decide('APPLIED', { decision: 'MAYBE' as never }))).toEqual(['BAD_USER_INPUT', 'input.decision']);
  });
});
