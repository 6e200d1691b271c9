import { DomainError } from '@zz/common';
import { checkAcceptable, checkMarkable, checkPlannable, validateRiskPlan } from './risk-plan';

const fail = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return { code: (err as DomainError).code, field: (err as DomainError).field };
  }
  return null;
};
const plan = { measures: '包案领导每日研判，派出所、村委会落实专人稳控', responsiblePerson: '湖寮镇综治中心 罗秀英', reviewDate: '2026-12-10T00:00:00Z', recordedAt: '2026-12-07T00:00:00Z', recordedBy: null };
const now = new Date('2026-12-07T08:00:00Z');

describe('一人一案', () => {
  it('a high-risk case is accepted only with its leader and its plan, naming what is missing', () => {
    expect(fail(() => checkAcceptable({ highRisk: false, leaderId: null, riskPlan: null }))).toBeNull();
    expect(fail(() => checkAcceptable({ highRisk: true, leaderId: null, riskPlan: plan }))).toEqual({ code: 'BAD_USER_INPUT', field: 'leader' });
    expect(fail(() => checkAcceptable({ highRisk: true, leaderId: 'u', riskPlan: null }))).toEqual({ code: 'BAD_USER_INPUT', field: 'riskPlan' });
    expect(fail(() => checkAcceptable({ highRisk: true, leaderId: 'u', riskPlan: plan }))).toBeNull();
  });

  it('checks the plan field by field; the review date is not in the past', () => {
    expect(validateRiskPlan({ caseId: 'x', measures: plan.measures, responsiblePerson: '罗秀英', reviewDate: '2026-12-10T00:00:00Z' }, now).reviewDate).toBe('2026-12-10T00:00:00.000Z');
    expect(fail(() => validateRiskPlan({ caseId: 'x', measures: '无', responsiblePerson: '罗秀英', reviewDate: '2026-12-10' }, now))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.measures' });
    expect(fail(() => validateRiskPlan({ caseId: 'x', measures: plan.measures, responsiblePerson: ' ', reviewDate: '2026-12-10' }, now))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.responsiblePerson' });
    expect(fail(() => validateRiskPlan({ caseId: 'x', measures: plan.measures, responsiblePerson: '罗秀英', reviewDate: '2026-11-01' }, now))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reviewDate' });
  });

  it('marks an open case once; plans only a marked open case', () => {
    expect(fail(() => checkMarkable('REGISTERED', false))).toBeNull();
    expect(fail(() => checkMarkable('REGISTERED', true))?.code).toBe('CONFLICT');
    expect(fail(() => checkMarkable('CLOSED', false))?.code).toBe('CONFLICT');
    expect(fail(() => checkPlannable('REGISTERED', false))?.code).toBe('CONFLICT');
    expect(fail(() => checkPlannable('REGISTERED', true))).toBeNull();
  });
});
