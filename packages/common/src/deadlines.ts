/**
 * The handling deadline (办理时限) of a case: complexity → days, counted from acceptance (受理) in
 * calendar days or in working days. This is the ONE deadline rule of the platform: the cases subgraph
 * stores it as `cases.deadline_at` (Case.deadlineAt, the `overdue` filter) and supervision's read
 * model computes Case.supervision.deadlineAt with it, so the two cannot disagree. The county policy
 * document configures it (see county-policy.ts: the top-level `deadlinePolicy`, per-county overrides
 * under `counties`, the `calendar`).
 *
 * Decisions:
 * - The deadline is counted from acceptance (受理), not from registration: the clock starts when
 *   the center takes the case on and classifies its complexity.
 * - Calendar days by default (简单1天、一般5天、复杂15天、疑难20天 as the seeds state them); a county
 *   may switch to working days, which then follow the WorkingCalendar (holidays, 调休).
 * - `warningShare` belongs to the policy because counties configure it alongside the days; what is
 *   done with it (临期预警, overdue alerts) is supervision's concern (its domain/deadlines.ts).
 */
import { WorkingCalendar, addCalendarDays } from './calendar';
import { ValidationErrors, badInput } from './errors';
import { enumValues } from './vocabulary';
import type { Complexity as SdlComplexity } from './generated/shared-enums';

export const COMPLEXITIES = enumValues<SdlComplexity>()(['SIMPLE', 'GENERAL', 'COMPLEX', 'DIFFICULT']);
export type Complexity = (typeof COMPLEXITIES)[number];

export interface DeadlinePolicy {
  /** Days allowed per complexity; default SIMPLE 1, GENERAL 5, COMPLEX 15, DIFFICULT 20. */
  readonly days: Readonly<Record<Complexity, number>>;
  /** false (default): calendar days; true: working days of the WorkingCalendar. */
  readonly workingDays: boolean;
  /** Share of the span acceptance → deadline after which a case is in warning (default 0.8). */
  readonly warningShare: number;
}

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = Object.freeze({
  days: Object.freeze({ SIMPLE: 1, GENERAL: 5, COMPLEX: 15, DIFFICULT: 20 }),
  workingDays: false,
  warningShare: 0.8,
});

/** A year is the longest deadline any county plausibly configures; more is a typo. */
const MAX_DAYS = 366;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isValidDate = (v: unknown): v is Date => v instanceof Date && !Number.isNaN(v.getTime());

export function isComplexity(value: unknown): value is Complexity {
  return typeof value === 'string' && (COMPLEXITIES as readonly string[]).includes(value);
}

/**
 * Validates a county's deadline configuration (JSON text or an already parsed value) and returns
 * it merged over the defaults and frozen. Every field is optional, e.g. `{ "days": { "GENERAL": 7 } }`
 * or `{ "workingDays": true }`. Unknown keys are rejected so a typo does not silently fall back to
 * a default. All problems are reported at once (BAD_USER_INPUT, fields like `deadlinePolicy.days.GENERAL`).
 */
export function parseDeadlinePolicy(json: unknown): DeadlinePolicy {
  if (json === undefined || json === null) return DEFAULT_DEADLINE_POLICY;
  let raw: unknown = json;
  if (typeof json === 'string') {
    if (json.trim() === '') return DEFAULT_DEADLINE_POLICY;
    try {
      raw = JSON.parse(json);
    } catch {
      throw badInput('办理时限配置不是合法的 JSON', 'deadlinePolicy');
    }
  }
  if (!isRecord(raw)) throw badInput('办理时限配置必须是对象', 'deadlinePolicy');

  const errors = new ValidationErrors();
  for (const key of Object.keys(raw)) {
    if (!['days', 'workingDays', 'warningShare'].includes(key)) errors.add(`deadlinePolicy.${key}`, `未知的配置项「${key}」`);
  }

  const days: Record<Complexity, number> = { ...DEFAULT_DEADLINE_POLICY.days };
  if (raw.days !== undefined && raw.days !== null) {
    if (!isRecord(raw.days)) {
      errors.add('deadlinePolicy.days', '时限天数必须是以繁简程度（SIMPLE、GENERAL、COMPLEX、DIFFICULT）为键的对象');
    } else {
      for (const [key, value] of Object.entries(raw.days)) {
        const field = `deadlinePolicy.days.${key}`;
        if (!isComplexity(key)) errors.add(field, `未知的繁简程度「${key}」`);
        else if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_DAYS) {
          errors.add(field, `时限天数必须是 1 至 ${MAX_DAYS} 之间的整数`);
        } else days[key] = value;
      }
    }
  }

  let workingDays = DEFAULT_DEADLINE_POLICY.workingDays;
  if (raw.workingDays !== undefined && raw.workingDays !== null) {
    if (typeof raw.workingDays !== 'boolean') errors.add('deadlinePolicy.workingDays', '必须是 true（工作日）或 false（自然日）');
    else workingDays = raw.workingDays;
  }

  let warningShare = DEFAULT_DEADLINE_POLICY.warningShare;
  if (raw.warningShare !== undefined && raw.warningShare !== null) {
    // 0 would warn at acceptance and 1 would warn only when already overdue: both defeat the purpose.
    if (typeof raw.warningShare !== 'number' || !Number.isFinite(raw.warningShare) || raw.warningShare <= 0 || raw.warningShare >= 1) {
      errors.add('deadlinePolicy.warningShare', '预警比例必须是大于 0 且小于 1 的小数（如 0.8）');
    } else warningShare = raw.warningShare;
  }

  errors.throwIfAny();
  return Object.freeze({ days: Object.freeze(days), workingDays, warningShare });
}

let defaultCalendar: WorkingCalendar | undefined;

/** When a case of this complexity accepted at `acceptedAt` is due. */
export function deadlineFor(
  complexity: Complexity,
  acceptedAt: Date,
  policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY,
  calendar?: WorkingCalendar,
): Date {
  if (!isComplexity(complexity)) throw badInput(`未知的繁简程度「${String(complexity)}」`, 'complexity');
  if (!isValidDate(acceptedAt)) throw badInput('受理时间无效', 'acceptedAt');
  const days = policy.days[complexity];
  if (!policy.workingDays) return addCalendarDays(acceptedAt, days);
  const cal = calendar ?? (defaultCalendar ??= new WorkingCalendar());
  return cal.addWorkingDays(acceptedAt, days);
}
