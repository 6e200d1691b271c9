/**
 * Quarterly evaluation of stationed department staff. Stationed staff are under dual management
 * ("双重管理、以中心为主"): their own department employs them, but the center they sit in rates
 * them every quarter, and the rating feeds the department's own appraisal.
 *
 * Decisions:
 * - Scores are 0–100 with at most one decimal (the centers' score sheets use halves and tenths);
 *   anything finer is a typing or floating-point artefact, so it is refused rather than rounded.
 * - Quarters are calendar quarters in China Standard Time: 31 March 20:00 UTC is already Q2 at the
 *   center.
 * - A blank comment counts as none.
 */
import { ValidationErrors } from '@zz/common';

export const MIN_EVALUATION_YEAR = 2000;
export const MAX_EVALUATION_YEAR = 2100;
export const MAX_COMMENT_LENGTH = 1000;

export type Quarter = 1 | 2 | 3 | 4;

export interface EvaluationInput {
  staffId: string;
  year: number;
  quarter: number;
  score: number;
  comment?: string | null;
}

export interface NormalisedEvaluation {
  staffId: string;
  year: number;
  quarter: Quarter;
  score: number;
  comment: string | null;
}

export type EvaluationGrade = '优秀' | '良好' | '合格' | '不合格';

const CST_OFFSET_MS = 8 * 3600_000;
const length = (s: string) => [...s].length;

/** Validates an evaluation; throws one BAD_USER_INPUT listing every bad field (`input.score` …). */
export function validateEvaluation(input: EvaluationInput): NormalisedEvaluation {
  const errors = new ValidationErrors();

  const staffId = (input.staffId ?? '').trim();
  if (!staffId) errors.add('input.staffId', '请选择被考核人员');

  if (!Number.isInteger(input.year) || input.year < MIN_EVALUATION_YEAR || input.year > MAX_EVALUATION_YEAR) {
    errors.add('input.year', `年度须为 ${MIN_EVALUATION_YEAR}–${MAX_EVALUATION_YEAR} 之间的整数`);
  }
  if (!Number.isInteger(input.quarter) || input.quarter < 1 || input.quarter > 4) {
    errors.add('input.quarter', '季度须为 1–4');
  }

  const score = input.score;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
    errors.add('input.score', '得分须在 0–100 之间');
  } else if (!hasAtMostOneDecimal(score)) {
    errors.add('input.score', '得分最多保留一位小数');
  }

  const comment = input.comment?.trim() || null;
  if (comment !== null && length(comment) > MAX_COMMENT_LENGTH) {
    errors.add('input.comment', `评语不能超过 ${MAX_COMMENT_LENGTH} 字`);
  }

  errors.throwIfAny();
  // Snap to the nearest tenth, so 72.30000000000001 from a float computation is stored as 72.3.
  return { staffId, year: input.year, quarter: input.quarter as Quarter, score: Math.round(score * 10) / 10, comment };
}

function hasAtMostOneDecimal(n: number): boolean {
  const tenths = n * 10;
  return Math.abs(tenths - Math.round(tenths)) < 1e-6;
}

/** The calendar quarter an instant falls in, judged in China Standard Time. */
export function quarterOf(date: Date): { year: number; quarter: Quarter } {
  const local = new Date(date.getTime() + CST_OFFSET_MS);
  return { year: local.getUTCFullYear(), quarter: (Math.floor(local.getUTCMonth() / 3) + 1) as Quarter };
}

/** 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, otherwise 不合格. */
export function grade(score: number): EvaluationGrade {
  // Scores are validated on the way in; one outside 0–100 here is a bug, not a grade.
  if (!Number.isFinite(score) || score < 0 || score > 100) throw new RangeError(`score out of range: ${score}`);
  if (score >= 90) return '优秀';
  if (score >= 80) return '良好';
  if (score >= 60) return '合格';
  return '不合格';
}
