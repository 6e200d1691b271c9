/**
 * Versioned per-county policy (时限与阶梯配置): a county's ADMIN stores new versions of its rules —
 * the escalation ladder, the handling days per complexity (calendar or working days, warning share),
 * the working calendar (holidays, 调休 make-up working days) and the 1+5+N required kinds. A county
 * with no stored version runs on the start configuration (COUNTY_POLICY_JSON), reported as version 0.
 *
 * Decisions:
 * - A case runs under the version in force when it was registered (intake: its ladder step is chosen
 *   then) and keeps it: acceptance, escalation, reopening and every deadline use that version's rules,
 *   also after newer versions exist. Only new cases take the newest version.
 * - A version is the county's rules in full (not a patch over the start configuration), so what an
 *   ADMIN sees and saves is what the county's cases run on; versions are never changed or deleted.
 * - Validation is the start configuration's (parseLadder, parseDeadlinePolicy, the calendar and
 *   consultation parsers), with the field paths moved under `input.` (`input.ladder.steps.2.days`).
 */
import {
  ValidationErrors, DomainError, badInput, countyCodeOf, deadlineRulesJson, parseCalendarSection, parseDeadlinePolicy, versionDeadlineRules,
  type WorkingCalendarConfig,
} from '@zz/common';
import type { CountyPolicyChangedData } from '@zz/events';
import { parseLadder } from './ladder';
import { parseConsultationSection, requiredKindsFor } from './consultation';
import type { CasePolicy } from './policy';

/** One version's rules, in the document's shape (as stored, and as COUNTY_POLICY_CHANGED carries them). */
export type CountyPolicyRules = CountyPolicyChangedData['rules'];

export interface CountyPolicyVersion {
  countyCode: string;
  /** 1, 2, … per county; 0 is the start configuration. */
  version: number;
  rules: CountyPolicyRules;
  changedBy: string | null;
  changedAt: Date | null;
  reason: string | null;
}

export const START_VERSION = 0;
export const START_VERSION_LABEL = '启动配置';

/** The 6-digit county code of an argument; BAD_USER_INPUT on `field` otherwise. */
export function validateCountyCode(code: unknown, field: string): string {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code.trim())) throw badInput('县级区划编码必须是 6 位数字', field);
  return code.trim();
}

/** The reason of a change: required, 2–500 characters. */
export function validateReason(reason: unknown, field = 'input.reason'): string {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text.length < 2 || text.length > 500) throw badInput('请填写修改原因（2–500 字）', field);
  return text;
}

/** The rules of a county under the start configuration (version 0). */
export function startRules(base: CasePolicy, countyCode: string): CountyPolicyRules {
  const { deadlinePolicy, calendar } = deadlineRulesJson(base, countyCode);
  return {
    ladder: { name: base.ladder.name, steps: base.ladder.steps.map((s) => ({ ...s })) },
    deadlinePolicy: { days: { ...deadlinePolicy.days }, workingDays: deadlinePolicy.workingDays, warningShare: deadlinePolicy.warningShare },
    calendar: { holidays: [...calendar.holidays], extraWorkdays: [...calendar.extraWorkdays] },
    consultation: { requiredKinds: [...requiredKindsFor(base.consultation, countyCode)] },
  };
}

/** Runs one parser, collecting its field errors (moved under `input.`) instead of stopping at the first section. */
function collect<T>(errors: ValidationErrors, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (err) {
    if (!(err instanceof DomainError) || err.code !== 'BAD_USER_INPUT') throw err;
    const e = err as DomainError & { fields?: { field: string; message: string }[] };
    const all = e.fields?.length ? e.fields : [{ field: e.field ?? 'input', message: e.message }];
    for (const { field, message } of all) errors.add(field.startsWith('input') ? field : `input.${field}`, message);
    return undefined;
  }
}

/**
 * Validates an update's rules (the GraphQL input, shaped like the document) with the start
 * configuration's parsers and returns them normalised (defaults filled, lists sorted). All problems of
 * all sections at once, as BAD_USER_INPUT naming each field.
 */
export function parseRulesInput(
  input: { ladder?: unknown; deadlinePolicy?: unknown; calendar?: unknown; consultation?: unknown },
  /** The required kinds kept when the input gives none (the county's current ones). */
  currentKinds: readonly string[],
): CountyPolicyRules {
  const errors = new ValidationErrors();
  const ladder = collect(errors, () => parseLadder(input.ladder ?? null));
  const policy = collect(errors, () => parseDeadlinePolicy(input.deadlinePolicy ?? {}));
  const cal = collect(errors, () => parseCalendarSection(input.calendar ?? {}, 'input.calendar'));
  const kinds = collect(errors, () => parseConsultationSection(input.consultation ?? null)) ?? currentKinds;
  errors.throwIfAny();
  const calendar: WorkingCalendarConfig = cal!.config;
  return {
    ladder: { name: ladder!.name, steps: ladder!.steps.map((s) => ({ ...s })) },
    deadlinePolicy: { days: { ...policy!.days }, workingDays: policy!.workingDays, warningShare: policy!.warningShare },
    calendar: { holidays: [...calendar.holidays], extraWorkdays: [...calendar.extraWorkdays] },
    consultation: { requiredKinds: [...kinds] },
  };
}

/**
 * The policy a case of this county runs on under a stored version: the version's ladder, deadline
 * rules and required kinds, with no per-county overrides (the version is already the county's).
 */
export function policyOfVersion(rules: CountyPolicyRules): CasePolicy {
  const deadline = versionDeadlineRules(rules);
  return {
    ...deadline,
    ladder: parseLadder(rules.ladder),
    consultation: Object.freeze({ requiredKinds: Object.freeze([...rules.consultation.requiredKinds]), counties: Object.freeze({}) }),
  };
}

/** The newest version number among a county's stored versions (0 when none). */
export function newestVersion(versions: readonly Pick<CountyPolicyVersion, 'version'>[]): number {
  return versions.reduce((max, v) => Math.max(max, v.version), START_VERSION);
}

/**
 * The policy of a case: the start configuration for version 0 (with its per-county overrides), else
 * the stored version. A version the county does not have is an error in the data (CONFLICT-free:
 * it cannot come from a client), so it throws.
 */
export function selectPolicy(base: CasePolicy, regionCode: string, version: number, stored: ReadonlyMap<number, CasePolicy>): CasePolicy {
  if (version === START_VERSION) return base;
  const found = stored.get(version);
  if (!found) throw new Error(`county ${countyCodeOf(regionCode)} has no policy version ${version}`);
  return found;
}
