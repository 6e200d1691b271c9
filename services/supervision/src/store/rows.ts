/** Row types the stores return (most are also the resolvers' backing models: `mappers` in codegen.ts). */
import type { LetterKind, Satisfaction } from '../domain/accountability';
import type { RiskLevel, RiskRule } from '../domain/risk-rules';

export type { CaseRow, DeadlineRow } from '../domain/read-model';

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
  /** The ladder step a 督办函 is about (the step the case stalled on); null for other letters. */
  stepKey: string | null;
  stepName: string | null;
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
