import { DomainError } from '@zz/common';
import { validateAssignment, validateCaseId, validateMerge, validateOutcome, validateReroute, validateRoute } from './assignment';

const C = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const D1 = '11111111-1111-4111-8111-111111111111';
const D2 = '22222222-2222-4222-8222-222222222222';
const M = '33333333-3333-4333-8333-333333333333';

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

describe('validateAssignment', () => {
  it('puts the lead first and lists each department once', () => {
    const v = validateAssignment({ caseId: C, departmentIds: [D1, D2], leadDepartmentId: D2, note: ' 请于3日内反馈 ' });
    expect(v).toMatchObject({ leadDepartmentId: D2, departmentIds: [D2, D1], mediatorId: null, note: '请于3日内反馈' });
  });

  it('takes the first department as lead when none is named, and a mediator alone', () => {
    expect(validateAssignment({ caseId: C, departmentIds: [D1, D2] })).toMatchObject({ leadDepartmentId: D1, departmentIds: [D1, D2] });
    expect(validateAssignment({ caseId: C, mediatorId: M })).toMatchObject({ leadDepartmentId: null, departmentIds: [], mediatorId: M });
    expect(validateAssignment({ caseId: C, leadDepartmentId: D1 })).toMatchObject({ leadDepartmentId: D1, departmentIds: [D1] });
  });

  it('names every bad field', () => {
    expect(fieldsOf(() => validateAssignment({ caseId: C }))).toEqual(['input.departmentIds']);
    expect(fieldsOf(() => validateAssignment({ caseId: 'x', departmentIds: [D1, D1, 'y'], mediatorId: 'z', note: '长'.repeat(1001) })))
      .toEqual(['input.caseId', 'input.departmentIds.1', 'input.departmentIds.2', 'input.mediatorId', 'input.note']);
  });
});

describe('validateReroute / validateOutcome / validateRoute / validateMerge / validateCaseId', () => {
  it('reroute needs a reason and a department', () => {
    expect(validateReroute({ caseId: C, reason: ' 不属于本部门职责 ', departmentId: D1 })).toEqual({ caseId: C, reason: '不属于本部门职责', departmentId: D1 });
    expect(fieldsOf(() => validateReroute({ caseId: C, reason: '', departmentId: '' }))).toEqual(['input.reason', 'input.departmentId']);
  });

  it('a resolved outcome needs the agreement, a failed one its reason', () => {
    expect(validateOutcome({ caseId: C, outcome: 'RESOLVED', agreement: '何某于月底前付清地租' })).toMatchObject({ outcome: 'RESOLVED', agreement: '何某于月底前付清地租', note: null });
    expect(validateOutcome({ caseId: C, outcome: 'FAILED', note: '被申请人拒不到场' })).toMatchObject({ outcome: 'FAILED', agreement: null, note: '被申请人拒不到场' });
    expect(fieldsOf(() => validateOutcome({ caseId: C, outcome: 'RESOLVED' }))).toEqual(['input.agreement']);
    expect(fieldsOf(() => validateOutcome({ caseId: C, outcome: 'FAILED', agreement: '协议' }))).toEqual(['input.note', 'input.agreement']);
    expect(fieldsOf(() => validateOutcome({ caseId: C, outcome: 'PARTIAL' }))).toEqual(['input.outcome']);
  });

  it('routes, merges and ids', () => {
    expect(validateRoute('LITIGATION')).toBe('LITIGATION');
    expect(fieldsOf(() => validateRoute('MEDIATION'))).toEqual(['route']);
    expect(validateMerge({ caseId: C, intoCaseId: D1 })).toEqual({ caseId: C, intoCaseId: D1, reason: null });
    expect(fieldsOf(() => validateMerge({ caseId: C, intoCaseId: C, reason: 'x' }))).toEqual(['input.intoCaseId', 'input.reason']);
    expect(validateCaseId(C.toUpperCase())).toBe(C);
    expect(fieldsOf(() => validateCaseId('nope'))).toEqual(['id']);
  });
});
