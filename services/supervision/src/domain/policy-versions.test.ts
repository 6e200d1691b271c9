import { caseDeadlineFor, versionDeadlineRules } from '@zz/common';
import { parseSupervisionPolicy } from './policy';
import { rulesFor, rulesOfStoredVersion, versionKey } from './policy-versions';

const base = parseSupervisionPolicy(JSON.stringify({ counties: { '441422': { deadlinePolicy: { days: { GENERAL: 9 } } } } }));
const v1 = { deadlinePolicy: { days: { SIMPLE: 1, GENERAL: 7, COMPLEX: 20, DIFFICULT: 20 }, workingDays: true, warningShare: 0.75 }, calendar: { holidays: [], extraWorkdays: [] } };
const REGION = '441422100001';

describe('supervision: the deadline rules of a case’s policy version', () => {
  const stored = new Map([[versionKey({ regionCode: REGION, policyVersion: 1 }), rulesOfStoredVersion(v1)]]);

  it('version 0 (or none: older snapshots) is the start configuration with its county override', () => {
    expect(rulesFor(base, { regionCode: REGION }, stored).deadlinePolicy.days.GENERAL).toBe(9);
    expect(rulesFor(base, { regionCode: REGION, policyVersion: 0 }, stored).deadlinePolicy.days.GENERAL).toBe(9);
  });

  it('a stored version is its own rules, the same reading as the cases subgraph', () => {
    const r = rulesFor(base, { regionCode: REGION, policyVersion: 1 }, stored);
    expect(r.deadlinePolicy).toEqual(v1.deadlinePolicy);
    const accepted = new Date('2026-03-02T01:00:00Z');
    const cases = caseDeadlineFor(versionDeadlineRules(v1), REGION, 'GENERAL', accepted);
    const supervision = caseDeadlineFor({ deadlinePolicy: r.deadlinePolicy, calendar: r.calendar, counties: {} }, REGION, 'GENERAL', accepted);
    expect(supervision.toISOString()).toBe(cases.toISOString());
  });

  it('a version of another county is not taken for this one', () => {
    expect(rulesFor(base, { regionCode: '441423100001', policyVersion: 1 }, stored).deadlinePolicy.days.GENERAL).toBe(5);
  });
});
