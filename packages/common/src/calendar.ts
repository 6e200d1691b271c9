/**
 * Deadlines are counted either in calendar days or in working days (weekends and public holidays
 * off, adjusted working weekends 调休 on). Dates are judged in China Standard Time (UTC+8, no DST),
 * because "a working day" is a day at the center, not in UTC.
 */
export interface WorkingCalendarConfig {
  /** Public holidays, `YYYY-MM-DD` (local date). */
  holidays: string[];
  /** Weekend days that are working days (调休), `YYYY-MM-DD`. */
  extraWorkdays: string[];
}

const CST_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/**
 * The State Council's holiday arrangements for 2025 and 2026. A county replaces or extends this
 * list through configuration when the next year's notice is published.
 */
export const CHINA_HOLIDAYS: WorkingCalendarConfig = {
  holidays: [
    '2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04',
    '2025-04-04', '2025-04-05', '2025-04-06', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05',
    '2025-05-31', '2025-06-01', '2025-06-02', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05',
    '2025-10-06', '2025-10-07', '2025-10-08',
    '2026-01-01', '2026-01-02', '2026-01-03', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19',
    '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23', '2026-04-04', '2026-04-05', '2026-04-06',
    '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05', '2026-06-19', '2026-06-20', '2026-06-21',
    '2026-09-25', '2026-09-26', '2026-09-27', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05',
    '2026-10-06', '2026-10-07',
  ],
  extraWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11', '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

/** `YYYY-MM-DD` of an instant, in China Standard Time. */
export function localDate(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

export class WorkingCalendar {
  private readonly holidays: Set<string>;
  private readonly extra: Set<string>;
  /** The lists it was built from (a county policy version shows and stores them). */
  readonly config: WorkingCalendarConfig;
  constructor(config: WorkingCalendarConfig = CHINA_HOLIDAYS) {
    this.config = { holidays: [...config.holidays].sort(), extraWorkdays: [...config.extraWorkdays].sort() };
    this.holidays = new Set(config.holidays);
    this.extra = new Set(config.extraWorkdays);
  }

  isWorkingDay(at: Date): boolean {
    const date = localDate(at);
    if (this.extra.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const weekday = new Date(at.getTime() + CST_OFFSET_MS).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /**
   * `days` working days after `start`: the same local time of day on the n-th following working
   * day (a case received Friday 16:00 with 1 working day is due Monday 16:00).
   */
  addWorkingDays(start: Date, days: number): Date {
    let at = new Date(start.getTime());
    let left = days;
    while (left > 0) {
      at = new Date(at.getTime() + DAY_MS);
      if (this.isWorkingDay(at)) left--;
    }
    return at;
  }

  /** Working days elapsed between two instants, counted in whole days (for reports). */
  workingDaysBetween(from: Date, to: Date): number {
    let n = 0;
    for (let at = new Date(from.getTime() + DAY_MS); at.getTime() <= to.getTime(); at = new Date(at.getTime() + DAY_MS)) {
      if (this.isWorkingDay(at)) n++;
    }
    return n;
  }
}

export function addCalendarDays(start: Date, days: number): Date {
  return new Date(start.getTime() + days * DAY_MS);
}
