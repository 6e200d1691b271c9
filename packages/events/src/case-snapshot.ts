/**
 * What every case event in the log carries in `data.case`: the case as it stands after the change.
 * Supervision builds its read model only from these snapshots (it never reads the cases schema), so a
 * field supervision needs must be here. Additive changes only: consumers of old events rely on it.
 */
export interface CaseSnapshot {
  id: string;
  code: string;
  /**
   * Written by events before titles were left out; never now: operators write the parties' names into
   * titles (王某等14人…), and the log, which partners read and which is kept for years, holds no PII.
   * Readers take the title from the case itself, where the jurisdiction check applies.
   */
  title?: string;
  status: string;
  /** Status before this change (null on intake). */
  fromStatus: string | null;
  complexity: string | null;
  type: string;
  channel: string;
  /** Level of the handling center now (VILLAGE / TOWN / COUNTY). */
  level: string;
  regionId: string;
  regionCode: string;
  handlingCenterId: string | null;
  /** Key of the current escalation-ladder step (e.g. VILLAGE_COMMITTEE). */
  ladderStep: string | null;
  /**
   * The current ladder step's terms as the case runs under them (absent in events written before the
   * ladder deadlines): its name (村调委), when the case entered it (intake, escalation, transfer or
   * reopening: the step's clock), its working days (null at the top step, which has no step deadline)
   * and the working days of the steps above it (so the ladder's overall deadline is known in advance).
   */
  ladderStepName?: string | null;
  stepEnteredAt?: string | null;
  stepDays?: number | null;
  laterStepDays?: number | null;
  escalationCount: number;
  receivedAt: string;
  acceptedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  /** Level at which the case was resolved (for the 631 split); null until resolved. */
  resolvedLevel: string | null;
  leadDepartmentId: string | null;
  departmentIds: string[];
  /** The lead mediator (主办). */
  mediatorId: string | null;
  /** Every active mediator, lead first (主办 + 协办); absent in events written before several mediators per case. */
  mediatorIds?: string[];
  applicantCount: number;
  partyCount: number;
  /**
   * Stable, non-reversible keys of the parties (sha256 of normalised phone / id number / name+region),
   * so risk rules can find repeat parties without supervision holding personal data.
   */
  partyKeys: string[];
  amountInDispute: string | null;
  /** Incremented each time the case is reopened: a reopened case gets a fresh deadline. */
  reopenCount: number;
  /**
   * 化解方式 now (INSTANT / PROFESSIONAL / JOINT / ARBITRATION / LITIGATION / ADMINISTRATIVE_REVIEW), so the
   * board and statistics can count by mode; absent in events written before the field existed.
   */
  resolutionMode?: string;
  /** 领导包案: the leader's user id (null: none); absent in events written before the field existed. */
  leaderId?: string | null;
  /**
   * The county policy version the case runs under (0: the start configuration COUNTY_POLICY_JSON);
   * its deadline rules came with that version's COUNTY_POLICY_CHANGED. Absent in older events: 0.
   */
  policyVersion?: number;
}

export interface CaseEventData {
  case: CaseSnapshot;
  /** Free text of the change (reason, note, agreement summary). */
  note?: string | null;
  /** Kind-specific extras (e.g. referral route, consultation id, merged-into case id). */
  details?: Record<string, unknown>;
}
