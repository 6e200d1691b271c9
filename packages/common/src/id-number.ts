/**
 * Chinese resident identity numbers (GB 11643-1999): 17 digits, then a check character computed
 * with ISO 7064 MOD 11-2. Shared by validation (cases) and the demo generator, so both agree.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('idNumberCheckChar needs 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** True for an 18-character number with a plausible birth date and the right check character. */
export function isValidIdNumber(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  const y = Number(v.slice(6, 10)), m = Number(v.slice(10, 12)), d = Number(v.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d || birth.getTime() > Date.now()) return false;
  return idNumberCheckChar(v.slice(0, 17)) === v[17];
}

/** Mainland mobile numbers (1[3-9]x, 11 digits) or landlines with area code (0xx-xxxxxxx). */
export function isValidPhone(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value) || /^0\d{2,3}-?\d{7,8}$/.test(value);
}

/** A phone as typed (spaces, +86 / 0086) reduced to the digits the validators and keys expect. */
export function normalisePhone(phone: string): string {
  return phone.replace(/\s+/g, '').replace(/^(?:\+|00)86-?/, '');
}

/** An ID number as typed, trimmed and with an upper-case check character. */
export function normaliseIdNumber(idNumber: string): string {
  return idNumber.trim().toUpperCase();
}
