import { DomainError } from '@zz/common';
import { checkModeChange, modeAfterReopen, modeOfReferral, validateModeChange } from './resolution-mode';

const codeAndField = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return { code: (err as DomainError).code, field: (err as DomainError).field };
  }
  throw new Error('expected an error');
};

describe('resolution mode', () => {
  it('accepts the three mediation modes with a reason', () => {
    expect(validateModeChange({ caseId: 'x', mode: 'JOINT', reason: '涉及多部门，转五方联调' })).toEqual({ mode: 'JOINT', reason: '涉及多部门，转五方联调' });
  });

  it('refuses an outside route or an unknown mode, naming input.mode', () => {
    expect(codeAndField(() => validateModeChange({ caseId: 'x', mode: 'LITIGATION', reason: '起诉' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.mode' });
    expect(codeAndField(() => validateModeChange({ caseId: 'x', mode: 'PRAYER', reason: '无' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.mode' });
  });

  it('requires a reason', () => {
    expect(codeAndField(() => validateModeChange({ caseId: 'x', mode: 'PROFESSIONAL', reason: ' ' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reason' });
  });

  it('changes only open cases, and only to another mode', () => {
    expect(() => checkModeChange('ASSIGNED', 'INSTANT', 'PROFESSIONAL')).not.toThrow();
    expect(codeAndField(() => checkModeChange('RESOLVED', 'INSTANT', 'PROFESSIONAL')).code).toBe('CONFLICT');
    expect(codeAndField(() => checkModeChange('ACCEPTED', 'JOINT', 'JOINT'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.mode' });
  });

  it('a referral is its route; reopening brings a referred case back to professional mediation', () => {
    expect(modeOfReferral('ARBITRATION')).toBe('ARBITRATION');
    expect(modeAfterReopen('LITIGATION')).toBe('PROFESSIONAL');
    expect(modeAfterReopen('JOINT')).toBe('JOINT');
  });
});
