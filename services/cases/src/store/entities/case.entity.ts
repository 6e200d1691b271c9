import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CaseStatus, ReferralRoute } from '../../domain/case-status';
import type { ResolutionMode } from '../../domain/resolution-mode';
import type { RiskPlanRecord } from '../../domain/risk-plan';
import type { Channel, DisputeType } from '../../domain/intake';
import type { Complexity } from '../../domain/complexity';
import type { CenterLevel, RegionLevel } from '../../domain/ladder';

/** The current state of a case (its history is in case_event). Table `cases."case"`. */
@Entity({ name: 'case' })
export class CaseEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  /** 统一编码 CCCCCC-YYYYMMDD-NNNNNN */
  @Column({ type: 'text' }) code!: string;
  @Column({ name: 'idempotency_key', type: 'text', nullable: true }) idempotencyKey!: string | null;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'text' }) channel!: Channel;
  @Column({ type: 'text' }) type!: DisputeType;
  /** null until classified (at acceptance, or at intake when given). */
  @Column({ type: 'text', nullable: true }) complexity!: Complexity | null;
  @Column({ type: 'text' }) status!: CaseStatus;
  @Column({ name: 'mediation_failed', type: 'boolean' }) mediationFailed!: boolean;
  /** Key of the current ladder step. */
  @Column({ name: 'ladder_step', type: 'text' }) ladderStep!: string;
  /** The county policy version the case runs under (0: the start configuration), fixed at intake. */
  @Column({ name: 'policy_version', type: 'int', default: 0 }) policyVersion!: number;
  /** When the case entered its current step (intake, escalation, transfer, reopening): the step's clock. */
  @Column({ name: 'step_entered_at', type: 'timestamptz' }) stepEnteredAt!: Date;
  /** Level where the case is handled now (the step's level, may be GRID). */
  @Column({ type: 'text' }) level!: RegionLevel;
  /** Level of the handling center (VILLAGE / TOWN / COUNTY). */
  @Column({ name: 'center_level', type: 'text' }) centerLevel!: CenterLevel;
  @Column({ name: 'handling_center_id', type: 'uuid' }) handlingCenterId!: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId!: string;
  @Column({ name: 'region_code', type: 'text' }) regionCode!: string;
  @Column({ name: 'region_level', type: 'text' }) regionLevel!: RegionLevel;
  @Column({ name: 'amount_in_dispute', type: 'numeric', precision: 15, scale: 2, nullable: true }) amountInDispute!: string | null;
  @Column({ name: 'party_count', type: 'int' }) partyCount!: number;
  @Column({ name: 'applicant_count', type: 'int' }) applicantCount!: number;
  /** sha256 keys of the parties (see domain/party-keys), for the dispatch events. */
  @Column({ name: 'party_keys', type: 'text', array: true }) partyKeys!: string[];
  @Column({ name: 'lead_department_id', type: 'uuid', nullable: true }) leadDepartmentId!: string | null;
  /** Active department assignments, lead first. */
  @Column({ name: 'department_ids', type: 'uuid', array: true }) departmentIds!: string[];
  /** The lead mediator (主办). */
  @Column({ name: 'mediator_id', type: 'uuid', nullable: true }) mediatorId!: string | null;
  /** Every active mediator of the case, lead first (主办 + 协办). */
  @Column({ name: 'mediator_ids', type: 'uuid', array: true }) mediatorIds!: string[];
  @Column({ name: 'escalation_count', type: 'int' }) escalationCount!: number;
  @Column({ name: 'reopen_count', type: 'int' }) reopenCount!: number;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  @Column({ name: 'received_by', type: 'uuid', nullable: true }) receivedBy!: string | null;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @Column({ name: 'deadline_at', type: 'timestamptz', nullable: true }) deadlineAt!: Date | null;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
  @Column({ name: 'resolved_level', type: 'text', nullable: true }) resolvedLevel!: CenterLevel | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) agreement!: string | null;
  @Column({ name: 'referral_route', type: 'text', nullable: true }) referralRoute!: ReferralRoute | null;
  /** 化解方式: the mode the case is being settled in (its changes are ledger entries). */
  @Column({ name: 'resolution_mode', type: 'text' }) resolutionMode!: ResolutionMode;
  /** 领导包案: the leader who took the case personally (a personnel user), and since when. */
  @Column({ name: 'leader_id', type: 'uuid', nullable: true }) leaderId!: string | null;
  @Column({ name: 'leader_since', type: 'timestamptz', nullable: true }) leaderSince!: Date | null;
  /** The leader's display name when they took the case or were named (null: taken before names were kept). */
  @Column({ name: 'leader_name', type: 'text', nullable: true }) leaderName!: string | null;
  /** 一人一案: marked high-risk (with the reason); such a case needs a leader and a plan before acceptance. */
  @Column({ name: 'high_risk', type: 'boolean' }) highRisk!: boolean;
  @Column({ name: 'risk_reason', type: 'text', nullable: true }) riskReason!: string | null;
  @Column({ name: 'risk_plan', type: 'jsonb', nullable: true }) riskPlan!: RiskPlanRecord | null;
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true }) mergedIntoId!: string | null;
  /** Optimistic concurrency: every change bumps it and has a ledger entry of that version. */
  @Column({ type: 'int' }) version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
