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
  /** The issuing center (大埔县综治中心); null on letters written before documents. */
  issuer: string | null;
  /** A free-text addressee where it is not a department (a 反馈单 goes back to the issuing center). */
  addressee: string | null;
  /** Rendered from the kind's template at issue (domain/documents.ts); null on older letters. */
  title: string | null;
  body: string | null;
  templateVersion: number | null;
  /** When the answer is due (kinds that expect one); null: no answer expected. */
  dueAt: Date | null;
  answeredAt: Date | null;
  /** The answer's text (the 反馈单's). */
  answer: string | null;
  /** The user who recorded the answer; null when the case's outcome answered it. */
  answeredBy: string | null;
  /** The 反馈单 that closed this letter. */
  answerLetterId: string | null;
  /** On a 反馈单: the letter it answers. */
  answersLetterId: string | null;
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
  /** The case's lead mediator at the visit: the person an unsatisfied rating counts against. */
  mediatorId?: string | null;
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
