import type { CaseSnapshot } from '@zz/events';
import { DEFAULT_DEADLINE_POLICY, WorkingCalendar, parseDeadlinePolicy } from '@zz/common';
import { automaticLetterFor, computeDeadline, deadlineRuns, deadlineStart, riskFacts, rowFromSnapshot, snapshotOf } from './read-model';

const snap = (over: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  id: '00000000-0000-4000-8000-000000000001',
  code: 'ZZ441422-2026-00001',
  title: '邻里纠纷',
  status: 'ACCEPTED',
  fromStatus: 'REGISTERED',
  complexity: 'GENERAL',
  type: 'NEIGHBOUR',
  channel: 'WINDOW',
  level: 'VILLAGE',
  regionId: '00000000-0000-4000-8000-0000000000aa',
  regionCode: '441422100001',
  handlingCenterId: null,
  ladderStep: null,
  escalationCount: 0,
  receivedAt: '2026-03-02T01:00:00.000Z',
  acceptedAt: '2026-03-02T02:00:00.000Z',
  resolvedAt: null,
  closedAt: null,
  resolvedLevel: null,
  leadDepartmentId: null,
  departmentIds: [],
  mediatorId: null,
  applicantCount: 1,
  partyCount: 2,
  partyKeys: ['k2', 'k1', 'k1', ''],
  amountInDispute: '30000.00',
  reopenCount: 0,
  ...over,
});

describe('snapshotOf', () => {
  it('recognises a case event payload', () => {
    expect(snapshotOf({ case: snap() })?.id).toBe('00000000-0000-4000-8000-000000000001');
    expect(snapshotOf({ letterId: 'x' })).toBeNull();
    expect(snapshotOf({ case: { id: 'x' } })).toBeNull();
  });
});

describe('rowFromSnapshot', () => {
  const at = new Date('2026-03-05T00:00:00Z');

  it('copies the snapshot and normalises the party keys', () => {
    const row = rowFromSnapshot(snap(), null, '7', at);
    expect(row).toMatchObject({ status: 'ACCEPTED', partyKeys: ['k1', 'k2'], overdue: false, rating: null, reopenedAt: null, lastEventId: '7' });
    expect(row.acceptedAt?.toISOString()).toBe('2026-03-02T02:00:00.000Z');
  });

  it('keeps what supervision owns, and clears the rating on a reopening', () => {
    const prev = { ...rowFromSnapshot(snap({ status: 'CLOSED' }), null, '7', at), overdue: true, rating: 'SATISFIED' as const };
    expect(rowFromSnapshot(snap({ status: 'CLOSED' }), prev, '8', at)).toMatchObject({ overdue: true, rating: 'SATISFIED', reopenedAt: null });
    const reopened = rowFromSnapshot(snap({ status: 'ACCEPTED', reopenCount: 1 }), prev, '9', at);
    expect(reopened).toMatchObject({ overdue: true, rating: null, reopenCount: 1 });
    expect(reopened.reopenedAt).toEqual(at);
    expect(deadlineStart(reopened)).toEqual(at);
  });
});

describe('deadlines of the read model', () => {
  it('runs only while a case is handled after acceptance', () => {
    const accepted = rowFromSnapshot(snap(), null, '1', new Date());
    expect(deadlineRuns(accepted)).toBe(true);
    expect(deadlineRuns({ ...accepted, status: 'IN_MEDIATION' })).toBe(true);
    expect(deadlineRuns({ ...accepted, status: 'REGISTERED' })).toBe(false);
    expect(deadlineRuns({ ...accepted, status: 'RESOLVED' })).toBe(false);
    expect(deadlineRuns({ ...accepted, acceptedAt: null })).toBe(false);
  });

  it('counts from acceptance with the complexity, GENERAL when missing, working days when configured', () => {
    const row = rowFromSnapshot(snap({ complexity: 'COMPLEX' }), null, '1', new Date());
    const d = computeDeadline(row, DEFAULT_DEADLINE_POLICY, new WorkingCalendar());
    expect(d.deadlineAt.toISOString()).toBe('2026-03-17T02:00:00.000Z');
    expect(d.warningAt.toISOString()).toBe('2026-03-14T02:00:00.000Z'); // 80% of 15 days
    const none = computeDeadline({ ...row, complexity: null }, DEFAULT_DEADLINE_POLICY, new WorkingCalendar());
    expect(none.complexity).toBe('GENERAL');
    // Friday 2026-03-06 10:00 CST + 1 working day = Monday 2026-03-09 10:00 CST.
    const friday = { ...row, complexity: 'SIMPLE' as const, acceptedAt: new Date('2026-03-06T02:00:00Z') };
    expect(computeDeadline(friday, parseDeadlinePolicy({ workingDays: true }), new WorkingCalendar()).deadlineAt.toISOString()).toBe('2026-03-09T02:00:00.000Z');
  });
});

describe('automaticLetterFor', () => {
  it('issues 受理告知单 on acceptance, 交办单 on assignment and on a reroute to another department, 反馈单 on outcomes', () => {
    expect(automaticLetterFor('CASE_ACCEPTED', { leadDepartmentId: null }, null)).toBe('ACCEPTANCE_NOTICE');
    expect(automaticLetterFor('CASE_ASSIGNED', { leadDepartmentId: 'd1' }, null)).toBe('ASSIGNMENT');
    expect(automaticLetterFor('CASE_REROUTED', { leadDepartmentId: 'd2' }, { leadDepartmentId: 'd1' })).toBe('ASSIGNMENT');
    expect(automaticLetterFor('CASE_REROUTED', { leadDepartmentId: 'd1' }, { leadDepartmentId: 'd1' })).toBeNull();
    for (const k of ['CASE_RESOLVED', 'MEDIATION_FAILED', 'CASE_REFERRED']) expect(automaticLetterFor(k, { leadDepartmentId: null }, null)).toBe('FEEDBACK');
    for (const k of ['CASE_RECEIVED', 'CASE_CLOSED', 'CASE_ESCALATED']) expect(automaticLetterFor(k, { leadDepartmentId: 'd1' }, null)).toBeNull();
  });
});

describe('riskFacts', () => {
  it('turns the amount into yuan', () => {
    expect(riskFacts(rowFromSnapshot(snap(), null, '1', new Date())).amountInDispute).toBe(30000);
  });
});
