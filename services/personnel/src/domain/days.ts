/**
 * Local days and months of the centers, in China Standard Time (UTC+8, no DST): "the appointments of
 * 2026-03-02" and "the rotating departments of this month" mean the center's wall clock, not UTC.
 */
import { badInput } from '@zz/common';

const CST_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** `[start, end)` in UTC of a local date `YYYY-MM-DD`; BAD_USER_INPUT on `field` when malformed. */
export function localDayRange(day: string, field = 'day'): { start: Date; end: Date } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  const y = m ? Number(m[1]) : NaN, mo = m ? Number(m[2]) : NaN, d = m ? Number(m[3]) : NaN;
  if (!m || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate() || y < 2000 || y > 2100) {
    throw badInput('日期格式应为 YYYY-MM-DD（北京时间）', field);
  }
  const start = new Date(Date.UTC(y, mo - 1, d) - CST_OFFSET_MS);
  return { start, end: new Date(start.getTime() + DAY_MS) };
}

/** Month 1..12 of an instant at the center. */
export function localMonth(at: Date): number {
  return new Date(at.getTime() + CST_OFFSET_MS).getUTCMonth() + 1;
}

/** A month argument (1..12), or the current local month when absent. */
export function monthOrCurrent(month: number | null | undefined, now: Date, field = 'month'): number {
  if (month === null || month === undefined) return localMonth(now);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw badInput('月份须为 1–12', field);
  return month;
}
