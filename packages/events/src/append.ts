/**
 * Writing to the durable dispatch event log (the transactional outbox; see migration.ts for the ordering rule).
 */
import { maskPiiDeep } from '@zz/common';
import type { EntityManager } from 'typeorm';
import type { DispatchEventKind, EventPayloads } from './payloads';

export const EVENTS_CHANNEL = 'zz_events';

interface NewEventOf<K extends DispatchEventKind> {
  kind: K;
  source: string;
  regionId: string;
  regionCode: string;
  caseId?: string | null;
  patrolTaskId?: string | null;
  gridReportId?: string | null;
  appointmentId?: string | null;
  letterId?: string | null;
  actorId?: string | null;
  occurredAt?: Date;
  data: EventPayloads[K];
}

/**
 * An event to append: a union over the kinds, so each element of `appendEvents` is checked against
 * the payload of its own kind (`NewEvent<'GRID_REPORT'>` for one kind, `NewEvent<CaseEventKind>` for a group).
 */
export type NewEvent<K extends DispatchEventKind = DispatchEventKind> = { [P in K]: NewEventOf<P> }[K];

/**
 * Appends events inside the caller's transaction (the outbox): they become visible, and NOTIFY is
 * delivered, only if that transaction commits.
 */
export async function appendEvents(manager: EntityManager, events: NewEvent[]): Promise<void> {
  if (!events.length) return;
  const cols = ['kind', 'source', 'region_id', 'region_code', 'case_id', 'patrol_task_id', 'grid_report_id', 'appointment_id', 'letter_id', 'actor_id', 'occurred_at', 'data'];
  const params: unknown[] = [];
  const rows = events.map((e) => {
    const values = [e.kind, e.source, e.regionId, e.regionCode, e.caseId ?? null, e.patrolTaskId ?? null, e.gridReportId ?? null,
      // Free text in the payload (reasons, notes, agreements) may carry a number a user typed: partners read
      // and keep this log for years, so ID numbers and phones are masked here, for every writer at once.
      e.appointmentId ?? null, e.letterId ?? null, e.actorId ?? null, e.occurredAt ?? new Date(), JSON.stringify(maskPiiDeep(e.data))];
    const placeholders = values.map((v) => { params.push(v); return `$${params.length}`; });
    return `(${placeholders.join(', ')})`;
  });
  params.push(EVENTS_CHANNEL);
  // One round trip: the INSERT runs as a data-modifying CTE whether or not the SELECT reads it.
  await manager.query(
    `WITH appended AS (INSERT INTO events.dispatch_event (${cols.join(', ')}) VALUES ${rows.join(', ')})
     SELECT pg_notify($${params.length}, '')`, params);
}
