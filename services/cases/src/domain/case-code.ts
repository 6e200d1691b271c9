/**
 * The unified case code (统一编码): `CCCCCC-YYYYMMDD-NNNNNN`, e.g. `441422-20261122-000123`:
 * the county's 6-digit administrative code, the intake date in China Standard Time, and a 6-digit
 * sequence per county per day. Fixed widths make codes of a county sort as text in intake order.
 *
 * Only formatting and parsing live here: the sequence is allocated by the database (an atomic
 * upsert on a counter row keyed by county code + `caseCodeDay(date)`), so two windows never share one.
 */
import { localDate } from '@zz/common';

export const MAX_CASE_SEQUENCE = 999_999;
const CODE = /^(\d{6})-(\d{4})(\d{2})(\d{2})-(\d{6})$/;

export interface ParsedCaseCode {
  /** County administrative code, 6 digits. */
  regionCode: string;
  /** Intake date (CST), `YYYY-MM-DD`. */
  date: string;
  sequence: number;
}

/** `YYYYMMDD` of the instant in China Standard Time: the day part of the code and of the counter key. */
export function caseCodeDay(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('case code date is invalid');
  return localDate(date).replace(/-/g, '');
}

/**
 * Misuse (a bad county code or a sequence out of range) is a programming or data error, so it
 * throws RangeError rather than a user-facing error.
 */
export function formatCaseCode(regionCode6: string, date: Date, sequence: number): string {
  if (!/^\d{6}$/.test(regionCode6)) throw new RangeError(`county code must be 6 digits, got "${regionCode6}"`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_CASE_SEQUENCE) {
    throw new RangeError(`case sequence must be an integer 1–${MAX_CASE_SEQUENCE}, got ${sequence}`);
  }
  return `${regionCode6}-${caseCodeDay(date)}-${String(sequence).padStart(6, '0')}`;
}

/** The parts of a code, or null if it is not a well-formed code of a real date (e.g. user search input). */
export function parseCaseCode(code: string): ParsedCaseCode | null {
  const m = CODE.exec(code.trim());
  if (!m) return null;
  const [, regionCode, y, mo, d, seq] = m;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCFullYear() !== Number(y) || day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) return null;
  const sequence = Number(seq);
  if (sequence < 1) return null;
  return { regionCode, date: `${y}-${mo}-${d}`, sequence };
}

export function isCaseCode(code: string): boolean {
  return parseCaseCode(code) !== null;
}
