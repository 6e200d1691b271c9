/**
 * Accountability of departments AND persons (seed 004: 对回访结果累计3次不满意的部门和个人实行约谈，
 * 累计5次的不能评为平安建设先进单位) and the 约谈 record.
 *
 * Decisions:
 * - 约谈 counts cumulatively: every unsatisfied visit up to the end of the year asked about (so a year's
 *   answer does not change when a later year's visits come in); 取消评先 counts the year's visits,
 *   since 评先 is a yearly title. Both thresholds are the county's (`accountability.summonAt/barAt`).
 * - The person is the case's lead mediator (主办) at the visit, as the department is its lead
 *   department at the visit: a later reassignment does not move a rating to someone else.
 * - A 约谈 record names who held the talk (free text: 县综治中心常务副主任 张国平), when (not in the
 *   future) and the outcome; it keeps the cumulative count at the time, which later visits do not change.
 */
import { ValidationErrors } from '@zz/common';
import type { AccountabilityThresholds } from './accountability';

export const SUBJECT_KINDS = ['DEPARTMENT', 'MEDIATOR'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export type LedgerStatus = '正常' | '约谈' | '取消评先资格';

export interface LedgerStanding {
  /** Unsatisfied visits in the year (取消评先). */
  readonly unsatisfied: number;
  /** Unsatisfied visits up to the end of the year (约谈). */
  readonly cumulativeUnsatisfied: number;
  readonly summoned: boolean;
  readonly barred: boolean;
  readonly status: LedgerStatus;
}

export function ledgerStanding(inYear: number, cumulative: number, t: AccountabilityThresholds): LedgerStanding {
  const summoned = cumulative >= t.summonAt;
  const barred = inYear >= t.barAt;
  return { unsatisfied: inYear, cumulativeUnsatisfied: cumulative, summoned, barred, status: barred ? '取消评先资格' : summoned ? '约谈' : '正常' };
}

export const SUMMONS_TEXT_MAX = { heldBy: 50, outcome: 1000 } as const;

export interface SummonsInput {
  readonly subjectKind: string;
  readonly heldAt: Date | null;
  readonly heldBy: string | null | undefined;
  readonly outcome: string | null | undefined;
}

/** Checks a 约谈 record before anything is read or written; BAD_USER_INPUT lists every problem (fields under `input.`). */
export function validateSummons(input: SummonsInput, now: Date): { heldAt: Date; heldBy: string; outcome: string } {
  const errors = new ValidationErrors();
  if (!(SUBJECT_KINDS as readonly string[]).includes(input.subjectKind)) errors.add('input.subjectKind', '约谈对象必须是部门或个人');
  const heldAt = input.heldAt;
  if (!heldAt || Number.isNaN(heldAt.getTime())) errors.add('input.heldAt', '请填写约谈时间');
  else if (heldAt.getTime() > now.getTime() + 60_000) errors.add('input.heldAt', '约谈时间不能晚于现在');
  else if (heldAt.getUTCFullYear() < 2000) errors.add('input.heldAt', '约谈时间不正确');
  const text = (v: string | null | undefined, field: 'heldBy' | 'outcome', label: string) => {
    const t = typeof v === 'string' ? v.trim() : '';
    if (!t) errors.add(`input.${field}`, `请填写${label}`);
    else if ([...t].length > SUMMONS_TEXT_MAX[field]) errors.add(`input.${field}`, `${label}不能超过 ${SUMMONS_TEXT_MAX[field]} 字`);
    return t;
  };
  const heldBy = text(input.heldBy, 'heldBy', '约谈人');
  const outcome = text(input.outcome, 'outcome', '约谈结果');
  errors.throwIfAny();
  return { heldAt: heldAt!, heldBy, outcome };
}
