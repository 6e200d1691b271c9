/**
 * The topic map of the log: every kind and the shape of its `data`, as the services write it.
 * appendEvents checks each event's `data` against its kind at compile time, and readers narrow a
 * StoredEvent's `data` by checking `kind`. Payloads only ever gain optional fields: partners and
 * supervision's read model read events written years ago.
 */
import type { CaseEventData } from './case-snapshot';

/**
 * The kinds, in the order of the DispatchEventKind enum of the supervision subgraph's SDL (a unit test
 * holds them equal: the package sits below the services, so it cannot import their generated types).
 */
export const DISPATCH_EVENT_KINDS = [
  'CASE_RECEIVED', 'CASE_ACCEPTED', 'CASE_ASSIGNED', 'CASE_REROUTED', 'MEDIATION_STARTED', 'MEDIATION_FAILED',
  'CASE_ESCALATED', 'CASE_RESOLVED', 'CASE_REFERRED', 'CASE_CLOSED', 'CASE_REJECTED', 'CASE_WITHDRAWN',
  'CASE_REOPENED', 'CASE_MERGED', 'CONSULTATION_OPENED', 'MEDIATION_SESSION_HELD', 'DEADLINE_WARNING', 'CASE_OVERDUE', 'SUPERVISION_LETTER',
  'RISK_WARNING', 'FOLLOW_UP_RECORDED', 'PATROL_TASK_DISPATCHED', 'PATROL_TASK_COMPLETED', 'GRID_REPORT',
  'GRID_REPORT_SETTLED', 'GRID_REPORT_CONVERTED', 'APPOINTMENT_BOOKED', 'APPOINTMENT_CANCELLED',
  'CASE_RESOLUTION_MODE_CHANGED', 'CASE_LEADER_ASSIGNED', 'COUNTY_POLICY_CHANGED', 'LETTER_ANSWERED', 'JUDICIAL_CONFIRMATION_APPLIED', 'JUDICIAL_CONFIRMATION_DECIDED',
  'KEY_PERSON_VISIT_OVERDUE', 'KEY_PERSON_RISK_WARNING', 'ROTA_CHANGED',
] as const;
export type DispatchEventKind = (typeof DISPATCH_EVENT_KINDS)[number];

/** The kinds the cases subgraph writes: each carries the case snapshot after the change. */
export const CASE_EVENT_KINDS = [
  'CASE_RECEIVED', 'CASE_ACCEPTED', 'CASE_ASSIGNED', 'CASE_REROUTED', 'MEDIATION_STARTED', 'MEDIATION_FAILED',
  'CASE_ESCALATED', 'CASE_RESOLVED', 'CASE_REFERRED', 'CASE_CLOSED', 'CASE_REJECTED', 'CASE_WITHDRAWN',
  'CASE_REOPENED', 'CASE_MERGED', 'CONSULTATION_OPENED', 'CASE_RESOLUTION_MODE_CHANGED', 'CASE_LEADER_ASSIGNED', 'MEDIATION_SESSION_HELD',
  'JUDICIAL_CONFIRMATION_APPLIED', 'JUDICIAL_CONFIRMATION_DECIDED',
] as const satisfies readonly DispatchEventKind[];
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/** Every payload may carry a free-text note: it is DispatchEvent.note. */
interface Noted {
  note?: string | null;
}

/** The deadline scheduler's alerts (supervision). */
export interface DeadlineAlertData extends Noted {
  caseCode: string;
  deadlineAt: string;
  warningAt: string;
  leadDepartmentId: string | null;
  /** The ladder step whose time limit this is (absent when the complexity deadline applies). */
  stepKey?: string;
  stepName?: string;
}

export interface SupervisionLetterData extends Noted {
  letterId: string;
  number: string;
  letterKind: string;
  toDepartmentId: string | null;
  caseCode: string;
  automatic: boolean;
  /** The ladder step a 督办函 for a stalled step names. */
  stepKey?: string;
  stepName?: string | null;
  /** When the answer is due (交办单, 督办函, 工作提示函, 风险预警函). */
  dueAt?: string;
  /** On a 反馈单: the letter it closes. */
  answersLetterId?: string;
}

/** A letter's 反馈单 recorded by hand (the answer's text stays out of the log: a party may be named in it). */
export interface LetterAnsweredData extends Noted {
  /** The 反馈单. */
  letterId: string;
  number: string;
  answeredLetterId: string;
  answeredNumber: string;
  answeredKind: string;
  /** The department that answered (the letter's addressee); null when the center handles the case itself. */
  departmentId: string | null;
  caseCode: string;
  /** Answered after the due date. */
  late: boolean;
}

export interface RiskWarningData extends Noted {
  riskWarningId: string;
  rule: string;
  /** The rule's Chinese name (absent on warnings raised before it was carried). */
  ruleName?: string;
  level: string;
  reason: string;
  /** The warning letter, when one was issued. */
  letterId: string | null;
  number: string | null;
  caseCode: string;
  /**
   * The case's party keys (the hashes of CaseSnapshot.partyKeys, never a raw identifier): grid finds the
   * key persons the warning concerns by them. Absent on warnings raised before they were carried.
   */
  partyKeys?: string[];
}

/** The resident's comment is never here: partners read the log, and residents' words may be personal. */
export interface FollowUpData extends Noted {
  followUpId: string;
  rating: string;
  caseCode: string;
  departmentId: string | null;
}

export interface PatrolDispatchedData extends Noted {
  gridId: string;
  title: string;
  dueAt: string;
}

export interface PatrolCompletedData extends Noted {
  gridId: string;
  late: boolean;
}

export interface GridReportData extends Noted {
  gridId: string;
  gridName: string;
  category: string;
  status: string;
}

/**
 * A key person's visit went past its plan (the grid's watch). No name: the board's subscribers include
 * roles that may not read key persons; the record's id lets those who may look it up.
 */
export interface KeyPersonVisitOverdueData extends Noted {
  keyPersonId: string;
  gridId: string;
  tier: string;
  dueAt: string;
}

/**
 * A risk warning concerns a key person (grid matched the case's party keys with the record's): their
 * 三级预警 tier, raised to the warning's level when that is higher. Like the overdue visit it names the
 * tier and the grid, never the person; DispatchEvent.keyPerson names them for those who may read them.
 */
export interface KeyPersonRiskData extends Noted {
  keyPersonId: string;
  gridId: string;
  riskWarningId: string;
  rule: string;
  level: string;
  tierBefore: string;
  tier: string;
  raised: boolean;
  caseCode: string;
}

/** A center's stationing, windows or monthly rota changed (personnel); staff are never named. */
export interface RotaChangedData extends Noted {
  centerId: string;
  change: 'ROTA_PLANNED' | 'ROTA_REMOVED' | 'STATIONING_SET' | 'WINDOW_SET';
  departmentId: string | null;
  windowNumber: number | null;
  year: number | null;
  month: number | null;
}

export interface GridReportSettledData extends Noted {
  gridId: string;
}

export interface GridReportConvertedData extends Noted {
  gridId: string;
  caseId: string;
  complexity: string | null;
}

/** What dispatch needs of an appointment, no contact data. */
export interface AppointmentData extends Noted {
  appointment: { id: string; mediatorId: string; caseId: string | null; startsAt: string; endsAt: string; status: string };
}

export interface AppointmentCancelledData extends AppointmentData {
  reason: string | null;
}

/**
 * A county's new policy version (cases subgraph, updateCountyPolicy): the rules in full, so supervision
 * keeps its own copy of every version and computes a case's deadlines under the version the case was
 * accepted under (CaseSnapshot.policyVersion). Configuration only: no party data; `note` is the reason.
 */
export interface CountyPolicyChangedData extends Noted {
  countyCode: string;
  version: number;
  rules: {
    ladder: { name: string; steps: { key: string; name: string; level: string; centerLevel: string; days: number | null }[] };
    deadlinePolicy: { days: Record<string, number>; workingDays: boolean; warningShare: number };
    calendar: { holidays: string[]; extraWorkdays: string[] };
    consultation: { requiredKinds: string[] };
  };
}

type CasePayloads = { [K in CaseEventKind]: CaseEventData };

/** kind → the type of its `data`. Adding a kind: add it to DISPATCH_EVENT_KINDS (and the SDL enum) and here. */
export interface EventPayloads extends CasePayloads {
  DEADLINE_WARNING: DeadlineAlertData;
  CASE_OVERDUE: DeadlineAlertData;
  SUPERVISION_LETTER: SupervisionLetterData;
  LETTER_ANSWERED: LetterAnsweredData;
  RISK_WARNING: RiskWarningData;
  FOLLOW_UP_RECORDED: FollowUpData;
  PATROL_TASK_DISPATCHED: PatrolDispatchedData;
  PATROL_TASK_COMPLETED: PatrolCompletedData;
  GRID_REPORT: GridReportData;
  GRID_REPORT_SETTLED: GridReportSettledData;
  GRID_REPORT_CONVERTED: GridReportConvertedData;
  APPOINTMENT_BOOKED: AppointmentData;
  APPOINTMENT_CANCELLED: AppointmentCancelledData;
  COUNTY_POLICY_CHANGED: CountyPolicyChangedData;
  KEY_PERSON_VISIT_OVERDUE: KeyPersonVisitOverdueData;
  KEY_PERSON_RISK_WARNING: KeyPersonRiskData;
  ROTA_CHANGED: RotaChangedData;
}

// Compile-time: the map has exactly the kinds of the list (a kind without a payload type, or a payload
// for a kind that is not in the list, fails the typecheck here).
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const mapCoversKinds: Exactly<keyof EventPayloads, DispatchEventKind> = true;
void mapCoversKinds;
