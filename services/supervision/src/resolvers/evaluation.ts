/** Query / Mutation results of evaluation, accountability and 以案定补, shaped for the schema (no store row stands for them). */
import { DISPUTE_TYPES } from '@zz/common';
import type { SubjectKind } from '../domain/accountability-ledger';
import { GRADE_LABELS, type EvaluationEntry } from '../domain/evaluation';
import { rateFor } from '../domain/subsidy';
import type { AccountabilityRecordModel } from '../service/accountability-service';
import type { EvaluationQuarterModel } from '../service/evaluation-service';
import type { SubsidyReportModel } from '../service/subsidy-service';

const subjectRefs = (kind: SubjectKind, id: string) => ({
  department: kind === 'DEPARTMENT' ? { __typename: 'Department' as const, id } : null,
  mediator: kind === 'MEDIATOR' ? { __typename: 'Mediator' as const, id } : null,
});

const entry = (kind: SubjectKind) => (e: EvaluationEntry) => ({
  subjectKind: kind,
  ...subjectRefs(kind, e.subjectId),
  rank: e.rank,
  score: e.score,
  gradeLabel: GRADE_LABELS[e.grade],
  bottom: e.bottom,
  accepted: e.accepted,
  items: e.items.map((i) => ({ ...i })),
});

export function evaluationQuarterResult(q: EvaluationQuarterModel) {
  return {
    year: q.year,
    quarter: q.quarter,
    frozen: q.frozen,
    frozenAt: q.frozenAt,
    letterDeduction: q.policy.letterDeduction,
    bottomCount: q.policy.bottomCount,
    departments: q.departments.map(entry('DEPARTMENT')),
    mediators: q.mediators.map(entry('MEDIATOR')),
  };
}

export function accountabilityRecordResult(r: AccountabilityRecordModel) {
  return {
    ...r,
    ...subjectRefs(r.subjectKind, r.subjectId),
    cases: r.cases.map((c) => ({ case: { __typename: 'Case' as const, id: c.caseId }, caseCode: c.code, ratedAt: c.at, inYear: c.inYear })),
  };
}

export function subsidyReportResult(r: SubsidyReportModel) {
  return {
    month: r.month,
    mediators: r.mediators.map((m) => ({ ...m, mediator: { __typename: 'Mediator' as const, id: m.mediatorId }, lines: [...m.lines] })),
    handled: r.mediators.reduce((n, m) => n + m.handled, 0),
    closed: r.mediators.reduce((n, m) => n + m.closed, 0),
    amount: r.mediators.reduce((n, m) => n + m.amount, 0),
    rates: DISPUTE_TYPES.map((type) => ({ type, rate: rateFor(r.policy, type) })),
  };
}
