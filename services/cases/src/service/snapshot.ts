import type { CaseEventData, CaseSnapshot } from '@zz/events';
import type { CaseEntity } from '../store/entities/case.entity';
import type { CaseStatus } from '../domain/case-status';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** The case as it stands after a change, for `data.case` of its dispatch event (supervision's only source). */
export function snapshotOf(c: CaseEntity, fromStatus: CaseStatus | null): CaseSnapshot {
  return {
    id: c.id,
    code: c.code,
    title: c.title,
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
    escalationCount: c.escalationCount,
    receivedAt: new Date(c.receivedAt).toISOString(),
    acceptedAt: iso(c.acceptedAt),
    resolvedAt: iso(c.resolvedAt),
    closedAt: iso(c.closedAt),
    resolvedLevel: c.resolvedLevel,
    leadDepartmentId: c.leadDepartmentId,
    departmentIds: [...c.departmentIds],
    mediatorId: c.mediatorId,
    applicantCount: c.applicantCount,
    partyCount: c.partyCount,
    partyKeys: [...c.partyKeys],
    amountInDispute: c.amountInDispute,
    reopenCount: c.reopenCount,
    resolutionMode: c.resolutionMode,
    leaderId: c.leaderId,
  };
}

export function eventData(c: CaseEntity, fromStatus: CaseStatus | null, note: string | null, details: Record<string, unknown>): CaseEventData {
  return { case: snapshotOf(c, fromStatus), note, details };
}
