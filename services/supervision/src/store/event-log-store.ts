/**
 * What supervision reads of the durable event log (`events.*`, written through @zz/common's events
 * module): the consumer's saved position and the events after it, one event by its cursor (dispatch
 * payloads), and the latest case snapshot of cases the consumer has not reached yet. Appending stays
 * with the services, inside their transactions (`appendEvents`).
 */
import {
  loadConsumerPosition, readEventAt, readEventsAfter, saveConsumerPosition, type CaseSnapshot, type Position, type StoredEvent,
} from '@zz/events';
import { rows, toDate, str, type Db } from './sql';

export interface LoggedSnapshot {
  snapshot: CaseSnapshot;
  eventId: string;
  occurredAt: Date;
}

export class EventLogStore {
  position(m: Db, consumer: string): Promise<Position> {
    return loadConsumerPosition(m, consumer);
  }

  /** Up to `limit` events after `position`, only those no transaction in flight can overtake. */
  eventsAfter(m: Db, position: Position, limit: number): Promise<StoredEvent[]> {
    return readEventsAfter(m, position, limit);
  }

  savePosition(m: Db, consumer: string, position: Position): Promise<void> {
    return saveConsumerPosition(m, consumer, position);
  }

  eventAt(db: Db, position: Position): Promise<StoredEvent | null> {
    return readEventAt(db, position);
  }

  /**
   * The latest case snapshot in the log for cases the consumer has not reached yet (a case intaken
   * a moment ago): Case.supervision never fails for a case the cases subgraph just returned.
   */
  async latestSnapshots(db: Db, ids: readonly string[]): Promise<Map<string, LoggedSnapshot>> {
    const out = new Map<string, LoggedSnapshot>();
    if (!ids.length) return out;
    const found = await rows(
      db,
      // Qualified columns: an ORDER BY on the `id` alias would sort the text ('10' < '9'); log order is (tx, id).
      `SELECT DISTINCT ON (e.case_id) e.case_id, e.id::text AS id, e.occurred_at, e.data->'case' AS snapshot FROM events.dispatch_event e
       WHERE e.case_id = ANY($1::uuid[]) AND e.data ? 'case' ORDER BY e.case_id, e.tx DESC, e.id DESC`,
      [[...ids]],
    );
    for (const r of found) out.set(str(r.case_id), { snapshot: r.snapshot as CaseSnapshot, eventId: str(r.id), occurredAt: toDate(r.occurred_at) });
    return out;
  }
}
