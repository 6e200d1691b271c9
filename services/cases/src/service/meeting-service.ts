/**
 * 周例会 / 月研判: schedule, record and cancel a center's meetings, and read them.
 *
 * Jurisdiction is the meeting's center: its region code must lie in the caller's jurisdiction
 * (FORBIDDEN naming `input.centerId` when scheduling; NOT_FOUND / null / left out afterwards). Every
 * agenda case must lie in the center's territory and the caller's jurisdiction (FORBIDDEN naming
 * `input.agenda.N.caseId`; unknown: BAD_USER_INPUT). Decision departments must exist.
 *
 * Why no ledger entry on the cases: one meeting speaks about many cases at once; writing through the
 * one change path would bump every named case's version (so whoever has one of those case files open
 * gets CONFLICT on their next step) for a record that changes nothing about the case. The meeting row
 * is the record, and the case file lists the meetings that discussed the case (Case.meetings). No
 * dispatch event either: the live board shows what happens to cases, and a meeting changes none.
 */
import crypto from 'node:crypto';
import {
  ValidationErrors, authorize, badInput, conflict, decodeKeyCursor, encodeKeyCursor, isUuid, notFound, pageSize, SERVICE_IDENTITY,
} from '@zz/common';
import { inJurisdiction, listPrefix } from '../domain/access';
import {
  assertScheduled, inCenterTerritory, meetingYear, validateCancelReason, validateRecord, validateSchedule, type RecordInput, type ScheduleInput,
} from '../domain/center-meeting';
import type { CenterMeetingEntity } from '../store/entities/center-meeting.entity';
import { forbiddenField, type Actor, type At, type CaseChanges } from './case-changes';

export async function scheduleMeeting(cx: CaseChanges, actor: Actor, input: ScheduleInput, opts: At = {}): Promise<CenterMeetingEntity> {
  authorize(actor.identity, 'Mutation.scheduleCenterMeeting');
  const v = validateSchedule(input);
  const center = await cx.directory.center(v.centerId, SERVICE_IDENTITY('cases'));
  if (!center || !center.regionCode) throw badInput('综治中心不存在 / unknown center', 'input.centerId');
  if (!inJurisdiction(actor.scope, center.regionCode)) throw forbiddenField('该综治中心不在您的辖区内 / the center is outside your jurisdiction', 'input.centerId');
  const cases = await cx.store.casesByIds(v.agenda.map((a) => a.caseId));
  const errors = new ValidationErrors();
  v.agenda.forEach((a, i) => {
    const c = cases.find((x) => x.id === a.caseId);
    const field = `input.agenda.${i}.caseId`;
    if (!c) errors.add(field, '案件不存在 / unknown case');
    else if (!inJurisdiction(actor.scope, c.regionCode)) throw forbiddenField('案件不在您的辖区内 / the case is outside your jurisdiction', field);
    else if (!inCenterTerritory(center.regionCode!, c.regionCode)) throw forbiddenField('案件不在该中心的辖区内 / the case is outside the center\'s territory', field);
  });
  errors.throwIfAny();
  const at = cx.now(opts);
  return cx.store.transaction((tx) => tx.meetings.insert({
    id: crypto.randomUUID(), centerId: v.centerId, centerRegionCode: center.regionCode!, kind: v.kind, year: meetingYear(v.scheduledAt),
    scheduledAt: v.scheduledAt, place: v.place, topic: v.topic, scheduledBy: actor.identity.userId, createdAt: at, agenda: v.agenda,
  }));
}

/** The meeting when its center lies in the caller's jurisdiction; NOT_FOUND otherwise (existence is not revealed). */
async function meetingInScope(cx: CaseChanges, actor: Actor, id: unknown, field: string): Promise<CenterMeetingEntity> {
  const mid = typeof id === 'string' ? id.trim().toLowerCase() : '';
  if (!isUuid(mid)) throw badInput('会议编号无效', field);
  const [m] = await cx.store.meetings.byIds([mid]);
  if (!m || !inJurisdiction(actor.scope, m.centerRegionCode)) throw notFound('会议不存在 / meeting not found');
  return m;
}

export async function recordMeeting(cx: CaseChanges, actor: Actor, input: RecordInput & { id: string }, opts: At = {}): Promise<CenterMeetingEntity> {
  authorize(actor.identity, 'Mutation.recordCenterMeeting');
  const m = await meetingInScope(cx, actor, input.id, 'input.id');
  assertScheduled(m.status, 'record');
  const r = validateRecord(input, m.agenda.map((a) => a.caseId), new Date(m.scheduledAt), cx.now(opts));
  const deptIds = [...new Set(r.decisions.map((d) => d.departmentId).filter((x): x is string => !!x))];
  await cx.checkDepartments(actor, deptIds, (id) => `input.decisions.${r.decisions.findIndex((d) => d.departmentId === id)}.departmentId`);
  const held = await cx.store.transaction((tx) => tx.meetings.recordHeld(m.id, {
    heldAt: r.heldAt, attendees: r.attendees, minutes: r.minutes, recordedBy: actor.identity.userId,
    decisions: r.decisions.map((d) => ({ ...d, dueDate: d.dueDate ? d.dueDate.toISOString() : null })),
  }));
  if (!held) throw conflict('该会议已不是待召开状态 / the meeting is no longer scheduled');
  return held;
}

export async function cancelMeeting(cx: CaseChanges, actor: Actor, id: string, reason: string, opts: At = {}): Promise<CenterMeetingEntity> {
  authorize(actor.identity, 'Mutation.cancelCenterMeeting');
  const m = await meetingInScope(cx, actor, id, 'id');
  assertScheduled(m.status, 'cancel');
  const why = validateCancelReason(reason);
  const done = await cx.store.meetings.cancel(m.id, { at: cx.now(opts), reason: why, by: actor.identity.userId });
  if (!done) throw conflict('该会议已不是待召开状态 / the meeting is no longer scheduled');
  return done;
}

export async function meetingById(cx: CaseChanges, actor: Actor, id: string): Promise<CenterMeetingEntity | null> {
  authorize(actor.identity, 'Query.centerMeeting');
  const mid = typeof id === 'string' ? id.trim().toLowerCase() : '';
  if (!isUuid(mid)) throw badInput('会议编号无效', 'id');
  const [m] = await cx.store.meetings.byIds([mid]);
  return m && inJurisdiction(actor.scope, m.centerRegionCode) ? m : null;
}

export interface MeetingListArgs {
  centerId?: string | null;
  kind?: string | null;
  from?: Date | string | null;
  to?: Date | string | null;
  first?: number | null;
  after?: string | null;
}

export interface MeetingPage {
  edges: { cursor: string; node: CenterMeetingEntity }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

const cursorOf = (m: CenterMeetingEntity) => encodeKeyCursor([new Date(m.scheduledAt).toISOString(), m.id]);
const EMPTY: MeetingPage = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: async () => 0 };

/** Newest first; the caller's jurisdiction narrowed to the center asked for. */
export async function listMeetings(cx: CaseChanges, actor: Actor, args: MeetingListArgs, maxFirst: number): Promise<MeetingPage> {
  authorize(actor.identity, 'Query.centerMeetings');
  const limit = pageSize(args.first, maxFirst);
  const errors = new ValidationErrors();
  const centerId = args.centerId ? args.centerId.trim().toLowerCase() : null;
  if (centerId && !isUuid(centerId)) errors.add('centerId', '中心编号无效');
  const from = args.from ? new Date(args.from) : null;
  const to = args.to ? new Date(args.to) : null;
  if (from && Number.isNaN(from.getTime())) errors.add('from', '开始时间无效');
  if (to && Number.isNaN(to.getTime())) errors.add('to', '结束时间无效');
  if (from && to && from.getTime() > to.getTime()) errors.add('to', '结束时间早于开始时间');
  let keyset: { scheduledAt: string; id: string } | null = null;
  const cursor = decodeKeyCursor(args.after);
  if (cursor) {
    const [scheduledAt, id] = cursor;
    if (typeof scheduledAt !== 'string' || Number.isNaN(Date.parse(scheduledAt)) || typeof id !== 'string' || !isUuid(id)) errors.add('after', '无效的分页游标 (invalid cursor)');
    else keyset = { scheduledAt, id };
  }
  errors.throwIfAny();
  let requested: string | null = null;
  if (centerId) {
    const center = await cx.directory.center(centerId, actor.identity);
    if (!center?.regionCode) return EMPTY;
    requested = center.regionCode;
  }
  const prefix = listPrefix(actor.scope, requested);
  if (prefix === null) return EMPTY;
  const query = { regionPrefix: prefix, centerId, kind: args.kind ?? null, from, to, after: keyset, limit };
  const rows = limit === 0 ? [] : await cx.store.meetings.list(query);
  const page = rows.slice(0, limit);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: page.length ? cursorOf(page[page.length - 1]) : null },
    totalCount: () => cx.store.meetings.count(query),
  };
}
