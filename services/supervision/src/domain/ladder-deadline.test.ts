/**
 * Deadlines that follow the 四级七天 ladder (read-model.ts computeDeadline with the snapshot's step terms):
 * the step's working days from its start, the next step's clock after an escalation, the complexity
 * deadline at the top, and the overall deadline known in advance.
 */
import type { CaseSnapshot } from '@zz/events';
import { DEFAULT_DEADLINE_POLICY, DEFAULT_WORKING_CALENDAR } from '@zz/common';
import { computeDeadline, ladderOf, rowFromSnapshot } from './read-model';
import { stateOf, viewOf } from './supervision-view';
import { DEFAULT_SUPERVISION_POLICY } from './policy';
import { startRulesFor } from './policy-versions';

// Mon 2 March 2026 09:00 CST: the land dispute is reported to the grid worker and accepted.
const MON = '2026-03-02T01:00:00.000Z';

const snap = (over: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  id: '00000000-0000-4000-8000-000000000001', code: '441422-20260302-000001', title: '土地承包费纠纷', status: 'ACCEPTED',
  fromStatus: 'REGISTERED', complexity: 'GENERAL', type: 'LAND', channel: 'GRID', level: 'VILLAGE', regionId: 'r', regionCode: '441422100001',
  handlingCenterId: null, ladderStep: 'GRID', ladderStepName: '网格员', stepEnteredAt: MON, stepDays: 1, laterStepDays: 6, escalationCount: 0,
  receivedAt: MON, acceptedAt: MON, resolvedAt: null, closedAt: null, resolvedLevel: null, leadDepartmentId: null, departmentIds: [],
  mediatorId: null, applicantCount: 3, partyCount: 4, partyKeys: [], amountInDispute: '18600.00', reopenCount: 0, ...over,
});
const deadlineOf = (s: CaseSnapshot) => computeDeadline(rowFromSnapshot(s, null, '1', new Date(s.receivedAt)), DEFAULT_DEADLINE_POLICY, DEFAULT_WORKING_CALENDAR);
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('deadlines on the escalation ladder', () => {
  it('holds a case on a step to the step deadline and knows the overall deadline in advance', () => {
    const d = deadlineOf(snap());
    expect(d).toMatchObject({ stepKey: 'GRID', stepName: '网格员' });
    expect(iso(d.deadlineAt)).toBe('2026-03-03T01:00:00.000Z'); // 1 working day
    expect(iso(d.stepDeadlineAt)).toBe('2026-03-03T01:00:00.000Z');
    // 1+2+2+2 working days: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9, Tue 10, Wed 11 March.
    expect(iso(d.overallDeadlineAt)).toBe('2026-03-11T01:00:00.000Z');
  });

  it('moves to the next step clock on escalation, so escalating on time is never late', () => {
    // Escalated to the village committee on Tue 08:30 CST, half an hour before the grid step ran out.
    const d = deadlineOf(snap({ ladderStep: 'VILLAGE_COMMITTEE', ladderStepName: '村调委', stepEnteredAt: '2026-03-03T00:30:00.000Z', stepDays: 2, laterStepDays: 4, escalationCount: 1 }));
    expect(iso(d.startedAt)).toBe('2026-03-03T00:30:00.000Z');
    expect(iso(d.deadlineAt)).toBe('2026-03-05T00:30:00.000Z');
    expect(iso(d.overallDeadlineAt)).toBe('2026-03-11T00:30:00.000Z');
    // Day 6 (Sat 7 March), past GENERAL's 5 calendar days, the town government step is still on time.
    const town = snap({ ladderStep: 'TOWN_GOVERNMENT', ladderStepName: '镇党委政府', stepEnteredAt: '2026-03-06T08:00:00.000Z', stepDays: 2, laterStepDays: 0 });
    const view = viewOf(rowFromSnapshot(town, null, '1', new Date(MON)), null, false, startRulesFor(DEFAULT_SUPERVISION_POLICY, town.regionCode));
    expect(stateOf(view, new Date('2026-03-07T02:00:00.000Z'))).toBe('ON_TRACK');
    expect(iso(view.deadlineAt)).toBe('2026-03-10T08:00:00.000Z');
    expect(stateOf(view, new Date('2026-03-10T08:00:00.001Z'))).toBe('OVERDUE');
  });

  it('counts a step from entering it, as the step times do, even when it was accepted later', () => {
    const d = deadlineOf(snap({ ladderStep: 'TOWN_CENTER', stepDays: 2, stepEnteredAt: MON, acceptedAt: '2026-03-02T06:00:00.000Z' }));
    expect(iso(d.startedAt)).toBe(MON);
    expect(iso(d.deadlineAt)).toBe('2026-03-04T01:00:00.000Z');
  });

  it('runs the complexity deadline from the step start at the top, and without ladder terms from acceptance', () => {
    const top = deadlineOf(snap({ ladderStep: 'COUNTY_CENTER', ladderStepName: '县综治中心', stepEnteredAt: '2026-03-10T02:00:00.000Z', stepDays: null, laterStepDays: 0 }));
    expect(top).toMatchObject({ stepKey: 'COUNTY_CENTER', stepName: '县综治中心', stepDeadlineAt: null });
    expect(iso(top.deadlineAt)).toBe('2026-03-15T02:00:00.000Z'); // GENERAL: 5 calendar days
    expect(iso(top.overallDeadlineAt)).toBe(iso(top.deadlineAt));
    const old = deadlineOf(snap({ ladderStepName: undefined, stepEnteredAt: undefined, stepDays: undefined, laterStepDays: undefined }));
    expect(old).toMatchObject({ stepKey: null, stepName: null, stepDeadlineAt: null });
    expect(iso(old.deadlineAt)).toBe('2026-03-07T01:00:00.000Z');
  });

  it('reads the ladder terms defensively from old or odd snapshots', () => {
    expect(ladderOf(snap({ stepEnteredAt: 'not a date' }))).toBeNull();
    expect(ladderOf(snap({ ladderStepName: null, stepDays: -1, laterStepDays: 1.5 }))).toMatchObject({ stepName: 'GRID', days: null, laterDays: 0 });
  });
});
