/**
 * What the stores of the cases schema share: the `case` table's column map (so a change names entity
 * properties, never columns). Raw SQL throughout, so every read is
 * exactly one statement (the DataLoaders rely on that: a page of 100 cases costs the same statements
 * as a page of 10); `queryRows` of @zz/common turns TypeORM's answer to an UPDATE … RETURNING into its rows.
 */
import type { CaseEntity } from './entities/case.entity';

export const CASE_TABLE = 'cases."case"';

/** entity property → column, for the columns a change may set. */
export const CASE_COLUMNS: Record<keyof CaseEntity, string> = {
  id: 'id', code: 'code', idempotencyKey: 'idempotency_key', title: 'title', description: 'description', channel: 'channel',
  type: 'type', complexity: 'complexity', status: 'status', mediationFailed: 'mediation_failed', ladderStep: 'ladder_step',
  stepEnteredAt: 'step_entered_at',
  level: 'level', centerLevel: 'center_level', handlingCenterId: 'handling_center_id', regionId: 'region_id',
  regionCode: 'region_code', regionLevel: 'region_level', amountInDispute: 'amount_in_dispute', partyCount: 'party_count',
  applicantCount: 'applicant_count', partyKeys: 'party_keys', leadDepartmentId: 'lead_department_id',
  departmentIds: 'department_ids', mediatorId: 'mediator_id', mediatorIds: 'mediator_ids', escalationCount: 'escalation_count', reopenCount: 'reopen_count',
  receivedAt: 'received_at', receivedBy: 'received_by', acceptedAt: 'accepted_at', deadlineAt: 'deadline_at',
  resolvedAt: 'resolved_at', resolvedLevel: 'resolved_level', closedAt: 'closed_at', agreement: 'agreement',
  referralRoute: 'referral_route', resolutionMode: 'resolution_mode', leaderId: 'leader_id', leaderSince: 'leader_since', leaderName: 'leader_name',
  highRisk: 'high_risk', riskReason: 'risk_reason', riskPlan: 'risk_plan', mergedIntoId: 'merged_into_id', policyVersion: 'policy_version', version: 'version', updatedAt: 'updated_at',
};
const selectList = (map: Record<string, string>, alias: string) =>
  Object.entries(map).map(([prop, col]) => `${alias}.${col} AS "${prop}"`).join(', ');
export const CASE_SELECT = selectList(CASE_COLUMNS, 'c');
export const CASE_RETURNING = Object.entries(CASE_COLUMNS).map(([prop, col]) => `${col} AS "${prop}"`).join(', ');
