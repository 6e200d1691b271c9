/** Party languages given with a recommendation request (e.g. 蒙古语): trimmed, de-duplicated, bounded. */
import { ValidationErrors } from '@zz/common';

export const MAX_PARTY_LANGUAGES = 10;
const MAX_LANGUAGE_LENGTH = 20;

export function validatePartyLanguages(languages: readonly string[], field = 'partyLanguages'): string[] {
  const errors = new ValidationErrors();
  const out = [...new Set(languages.map((l) => l.trim()).filter((l) => l !== ''))];
  if (out.length > MAX_PARTY_LANGUAGES) errors.add(field, `当事人语言最多 ${MAX_PARTY_LANGUAGES} 种`);
  languages.forEach((l, i) => {
    if ([...l.trim()].length > MAX_LANGUAGE_LENGTH) errors.add(`${field}.${i}`, `语言名称不能超过 ${MAX_LANGUAGE_LENGTH} 个字`);
  });
  errors.throwIfAny();
  return out;
}
