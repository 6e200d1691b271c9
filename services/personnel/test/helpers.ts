/** Shared helpers of personnel's end-to-end tests. */
import { CHINA_HOLIDAYS } from '@zz/common';
import type { GraphQLResult } from '@zz/platform/testing';

export const codeOf = (r: GraphQLResult) => r.errors?.[0]?.extensions?.code;
export const fieldsOf = (r: GraphQLResult) =>
  ((r.errors?.[0]?.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field);

const CST = 8 * 3600_000;
const DAY = 24 * 3600_000;

/**
 * A studio working day (Monday–Friday, not a public holiday) at least `minDaysAhead` days from now,
 * as the local date `YYYY-MM-DD`; `skip` picks a later one, so tests do not share slots.
 */
export function studioDay(minDaysAhead = 8, skip = 0): string {
  let t = Date.now() + minDaysAhead * DAY;
  let left = skip;
  for (;;) {
    const local = new Date(t + CST);
    const date = local.toISOString().slice(0, 10);
    const wd = local.getUTCDay();
    if (wd >= 1 && wd <= 5 && !CHINA_HOLIDAYS.holidays.includes(date)) {
      if (left === 0) return date;
      left--;
    }
    t += DAY;
  }
}

/** `YYYY-MM-DD` + `HH:MM` in China Standard Time as an ISO instant with its offset. */
export const at = (day: string, hhmm: string) => `${day}T${hhmm}:00+08:00`;
