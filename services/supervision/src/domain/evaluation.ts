/**
 * Quarterly evaluation (季度考核) of lead departments and lead mediators from what supervision already
 * keeps: deadlines met, cases resolved, follow-up satisfaction and 督办函 received. Weights are the
 * county's (`evaluation` in COUNTY_POLICY_JSON); the defaults below are the demo county's.
 *
 * Decisions:
 * - Cohort: the cases accepted in the quarter (Beijing time) whose lead department / lead mediator is
 *   the subject, each in its state now; a subject with no such case is not ranked. The same cohort
 *   rule as the statistics (registered in the period, state now), which is why a quarter is frozen:
 *   after the freeze the stored ranking is read, later changes do not rewrite it.
 * - 按期办理 = accepted cases never overdue / accepted; 化解办结 = resolved or closed after a resolution /
 *   accepted; 群众满意 = (满意 + 基本满意) / rated; 督办函: the item's weight minus `letterDeduction`
 *   points per 督办函 addressed to the department (for a mediator: about a case he leads) issued in the
 *   quarter, never below 0.
 * - An item with nothing to measure (no case rated yet) is left out and the others are scaled up to
 *   100, rather than giving free points or a zero nobody earned.
 * - Ranking: score descending, ties share a rank (1, 2, 2, 4), then by id for a stable order. 末位: the
 *   last `bottomCount` places — every subject whose rank is among them — and only when more subjects
 *   are ranked than that (a single department is not 末位 of itself).
 * - Scores have one decimal, like the manual `recordEvaluation`; grades use personnel's bands.
 */
import { ValidationErrors, badInput } from '@zz/common';

export const EVALUATION_ITEMS = ['onTime', 'resolved', 'satisfaction', 'letters'] as const;
export type EvaluationItemKey = (typeof EVALUATION_ITEMS)[number];

export const EVALUATION_ITEM_LABELS: Readonly<Record<EvaluationItemKey, string>> = Object.freeze({
  onTime: '按期办理',
  resolved: '化解办结',
  satisfaction: '群众满意',
  letters: '督办函',
});

export interface EvaluationPolicy {
  /** Points of each item; they need not add up to 100 (the score is scaled to 100). */
  readonly weights: Readonly<Record<EvaluationItemKey, number>>;
  /** Points taken from the 督办函 item per letter. */
  readonly letterDeduction: number;
  /** How many last places are marked 末位. */
  readonly bottomCount: number;
}

/** The demo county's weights (大埔: 按期 30, 化解 30, 满意 25, 督办 15; 3 points per 督办函; 1 末位). */
export const DEFAULT_EVALUATION_POLICY: EvaluationPolicy = Object.freeze({
  weights: Object.freeze({ onTime: 30, resolved: 30, satisfaction: 25, letters: 15 }),
  letterDeduction: 3,
  bottomCount: 1,
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonNegative = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Reads the `evaluation` section (merged over the defaults); errors name `evaluation.…`. */
export function parseEvaluationPolicy(raw: unknown): EvaluationPolicy {
  if (raw === undefined || raw === null) return DEFAULT_EVALUATION_POLICY;
  if (!isRecord(raw)) throw badInput('考核配置必须是对象', 'evaluation');
  const errors = new ValidationErrors();
  for (const key of Object.keys(raw)) {
    if (!['weights', 'letterDeduction', 'bottomCount'].includes(key)) errors.add(`evaluation.${key}`, `未知的配置项「${key}」`);
  }
  const weights: Record<EvaluationItemKey, number> = { ...DEFAULT_EVALUATION_POLICY.weights };
  if (raw.weights !== undefined) {
    if (!isRecord(raw.weights)) errors.add('evaluation.weights', '权重必须是对象');
    else {
      for (const [key, value] of Object.entries(raw.weights)) {
        if (!(EVALUATION_ITEMS as readonly string[]).includes(key)) errors.add(`evaluation.weights.${key}`, `未知的考核项「${key}」`);
        else if (!isNonNegative(value) || value > 100) errors.add(`evaluation.weights.${key}`, '权重必须是 0–100 的数');
        else weights[key as EvaluationItemKey] = value;
      }
      if (EVALUATION_ITEMS.every((k) => weights[k] === 0)) errors.add('evaluation.weights', '至少一项权重大于 0');
    }
  }
  let letterDeduction = DEFAULT_EVALUATION_POLICY.letterDeduction;
  if (raw.letterDeduction !== undefined) {
    if (!isNonNegative(raw.letterDeduction) || raw.letterDeduction > 100) errors.add('evaluation.letterDeduction', '每份督办函扣分必须是 0–100 的数');
    else letterDeduction = raw.letterDeduction;
  }
  let bottomCount = DEFAULT_EVALUATION_POLICY.bottomCount;
  if (raw.bottomCount !== undefined) {
    if (typeof raw.bottomCount !== 'number' || !Number.isInteger(raw.bottomCount) || raw.bottomCount < 0 || raw.bottomCount > 20) {
      errors.add('evaluation.bottomCount', '末位名额必须是 0–20 的整数');
    } else bottomCount = raw.bottomCount;
  }
  errors.throwIfAny();
  return Object.freeze({ weights: Object.freeze(weights), letterDeduction, bottomCount });
}

/** What a subject's cases of the quarter add up to (counted by the store). */
export interface EvaluationFacts {
  readonly subjectId: string;
  readonly accepted: number;
  readonly onTime: number;
  readonly resolved: number;
  readonly rated: number;
  readonly satisfied: number;
  readonly letters: number;
}

export interface EvaluationItem {
  readonly key: EvaluationItemKey;
  readonly label: string;
  readonly weight: number;
  /** Counted (cases on time, resolved, satisfied; letters received). */
  readonly count: number;
  /** Out of (accepted, rated); null for the letters item. */
  readonly of: number | null;
  /** count / of, four decimals; null for letters and for an item left out. */
  readonly rate: number | null;
  /** Points earned (one decimal); null when the item is left out (nothing to measure). */
  readonly points: number | null;
}

export interface EvaluationEntry {
  readonly subjectId: string;
  readonly rank: number;
  readonly score: number;
  readonly grade: EvaluationGrade;
  /** 末位 */
  readonly bottom: boolean;
  readonly accepted: number;
  readonly items: readonly EvaluationItem[];
}

export type EvaluationGrade = 'EXCELLENT' | 'GOOD' | 'PASS' | 'FAIL';
export const GRADE_LABELS: Readonly<Record<EvaluationGrade, string>> = Object.freeze({ EXCELLENT: '优秀', GOOD: '良好', PASS: '合格', FAIL: '不合格' });

/** Personnel's bands for a 0–100 score: ≥ 90 优秀, ≥ 80 良好, ≥ 60 合格. */
export function gradeOf(score: number): EvaluationGrade {
  return score >= 90 ? 'EXCELLENT' : score >= 80 ? 'GOOD' : score >= 60 ? 'PASS' : 'FAIL';
}

const round = (v: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round((v + Number.EPSILON) * f) / f;
};

/** The items and the 0–100 score of one subject. */
export function scoreOf(facts: EvaluationFacts, policy: EvaluationPolicy = DEFAULT_EVALUATION_POLICY): { score: number; items: EvaluationItem[] } {
  const w = policy.weights;
  const ratio = (count: number, of: number) => (of > 0 ? count / of : null);
  const measured: [EvaluationItemKey, number, number | null, number | null][] = [
    ['onTime', facts.onTime, facts.accepted, ratio(facts.onTime, facts.accepted)],
    ['resolved', facts.resolved, facts.accepted, ratio(facts.resolved, facts.accepted)],
    ['satisfaction', facts.satisfied, facts.rated, ratio(facts.satisfied, facts.rated)],
  ];
  const items: EvaluationItem[] = measured.map(([key, count, of, rate]) => ({
    key, label: EVALUATION_ITEM_LABELS[key], weight: w[key], count, of,
    rate: rate === null ? null : round(rate, 4),
    points: rate === null ? null : round(w[key] * rate, 1),
  }));
  const letterPoints = Math.max(0, w.letters - policy.letterDeduction * facts.letters);
  items.push({ key: 'letters', label: EVALUATION_ITEM_LABELS.letters, weight: w.letters, count: facts.letters, of: null, rate: null, points: round(letterPoints, 1) });

  // Unrounded sums, so the score does not depend on how the item points were rounded for display.
  let earned = letterPoints;
  let possible = w.letters;
  for (const [key, , , rate] of measured) {
    if (rate === null) continue;
    earned += w[key] * rate;
    possible += w[key];
  }
  return { score: possible > 0 ? round((100 * earned) / possible, 1) : 0, items };
}

/** Scores and ranks subjects (those with accepted cases), marking the 末位. */
export function rankSubjects(all: readonly EvaluationFacts[], policy: EvaluationPolicy = DEFAULT_EVALUATION_POLICY): EvaluationEntry[] {
  const scored = all
    .filter((f) => f.accepted > 0)
    .map((f) => ({ facts: f, ...scoreOf(f, policy) }))
    .sort((a, b) => b.score - a.score || (a.facts.subjectId < b.facts.subjectId ? -1 : a.facts.subjectId > b.facts.subjectId ? 1 : 0));
  const ranks: number[] = [];
  scored.forEach((s, i) => ranks.push(i > 0 && s.score === scored[i - 1].score ? ranks[i - 1] : i + 1));
  const n = scored.length;
  const marksBottom = policy.bottomCount > 0 && n > policy.bottomCount;
  // The rank that opens the last `bottomCount` places: every subject ranked there or below is 末位
  // (ties included) — unless that is rank 1: when all share the top there is no last place.
  const opening = marksBottom ? ranks[n - policy.bottomCount] : Infinity;
  const bottomFrom = opening > 1 ? opening : Infinity;
  return scored.map((s, i) => ({
    subjectId: s.facts.subjectId,
    rank: ranks[i],
    score: s.score,
    grade: gradeOf(s.score),
    bottom: ranks[i] >= bottomFrom,
    accepted: s.facts.accepted,
    items: s.items,
  }));
}

const CST_MS = 8 * 3600_000;

/** [start, end) of a quarter in Beijing time; BAD_USER_INPUT naming year / quarter. */
export function quarterRange(year: number, quarter: number, fieldPrefix = ''): { from: Date; to: Date } {
  const errors = new ValidationErrors();
  if (!Number.isInteger(year) || year < 2000 || year > 2999) errors.add(`${fieldPrefix}year`, '年份必须是四位数');
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) errors.add(`${fieldPrefix}quarter`, '季度必须是 1–4');
  errors.throwIfAny();
  return {
    from: new Date(Date.UTC(year, (quarter - 1) * 3, 1) - CST_MS),
    to: new Date(Date.UTC(year, quarter * 3, 1) - CST_MS),
  };
}
