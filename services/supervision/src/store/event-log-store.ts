/**
 * What supervision reads of the durable event log (`events.*`, owned by @zz/events): the consumer's
 * saved position and the events after it, one event by its cursor (dispatch payloads), and the latest
 * case snapshot of cases the consumer has not reached yet. The SQL is @zz/events'; appending stays
 * with the services, inside their transactions (`appendEvents`).
 */
import {
  lastLoggedPosition, loadConsumerPosition, readEventAt, readEventsAfter, readLatestSnapshots, saveConsumerPosition, type LoggedSnapshot, type Position, type StoredEvent,
} from '@zz/events';
import type { Db } from './sql';

export type { LoggedSnapshot };

export class EventLogStore {
  position(m: Db, consumer: string): Promise<Position> {
    return loadConsumerPosition(m, consumer);
  }

  /** Up to `limit` events after `position`, only those no transaction in flight can overtake. */
  eventsAfter(m: Db, position: Position, limit: number): Promise<StoredEvent[]> {
    return readEventsAfter(m, position, limit);
  }

  /** The position of the newest event in the log (committed, final or not yet). */
  head(db: Db): Promise<Position> {
    return lastLoggedPosition(db);
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
  latestSnapshots(db: Db, ids: readonly string[]): Promise<Map<string, LoggedSnapshot>> {
    return readLatestSnapshots(db, ids);
  }
}
