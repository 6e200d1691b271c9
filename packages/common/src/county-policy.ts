/**
 * The county policy document (COUNTY_POLICY_JSON, `config.countyPolicyJson`, read once at start) and
 * the parts of it more than one subgraph reads. It is ONE JSON object configuring several subgraphs;
 * each reads its own keys and ignores the others:
 *
 *   { "ladder": { … },                                                        ← cases
 *     "deadlinePolicy": { "days": { "GENERAL": 7 }, "workingDays": true, "warningShare": 0.75 },
 *     "calendar": { "holidays": ["2026-10-01"], "extraWorkdays": ["2026-10-10"] },
 *     "counties": { "441423": { "deadlinePolicy": { "workingDays": false }, "letterPrefix": "丰顺综治" } },
 *     "letterPrefix": "大埔综治", "accountability": { … } }                      ← supervision
 *
 * Read here, once for everybody: the document itself, the `calendar`, and the deadline rules
 * (`deadlinePolicy` plus the per-county `counties[code].deadlinePolicy`), so that the cases subgraph
 * (Case.deadlineAt) and supervision (Case.supervision.deadlineAt) compute the same deadline for the
 * same case.
 *
 * Decisions:
 * - A bad policy stops the service at start (BAD_USER_INPUT with the path of the bad field, e.g.
 *   `countyPolicy.counties.441423.deadlinePolicy.days.GENERAL`): a county must not run on a silently
 *   ignored configuration.
 * - The top-level `deadlinePolicy` applies to every county; `counties[code].deadlinePolicy` replaces
 *   it for one county (a platform run by a city for several counties). A county's policy is merged
 *   over the defaults, not over the top-level one: what a county writes is what it gets.
 * - One working calendar for the whole platform (holidays are national; a county lists its own
 *   extra days in the top-level `calendar`).
 * - Keys of a `counties` entry other than `deadlinePolicy` belong to the subgraph that reads them
 *   (supervision's `letterPrefix`, which also rejects unknown keys there).
 */
import { CHINA_HOLIDAYS, WorkingCalendar, type WorkingCalendarConfig } from './calendar';
import { DEFAULT_DEADLINE_POLICY, deadlineFor, parseDeadlinePolicy, type Complexity, type DeadlinePolicy } from './deadlines';
import { badInput } from './errors';

/** The parsed county policy document: the keys are each subgraph's to read. */
export type CountyPolicyDocument = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDateList = (v: unknown): v is string[] => Array.isArray(v) && v.every((d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));

/**
 * Parses COUNTY_POLICY_JSON. No document (unset or blank) is null: the caller runs on its defaults.
 * Bad JSON or anything but an object is BAD_USER_INPUT on `countyPolicy`.
 */
export function readCountyPolicyDocument(json: string | null | undefined): CountyPolicyDocument | null {
  if (!json || !json.trim()) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw badInput('县级配置 COUNTY_POLICY_JSON 不是合法的 JSON', 'countyPolicy');
  }
  if (!isRecord(raw)) throw badInput('县级配置必须是对象', 'countyPolicy');
  return raw;
}

/**
 * Runs a section parser whose errors name fields from its own root (`deadlinePolicy.days.GENERAL`)
 * and rethrows its error with the field moved under `path`
 * (`countyPolicy.counties.441423.deadlinePolicy.days.GENERAL`). An error without a field blames `path`.
 */
export function underPath<T>(path: string, root: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    const e = err as { field?: string; message: string };
    const rest = e.field ? (e.field.startsWith(root) ? e.field.slice(root.length).replace(/^\./, '') : e.field) : '';
    throw badInput(e.message, rest ? `${path}.${rest}` : path);
  }
}

/** The national calendar (CHINA_HOLIDAYS): the calendar when the document configures none. */
export const DEFAULT_WORKING_CALENDAR = new WorkingCalendar(CHINA_HOLIDAYS);

/**
 * The `calendar` section: `{ "holidays": [...], "extraWorkdays": [...] }`, each list `YYYY-MM-DD`
 * and each defaulting to the national one (CHINA_HOLIDAYS). Absent: DEFAULT_WORKING_CALENDAR.
 */
export function parseCalendarSection(raw: unknown, path = 'countyPolicy.calendar'): WorkingCalendar {
  if (raw === undefined || raw === null) return DEFAULT_WORKING_CALENDAR;
  if (!isRecord(raw)) throw badInput('工作日历配置必须是对象', path);
  const holidays = raw.holidays ?? CHINA_HOLIDAYS.holidays;
  const extraWorkdays = raw.extraWorkdays ?? CHINA_HOLIDAYS.extraWorkdays;
  if (!isDateList(holidays)) throw badInput('holidays 必须是 YYYY-MM-DD 日期列表', `${path}.holidays`);
  if (!isDateList(extraWorkdays)) throw badInput('extraWorkdays 必须是 YYYY-MM-DD 日期列表', `${path}.extraWorkdays`);
  return new WorkingCalendar({ holidays, extraWorkdays } satisfies WorkingCalendarConfig);
}

export interface CountySection {
  /** The 6-digit county code. */
  readonly code: string;
  readonly section: Readonly<Record<string, unknown>>;
  /** Field path of the section, e.g. `countyPolicy.counties.441423`. */
  readonly path: string;
}

/** The entries of `counties` (keyed by 6-digit county code, each an object). */
export function countySections(doc: CountyPolicyDocument): CountySection[] {
  if (doc.counties === undefined || doc.counties === null) return [];
  if (!isRecord(doc.counties)) throw badInput('counties 必须是以县级区划编码为键的对象', 'countyPolicy.counties');
  return Object.entries(doc.counties).map(([code, section]) => {
    const path = `countyPolicy.counties.${code}`;
    if (!/^\d{6}$/.test(code)) throw badInput('县级区划编码必须是 6 位数字', path);
    if (!isRecord(section)) throw badInput('县级配置必须是对象', path);
    return { code, section, path };
  });
}

/** A county's own rules (only what it configures; the rest comes from the top level). */
export interface CountyDeadlineOverride {
  readonly deadlinePolicy?: DeadlinePolicy;
}

/** Everything a case's deadline depends on besides the case: the policies and the calendar. */
export interface DeadlineRules {
  /** The policy of every county without its own. */
  readonly deadlinePolicy: DeadlinePolicy;
  readonly calendar: WorkingCalendar;
  /** By 6-digit county code. Subgraphs may keep more per county (supervision: letterPrefix). */
  readonly counties: Readonly<Record<string, CountyDeadlineOverride>>;
}

export const DEFAULT_DEADLINE_RULES: DeadlineRules = Object.freeze({
  deadlinePolicy: DEFAULT_DEADLINE_POLICY,
  calendar: DEFAULT_WORKING_CALENDAR,
  counties: Object.freeze({}),
});

/** The deadline rules of a county policy document (`deadlinePolicy`, `calendar`, `counties[code].deadlinePolicy`). */
export function parseDeadlineRules(doc: CountyPolicyDocument | null): DeadlineRules {
  if (!doc) return DEFAULT_DEADLINE_RULES;
  const deadlinePolicy = underPath('countyPolicy.deadlinePolicy', 'deadlinePolicy', () => parseDeadlinePolicy(doc.deadlinePolicy));
  const calendar = parseCalendarSection(doc.calendar, 'countyPolicy.calendar');
  const counties: Record<string, CountyDeadlineOverride> = {};
  for (const { code, section, path } of countySections(doc)) {
    counties[code] = Object.freeze(
      section.deadlinePolicy != null
        ? { deadlinePolicy: underPath(`${path}.deadlinePolicy`, 'deadlinePolicy', () => parseDeadlinePolicy(section.deadlinePolicy)) }
        : {},
    );
  }
  return Object.freeze({ deadlinePolicy, calendar, counties: Object.freeze(counties) });
}

/** The county (6-digit) code of any region code. */
export function countyCodeOf(regionCode: string): string {
  return regionCode.slice(0, 6);
}

/** The deadline policy that applies to a case of this region (its county's own, else the top-level one). */
export function deadlinePolicyFor(rules: Pick<DeadlineRules, 'deadlinePolicy' | 'counties'>, regionCode: string): DeadlinePolicy {
  return rules.counties[countyCodeOf(regionCode)]?.deadlinePolicy ?? rules.deadlinePolicy;
}

/**
 * When a case of this region and complexity, whose deadline started at `startedAt` (acceptance or
 * reopening), is due under these rules: what both Case.deadlineAt and Case.supervision.deadlineAt are.
 */
export function caseDeadlineFor(rules: DeadlineRules, regionCode: string, complexity: Complexity, startedAt: Date): Date {
  return deadlineFor(complexity, startedAt, deadlinePolicyFor(rules, regionCode), rules.calendar);
}

/**
 * The deadline rules of ONE county under a stored policy version (cases' county_policy_version,
 * supervision's copy fed by COUNTY_POLICY_CHANGED): the version's `deadlinePolicy` and `calendar`
 * sections, parsed by the same parsers as the document (so a field error names the same path under
 * `path`, e.g. `input.deadlinePolicy.days.GENERAL`). The result has no per-county overrides: the
 * version is already one county's, so caseDeadlineFor(rules, …) applies it to that county's cases.
 */
export function versionDeadlineRules(rules: { deadlinePolicy?: unknown; calendar?: unknown }, path = 'countyPolicy'): DeadlineRules {
  const deadlinePolicy = underPath(`${path}.deadlinePolicy`, 'deadlinePolicy', () => parseDeadlinePolicy(rules.deadlinePolicy ?? {}));
  const calendar = parseCalendarSection(rules.calendar ?? {}, `${path}.calendar`);
  return Object.freeze({ deadlinePolicy, calendar, counties: Object.freeze({}) });
}

/** The JSON form of a version's deadline rules, as stored and carried by COUNTY_POLICY_CHANGED. */
export function deadlineRulesJson(rules: DeadlineRules, countyCode: string): { deadlinePolicy: DeadlinePolicy; calendar: WorkingCalendarConfig } {
  return { deadlinePolicy: deadlinePolicyFor(rules, countyCode), calendar: rules.calendar.config };
}
