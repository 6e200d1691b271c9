/**
 * Case.deadlineAt (the cases subgraph, stored as cases.deadline_at) and Case.supervision.deadlineAt
 * (supervision's read model, rebuilt from the case events) must be the same instant for the same case
 * under the same county policy document, for a case held to its complexity deadline (no ladder step with
 * working days; on such a step supervision holds the case to the step's deadline instead, see
 * services/supervision/src/domain/read-model.ts). Both subgraphs read the document with county-policy.ts and
 * count with deadlines.ts; this runs one document through each subgraph's own code path.
 */
import { parseCasePolicy, parseRulesInput, policyOfVersion } from '@zz/cases';
import { parseSupervisionPolicy, rowFromSnapshot, rulesOfStoredVersion, startRulesFor, viewOf } from '@zz/supervision';
import { caseDeadlineFor, COMPLEXITIES, deadlinePolicyFor, type Complexity } from '@zz/common';
import type { CaseSnapshot } from '@zz/events';

const POLICY = JSON.stringify({
  deadlinePolicy: { days: { GENERAL: 7, COMPLEX: 12 }, workingDays: true, warningShare: 0.75 },
  calendar: { holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], extraWorkdays: ['2026-10-10'] },
  letterPrefix: '大埔综治',
  accountability: { summonAt: 2, barAt: 4 },
  counties: {
    '441423': { deadlinePolicy: { days: { SIMPLE: 2, DIFFICULT: 30 } }, letterPrefix: '丰顺综治' },
    '441424': { letterPrefix: '五华综治' },
  },
});

/** What the cases subgraph stores on acceptCase / reopenCase (CaseService: caseDeadlineFor(this.policy, c.regionCode, …)). */
function casesDeadline(regionCode: string, complexity: Complexity, acceptedAt: Date): Date {
  return caseDeadlineFor(parseCasePolicy(POLICY), regionCode, complexity, acceptedAt);
}

/** What supervision shows as Case.supervision.deadlineAt for the CASE_ACCEPTED snapshot of that case. */
function supervisionDeadline(regionCode: string, complexity: Complexity, acceptedAt: Date): Date {
  const policy = parseSupervisionPolicy(POLICY);
  const snapshot = {
    id: 'c1', code: 'X', title: 't', status: 'ACCEPTED', fromStatus: 'REGISTERED', complexity, type: 'NEIGHBOUR', channel: 'WINDOW',
    level: 'VILLAGE', regionId: 'r1', regionCode, handlingCenterId: null, ladderStep: null, escalationCount: 0,
    receivedAt: new Date(acceptedAt.getTime() - 3600_000).toISOString(), acceptedAt: acceptedAt.toISOString(), resolvedAt: null,
    closedAt: null, resolvedLevel: null, leadDepartmentId: null, departmentIds: [], mediatorId: null, applicantCount: 1,
    partyCount: 2, partyKeys: [], amountInDispute: null, reopenCount: 0,
  } satisfies CaseSnapshot;
  const row = rowFromSnapshot(snapshot, null, 'e1', acceptedAt);
  return viewOf(row, null, false, startRulesFor(policy, regionCode)).deadlineAt;
}

describe('one county policy document, one deadline in cases and supervision', () => {
  const regions = ['441422100001', '441423100001001', '441424', '445100100'];
  const accepted = [
    '2026-09-30T08:00:00Z', // Wednesday before the National Day holiday
    '2026-10-09T01:00:00Z', // Friday before the 调休 Saturday
    '2026-03-06T15:30:00Z', // Friday 23:30 CST
    '2026-03-02T02:00:00Z',
  ].map((iso) => new Date(iso));

  it.each(regions)('agrees for every complexity and acceptance time in %s', (regionCode) => {
    for (const complexity of COMPLEXITIES) {
      for (const at of accepted) {
        expect(supervisionDeadline(regionCode, complexity, at).toISOString()).toBe(casesDeadline(regionCode, complexity, at).toISOString());
      }
    }
  });

  it('both read the same rules from the document, the per-county override included', () => {
    const cases = parseCasePolicy(POLICY);
    const supervision = parseSupervisionPolicy(POLICY);
    for (const regionCode of regions) expect(deadlinePolicyFor(cases, regionCode)).toEqual(deadlinePolicyFor(supervision, regionCode));
    expect(deadlinePolicyFor(cases, '441423100001').days).toEqual({ SIMPLE: 2, GENERAL: 5, COMPLEX: 15, DIFFICULT: 30 });
    // The override applies: 441423 counts calendar days, the others working days.
    const at = new Date('2026-09-30T08:00:00Z');
    expect(casesDeadline('441423100001', 'SIMPLE', at).toISOString()).toBe('2026-10-02T08:00:00.000Z');
    expect(supervisionDeadline('441423100001', 'SIMPLE', at).toISOString()).toBe('2026-10-02T08:00:00.000Z');
    // 441422: 1 working day from Wed 30 Sept: 1, 2 Oct holidays, 3/4 weekend, 5–7 holidays, Thu 8 Oct.
    expect(casesDeadline('441422100001', 'SIMPLE', at).toISOString()).toBe('2026-10-08T08:00:00.000Z');
    expect(supervisionDeadline('441422100001', 'SIMPLE', at).toISOString()).toBe('2026-10-08T08:00:00.000Z');
  });

  // A county's stored policy version (updateCountyPolicy): cases reads the validated input, supervision
  // the rules its COUNTY_POLICY_CHANGED event carried (the same JSON); both must agree for the version's cases.
  it('agrees under a stored county policy version, with its own calendar', () => {
    const rules = parseRulesInput({
      ladder: { name: '一七二十', steps: [{ key: 'TOWN_CENTER', name: '镇综治中心', centerLevel: 'TOWN', days: 7 }, { key: 'COUNTY_CENTER', name: '县综治中心', centerLevel: 'COUNTY', days: null }] },
      deadlinePolicy: { days: { SIMPLE: 1, GENERAL: 7, COMPLEX: 20, DIFFICULT: 20 }, workingDays: true, warningShare: 0.7 },
      calendar: { holidays: ['2026-10-01', '2026-10-02', '2026-10-05'], extraWorkdays: ['2026-10-11'] },
    }, []);
    const cases = policyOfVersion(rules);
    const supervision = rulesOfStoredVersion(JSON.parse(JSON.stringify(rules)));
    for (const complexity of COMPLEXITIES) {
      for (const at of accepted) {
        const viaCases = caseDeadlineFor(cases, '441422100001', complexity, new Date(at));
        const viaSupervision = caseDeadlineFor({ ...supervision, counties: {} }, '441422100001', complexity, new Date(at));
        expect(viaSupervision.toISOString()).toBe(viaCases.toISOString());
      }
    }
    // Wed 30 Sept + 1 working day under the version: 1, 2 Oct off, 3/4 weekend, 5 Oct off, Tue 6 Oct.
    expect(caseDeadlineFor(cases, '441422100001', 'SIMPLE', new Date('2026-09-30T08:00:00Z')).toISOString()).toBe('2026-10-06T08:00:00.000Z');
  });
});
