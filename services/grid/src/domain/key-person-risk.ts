/**
 * Which key persons a risk warning concerns, and what it does to their 三级预警 tier.
 *
 * Decisions:
 * - A record is matched by the same non-reversible keys the cases subgraph gives a case's parties
 *   (`partyKeys` of @zz/common): its ID number and its phone when the record has them (only their hashes
 *   are kept), and its name together with its grid's, village's and town's code — a case is filed at one of
 *   those, and a name alone is too common to identify anyone. Only records of the case's county are matched.
 * - A warning raises the record's tier to the warning's level when that is higher (黄 → 橙 → 红); it never
 *   lowers it: lowering is the grid's decision after visits. Either way the match is kept, so the warning
 *   names the person (for those who may read key persons) and the record lists the warnings about it.
 * - The raised tier's visit interval runs from the same last visit (domain/key-person-care.ts), so a record
 *   raised to 红色 may be due at once.
 */
import { idNumberKey, isValidIdNumber, isValidPhone, nameKey, normaliseIdNumber, normalisePhone, phoneKey, ValidationErrors } from '@zz/common';
import { KEY_PERSON_TIERS, type KeyPersonTier } from './key-person-care';

const TIER_RANK: Readonly<Record<KeyPersonTier, number>> = { YELLOW: 1, ORANGE: 2, RED: 3 };

export const isTier = (t: unknown): t is KeyPersonTier => typeof t === 'string' && t in KEY_PERSON_TIERS;

/** The tier after a warning of `level`: the higher of the two. */
export function tierAfterWarning(current: KeyPersonTier, level: KeyPersonTier): KeyPersonTier {
  return TIER_RANK[level] > TIER_RANK[current] ? level : current;
}

/** The codes a record's name is keyed at: its grid's and the village's and town's above it (not the county's). */
export function nameKeyCodes(gridCode: string): string[] {
  return [9, 12, 15].filter((n) => n <= gridCode.length).map((n) => gridCode.slice(0, n));
}

export interface RecordKeys {
  idNumberKey: string | null;
  phoneKey: string | null;
}

/** Every key a record is matched by, deduplicated and sorted. */
export function keyPersonKeys(name: string, gridCode: string, k: RecordKeys): string[] {
  const keys = new Set(nameKeyCodes(gridCode).map((code) => nameKey(name, code)));
  if (k.idNumberKey) keys.add(k.idNumberKey);
  if (k.phoneKey) keys.add(k.phoneKey);
  return [...keys].sort();
}

export interface IdentifierInput {
  idNumber?: string | null;
  phone?: string | null;
}

/**
 * The identifiers of an add or update, as the hashes kept: undefined leaves a key unchanged, null or blank
 * clears it. A malformed number is a BAD_USER_INPUT naming the field (the value is never echoed).
 */
export function validateIdentifiers(input: IdentifierInput, errors: ValidationErrors): Partial<RecordKeys> {
  const out: Partial<RecordKeys> = {};
  if (input.idNumber !== undefined) {
    const t = normaliseIdNumber(input.idNumber ?? '');
    if (!t) out.idNumberKey = null;
    else if (!isValidIdNumber(t)) errors.add('input.idNumber', '身份证号码不正确（18 位，校验位或出生日期有误）');
    else out.idNumberKey = idNumberKey(t);
  }
  if (input.phone !== undefined) {
    const t = normalisePhone(input.phone ?? '');
    if (!t) out.phoneKey = null;
    else if (!isValidPhone(t)) errors.add('input.phone', '联系电话格式不正确（手机号 11 位，固话需带区号）');
    else out.phoneKey = phoneKey(t);
  }
  return out;
}

/** The board's note: the tier and the case, never the person. */
export function riskNote(tierBefore: KeyPersonTier, tier: KeyPersonTier, caseCode: string): string {
  return tier !== tierBefore
    ? `风险预警涉及重点人员，预警等级由${KEY_PERSON_TIERS[tierBefore]}调为${KEY_PERSON_TIERS[tier]}（案件 ${caseCode}）`
    : `风险预警涉及${KEY_PERSON_TIERS[tier]}重点人员（案件 ${caseCode}）`;
}
