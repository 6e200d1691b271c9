/**
 * Which deadline rules a case is held to: those of the county policy version it runs under
 * (CaseSnapshot.policyVersion, fixed by the cases subgraph at intake). Version 0 is the start
 * configuration (COUNTY_POLICY_JSON with its per-county overrides); a stored version N is the rules
 * its COUNTY_POLICY_CHANGED event carried, read by @zz/common's versionDeadlineRules — the reading the
 * cases subgraph makes of the same version, so Case.deadlineAt and Case.supervision agree. The ladder
 * step days need no version here: each snapshot carries its step's days under the case's version.
 */
import { countyCodeOf, deadlinePolicyFor, versionDeadlineRules, type DeadlinePolicy, type WorkingCalendar } from '@zz/common';
import type { SupervisionPolicy } from './policy';

export interface CaseDeadlineRules {
  readonly deadlinePolicy: DeadlinePolicy;
  readonly calendar: WorkingCalendar;
}

export interface VersionFacts {
  regionCode: string;
  policyVersion?: number;
}

export const versionKey = (f: VersionFacts): string => `${countyCodeOf(f.regionCode)}:${f.policyVersion ?? 0}`;

/** The start configuration's rules for a case of this region. */
export function startRulesFor(base: SupervisionPolicy, regionCode: string): CaseDeadlineRules {
  return { deadlinePolicy: deadlinePolicyFor(base, regionCode), calendar: base.calendar };
}

/** A stored version's rules (as its event carried them). */
export function rulesOfStoredVersion(rules: unknown): CaseDeadlineRules {
  const r = (rules ?? {}) as { deadlinePolicy?: unknown; calendar?: unknown };
  const parsed = versionDeadlineRules({ deadlinePolicy: r.deadlinePolicy, calendar: r.calendar });
  return { deadlinePolicy: parsed.deadlinePolicy, calendar: parsed.calendar };
}

/**
 * The rules of a case: version 0 → the start configuration; a stored version → its rules. A version
 * supervision has not seen (the event log lost it) falls back to the start configuration: a deadline
 * on the old rules beats none, and the consumer logs it.
 */
export function rulesFor(base: SupervisionPolicy, f: VersionFacts, stored: ReadonlyMap<string, CaseDeadlineRules>): CaseDeadlineRules {
  if (!f.policyVersion) return startRulesFor(base, f.regionCode);
  return stored.get(versionKey(f)) ?? startRulesFor(base, f.regionCode);
}
