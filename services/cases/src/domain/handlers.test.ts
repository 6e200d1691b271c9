import { DomainError, ValidationErrors } from '@zz/common';
import { validateAssignment } from './assignment';
import { checkKindsAllowed, MAX_MEDIATORS, validateHandlers } from './handlers';
import { caseFacts, isCaseMediator } from './access';
import type { Identity } from '@zz/common';

const C = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const D1 = '11111111-1111-4111-8111-111111111111';
const M1 = '33333333-3333-4333-8333-333333333333';
const M2 = '44444444-4444-4444-8444-444444444444';
const M3 = '55555555-5555-4555-8555-555555555555';
const mediatorN = (i: number) => `6666666${i}-6666-4666-8666-666666666666`;

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) {
      expect(e.code).toBe('BAD_USER_INPUT');
      return ((e as DomainError & { fields?: { field: string }[] }).fields ?? []).map((f) => f.field);
    }
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('validateHandlers (several mediators per case)', () => {
  it('keeps the lead first, with roles and kinds', () => {
    const v = validateAssignment({ caseId: C, mediators: [{ mediatorId: M2, role: 'ASSIST', jointKind: 'POLICE' }, { mediatorId: M1, role: 'LEAD', jointKind: 'PEOPLES' }] });
    expect(v.mediators).toEqual([
      { mediatorId: M1, role: 'LEAD', jointKind: 'PEOPLES', field: 'input.mediators.1.mediatorId' },
      { mediatorId: M2, role: 'ASSIST', jointKind: 'POLICE', field: 'input.mediators.0.mediatorId' },
    ]);
    expect(v.mediatorId).toBe(M1);
    expect(v.kindFields).toEqual(['input.mediators.0.jointKind', 'input.mediators.1.jointKind']);
  });

  it('reads the deprecated mediatorId as the one lead mediator', () => {
    expect(validateAssignment({ caseId: C, mediatorId: M1 }).mediators).toEqual([{ mediatorId: M1, role: 'LEAD', jointKind: null, field: 'input.mediatorId' }]);
  });

  it('makes a single mediator without a role the lead', () => {
    expect(validateAssignment({ caseId: C, mediators: [{ mediatorId: M1 }] }).mediators?.[0].role).toBe('LEAD');
  });

  it('rejects duplicates, a missing or second lead, too many mediators and bad kinds, naming each field', () => {
    expect(fieldsOf(() => validateAssignment({ caseId: C, mediators: [{ mediatorId: M1, role: 'LEAD' }, { mediatorId: M1, role: 'ASSIST' }] })))
      .toEqual(['input.mediators.1.mediatorId']);
    expect(fieldsOf(() => validateAssignment({ caseId: C, mediators: [{ mediatorId: M1, role: 'ASSIST' }, { mediatorId: M2, role: 'ASSIST' }] })))
      .toEqual(['input.mediators']);
    expect(fieldsOf(() => validateAssignment({ caseId: C, mediators: [{ mediatorId: M1, role: 'LEAD' }, { mediatorId: M2, role: 'LEAD' }] })))
      .toEqual(['input.mediators']);
    const six = Array.from({ length: MAX_MEDIATORS + 1 }, (_, i) => ({ mediatorId: mediatorN(i), role: i === 0 ? 'LEAD' : 'ASSIST' }));
    expect(fieldsOf(() => validateAssignment({ caseId: C, mediators: six }))).toEqual(['input.mediators']);
    expect(fieldsOf(() => validateAssignment({ caseId: C, mediators: [{ mediatorId: 'x', role: 'LEAD' }, { mediatorId: M3, role: 'BOSS', jointKind: 'COURT' }] })))
      .toEqual(['input.mediators.0.mediatorId', 'input.mediators.1.role', 'input.mediators.1.jointKind']);
  });

  it('refuses mediatorId beside mediators and an empty list', () => {
    expect(fieldsOf(() => validateAssignment({ caseId: C, mediatorId: M1, mediators: [{ mediatorId: M2, role: 'LEAD' }] }))).toEqual(['input.mediatorId']);
    expect(fieldsOf(() => validateAssignment({ caseId: C, mediators: [] }))).toEqual(['input.mediators']);
  });

  it('takes department kinds only for departments of the same assignment', () => {
    expect(validateAssignment({ caseId: C, departmentIds: [D1], departmentKinds: [{ departmentId: D1, jointKind: 'LITIGATION' }] }).departmentKinds).toEqual({ [D1]: 'LITIGATION' });
    expect(fieldsOf(() => validateAssignment({ caseId: C, mediatorId: M1, departmentKinds: [{ departmentId: D1, jointKind: 'LITIGATION' }] })))
      .toEqual(['input.departmentKinds.0.departmentId']);
  });
});

describe('checkKindsAllowed', () => {
  const v = validateHandlers(new ValidationErrors(), { mediators: [{ mediatorId: M1, role: 'LEAD', jointKind: 'ADMINISTRATIVE' }] }, []);
  it('allows kinds in joint mediation only, naming the first kind field otherwise', () => {
    const ok = new ValidationErrors();
    checkKindsAllowed(ok, 'JOINT', v);
    expect(() => ok.throwIfAny()).not.toThrow();
    const bad = new ValidationErrors();
    checkKindsAllowed(bad, 'PROFESSIONAL', v);
    expect(fieldsOf(() => bad.throwIfAny())).toEqual(['input.mediators.0.jointKind']);
  });
  it('does not require kinds in joint mediation', () => {
    const none = validateHandlers(new ValidationErrors(), { mediators: [{ mediatorId: M1, role: 'LEAD' }] }, []);
    const errors = new ValidationErrors();
    checkKindsAllowed(errors, 'PROFESSIONAL', none);
    expect(() => errors.throwIfAny()).not.toThrow();
  });
});

describe('the case mediator grant', () => {
  const assist: Identity = { kind: 'user', userId: 'u', username: 'm', roles: ['MEDIATOR'], regionId: null, regionCode: null, mediatorId: M2, departmentId: null };
  const c = { mediatorId: M1, mediatorIds: [M1, M2], leadDepartmentId: null, receivedBy: null };
  it('lets an assisting mediator record sittings and start mediation', () => {
    expect(caseFacts(assist, c, 'Mutation.recordMediationSession').ASSIGNED_MEDIATOR).toBe(true);
    expect(caseFacts(assist, c, 'Mutation.startMediation').ASSIGNED_MEDIATOR).toBe(true);
  });
  it('keeps the outcome and the referral for the lead', () => {
    expect(caseFacts(assist, c, 'Mutation.recordMediationOutcome').ASSIGNED_MEDIATOR).toBe(false);
    expect(caseFacts(assist, c, 'Mutation.referCase').ASSIGNED_MEDIATOR).toBe(false);
    expect(isCaseMediator({ ...assist, mediatorId: M1 }, c, 'Mutation.recordMediationOutcome')).toBe(true);
  });
  it('gives nothing to a mediator not on the case', () => {
    expect(isCaseMediator({ ...assist, mediatorId: M3 }, c)).toBe(false);
  });
});
