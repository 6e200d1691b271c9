/**
 * 重点人群的三级预警与走访: a key person's warning tier (红 / 橙 / 黄), the cadre who answers for them
 * (包保干部), how often they must be visited, and the visits recorded (入户走访 — the 围屋家访 a leader
 * makes is one —, 电话联系, 约见面谈).
 *
 * Decisions:
 * - The visit plan is an interval counted from the last visit (from registration when there has been
 *   none): 红色 every 7 days, 橙色 every 15, 黄色 every 30 unless the 一人一策 sets its own (1–90 days). The
 *   next due date is kept on the record so that "who is due" is one indexed read, and recomputed on every
 *   visit and every change of tier or interval.
 * - A new tier's interval runs from the same last visit: raising the tier brings the due date forward (a
 *   person already due stays due); it never resets the clock as if a visit had been made.
 * - A visit may be recorded late (the worker was in a hill village without signal) up to 30 days back,
 *   never in the future (5 minutes' clock skew allowed), never before the person was registered; what
 *   was seen is required (5–1000 characters).
 */
import { ValidationErrors } from '@zz/common';

export const KEY_PERSON_TIERS = { RED: '红色预警', ORANGE: '橙色预警', YELLOW: '黄色预警' } as const;
export type KeyPersonTier = keyof typeof KEY_PERSON_TIERS;

/** Days between visits by tier, unless the record sets its own. */
export const VISIT_EVERY_DAYS: Readonly<Record<KeyPersonTier, number>> = { RED: 7, ORANGE: 15, YELLOW: 30 };
export const VISIT_INTERVAL_LIMITS = { min: 1, max: 90 };

export const VISIT_KINDS = { HOME_VISIT: '入户走访', PHONE: '电话联系', MEETING: '约见面谈' } as const;
export type VisitKind = keyof typeof VISIT_KINDS;

export const VISIT_NOTE_LIMITS = { min: 5, max: 1000 };
const LATE_ENTRY_DAYS = 30;
const CLOCK_SKEW_MS = 5 * 60_000;
const DAY_MS = 86_400_000;

const len = (s: string) => [...s].length;

/** The interval a record runs on: its own, else its tier's. */
export function visitInterval(tier: KeyPersonTier, own: number | null | undefined): number {
  return own ?? VISIT_EVERY_DAYS[tier];
}

/** When the next visit is due: the interval after the last visit, or after `since` when there has been none. */
export function nextVisitDue(lastVisitedAt: Date | null, since: Date, intervalDays: number): Date {
  return new Date((lastVisitedAt ?? since).getTime() + intervalDays * DAY_MS);
}

/** Is the visit overdue at `now`? */
export const visitOverdue = (dueAt: Date, now: Date): boolean => dueAt.getTime() < now.getTime();

export interface CareFieldsInput {
  tier?: string | null;
  responsibleCadre?: string | null;
  visitEveryDays?: number | null;
}

export interface CareChanges {
  tier?: KeyPersonTier;
  /** null clears it. */
  responsibleCadre?: string | null;
  /** null: back to the tier's interval. */
  visitEveryDays?: number | null;
}

/** A record registered without a tier starts at 黄色预警 (the lowest: a tier is raised on evidence). */
export const DEFAULT_TIER: KeyPersonTier = 'YELLOW';

/** Validates the care fields of an add (`creating`: the tier defaults) or an update (only what is given). */
export function validateCareFields(input: CareFieldsInput, creating: boolean, errors: ValidationErrors): CareChanges {
  const out: CareChanges = {};
  if (creating && (input.tier === undefined || input.tier === null)) out.tier = DEFAULT_TIER;
  else if (input.tier !== undefined) {
    if (!input.tier || !(input.tier in KEY_PERSON_TIERS)) errors.add('input.tier', '预警等级无效，应为红色、橙色或黄色 (tier must be RED, ORANGE or YELLOW)');
    else out.tier = input.tier as KeyPersonTier;
  }
  if (input.responsibleCadre !== undefined) {
    const t = (input.responsibleCadre ?? '').trim();
    if (!t) out.responsibleCadre = null;
    else if (len(t) < 2 || len(t) > 20) errors.add('input.responsibleCadre', '包保干部姓名需 2–20 字 (responsible cadre: 2–20 characters)');
    else out.responsibleCadre = t;
  }
  if (input.visitEveryDays !== undefined) {
    const d = input.visitEveryDays;
    if (d === null) out.visitEveryDays = null;
    else if (!Number.isInteger(d) || d < VISIT_INTERVAL_LIMITS.min || d > VISIT_INTERVAL_LIMITS.max) {
      errors.add('input.visitEveryDays', `走访周期需为 ${VISIT_INTERVAL_LIMITS.min}–${VISIT_INTERVAL_LIMITS.max} 天的整数 (visit interval: ${VISIT_INTERVAL_LIMITS.min}–${VISIT_INTERVAL_LIMITS.max} days)`);
    } else out.visitEveryDays = d;
  }
  return out;
}

export interface VisitInput {
  kind?: string | null;
  visitedAt?: Date | string | null;
  note?: string | null;
  metInPerson?: boolean | null;
}

export interface ValidVisit {
  kind: VisitKind;
  visitedAt: Date;
  note: string;
  metInPerson: boolean;
}

/** Validates a visit to a person registered at `registeredAt`, recorded at `now`. */
export function validateVisit(input: VisitInput, registeredAt: Date, now: Date, errors = new ValidationErrors()): ValidVisit {
  const kind = input.kind ?? '';
  if (!(kind in VISIT_KINDS)) errors.add('input.kind', '走访方式无效 (unknown visit kind)');
  const visitedAt = input.visitedAt == null ? now : input.visitedAt instanceof Date ? input.visitedAt : new Date(input.visitedAt);
  if (Number.isNaN(visitedAt.getTime())) errors.add('input.visitedAt', '走访时间无效 (invalid time)');
  else if (visitedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) errors.add('input.visitedAt', '走访时间不能晚于当前时间 (visit time is in the future)');
  else if (visitedAt.getTime() < now.getTime() - LATE_ENTRY_DAYS * DAY_MS) errors.add('input.visitedAt', `只能补录 ${LATE_ENTRY_DAYS} 天内的走访 (visits older than ${LATE_ENTRY_DAYS} days cannot be recorded)`);
  else if (visitedAt.getTime() < registeredAt.getTime()) errors.add('input.visitedAt', '走访时间早于建档时间 (visit before the person was registered)');
  const note = (input.note ?? '').trim();
  if (len(note) < VISIT_NOTE_LIMITS.min || len(note) > VISIT_NOTE_LIMITS.max) {
    errors.add('input.note', `走访情况需 ${VISIT_NOTE_LIMITS.min}–${VISIT_NOTE_LIMITS.max} 字 (note: ${VISIT_NOTE_LIMITS.min}–${VISIT_NOTE_LIMITS.max} characters)`);
  }
  errors.throwIfAny();
  return { kind: kind as VisitKind, visitedAt, note, metInPerson: input.metInPerson ?? true };
}

/**
 * The last visit after recording one at `visitedAt`: a late entry older than the last visit on record
 * does not move the plan back.
 */
export const latestVisit = (current: Date | null, visitedAt: Date): Date => (current && current.getTime() > visitedAt.getTime() ? current : visitedAt);
