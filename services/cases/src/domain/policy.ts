/**
 * The county policy the cases subgraph runs with (COUNTY_POLICY_JSON, read once at start): the
 * escalation ladder, and the deadline rules (handling deadlines per complexity, per-county overrides,
 * the working calendar). Every part is optional; what is missing is the default (四级七天,
 * 1/5/15/20 calendar days, the national holidays).
 *
 * Shape (keys other services read, e.g. supervision's, are ignored here):
 *   { "ladder": { "name": "…", "steps": [ … ] },
 *     "deadlinePolicy": { "days": { "GENERAL": 7 }, "workingDays": false },
 *     "calendar": { "holidays": ["2026-10-01"], "extraWorkdays": ["2026-10-10"] },
 *     "consultation": { "requiredKinds": ["COURT", "PROCURATORATE", "POLICE", "JUSTICE", "PETITION"] },
 *     "counties": { "441423": { "deadlinePolicy": { "days": { "SIMPLE": 2 } }, "consultation": { "requiredKinds": [] } } } }
 * The document and the deadline rules are read by @zz/common (readCountyPolicyDocument,
 * parseDeadlineRules), the same reading supervision makes; a case's deadline is @zz/common's
 * caseDeadlineFor(policy, regionCode, complexity, acceptedAt), so Case.deadlineAt and
 * Case.supervision.deadlineAt agree. A bad policy stops the service at start (BAD_USER_INPUT with the
 * path of the bad field), since a county must not run with a silently ignored ladder.
 */
import { DEFAULT_DEADLINE_RULES, parseDeadlineRules, readCountyPolicyDocument, type DeadlineRules } from '@zz/common';
import { DEFAULT_LADDER, parseLadder, type Ladder } from './ladder';
import { DEFAULT_CONSULTATION_POLICY, parseConsultationPolicy, type ConsultationPolicy } from './consultation';

export interface CasePolicy extends DeadlineRules {
  ladder: Ladder;
  /** Who a 1+5+N consultation must convene (`consultation.requiredKinds`, per county too). */
  consultation: ConsultationPolicy;
}

export const DEFAULT_POLICY: CasePolicy = {
  ladder: DEFAULT_LADDER,
  ...DEFAULT_DEADLINE_RULES,
  consultation: DEFAULT_CONSULTATION_POLICY,
};

export function parseCasePolicy(json: string | null | undefined): CasePolicy {
  const doc = readCountyPolicyDocument(json);
  if (!doc) return DEFAULT_POLICY;
  const ladder = doc.ladder === undefined || doc.ladder === null ? DEFAULT_LADDER : parseLadder(doc.ladder);
  return { ladder, ...parseDeadlineRules(doc), consultation: parseConsultationPolicy(doc) };
}
