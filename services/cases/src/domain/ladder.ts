/**
 * Escalation ladders (上行阶梯) as configuration. The default is "四级七天": 网格员 1 working day →
 * 村调委 2 → 镇综治中心（司法所） 2 → 镇党委政府 2 (7 in all), and beyond the town the county center,
 * the top, with no step deadline. Other counties configure other ladders (e.g. 1/7/20 days).
 *
 * Decisions:
 * - A step has two levels: `level`, where the case is handled (Case.level, may be GRID), and
 *   `centerLevel`, whose center's queue holds it (handlingCenter, and the 631 split: a grid step
 *   counts as "settled in the village"). In configuration `level` is optional and defaults to
 *   `centerLevel`; it may only differ for a GRID step of a VILLAGE center.
 * - Step days are whole working days, positive; only the last step may have none (null).
 * - Every ladder ends at a COUNTY center, so every case in the county has somewhere to go and a
 *   county-level intake always finds a starting step.
 */
import { REGION_LEVELS, ValidationErrors, badInput, conflict, type RegionLevel, type WorkingCalendar } from '@zz/common';
import type { Channel } from './intake';

export { REGION_LEVELS, type RegionLevel };
/** Levels that have a center (村/社区服务站, 乡镇/街道 and 县综治中心); grids have none. */
export type CenterLevel = Exclude<RegionLevel, 'GRID'>;

/** Position from the bottom, used to check that a ladder only goes upward. */
const RANK: Readonly<Record<RegionLevel, number>> = { GRID: 0, VILLAGE: 1, TOWN: 2, COUNTY: 3 };

export interface LadderStep {
  /** Stable key stored on the case (`stepKey`) and in its step visits. */
  readonly key: string;
  /** Chinese name shown to users, e.g. 村调委. */
  readonly name: string;
  readonly level: RegionLevel;
  readonly centerLevel: CenterLevel;
  /** Working days allowed at this step; null only on the last step (no step deadline). */
  readonly days: number | null;
}

export interface Ladder {
  readonly name: string;
  readonly steps: readonly LadderStep[];
}

export const DEFAULT_LADDER: Ladder = deepFreeze({
  name: '四级七天',
  steps: [
    { key: 'GRID', name: '网格员', level: 'GRID', centerLevel: 'VILLAGE', days: 1 },
    { key: 'VILLAGE_COMMITTEE', name: '村调委', level: 'VILLAGE', centerLevel: 'VILLAGE', days: 2 },
    { key: 'TOWN_CENTER', name: '镇综治中心（司法所）', level: 'TOWN', centerLevel: 'TOWN', days: 2 },
    { key: 'TOWN_GOVERNMENT', name: '镇党委政府', level: 'TOWN', centerLevel: 'TOWN', days: 2 },
    { key: 'COUNTY_CENTER', name: '县综治中心', level: 'COUNTY', centerLevel: 'COUNTY', days: null },
  ],
});

function deepFreeze<T extends Ladder>(ladder: T): T {
  ladder.steps.forEach((s) => Object.freeze(s));
  Object.freeze(ladder.steps);
  return Object.freeze(ladder);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLevel = (v: unknown): v is RegionLevel => typeof v === 'string' && (REGION_LEVELS as readonly string[]).includes(v);

/**
 * Validates a configured ladder (a JSON string or an already parsed value) and returns it frozen.
 * All problems are reported at once as BAD_USER_INPUT with paths like `ladder.steps.2.days`.
 */
export function parseLadder(json: unknown): Ladder {
  let raw: unknown = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json);
    } catch {
      throw badInput('上行阶梯配置不是合法的 JSON / Ladder configuration is not valid JSON', 'ladder');
    }
  }
  if (!isRecord(raw)) throw badInput('上行阶梯配置必须是对象 / Ladder configuration must be an object', 'ladder');
  if (!Array.isArray(raw.steps) || raw.steps.length === 0) {
    throw badInput('上行阶梯至少需要一级 / A ladder needs at least one step', 'ladder.steps');
  }
  const errors = new ValidationErrors();
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  if (!name) errors.add('ladder.name', '阶梯名称不能为空');

  const steps: LadderStep[] = [];
  const keys = new Set<string>();
  const last = raw.steps.length - 1;
  raw.steps.forEach((s: unknown, i: number) => {
    const path = `ladder.steps.${i}`;
    if (!isRecord(s)) {
      errors.add(path, '每一级必须是对象');
      return;
    }
    const key = typeof s.key === 'string' ? s.key.trim() : '';
    if (!/^[A-Z][A-Z0-9_]{0,49}$/.test(key)) errors.add(`${path}.key`, '键必须是 1–50 位大写字母、数字或下划线，以字母开头');
    else if (keys.has(key)) errors.add(`${path}.key`, `键「${key}」重复`);
    keys.add(key);

    const stepName = typeof s.name === 'string' ? s.name.trim() : '';
    if (!stepName) errors.add(`${path}.name`, '名称不能为空');

    let centerLevel: CenterLevel | undefined;
    if (isLevel(s.centerLevel) && s.centerLevel !== 'GRID') centerLevel = s.centerLevel;
    else errors.add(`${path}.centerLevel`, '中心层级必须是 VILLAGE、TOWN 或 COUNTY');

    let level: RegionLevel | undefined = centerLevel;
    if (s.level !== undefined && s.level !== null) {
      if (!isLevel(s.level)) {
        errors.add(`${path}.level`, '层级必须是 GRID、VILLAGE、TOWN 或 COUNTY');
        level = undefined;
      } else if (centerLevel && s.level !== centerLevel && !(s.level === 'GRID' && centerLevel === 'VILLAGE')) {
        errors.add(`${path}.level`, '层级须与中心层级相同（网格一级的中心层级须为 VILLAGE）');
        level = undefined;
      } else {
        level = s.level;
      }
    }

    let days: number | null = null;
    if (s.days === null || s.days === undefined) {
      if (i !== last) errors.add(`${path}.days`, '只有最高一级可以不设时限');
    } else if (typeof s.days !== 'number' || !Number.isInteger(s.days) || s.days < 1) {
      errors.add(`${path}.days`, '时限必须是正整数（工作日）');
    } else {
      days = s.days;
    }

    if (level && centerLevel) {
      const prev = steps[steps.length - 1];
      if (prev && (RANK[level] < RANK[prev.level] || RANK[centerLevel] < RANK[prev.centerLevel])) {
        errors.add(`${path}.level`, '上行阶梯的层级只能逐级向上（网格/村 → 镇 → 县）');
      }
      steps.push({ key, name: stepName, level, centerLevel, days });
    }
  });

  const top = raw.steps[last];
  if (isRecord(top) && top.centerLevel !== 'COUNTY') {
    errors.add(`ladder.steps.${last}.centerLevel`, '最高一级必须是县级综治中心');
  }
  errors.throwIfAny();
  return deepFreeze({ name, steps });
}

/** The step with this key; CONFLICT when the configured ladder no longer has it. */
export function findStep(ladder: Ladder, stepKey: string): LadderStep {
  const step = ladder.steps.find((s) => s.key === stepKey);
  if (!step) {
    throw conflict(`当前上行阶梯「${ladder.name}」中没有「${stepKey}」这一级 / Step ${stepKey} is not in ladder ${ladder.name}`);
  }
  return step;
}

/**
 * Where a case received for a region of this level starts: the lowest step handled at that level
 * or above (grid → 网格员, village → 村调委, town → 镇综治中心, county → 县综治中心). A case reported by a
 * grid worker (channel GRID) in a village starts at the grid step too, since the grid worker is
 * the first line (第一道防线) and settles small matters on the spot.
 */
export function initialStep(ladder: Ladder, regionLevel: RegionLevel, channel?: Channel): LadderStep {
  const from = channel === 'GRID' && regionLevel === 'VILLAGE' ? 'GRID' : regionLevel;
  const step = ladder.steps.find((s) => RANK[s.level] >= RANK[from]);
  // parseLadder guarantees a COUNTY top, so this only happens with a hand-built ladder.
  if (!step) throw conflict(`上行阶梯「${ladder.name}」没有 ${regionLevel} 或更高层级 / Ladder has no step at or above ${regionLevel}`);
  return step;
}

/** The step above; CONFLICT at the top ("已是最高一级"). */
export function nextStep(ladder: Ladder, stepKey: string): LadderStep {
  const i = ladder.steps.indexOf(findStep(ladder, stepKey));
  const next = ladder.steps[i + 1];
  if (!next) {
    throw conflict(`案件已在最高一级「${ladder.steps[i].name}」，无法继续上行 / Cannot escalate: ${stepKey} is the top of the ladder`);
  }
  return next;
}

export function isTopStep(ladder: Ladder, stepKey: string): boolean {
  return ladder.steps.indexOf(findStep(ladder, stepKey)) === ladder.steps.length - 1;
}

/** When the step's time is up (its working days after entry), or null for a step with no deadline. */
export function stepDeadline(step: LadderStep, enteredAt: Date, calendar: WorkingCalendar): Date | null {
  return step.days === null ? null : calendar.addWorkingDays(enteredAt, step.days);
}

/** Total working days of the steps that have a deadline (7 for 四级七天). */
export function ladderDays(ladder: Ladder): number {
  return ladder.steps.reduce((sum, s) => sum + (s.days ?? 0), 0);
}

export interface StepVisit {
  stepKey: string;
  enteredAt: Date;
  /** null while the case is still at this step. */
  leftAt: Date | null;
}

export interface StepTimeSummary {
  stepKey: string;
  /** The step's name, or its key if the ladder no longer has it. */
  name: string;
  level: RegionLevel | null;
  centerLevel: CenterLevel | null;
  visits: number;
  enteredAt: Date;
  /** null while the case is still at this step. */
  leftAt: Date | null;
  /**
   * Whole working days spent (WorkingCalendar.workingDaysBetween, summed over visits): the same
   * arithmetic as the deadline, so `exceeded` never contradicts it.
   */
  workingDays: number;
  /**
   * Time spent on working days (CST, whole 24-hour days), in hours with one decimal: finer than
   * whole days, for averages. It can differ from workingDays × 24 when a visit starts on a day off.
   */
  workingHours: number;
  /** Deadline of the latest visit, null if the step has none. */
  deadlineAt: Date | null;
  /** True when any visit stayed (or, still open, has stayed) past its step deadline. */
  exceeded: boolean;
}

export interface StepTimesSummary {
  steps: StepTimeSummary[];
  /** Whole working days from the first entry to the last exit (or now). */
  totalWorkingDays: number;
  totalWorkingHours: number;
  /** The step the case is at, or left last: where it was settled, for the 631 split. */
  finalStep: StepTimeSummary | null;
  /**
   * Whether the last exit (or now) is no later than the ladder's days after the first entry
   * (e.g. "settled within seven working days"), judged like a deadline.
   */
  withinLadderDays: boolean;
}

const HOUR_MS = 3600_000;
const CST_OFFSET_MS = 8 * HOUR_MS;
const DAY_MS = 24 * HOUR_MS;

/** Milliseconds of [from, to) that fall on working days, walking local (CST) midnights. */
function workingMs(from: Date, to: Date, calendar: WorkingCalendar): number {
  let total = 0;
  let at = from.getTime();
  const end = to.getTime();
  while (at < end) {
    const nextMidnight = Math.floor((at + CST_OFFSET_MS) / DAY_MS + 1) * DAY_MS - CST_OFFSET_MS;
    const segmentEnd = Math.min(end, nextMidnight);
    if (calendar.isWorkingDay(new Date(at))) total += segmentEnd - at;
    at = segmentEnd;
  }
  return total;
}

const hours = (ms: number) => Math.round((ms / HOUR_MS) * 10) / 10;

/**
 * Time spent per step, in ladder terms: per step (visits of the same step summed, in order of first
 * entry) the working days and hours and whether its deadline was exceeded; and the totals.
 * A visit that ends before it starts (clock skew) counts as zero time.
 */
export function summariseStepTimes(
  stepVisits: readonly StepVisit[],
  now: Date,
  calendar: WorkingCalendar,
  ladder: Ladder,
): StepTimesSummary {
  const visits = [...stepVisits].sort((a, b) => a.enteredAt.getTime() - b.enteredAt.getTime());
  const byKey = new Map<string, StepTimeSummary & { ms: number }>();
  for (const v of visits) {
    const step = ladder.steps.find((s) => s.key === v.stepKey);
    const end = v.leftAt ?? now;
    const effectiveEnd = end.getTime() < v.enteredAt.getTime() ? v.enteredAt : end;
    const deadlineAt = step ? stepDeadline(step, v.enteredAt, calendar) : null;
    const exceeded = deadlineAt !== null && effectiveEnd.getTime() > deadlineAt.getTime();
    const ms = workingMs(v.enteredAt, effectiveEnd, calendar);
    const days = calendar.workingDaysBetween(v.enteredAt, effectiveEnd);
    const entry = byKey.get(v.stepKey);
    if (entry) {
      entry.visits++;
      entry.leftAt = v.leftAt;
      entry.workingDays += days;
      entry.ms += ms;
      entry.deadlineAt = deadlineAt;
      entry.exceeded ||= exceeded;
    } else {
      byKey.set(v.stepKey, {
        stepKey: v.stepKey,
        name: step?.name ?? v.stepKey,
        level: step?.level ?? null,
        centerLevel: step?.centerLevel ?? null,
        visits: 1,
        enteredAt: v.enteredAt,
        leftAt: v.leftAt,
        workingDays: days,
        workingHours: 0,
        ms,
        deadlineAt,
        exceeded,
      });
    }
  }
  const steps: StepTimeSummary[] = [...byKey.values()].map(({ ms, ...s }) => ({ ...s, workingHours: hours(ms) }));

  if (visits.length === 0) {
    return { steps, totalWorkingDays: 0, totalWorkingHours: 0, finalStep: null, withinLadderDays: true };
  }
  const first = visits[0].enteredAt;
  const lastVisit = visits[visits.length - 1];
  const ends = visits.map((v) => (v.leftAt ?? now).getTime());
  const end = new Date(Math.max(first.getTime(), ...ends));
  return {
    steps,
    totalWorkingDays: calendar.workingDaysBetween(first, end),
    totalWorkingHours: hours(workingMs(first, end, calendar)),
    finalStep: steps.find((s) => s.stepKey === lastVisit.stepKey) ?? null,
    withinLadderDays: end.getTime() <= calendar.addWorkingDays(first, ladderDays(ladder)).getTime(),
  };
}
