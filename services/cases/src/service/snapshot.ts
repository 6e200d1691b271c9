import type { CaseEventData, CaseSnapshot } from '@zz/events';
import type { CaseEntity } from '../store/entities/case.entity';
import type { CaseStatus } from '../domain/case-status';
import { DEFAULT_LADDER, type Ladder } from '../domain/ladder';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/**
 * The step's terms under the county's ladder: name, days, and the days of the steps above it (those
 * with a deadline). A step the ladder no longer has carries its key and no days (no step deadline).
 */
function stepTerms(ladder: Ladder, stepKey: string): Pick<CaseSnapshot, 'ladderStepName' | 'stepDays' | 'laterStepDays'> {
  const i = ladder.steps.findIndex((s) => s.key === stepKey);
  if (i < 0) return { ladderStepName: stepKey, stepDays: null, laterStepDays: null };
  const later = ladder.steps.slice(i + 1).reduce((sum, s) => sum + (s.days ?? 0), 0);
  return { ladderStepName: ladder.steps[i].name, stepDays: ladder.steps[i].days, laterStepDays: later };
}

/** The case as it stands after a change, for `data.case` of its dispatch event (supervision's only source). */
export function snapshotOf(c: CaseEntity, fromStatus: CaseStatus | null, ladder: Ladder = DEFAULT_LADDER): CaseSnapshot {
  return {
    id: c.id,
    code: c.code,
    status: c.status,
    fromStatus,
    complexity: c.complexity,
    type: c.type,
    channel: c.channel,
    level: c.centerLevel,
    regionId: c.regionId,
    regionCode: c.regionCode,
    handlingCenterId: c.handlingCenterId,
    ladderStep: c.ladderStep,
    ...stepTerms(ladder, c.ladderStep),
    stepEnteredAt: iso(c.stepEnteredAt),
    escalationCount: c.escalationCount,
    receivedAt: new Date(c.receivedAt).toISOString(),
    acceptedAt: iso(c.acceptedAt),
    resolvedAt: iso(c.resolvedAt),
    closedAt: iso(c.closedAt),
    resolvedLevel: c.resolvedLevel,
    leadDepartmentId: c.leadDepartmentId,
    departmentIds: [...c.departmentIds],
    mediatorId: c.mediatorId,
    mediatorIds: [...(c.mediatorIds ?? [])],
    applicantCount: c.applicantCount,
    partyCount: c.partyCount,
    partyKeys: [...c.partyKeys],
    amountInDispute: c.amountInDispute,
    reopenCount: c.reopenCount,
    resolutionMode: c.resolutionMode,
    leaderId: c.leaderId,
    policyVersion: c.policyVersion ?? 0,
  };
}

export function eventData(c: CaseEntity, fromStatus: CaseStatus | null, note: string | null, details: Record<string, unknown>, ladder?: Ladder): CaseEventData {
  return { case: snapshotOf(c, fromStatus, ladder), note, details };
}
