/**
 * 周例会 / 月研判: a center's scheduled meetings. The weekly work meeting goes through the week's hard
 * and overdue cases (who does what by when); the monthly analysis meeting reads the risk situation,
 * the trends and the key cases and records its 研判 conclusions. Unlike a 1+5+N consultation (one case,
 * many departments) a meeting belongs to a center and has many cases on its agenda.
 *
 * Decisions:
 * - Numbered per center, kind and year of the scheduled time (Beijing time), at scheduling:
 *   「2026年第12次周例会」. A cancelled meeting keeps its number (the notice went out under it).
 * - SCHEDULED → HELD (recorded once: attendees, minutes, decisions) or → CANCELLED (with a reason);
 *   anything else is CONFLICT.
 * - The agenda: 1–50 distinct cases in order, each with an optional note. Each must lie in the
 *   center's territory and the caller's jurisdiction (FORBIDDEN naming `input.agenda.N.caseId`,
 *   checked by the service); an unknown case is BAD_USER_INPUT on that field.
 * - A decision is general or about one agenda case (its `caseId` must be on the agenda), with an
 *   optional responsible department and an optional due date (not before the meeting).
 * - The meeting is the record: decisions write no ledger entry on the cases (see the service).
 */
import { ValidationErrors, conflict, isUuid } from '@zz/common';
import { requiredText } from './intake';

export const MEETING_KINDS = ['WEEKLY', 'MONTHLY'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type MeetingStatus = 'SCHEDULED' | 'HELD' | 'CANCELLED';

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = { WEEKLY: '周例会', MONTHLY: '月研判' };

export const MEETING_LIMITS = {
  place: { min: 2, max: 100 },
  topic: { min: 2, max: 200 },
  agenda: { min: 1, max: 50 },
  agendaNote: { min: 1, max: 500 },
  attendees: { min: 1, max: 100 },
  attendeeName: { min: 2, max: 50 },
  attendeeTitle: { max: 50 },
  minutes: { min: 5, max: 20000 },
  decisions: { max: 100 },
  decisionText: { min: 2, max: 2000 },
  reason: { min: 2, max: 500 },
  clockSkewMs: 5 * 60_000,
} as const;

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** The year a meeting is numbered in: its scheduled time's year in Beijing time. */
export function meetingYear(at: Date): number {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).getUTCFullYear();
}

/** 「2026年第12次周例会」 */
export function meetingTitle(kind: MeetingKind, year: number, sequence: number): string {
  return `${year}年第${sequence}次${MEETING_KIND_LABELS[kind]}`;
}

export interface AgendaItem {
  caseId: string;
  note: string | null;
}

export interface ScheduleInput {
  centerId: string;
  kind: string;
  scheduledAt: Date | string;
  place: string;
  topic: string;
  agenda: readonly { caseId: string; note?: string | null }[];
}

export interface ValidSchedule {
  centerId: string;
  kind: MeetingKind;
  scheduledAt: Date;
  place: string;
  topic: string;
  agenda: AgendaItem[];
}

const lowerId = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : '');

function optionalText(errors: ValidationErrors, value: unknown, field: string, label: string, max: number): string | null {
  if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) return null;
  if (typeof value !== 'string') {
    errors.add(field, `${label}必须是文字`);
    return null;
  }
  const t = value.trim();
  if ([...t].length > max) errors.add(field, `${label}不能超过 ${max} 个字`);
  return t;
}

function validDate(errors: ValidationErrors, value: unknown, field: string, label: string): Date | null {
  const d = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(d.getTime())) {
    errors.add(field, `${label}无效`);
    return null;
  }
  return d;
}

/** BAD_USER_INPUT naming each wrong field (`input.kind`, `input.agenda.2.caseId` …); nothing is looked up here. */
export function validateSchedule(input: ScheduleInput): ValidSchedule {
  const errors = new ValidationErrors();
  const centerId = lowerId(input.centerId);
  if (!isUuid(centerId)) errors.add('input.centerId', '中心编号无效');
  const kind = input.kind as MeetingKind;
  if (!MEETING_KINDS.includes(kind)) errors.add('input.kind', '会议类别应为周例会（WEEKLY）或月研判（MONTHLY）');
  const scheduledAt = validDate(errors, input.scheduledAt, 'input.scheduledAt', '会议时间');
  const place = requiredText(errors, input.place, 'input.place', '会议地点', MEETING_LIMITS.place);
  const topic = requiredText(errors, input.topic, 'input.topic', '会议主题', MEETING_LIMITS.topic);
  const list = Array.isArray(input.agenda) ? input.agenda : [];
  const { min, max } = MEETING_LIMITS.agenda;
  if (list.length < min || list.length > max) errors.add('input.agenda', `议程须有 ${min}–${max} 个案件（现为 ${list.length} 个）`);
  const agenda: AgendaItem[] = [];
  list.forEach((item, i) => {
    const caseId = lowerId(item?.caseId);
    const note = optionalText(errors, item?.note, `input.agenda.${i}.note`, '议程说明', MEETING_LIMITS.agendaNote.max);
    if (!isUuid(caseId)) errors.add(`input.agenda.${i}.caseId`, '案件编号无效');
    else if (agenda.some((a) => a.caseId === caseId)) errors.add(`input.agenda.${i}.caseId`, '议程中的案件重复');
    else agenda.push({ caseId, note });
  });
  errors.throwIfAny();
  return { centerId, kind, scheduledAt: scheduledAt!, place: place!, topic: topic!, agenda };
}

export interface Attendee {
  name: string;
  title: string | null;
}

export interface Decision {
  caseId: string | null;
  text: string;
  departmentId: string | null;
  dueDate: Date | null;
}

export interface RecordInput {
  heldAt: Date | string;
  attendees: readonly { name: string; title?: string | null }[];
  minutes: string;
  decisions?: readonly { caseId?: string | null; text: string; departmentId?: string | null; dueDate?: Date | string | null }[] | null;
}

export interface ValidRecord {
  heldAt: Date;
  attendees: Attendee[];
  minutes: string;
  decisions: Decision[];
}

/**
 * What a held meeting records. `agenda` is the meeting's case ids (a decision's case must be one);
 * heldAt is not in the future (+5 minutes of clock skew) and not more than a day before the scheduled
 * time (a meeting brought forward is rescheduled, not recorded early). Due dates are not before heldAt's day.
 */
export function validateRecord(input: RecordInput, agenda: readonly string[], scheduledAt: Date, now: Date): ValidRecord {
  const errors = new ValidationErrors();
  const heldAt = validDate(errors, input.heldAt, 'input.heldAt', '召开时间');
  if (heldAt && heldAt.getTime() > now.getTime() + MEETING_LIMITS.clockSkewMs) errors.add('input.heldAt', '召开时间不能晚于现在');
  else if (heldAt && heldAt.getTime() < scheduledAt.getTime() - 24 * 3600_000) errors.add('input.heldAt', '召开时间不能早于预定时间一天以上');

  const people = Array.isArray(input.attendees) ? input.attendees : [];
  const { min, max } = MEETING_LIMITS.attendees;
  if (people.length < min || people.length > max) errors.add('input.attendees', `参会人员须有 ${min}–${max} 人`);
  const attendees: Attendee[] = [];
  people.forEach((a, i) => {
    const name = requiredText(errors, a?.name, `input.attendees.${i}.name`, '参会人员姓名', MEETING_LIMITS.attendeeName);
    const title = optionalText(errors, a?.title, `input.attendees.${i}.title`, '职务', MEETING_LIMITS.attendeeTitle.max);
    if (name && attendees.some((x) => x.name === name && x.title === title)) errors.add(`input.attendees.${i}.name`, '参会人员重复');
    else if (name) attendees.push({ name, title });
  });

  const minutes = requiredText(errors, input.minutes, 'input.minutes', '会议纪要', MEETING_LIMITS.minutes);

  const list = Array.isArray(input.decisions) ? input.decisions : [];
  if (list.length > MEETING_LIMITS.decisions.max) errors.add('input.decisions', `决定事项至多 ${MEETING_LIMITS.decisions.max} 项`);
  const decisions: Decision[] = [];
  const dayStart = heldAt ? Date.UTC(new Date(heldAt.getTime() + BEIJING_OFFSET_MS).getUTCFullYear(), new Date(heldAt.getTime() + BEIJING_OFFSET_MS).getUTCMonth(), new Date(heldAt.getTime() + BEIJING_OFFSET_MS).getUTCDate()) - BEIJING_OFFSET_MS : null;
  list.forEach((d, i) => {
    const at = `input.decisions.${i}`;
    const text = requiredText(errors, d?.text, `${at}.text`, '决定事项', MEETING_LIMITS.decisionText);
    const rawCase = d?.caseId ? lowerId(d.caseId) : null;
    if (rawCase !== null && !agenda.includes(rawCase)) errors.add(`${at}.caseId`, '决定所涉案件须在本次会议议程中');
    const rawDept = d?.departmentId ? lowerId(d.departmentId) : null;
    if (rawDept !== null && !isUuid(rawDept)) errors.add(`${at}.departmentId`, '部门编号无效');
    let dueDate: Date | null = null;
    if (d?.dueDate !== null && d?.dueDate !== undefined && d?.dueDate !== '') {
      dueDate = validDate(errors, d.dueDate, `${at}.dueDate`, '办结期限');
      if (dueDate && dayStart !== null && dueDate.getTime() < dayStart) errors.add(`${at}.dueDate`, '办结期限不能早于会议召开日');
    }
    if (text) decisions.push({ caseId: rawCase, text, departmentId: rawDept, dueDate });
  });
  errors.throwIfAny();
  return { heldAt: heldAt!, attendees, minutes: minutes!, decisions };
}

export function validateCancelReason(reason: unknown): string {
  const errors = new ValidationErrors();
  const r = requiredText(errors, reason, 'reason', '取消原因', MEETING_LIMITS.reason);
  errors.throwIfAny();
  return r!;
}

/** CONFLICT unless the meeting is still SCHEDULED (recorded twice, recorded after cancelling, cancelled twice …). */
export function assertScheduled(status: MeetingStatus, doing: 'record' | 'cancel'): void {
  if (status === 'SCHEDULED') return;
  const now = status === 'HELD' ? '已召开并记录' : '已取消';
  const what = doing === 'record' ? '记录' : '取消';
  throw conflict(`该会议${now}，不能再${what} / the meeting is ${status}`);
}

/** Whether a case (by region code) lies in a center's territory (the center's region or below). */
export function inCenterTerritory(centerRegionCode: string, caseRegionCode: string): boolean {
  return caseRegionCode.startsWith(centerRegionCode);
}
