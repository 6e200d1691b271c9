/** Row types the stores return (and the resolvers' backing models, see `mappers` in codegen.ts). */
import type { LetterKind, Satisfaction } from '../domain/accountability';
import type { Complexity } from '@zz/common';
import type { RiskLevel, RiskRule } from '../domain/risk-rules';
import type { CaseStatus, Measures } from '../domain/stats';

export type { CaseRow } from '../domain/read-model';

export interface DeadlineRow {
  caseId: string;
  regionCode: string;
  startedAt: Date;
  complexity: Complexity;
  deadlineAt: Date;
  warningAt: Date;
  warnedAt: Date | null;
  overdueAt: Date | null;
  open: boolean;
  settledAt: Date | null;
}

export interface LetterRow {
  id: string;
  number: string;
  prefix: string;
  kind: LetterKind;
  year: number;
  seq: number;
  caseId: string;
  regionId: string;
  regionCode: string;
  toDepartmentId: string | null;
  issuedAt: Date;
  issuedBy: string | null;
  automatic: boolean;
  trigger: string | null;
  note: string | null;
}

export interface FollowUpRow {
  id: string;
  caseId: string;
  round: number;
  rating: Satisfaction;
  comment: string | null;
  at: Date;
  recordedBy: string | null;
  regionCode: string;
  departmentId: string | null;
}

export interface RiskHitRow {
  id: string;
  dedupeKey: string;
  caseId: string;
  rule: RiskRule;
  level: RiskLevel;
  reason: string;
  raisedAt: Date;
  regionCode: string;
  letterId: string | null;
}

/** What `Case.supervision` is computed from: the read-model row (or the latest snapshot) and its deadline. */
export interface SupervisionView {
  caseId: string;
  regionCode: string;
  status: CaseStatus;
  /** false when the case is not in the read model yet and was read from the log. */
  tracked: boolean;
  deadlineStarted: boolean;
  /** The deadline runs (case being handled). */
  running: boolean;
  startedAt: Date | null;
  deadlineAt: Date;
  warningAt: Date;
  warnedAt: Date | null;
  overdueAt: Date | null;
  /** Sticky overdue flag of the read model (ran past a deadline at some point). */
  overdueFlag: boolean;
}

/** A federated Case reference. */
export interface CaseRef {
  id: string;
}

/** Stats.byRegion's entry: the measures of a child region (key = its code, '' = the queried region itself). */
export interface RegionStatsModel extends Measures<string> {
  /** The queried region (id and code): the entry's region when `key` is ''; its children's parent otherwise. */
  parentRegionId: string;
  parentCode: string;
}
