/**
 * The ladder terms every case event carries (supervision holds the case to its step's deadline from
 * them), and when a change restarts the step's clock.
 */
import { parseLadder } from '../domain/ladder';
import type { CaseEntity } from '../store/entities/case.entity';
import { entersStep } from './case-changes';
import { snapshotOf } from './snapshot';

const entered = new Date('2026-03-03T01:00:00Z');
const c = (over: Partial<CaseEntity> = {}) => ({
  id: 'c1', code: '441422-20260302-000001', title: '何某拖欠地租纠纷', status: 'ACCEPTED', complexity: 'GENERAL', type: 'LAND', channel: 'GRID',
  centerLevel: 'VILLAGE', regionId: 'r', regionCode: '441422100001001', handlingCenterId: 'h1', ladderStep: 'VILLAGE_COMMITTEE', stepEnteredAt: entered,
  escalationCount: 1, receivedAt: new Date('2026-03-02T01:00:00Z'), acceptedAt: new Date('2026-03-02T01:30:00Z'), resolvedAt: null, closedAt: null,
  resolvedLevel: null, leadDepartmentId: null, departmentIds: [], mediatorId: null, mediatorIds: [], applicantCount: 1, partyCount: 2, partyKeys: [],
  amountInDispute: '4800.00', reopenCount: 0, ...over,
}) as CaseEntity;

describe('snapshotOf: the ladder step terms', () => {
  it('carries the step name, its days, the days above it and when the case entered it (四级七天 by default)', () => {
    expect(snapshotOf(c(), 'ASSIGNED')).toMatchObject({
      ladderStep: 'VILLAGE_COMMITTEE', ladderStepName: '村调委', stepDays: 2, laterStepDays: 4, stepEnteredAt: '2026-03-03T01:00:00.000Z',
    });
    expect(snapshotOf(c({ ladderStep: 'COUNTY_CENTER' }), null)).toMatchObject({ ladderStepName: '县综治中心', stepDays: null, laterStepDays: 0 });
  });

  it('follows the county ladder, and a step the ladder no longer has carries no days', () => {
    const ladder = parseLadder({ name: '三级', steps: [
      { key: 'VILLAGE', name: '村', centerLevel: 'VILLAGE', days: 1 }, { key: 'TOWN', name: '镇', centerLevel: 'TOWN', days: 7 },
      { key: 'COUNTY', name: '县', centerLevel: 'COUNTY', days: 20 },
    ] });
    expect(snapshotOf(c({ ladderStep: 'VILLAGE' }), null, ladder)).toMatchObject({ ladderStepName: '村', stepDays: 1, laterStepDays: 27 });
    expect(snapshotOf(c(), null, ladder)).toMatchObject({ ladderStepName: 'VILLAGE_COMMITTEE', stepDays: null, laterStepDays: null });
  });
});

describe('snapshotOf: no party data', () => {
  it('leaves the title out (it may name the parties: 何某…) and carries no name, phone or ID number', () => {
    const s = snapshotOf(c(), null);
    expect(s).not.toHaveProperty('title');
    expect(JSON.stringify(s)).not.toContain('何某');
  });
});

describe('entersStep: when the step clock restarts', () => {
  const at = (status: string, ladderStep = 'GRID', handlingCenterId = 'h1') => ({ status, ladderStep, handlingCenterId }) as CaseEntity;
  it('restarts on intake, on a new step or center, and on reopening', () => {
    expect(entersStep(null, at('REGISTERED'))).toBe(true);
    expect(entersStep(at('ASSIGNED'), at('ACCEPTED', 'VILLAGE_COMMITTEE'))).toBe(true);
    expect(entersStep(at('ACCEPTED'), at('REGISTERED', 'GRID', 'h2'))).toBe(true);
    expect(entersStep(at('RESOLVED'), at('ACCEPTED'))).toBe(true);
  });
  it('keeps running through acceptance, assignment and mediation, and stops when settled', () => {
    expect(entersStep(at('REGISTERED'), at('ACCEPTED'))).toBe(false);
    expect(entersStep(at('ASSIGNED'), at('IN_MEDIATION'))).toBe(false);
    expect(entersStep(at('IN_MEDIATION'), at('RESOLVED'))).toBe(false);
  });
});
