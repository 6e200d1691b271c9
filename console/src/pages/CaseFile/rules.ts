/**
 * The case file's own small rules, pure so they are unit-tested (rules.test.ts): which studio hours
 * are free to book, and when the follow-up visit (回访) is due.
 */
import dayjs from 'dayjs';
import type { CaseStatus } from '../../gql/graphql';

/** One-hour slots inside the studios' default hours, China Standard Time (+08:00): Mon–Sat 08:30–12:00, 14:00–17:30. */
export const SLOT_STARTS = ['08:30', '09:30', '10:30', '14:00', '15:00', '16:00'];
const HOUR = 3_600_000;

export interface Slot { startsAt: string; endsAt: string; state: 'free' | 'busy' | 'past' }

/** `day` is YYYY-MM-DD in China; a slot is busy when it overlaps a booked interval (half-open, as the database counts). */
export function slotsOf(day: string, booked: readonly { startsAt: string; endsAt: string }[], now: number): Slot[] {
  if (new Date(`${day}T12:00:00+08:00`).getUTCDay() === 0) return []; // Sunday: studios are closed
  return SLOT_STARTS.map((hhmm) => {
    const start = Date.parse(`${day}T${hhmm}:00+08:00`);
    const end = start + HOUR;
    const busy = booked.some((b) => Date.parse(b.startsAt) < end && start < Date.parse(b.endsAt));
    return { startsAt: `${day}T${hhmm}:00+08:00`, endsAt: new Date(end).toISOString(), state: start <= now ? 'past' : busy ? 'busy' : 'free' };
  });
}

/** The first day after `now` the studios open (Sunday closed; public holidays are the server's to refuse). */
export function firstOpenDay(now: number): string {
  let d = dayjs(now).add(1, 'day');
  if (d.day() === 0) d = d.add(1, 'day');
  return d.format('YYYY-MM-DD');
}

/** 回访 is due when the case is settled and this round (a reopened case is settled again) has no visit yet. */
export function needsFollowUp(c: { status: CaseStatus; resolvedAt?: string | null; supervision: { followUp?: { at: string } | null } }): boolean {
  if (c.status !== 'RESOLVED' && c.status !== 'CLOSED') return false;
  const visit = c.supervision.followUp;
  return !visit || (!!c.resolvedAt && Date.parse(visit.at) < Date.parse(c.resolvedAt));
}
