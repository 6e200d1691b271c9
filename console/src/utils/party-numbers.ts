/**
 * The parties' numbers as the intake form checks them while the operator types. The server's rule
 * is the authority (packages/common/src/id-number.ts and the cases subgraph's intake validation);
 * this mirrors it so the field turns red at once, and party-numbers.test.ts checks that both agree
 * on generated numbers. Kept apart from server code so the console bundle carries none of it.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The GB 11643 check character of 17 digits (ISO 7064 MOD 11-2). */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** As the server stores it: trimmed, a trailing x upper-cased. */
export const normaliseIdNumber = (value: string) => value.trim().toUpperCase();

/** As the server reads a phone: inner spaces and a leading +86 / 0086 dropped (hotline transfers carry them). */
export const normalisePhone = (value: string) => value.replace(/\s+/g, '').replace(/^(?:\+|00)86-?/, '');

export type IdNumberProblem = 'length' | 'birthDate' | 'checkDigit';

/**
 * Why an ID number is refused, or null when it is valid: 18 characters (17 digits and a digit or X),
 * a real birth date from 1900 to today, and the right check character. The reason lets the form say
 * which (an operator mistyping one digit is told the check digit is wrong, not "invalid").
 */
export function idNumberProblem(value: string, now: Date = new Date()): IdNumberProblem | null {
  const v = normaliseIdNumber(value);
  if (!/^\d{17}[\dX]$/.test(v)) return 'length';
  const y = Number(v.slice(6, 10)), m = Number(v.slice(10, 12)), d = Number(v.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d || birth.getTime() > now.getTime()) return 'birthDate';
  return idNumberCheckChar(v.slice(0, 17)) === v[17] ? null : 'checkDigit';
}

export const isValidIdNumber = (value: string, now?: Date) => idNumberProblem(value, now) === null;

/** Mainland mobile (1[3-9] and 9 digits) or a landline with its area code (0xx-xxxxxxx), after normalising. */
export function isValidPhone(value: string): boolean {
  const v = normalisePhone(value);
  return /^1[3-9]\d{9}$/.test(v) || /^0\d{2,3}-?\d{7,8}$/.test(v);
}

/** Money in yuan as the graph's Decimal takes it: up to 13 integer digits (≤ 1e12), at most two decimals. */
export function isValidAmount(value: string): boolean {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!m) return false;
  const integer = m[1].replace(/^0+(?=\d)/, '');
  if (integer.length < 13) return true;
  return integer === '1000000000000' && /^0*$/.test(m[2] ?? '');
}

const stars = (n: number) => '*'.repeat(Math.max(0, n));
/** Keeps the first `head` and last `tail` characters; a value too short for that is fully masked. */
const keepEnds = (v: string, head: number, tail: number) => (v.length <= head + tail ? stars(v.length) : v.slice(0, head) + stars(v.length - head - tail) + v.slice(v.length - tail));

/** 13812345678 → 138****5678; 0755-12345678 → 0755-****5678 (the server's mask, for printed documents). */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (p.includes('*')) return p;
  if (/^1\d{10}$/.test(p)) return keepEnds(p, 3, 4);
  if (/^0\d{2,3}-?\d{7,8}$/.test(p)) {
    const dash = p.indexOf('-');
    // Without a dash, 010 and 02x are the 3-digit area codes; all others have 4 digits.
    const areaLength = dash > 0 ? dash + 1 : /^0(?:10|2\d)/.test(p) ? 3 : 4;
    return p.slice(0, areaLength) + keepEnds(p.slice(areaLength), 0, 4);
  }
  return keepEnds(p, 0, 4);
}

/** 440102199001011234 → 440102********1234. */
export function maskIdNumber(idNumber: string): string {
  const v = idNumber.trim();
  return v.includes('*') ? v : keepEnds(v, 6, 4);
}
