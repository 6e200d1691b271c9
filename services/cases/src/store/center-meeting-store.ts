/** 周例会 / 月研判 rows (tables cases.center_meeting and cases.center_meeting_agenda). */
import { queryRows, type Queryable } from '@zz/common';
import type { CenterMeetingEntity, MeetingAgendaRow, MeetingAttendeeRow, MeetingDecisionRow } from './entities/center-meeting.entity';

const COLUMNS = `m.id, m.center_id AS "centerId", m.center_region_code AS "centerRegionCode", m.kind, m.year, m.sequence,
  m.scheduled_at AS "scheduledAt", m.place, m.topic, m.status, m.scheduled_by AS "scheduledBy", m.created_at AS "createdAt",
  m.held_at AS "heldAt", m.attendees, m.minutes, m.decisions, m.recorded_by AS "recordedBy", m.cancelled_at AS "cancelledAt",
  m.cancel_reason AS "cancelReason", m.cancelled_by AS "cancelledBy",
  coalesce((SELECT jsonb_agg(jsonb_build_object('position', a.position, 'caseId', a.case_id, 'note', a.note) ORDER BY a.position)
    FROM cases.center_meeting_agenda a WHERE a.meeting_id = m.id), '[]'::jsonb) AS agenda`;

export interface NewCenterMeeting {
  id: string;
  centerId: string;
  centerRegionCode: string;
  kind: 'WEEKLY' | 'MONTHLY';
  year: number;
  scheduledAt: Date;
  place: string;
  topic: string;
  scheduledBy: string | null;
  createdAt: Date;
  agenda: readonly { caseId: string; note: string | null }[];
}

export interface MeetingListQuery {
  /** Region-code prefix of the centers the caller may see (and asked for). */
  regionPrefix: string;
  centerId?: string | null;
  kind?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** Keyset: strictly after (scheduledAt desc, id desc). */
  after?: { scheduledAt: string; id: string } | null;
  limit: number;
}

export class CenterMeetingStore {
  constructor(private readonly q: Queryable) {}

  byIds(ids: readonly string[]): Promise<CenterMeetingEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return queryRows(this.q, `SELECT ${COLUMNS} FROM cases.center_meeting m WHERE m.id = ANY($1::uuid[])`, [ids]);
  }

  /** The meetings that had these cases on their agenda, newest first, with the case id they were found by. */
  async byCaseIds(ids: readonly string[]): Promise<(CenterMeetingEntity & { agendaCaseId: string })[]> {
    if (!ids.length) return [];
    return queryRows(this.q, `SELECT ${COLUMNS}, x.case_id AS "agendaCaseId" FROM cases.center_meeting_agenda x
      JOIN cases.center_meeting m ON m.id = x.meeting_id WHERE x.case_id = ANY($1::uuid[]) ORDER BY m.scheduled_at DESC, m.id DESC`, [ids]);
  }

  private where(query: MeetingListQuery): { sql: string; params: unknown[] } {
    const params: unknown[] = [`${query.regionPrefix}%`];
    const conds = [`m.center_region_code LIKE $1`];
    const add = (cond: (p: string) => string, v: unknown) => { params.push(v); conds.push(cond(`$${params.length}`)); };
    if (query.centerId) add((p) => `m.center_id = ${p}`, query.centerId);
    if (query.kind) add((p) => `m.kind = ${p}`, query.kind);
    if (query.from) add((p) => `m.scheduled_at >= ${p}`, query.from);
    if (query.to) add((p) => `m.scheduled_at < ${p}`, query.to);
    return { sql: conds.join(' AND '), params };
  }

  list(query: MeetingListQuery): Promise<CenterMeetingEntity[]> {
    const { sql, params } = this.where(query);
    let keyset = '';
    if (query.after) {
      params.push(query.after.scheduledAt, query.after.id);
      keyset = ` AND (m.scheduled_at, m.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    params.push(query.limit + 1);
    return queryRows(this.q, `SELECT ${COLUMNS} FROM cases.center_meeting m WHERE ${sql}${keyset}
      ORDER BY m.scheduled_at DESC, m.id DESC LIMIT $${params.length}`, params);
  }

  async count(query: MeetingListQuery): Promise<number> {
    const { sql, params } = this.where(query);
    const rows = await queryRows<{ n: string }>(this.q, `SELECT count(*) AS n FROM cases.center_meeting m WHERE ${sql}`, params);
    return Number(rows[0]?.n ?? 0);
  }

  /**
   * Takes the next number of the center, kind and year under a transaction-scoped advisory lock (two
   * meetings scheduled at once get consecutive numbers), then writes the meeting and its agenda. Call in a transaction.
   */
  async insert(row: NewCenterMeeting): Promise<CenterMeetingEntity> {
    await this.q.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`center_meeting:${row.centerId}:${row.kind}:${row.year}`]);
    await this.q.query(
      `INSERT INTO cases.center_meeting (id, center_id, center_region_code, kind, year, sequence, scheduled_at, place, topic, scheduled_by, created_at)
       VALUES ($1, $2, $3, $4, $5, (SELECT coalesce(max(sequence), 0) + 1 FROM cases.center_meeting WHERE center_id = $2 AND kind = $4 AND year = $5),
         $6, $7, $8, $9, $10)`,
      [row.id, row.centerId, row.centerRegionCode, row.kind, row.year, row.scheduledAt, row.place, row.topic, row.scheduledBy, row.createdAt]);
    await this.q.query(
      `INSERT INTO cases.center_meeting_agenda (meeting_id, position, case_id, note)
       SELECT $1, t.ord, t.case_id, t.note FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS t(case_id, note, ord)`,
      [row.id, row.agenda.map((a) => a.caseId), row.agenda.map((a) => a.note)]);
    return (await this.byIds([row.id]))[0];
  }

  /** Records the held meeting unless it is no longer SCHEDULED (null then: the caller answers CONFLICT). */
  async recordHeld(id: string, r: { heldAt: Date; attendees: MeetingAttendeeRow[]; minutes: string; decisions: MeetingDecisionRow[]; recordedBy: string | null }): Promise<CenterMeetingEntity | null> {
    const rows = await queryRows<{ id: string }>(this.q,
      `UPDATE cases.center_meeting SET status = 'HELD', held_at = $2, attendees = $3::jsonb, minutes = $4, decisions = $5::jsonb, recorded_by = $6
        WHERE id = $1 AND status = 'SCHEDULED' RETURNING id`,
      [id, r.heldAt, JSON.stringify(r.attendees), r.minutes, JSON.stringify(r.decisions), r.recordedBy]);
    return rows.length ? (await this.byIds([id]))[0] : null;
  }

  async cancel(id: string, r: { at: Date; reason: string; by: string | null }): Promise<CenterMeetingEntity | null> {
    const rows = await queryRows<{ id: string }>(this.q,
      `UPDATE cases.center_meeting SET status = 'CANCELLED', cancelled_at = $2, cancel_reason = $3, cancelled_by = $4
        WHERE id = $1 AND status = 'SCHEDULED' RETURNING id`, [id, r.at, r.reason, r.by]);
    return rows.length ? (await this.byIds([id]))[0] : null;
  }
}

export type { MeetingAgendaRow };
