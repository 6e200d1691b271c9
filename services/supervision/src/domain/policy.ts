/**
 * Supervision's reading of the county policy (COUNTY_POLICY_JSON, read once at start). The same JSON
 * document configures the cases subgraph (ladder, deadline days); supervision reads these keys and
 * ignores the others:
 *
 *   { "deadlinePolicy": { "days": { "GENERAL": 7 }, "workingDays": true, "warningShare": 0.75 },
 *     "calendar": { "holidays": ["2026-10-01"], "extraWorkdays": ["2026-10-10"] },
 *     "letterPrefix": "大埔综治",
 *     "accountability": { "summonAt": 3, "barAt": 5 },
 *     "evaluation": { "weights": { "onTime": 30, "resolved": 30, "satisfaction": 25, "letters": 15 }, "letterDeduction": 3, "bottomCount": 1 },
 *     "subsidy": { "rates": { "LABOUR_WAGES": 200, "MEDICAL": 300 }, "defaultRate": 80 },
 *     "counties": { "441423": { "deadlinePolicy": { "workingDays": false }, "letterPrefix": "丰顺综治" } } }
 *
 * The document, the calendar and the deadline rules (top-level and per-county `deadlinePolicy`) are
 * read by @zz/common (county-policy.ts), the same reading the cases subgraph makes, so both compute the
 * same deadline for a case; this adds the letter prefixes and the accountability thresholds.
 *
 * Decisions:
 * - The top-level `deadlinePolicy` and `letterPrefix` apply to every county; `counties[code]` overrides
 *   them for one county (a platform run by a city for several counties). A county's `deadlinePolicy`
 *   is merged over the defaults, not over the top-level one: what a county writes is what it gets.
 * - A bad policy stops the service at start (BAD_USER_INPUT with the path of the bad field): a county
 *   must not run on silently ignored deadlines.
 * - The letter prefix (机关代字) is, in order: configured for the county, configured for all, derived
 *   from the county's name (大埔县 → 大埔综治, see prefixFromCountyName), or `综治` + the county code.
 */
import {
  DEFAULT_DEADLINE_RULES, badInput, countySections, parseDeadlineRules, readCountyPolicyDocument, underPath,
  type CountyDeadlineOverride, type DeadlineRules,
} from '@zz/common';
import { DEFAULT_ACCOUNTABILITY_THRESHOLDS, parseAccountabilityThresholds, type AccountabilityThresholds } from './accountability';
import { DEFAULT_EVALUATION_POLICY, parseEvaluationPolicy, type EvaluationPolicy } from './evaluation';
import { DEFAULT_SUBSIDY_POLICY, parseSubsidyPolicy, type SubsidyPolicy } from './subsidy';

export interface CountyOverride extends CountyDeadlineOverride {
  readonly letterPrefix?: string;
  /** The county's own evaluation weights / 以案定补 rates (replacing, not merged over, the top-level ones). */
  readonly evaluation?: EvaluationPolicy;
  readonly subsidy?: SubsidyPolicy;
}

/**
 * The deadline rules (`deadlinePolicy`, `calendar`, `counties[code].deadlinePolicy`) are read by
 * @zz/common's parseDeadlineRules, the same reading the cases subgraph makes; resolve a case's policy
 * with @zz/common's deadlinePolicyFor(policy, regionCode).
 */
export interface SupervisionPolicy extends DeadlineRules {
  readonly letterPrefix: string | null;
  readonly accountability: AccountabilityThresholds;
  /** Quarterly evaluation weights (季度考核) and 以案定补 rates; per county in `counties[code]`. */
  readonly evaluation: EvaluationPolicy;
  readonly subsidy: SubsidyPolicy;
  readonly counties: Readonly<Record<string, CountyOverride>>;
}

export const DEFAULT_SUPERVISION_POLICY: SupervisionPolicy = Object.freeze({
  ...DEFAULT_DEADLINE_RULES,
  letterPrefix: null,
  accountability: DEFAULT_ACCOUNTABILITY_THRESHOLDS,
  evaluation: DEFAULT_EVALUATION_POLICY,
  subsidy: DEFAULT_SUBSIDY_POLICY,
  counties: Object.freeze({}),
});

/** Keys a `counties` entry may have: the shared deadline rules, supervision's own, and the cases subgraph's (its 1+5+N list, checked there). */
const COUNTY_KEYS = ['deadlinePolicy', 'letterPrefix', 'consultation', 'evaluation', 'subsidy'];

function parsePrefix(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '' || /\s|[〔〕]/.test(value.trim())) {
    throw badInput('机关代字必须是不含空白和六角括号的文字，如「大埔综治」', field);
  }
  return value.trim();
}

export function parseSupervisionPolicy(json: string | null | undefined): SupervisionPolicy {
  const doc = readCountyPolicyDocument(json);
  if (!doc) return DEFAULT_SUPERVISION_POLICY;

  const rules = parseDeadlineRules(doc);
  const accountability = underPath('countyPolicy.accountability', 'accountability', () => parseAccountabilityThresholds(doc.accountability));
  const evaluation = underPath('countyPolicy.evaluation', 'evaluation', () => parseEvaluationPolicy(doc.evaluation));
  const subsidy = underPath('countyPolicy.subsidy', 'subsidy', () => parseSubsidyPolicy(doc.subsidy));
  const letterPrefix = doc.letterPrefix === undefined || doc.letterPrefix === null ? null : parsePrefix(doc.letterPrefix, 'countyPolicy.letterPrefix');

  const counties: Record<string, CountyOverride> = {};
  for (const { code, section, path } of countySections(doc)) {
    for (const key of Object.keys(section)) {
      if (!COUNTY_KEYS.includes(key)) throw badInput(`未知的配置项「${key}」`, `${path}.${key}`);
    }
    counties[code] = Object.freeze({
      ...rules.counties[code],
      ...(section.letterPrefix != null ? { letterPrefix: parsePrefix(section.letterPrefix, `${path}.letterPrefix`) } : {}),
      ...(section.evaluation != null ? { evaluation: underPath(`${path}.evaluation`, 'evaluation', () => parseEvaluationPolicy(section.evaluation)) } : {}),
      ...(section.subsidy != null ? { subsidy: underPath(`${path}.subsidy`, 'subsidy', () => parseSubsidyPolicy(section.subsidy)) } : {}),
    });
  }
  return Object.freeze({ ...rules, letterPrefix, accountability, evaluation, subsidy, counties: Object.freeze(counties) });
}

/** The evaluation weights of the county a region code lies in (its own, else the top-level ones). */
export function evaluationPolicyFor(policy: SupervisionPolicy, regionCode: string): EvaluationPolicy {
  return policy.counties[regionCode.slice(0, 6)]?.evaluation ?? policy.evaluation;
}

/** The 以案定补 rates of the county a region code lies in. */
export function subsidyPolicyFor(policy: SupervisionPolicy, regionCode: string): SubsidyPolicy {
  return policy.counties[regionCode.slice(0, 6)]?.subsidy ?? policy.subsidy;
}

/** The configured letter prefix of a county, if any (else the caller derives it from the county's name). */
export function configuredLetterPrefix(policy: SupervisionPolicy, countyCode: string): string | null {
  return policy.counties[countyCode]?.letterPrefix ?? policy.letterPrefix;
}

/**
 * 机关代字 from a county's name: the name without its administrative suffix, plus 综治
 * (大埔县 → 大埔综治, 梅江区 → 梅江综治, 肃南裕固族自治县 → 肃南裕固族综治).
 */
export function prefixFromCountyName(name: string): string | null {
  const base = name.trim().replace(/\s+/g, '').replace(/[〔〕]/g, '').replace(/(自治县|自治旗|县|区|市|旗)$/, '');
  return base ? `${base}综治` : null;
}

/**
 * The 机关代字 of a center's documents from its name: 湖寮镇综治中心 → 湖寮综治, 大埔县综治中心 → 大埔综治.
 * A village (community) station is not a 发文机关: its documents are numbered in its town center's series
 * (the caller passes the town's name), though they bear the station's own name.
 */
export function prefixFromCenterName(name: string): string | null {
  const base = name.trim().replace(/\s+/g, '').replace(/[〔〕]/g, '').replace(/(综治中心|综治服务站|综治服务中心)$/, '')
    .replace(/(自治县|自治旗|街道|社区|县|区|市|旗|镇|乡|村)$/, '');
  return base ? `${base}综治` : null;
}

/** The prefix used when neither configuration nor the county's name is known. */
export function fallbackLetterPrefix(countyCode: string): string {
  return `综治${countyCode}`;
}
