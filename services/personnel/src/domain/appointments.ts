/**
 * Booking a gold mediator's studio (金牌调解员工作室预约调解): the rules a booking must meet before it
 * is written. Every problem is collected and reported at once (one BAD_USER_INPUT naming each field,
 * `input.startsAt`, `input.endsAt`, …).
 *
 * Decisions:
 * - Times must be ISO-8601 with an explicit offset (`Z` or `+08:00`): a bare local time is ambiguous
 *   between the browser, the server and the contract's UTC.
 * - Studio hours are judged in China Standard Time (UTC+8, no DST), the studio's wall clock. Default:
 *   Monday–Saturday 08:30–12:00 and 14:00–17:30, Sunday closed; configurable per weekday, plus
 *   closed dates (holidays). A booking lies entirely inside ONE open interval (no booking across
 *   the lunch break or midnight).
 * - Duration 15 minutes to 4 hours; a booking may not start in the past.
 * - Double booking is NOT checked here: the database guarantees it with an exclusion constraint on
 *   (mediator, time range) for BOOKED appointments, which also holds under concurrent requests; the
 *   resolver maps that violation to CONFLICT. Whether the mediator exists and is in the gold team is
 *   likewise the resolver's check, since it needs the database.
 */
import { ValidationErrors, conflict, isValidPhone } from '@zz/common';
import type { AppointmentStatus as SdlAppointmentStatus } from '../generated/resolvers-types';

export const MIN_BOOKING_MINUTES = 15;
export const MAX_BOOKING_MINUTES = 240;
export const MAX_CONTACT_NAME_LENGTH = 50;

export const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;
/** Index in WEEKDAYS = JavaScript's getUTCDay() of the CST wall clock. */
export type Weekday = (typeof WEEKDAYS)[number];
const WEEKDAY_LABELS: Readonly<Record<Weekday, string>> = {
  SUN: '周日', MON: '周一', TUE: '周二', WED: '周三', THU: '周四', FRI: '周五', SAT: '周六',
};

/** An open interval of one day, wall-clock `HH:MM` in CST; `end` may be `24:00`. */
export interface OpenInterval {
  start: string;
  end: string;
}

export interface StudioHours {
  /** Open intervals per weekday; a missing or empty day is closed. */
  weekly: Readonly<Partial<Record<Weekday, readonly OpenInterval[]>>>;
  /** Local dates `YYYY-MM-DD` (CST) on which the studio is closed, e.g. public holidays. */
  closedDates?: readonly string[];
}

const WORKDAY: readonly OpenInterval[] = Object.freeze([
  Object.freeze({ start: '08:30', end: '12:00' }),
  Object.freeze({ start: '14:00', end: '17:30' }),
]);

export const DEFAULT_STUDIO_HOURS: StudioHours = Object.freeze({
  weekly: Object.freeze({ MON: WORKDAY, TUE: WORKDAY, WED: WORKDAY, THU: WORKDAY, FRI: WORKDAY, SAT: WORKDAY }),
});

export interface BookingInput {
  mediatorId: string;
  caseId?: string | null;
  startsAt: string;
  endsAt: string;
  contactName: string;
  contactPhone: string;
}

export interface NormalisedBooking {
  mediatorId: string;
  caseId: string | null;
  startsAt: Date;
  endsAt: Date;
  contactName: string;
  contactPhone: string;
}

/** The graph's `AppointmentStatus` enum. */
export type AppointmentStatus = SdlAppointmentStatus;

export const APPOINTMENT_STATUS_LABELS: Readonly<Record<AppointmentStatus, string>> = {
  BOOKED: '已预约',
  CANCELLED: '已取消',
  COMPLETED: '已完成',
  NO_SHOW: '未到场',
};

const CST_OFFSET_MS = 8 * 3600_000;
const MINUTE_MS = 60_000;

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * Parses an ISO-8601 date-time with an explicit offset. Returns null when malformed or not a real
 * calendar time (Date.parse would roll 2025-02-30 over into March).
 */
export function parseIsoDateTime(value: string): Date | null {
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  if (h > 23 || mi > 59 || s > 59) return null;
  let offsetMin = 0;
  if (m[8].toUpperCase() !== 'Z') {
    const oh = Number(m[8].slice(1, 3)), om = Number(m[8].slice(4, 6));
    if (oh > 14 || om > 59) return null;
    offsetMin = (m[8][0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMin * MINUTE_MS;
  // Date.UTC maps years 0–99 to 1900–1999; such dates are nonsense for a booking anyway.
  return y < 100 ? null : new Date(utc);
}

/** Minutes after midnight of `HH:MM`; a malformed configuration is a deployment error. */
function clockMinutes(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  if (!m || Number(m[2]) > 59 || minutes > 24 * 60) throw new RangeError(`studio hours: bad time "${hhmm}"`);
  return minutes;
}

function openIntervals(hours: StudioHours, weekday: Weekday): { start: number; end: number; label: string }[] {
  return (hours.weekly[weekday] ?? []).map((iv) => {
    const start = clockMinutes(iv.start), end = clockMinutes(iv.end);
    if (start >= end) throw new RangeError(`studio hours: ${weekday} ${iv.start}–${iv.end} is empty`);
    return { start, end, label: `${iv.start}–${iv.end}` };
  });
}

const length = (s: string) => [...s].length;

/** Drops inner spaces and a leading +86 / 0086, as hotline and mini-program forms often carry them. */
export function normalisePhone(phone: string): string {
  return phone.replace(/\s+/g, '').replace(/^(?:\+|00)86-?/, '');
}

/**
 * Validates and normalises a booking; throws one BAD_USER_INPUT listing every bad field.
 * Does not check double booking (database exclusion constraint, see the file comment).
 */
export function validateBooking(input: BookingInput, now: Date, hours: StudioHours = DEFAULT_STUDIO_HOURS): NormalisedBooking {
  const errors = new ValidationErrors();

  const mediatorId = (input.mediatorId ?? '').trim();
  if (!mediatorId) errors.add('input.mediatorId', '请选择调解员');
  const caseId = input.caseId?.trim() || null;

  const startsAt = parseIsoDateTime(input.startsAt ?? '');
  const endsAt = parseIsoDateTime(input.endsAt ?? '');
  if (!startsAt) errors.add('input.startsAt', '开始时间格式无效，应为带时区的 ISO-8601 时间');
  if (!endsAt) errors.add('input.endsAt', '结束时间格式无效，应为带时区的 ISO-8601 时间');

  if (startsAt && endsAt) {
    const minutes = (endsAt.getTime() - startsAt.getTime()) / MINUTE_MS;
    if (startsAt.getTime() < now.getTime()) errors.add('input.startsAt', '不能预约已过去的时间');
    if (minutes <= 0) {
      errors.add('input.endsAt', '结束时间必须晚于开始时间');
    } else if (minutes < MIN_BOOKING_MINUTES || minutes > MAX_BOOKING_MINUTES) {
      errors.add('input.endsAt', `预约时长须在 ${MIN_BOOKING_MINUTES} 分钟至 ${MAX_BOOKING_MINUTES / 60} 小时之间`);
    } else {
      checkStudioHours(startsAt, endsAt, hours, errors);
    }
  }

  const contactName = (input.contactName ?? '').trim();
  if (length(contactName) < 1) errors.add('input.contactName', '请填写联系人姓名');
  else if (length(contactName) > MAX_CONTACT_NAME_LENGTH) errors.add('input.contactName', `联系人姓名不能超过 ${MAX_CONTACT_NAME_LENGTH} 个字`);

  const contactPhone = normalisePhone(input.contactPhone ?? '');
  if (!contactPhone) errors.add('input.contactPhone', '请填写联系电话');
  else if (!isValidPhone(contactPhone)) errors.add('input.contactPhone', '联系电话格式无效（手机号或带区号的固定电话）');

  errors.throwIfAny();
  return { mediatorId, caseId, startsAt: startsAt!, endsAt: endsAt!, contactName, contactPhone };
}

function checkStudioHours(startsAt: Date, endsAt: Date, hours: StudioHours, errors: ValidationErrors): void {
  // Shift to the CST wall clock and read it with the UTC getters.
  const local = new Date(startsAt.getTime() + CST_OFFSET_MS);
  const date = local.toISOString().slice(0, 10);
  const weekday = WEEKDAYS[local.getUTCDay()];
  const dayLabel = `${date}（${WEEKDAY_LABELS[weekday]}）`;
  const intervals = openIntervals(hours, weekday);

  if (hours.closedDates?.includes(date) || intervals.length === 0) {
    errors.add('input.startsAt', `工作室 ${dayLabel} 不开放`);
    return;
  }
  const startMin = local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60 + local.getUTCMilliseconds() / MINUTE_MS;
  // Measured from the same local midnight, so a booking past midnight lands beyond every interval.
  const endMin = startMin + (endsAt.getTime() - startsAt.getTime()) / MINUTE_MS;
  const open = intervals.map((iv) => iv.label).join('、');
  const containing = intervals.find((iv) => startMin >= iv.start && startMin < iv.end);
  if (!containing) {
    errors.add('input.startsAt', `开始时间不在工作室开放时段内（${dayLabel}：${open}，北京时间）`);
  } else if (endMin > containing.end) {
    errors.add('input.endsAt', `结束时间超出开放时段 ${containing.label}（北京时间），请缩短时长或另选时段`);
  }
}

/** The status after cancelling; only a BOOKED appointment can be cancelled. */
export function cancelTransition(status: AppointmentStatus): 'CANCELLED' {
  if (status !== 'BOOKED') {
    throw conflict(`预约当前为「${APPOINTMENT_STATUS_LABELS[status] ?? status}」，只有已预约的可以取消`);
  }
  return 'CANCELLED';
}
