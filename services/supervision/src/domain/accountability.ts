/**
 * Follow-up visits (回访), the accountability they feed (3 unsatisfied → 约谈, 5 → 不得评为平安建设先进)
 * and the numbering of supervision documents (交办单、反馈单、督办函、工作提示函、风险预警函).
 *
 * Decisions:
 * - A follow-up is recorded only once the case is RESOLVED or CLOSED. A REFERRED case is still
 *   pending before an arbitration body or a court; it is visited once it is closed.
 * - An UNSATISFIED rating needs a comment: it counts against a department, so the reason must be on
 *   record for the 约谈.
 * - Comment length is counted in characters (code points), not UTF-16 units, as a user counts them.
 */
import { SATISFACTIONS, ValidationErrors, badInput, conflict, enumValues, type Satisfaction } from '@zz/common';
import type { LetterKind as SdlLetterKind } from '../generated/resolvers-types';
import type { CaseStatus } from './stats';

export { SATISFACTIONS, type Satisfaction };

export const SATISFACTION_NAMES: Readonly<Record<Satisfaction, string>> = Object.freeze({
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
});

/** A rating that counts as satisfied in the statistics (满意率). */
export const isSatisfied = (rating: Satisfaction | null): boolean => rating === 'SATISFIED' || rating === 'BASICALLY_SATISFIED';

export const FOLLOW_UP_COMMENT_MAX = 1000;

/** Statuses after which a case can be visited. */
export const FOLLOW_UP_STATUSES: readonly CaseStatus[] = ['RESOLVED', 'CLOSED'];

export interface FollowUpInput {
  readonly caseStatus: CaseStatus;
  readonly rating: Satisfaction;
  readonly comment?: string | null;
}

export interface ValidFollowUp {
  readonly rating: Satisfaction;
  /** Trimmed; null when blank. */
  readonly comment: string | null;
}

/**
 * Checks a follow-up before it is written. CONFLICT when the case is not (yet) resolved or closed —
 * checked first, since no correction of the form can help then; otherwise BAD_USER_INPUT listing
 * every problem of the form. Returns the values to store.
 */
export function validateFollowUp(input: FollowUpInput): ValidFollowUp {
  if (!FOLLOW_UP_STATUSES.includes(input.caseStatus)) {
    throw conflict('案件尚未化解或办结，不能回访');
  }
  const errors = new ValidationErrors();
  const rating = input.rating;
  if (!(SATISFACTIONS as readonly string[]).includes(rating)) errors.add('rating', '满意度必须是满意、基本满意或不满意');

  let comment: string | null = null;
  if (input.comment !== undefined && input.comment !== null) {
    if (typeof input.comment !== 'string') errors.add('comment', '回访意见必须是文字');
    else {
      const trimmed = input.comment.trim();
      comment = trimmed === '' ? null : trimmed;
      if ([...trimmed].length > FOLLOW_UP_COMMENT_MAX) errors.add('comment', `回访意见不能超过 ${FOLLOW_UP_COMMENT_MAX} 字`);
    }
  }
  if (rating === 'UNSATISFIED' && comment === null && !errors.problems.some((p) => p.field === 'comment')) {
    errors.add('comment', '评价为不满意时须填写回访意见（不满意的原因）');
  }
  errors.throwIfAny();
  return { rating, comment };
}

export interface AccountabilityThresholds {
  /** Unsatisfied ratings (cumulative, in the year) from which the department is summoned (约谈). */
  readonly summonAt: number;
  /** Unsatisfied ratings from which it cannot be rated 平安建设先进 that year. */
  readonly barAt: number;
}

export const DEFAULT_ACCOUNTABILITY_THRESHOLDS: AccountabilityThresholds = Object.freeze({ summonAt: 3, barAt: 5 });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPositiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

/** Validates a county's thresholds (JSON text or parsed value), merged over 3 / 5. */
export function parseAccountabilityThresholds(json: unknown): AccountabilityThresholds {
  if (json === undefined || json === null) return DEFAULT_ACCOUNTABILITY_THRESHOLDS;
  let raw: unknown = json;
  if (typeof json === 'string') {
    if (json.trim() === '') return DEFAULT_ACCOUNTABILITY_THRESHOLDS;
    try {
      raw = JSON.parse(json);
    } catch {
      throw badInput('问责阈值配置不是合法的 JSON', 'accountability');
    }
  }
  if (!isRecord(raw)) throw badInput('问责阈值配置必须是对象', 'accountability');
  const errors = new ValidationErrors();
  for (const key of Object.keys(raw)) {
    if (key !== 'summonAt' && key !== 'barAt') errors.add(`accountability.${key}`, `未知的配置项「${key}」`);
  }
  const merged = { ...DEFAULT_ACCOUNTABILITY_THRESHOLDS };
  for (const key of ['summonAt', 'barAt'] as const) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    if (!isPositiveInt(value)) errors.add(`accountability.${key}`, '阈值必须是正整数');
    else merged[key] = value;
  }
  // Being barred without ever having been summoned would skip the talk the rule means to come first.
  if (merged.barAt < merged.summonAt) errors.add('accountability.barAt', '取消评先资格的阈值不能小于约谈阈值');
  errors.throwIfAny();
  return Object.freeze(merged);
}

export type AccountabilityStatus = '正常' | '约谈' | '取消评先资格';

export interface Accountability {
  readonly unsatisfied: number;
  /** 约谈 */
  readonly summoned: boolean;
  /** 不得评为平安建设先进 */
  readonly barred: boolean;
  /** The most severe consequence reached. */
  readonly status: AccountabilityStatus;
}

export function accountabilityFor(
  unsatisfiedCount: number,
  thresholds: AccountabilityThresholds = DEFAULT_ACCOUNTABILITY_THRESHOLDS,
): Accountability {
  if (!Number.isInteger(unsatisfiedCount) || unsatisfiedCount < 0) {
    throw badInput('不满意次数必须是非负整数', 'unsatisfiedCount');
  }
  const summoned = unsatisfiedCount >= thresholds.summonAt;
  const barred = unsatisfiedCount >= thresholds.barAt;
  return { unsatisfied: unsatisfiedCount, summoned, barred, status: barred ? '取消评先资格' : summoned ? '约谈' : '正常' };
}

export const LETTER_KINDS = enumValues<SdlLetterKind>()(['ASSIGNMENT', 'FEEDBACK', 'SUPERVISION', 'REMINDER', 'RISK_WARNING', 'ACCEPTANCE_NOTICE']);
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_KIND_NAMES: Readonly<Record<LetterKind, string>> = Object.freeze({
  ASSIGNMENT: '交办单',
  FEEDBACK: '反馈单',
  SUPERVISION: '督办函',
  REMINDER: '工作提示函',
  RISK_WARNING: '风险预警函',
  ACCEPTANCE_NOTICE: '受理告知单',
});

/** The one-character 代字 of each kind in a document number. */
export const LETTER_KIND_CODES: Readonly<Record<LetterKind, string>> = Object.freeze({
  ASSIGNMENT: '交',
  FEEDBACK: '反',
  SUPERVISION: '督',
  REMINDER: '提',
  RISK_WARNING: '警',
  ACCEPTANCE_NOTICE: '受',
});

/**
 * A document number (发文字号) in the GB/T 9704-2012 style: 机关代字 + kind 代字, the full year in
 * 六角括号 〔〕, the sequence without leading zeros (不编虚位), then 号 — e.g.
 * letterNumber('SUPERVISION', 2026, 17, '大埔综治') = '大埔综治督〔2026〕17号'.
 * Sequences run per prefix, kind and year (see letterSequenceKey); the caller allocates them.
 */
export function letterNumber(kind: LetterKind, year: number, seq: number, prefix: string): string {
  const errors = new ValidationErrors();
  if (!(LETTER_KINDS as readonly string[]).includes(kind)) errors.add('kind', `未知的文书类型「${String(kind)}」`);
  if (!Number.isInteger(year) || year < 2000 || year > 2999) errors.add('year', '年份必须是四位数');
  if (!isPositiveInt(seq)) errors.add('seq', '序号必须是正整数');
  const p = typeof prefix === 'string' ? prefix.trim() : '';
  if (p === '' || /\s|[〔〕]/.test(p)) errors.add('prefix', '机关代字不能为空，且不能含空白或六角括号');
  errors.throwIfAny();
  return `${p}${LETTER_KIND_CODES[kind]}〔${year}〕${seq}号`;
}

/** The counter a letter's sequence number is drawn from: one per prefix, kind and year. */
export function letterSequenceKey(kind: LetterKind, year: number, prefix: string): string {
  return `${prefix.trim()}|${kind}|${year}`;
}
