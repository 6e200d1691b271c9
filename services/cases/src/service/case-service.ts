/**
 * The use cases of the cases subgraph, one entry for the resolvers and the demo seed. Each takes the
 * caller (`Actor`) and its input and lives with the others of its stage; they share the path every
 * change takes (case-changes.ts: role → jurisdiction → grant on the case → version → domain decision →
 * lookups → one transaction with its ledger entry, step visits and dispatch event).
 */
import type { CaseEntity } from '../store/entities/case.entity';
import type { ConsultationEntity } from '../store/entities/consultation.entity';
import type { MediationSessionEntity } from '../store/entities/mediation-session.entity';
import type { SessionInput } from '../domain/mediation-session';
import type { Complexity } from '../domain/complexity';
import type { DuplicateCheckInput, DuplicateMatch } from '../domain/duplicates';
import type { IntakeInput } from '../domain/intake';
import type { CenterLevel, Ladder } from '../domain/ladder';
import type { AssignInput, MergeInput, OutcomeInput, RerouteInput } from '../domain/assignment';
import { type Actor, type At, CaseChanges } from './case-changes';
import * as intakes from './intake-service';
import * as routing from './routing-service';
import * as mediation from './mediation-service';
import * as escalation from './escalation-service';
import * as closing from './closing-service';
import * as consultations from './consultation-service';
import * as sessions from './session-service';
import * as merging from './merge-service';
import * as modes from './mode-service';
import * as leaders from './leader-service';
import * as risks from './risk-service';
import * as confirmations from './confirmation-service';
import type { JudicialConfirmationEntity } from '../store/entities/judicial-confirmation.entity';
import * as policies from './policy-service';
import * as meetings from './meeting-service';
import type { CenterMeetingEntity } from '../store/entities/center-meeting.entity';
import type { RecordInput, ScheduleInput } from '../domain/center-meeting';
import type { CountyPolicyVersion } from '../domain/policy-versions';
import type { RiskPlanInput } from '../domain/risk-plan';
import type { ModeChangeInput } from '../domain/resolution-mode';

export { type Actor, type At, stateOf } from './case-changes';

export class CaseService extends CaseChanges {
  // 一窗受理
  intake(actor: Actor, input: IntakeInput, opts?: At): Promise<CaseEntity> {
    return intakes.intake(this, actor, input, opts);
  }
  checkDuplicates(actor: Actor, input: DuplicateCheckInput): Promise<DuplicateMatch[]> {
    return intakes.checkDuplicates(this, actor, input);
  }

  // 分流交办
  accept(actor: Actor, id: string, complexity: Complexity, opts?: At): Promise<CaseEntity> {
    return routing.accept(this, actor, id, complexity, opts);
  }
  reject(actor: Actor, id: string, reason: string, routeToLevel: CenterLevel | null | undefined, opts?: At): Promise<CaseEntity> {
    return routing.reject(this, actor, id, reason, routeToLevel, opts);
  }
  assign(actor: Actor, input: AssignInput, opts?: At): Promise<CaseEntity> {
    return routing.assign(this, actor, input, opts);
  }
  reroute(actor: Actor, input: RerouteInput, opts?: At): Promise<CaseEntity> {
    return routing.reroute(this, actor, input, opts);
  }

  // 调解
  startMediation(actor: Actor, id: string, opts?: At): Promise<CaseEntity> {
    return mediation.startMediation(this, actor, id, opts);
  }
  recordOutcome(actor: Actor, input: OutcomeInput, opts?: At): Promise<CaseEntity> {
    return mediation.recordOutcome(this, actor, input, opts);
  }
  recordSession(actor: Actor, input: SessionInput & { caseId: string }, opts?: At): Promise<MediationSessionEntity> {
    return sessions.recordSession(this, actor, input, opts);
  }

  // 上行
  escalate(actor: Actor, id: string, reason: string, opts?: At): Promise<CaseEntity> {
    return escalation.escalate(this, actor, id, reason, opts);
  }

  // 分流、办结、撤回、重新办理
  refer(actor: Actor, id: string, route: string, note: string | null | undefined, opts?: At): Promise<CaseEntity> {
    return closing.refer(this, actor, id, route, note, opts);
  }
  close(actor: Actor, id: string, note: string | null | undefined, opts?: At): Promise<CaseEntity> {
    return closing.close(this, actor, id, note, opts);
  }
  withdraw(actor: Actor, id: string, reason: string | null | undefined, opts?: At): Promise<CaseEntity> {
    return closing.withdraw(this, actor, id, reason, opts);
  }
  reopen(actor: Actor, id: string, reason: string, opts?: At): Promise<CaseEntity> {
    return closing.reopen(this, actor, id, reason, opts);
  }

  // 联合会商
  openConsultation(actor: Actor, input: { caseId: string; departmentIds: string[]; topic: string }, opts?: At): Promise<ConsultationEntity> {
    return consultations.openConsultation(this, actor, input, opts);
  }
  decideConsultation(actor: Actor, input: Parameters<typeof consultations.decideConsultation>[2], opts?: At): Promise<ConsultationEntity> {
    return consultations.decideConsultation(this, actor, input, opts);
  }

  // 合并
  merge(actor: Actor, input: MergeInput, opts?: At): Promise<CaseEntity> {
    return merging.merge(this, actor, input, opts);
  }

  // 化解方式
  changeResolutionMode(actor: Actor, input: ModeChangeInput, opts?: At): Promise<CaseEntity> {
    return modes.changeMode(this, actor, input, opts);
  }

  // 领导包案
  takeCase(actor: Actor, id: string, note: string | null | undefined, opts?: At): Promise<CaseEntity> {
    return leaders.takeCase(this, actor, id, note, opts);
  }
  assignCaseLeader(actor: Actor, input: leaders.DesignateLeaderInput, opts?: At): Promise<CaseEntity> {
    return leaders.assignCaseLeader(this, actor, input, opts);
  }

  // 司法确认
  applyJudicialConfirmation(actor: Actor, input: Parameters<typeof confirmations.applyJudicialConfirmation>[2], opts?: At): Promise<JudicialConfirmationEntity> {
    return confirmations.applyJudicialConfirmation(this, actor, input, opts);
  }
  decideJudicialConfirmation(actor: Actor, input: Parameters<typeof confirmations.decideJudicialConfirmation>[2], opts?: At): Promise<JudicialConfirmationEntity> {
    return confirmations.decideJudicialConfirmation(this, actor, input, opts);
  }

  // 一人一案
  markHighRisk(actor: Actor, input: { caseId: string; reason: string }, opts?: At): Promise<CaseEntity> {
    return risks.markHighRisk(this, actor, input, opts);
  }
  recordRiskPlan(actor: Actor, input: RiskPlanInput, opts?: At): Promise<CaseEntity> {
    return risks.recordRiskPlan(this, actor, input, opts);
  }

  // 周例会、月研判
  scheduleMeeting(actor: Actor, input: ScheduleInput, opts?: At): Promise<CenterMeetingEntity> {
    return meetings.scheduleMeeting(this, actor, input, opts);
  }
  recordMeeting(actor: Actor, input: RecordInput & { id: string }, opts?: At): Promise<CenterMeetingEntity> {
    return meetings.recordMeeting(this, actor, input, opts);
  }
  cancelMeeting(actor: Actor, id: string, reason: string, opts?: At): Promise<CenterMeetingEntity> {
    return meetings.cancelMeeting(this, actor, id, reason, opts);
  }
  meeting(actor: Actor, id: string): Promise<CenterMeetingEntity | null> {
    return meetings.meetingById(this, actor, id);
  }
  meetings(actor: Actor, args: meetings.MeetingListArgs, maxFirst: number): Promise<meetings.MeetingPage> {
    return meetings.listMeetings(this, actor, args, maxFirst);
  }

  // 时限与阶梯配置（按县、分版本）
  currentLadder(actor: Actor): Promise<Ladder> {
    return policies.currentLadder(this, actor);
  }
  countyPolicy(actor: Actor, countyCode: string): Promise<CountyPolicyVersion | null> {
    return policies.countyPolicy(this, actor, countyCode);
  }
  countyPolicyVersions(actor: Actor, countyCode: string): Promise<CountyPolicyVersion[]> {
    return policies.countyPolicyVersions(this, actor, countyCode);
  }
  updateCountyPolicy(actor: Actor, input: policies.UpdateCountyPolicyInput, opts?: At): Promise<CountyPolicyVersion> {
    return policies.updateCountyPolicy(this, actor, input, opts);
  }
}
