/**
 * Live dispatch (issue 7): one event of the durable log by its cursor, for the gateway's subscription
 * server, which resolves each pushed event's payload through `_dispatchEvent(cursor)`.
 */
import { authorize, badInput } from '@zz/common';
import { decodeCursor, type StoredEvent } from '@zz/events';
import { inJurisdiction } from '../domain/access';
import type { Actor } from './actor';
import type { SupervisionDeps } from './deps';

export class DispatchService {
  constructor(private readonly deps: SupervisionDeps) {}

  /** The event at `cursor`; null when archived or outside the caller's jurisdiction (never an error that reveals existence). */
  async eventAt(actor: Pick<Actor, 'identity' | 'scope'>, cursor: string): Promise<StoredEvent | null> {
    authorize(actor.identity, 'Query._dispatchEvent');
    const position = decodeCursor(cursor);
    if (!position) throw badInput('游标格式不正确 (malformed cursor)', 'cursor');
    const event = await this.deps.eventLog.eventAt(this.deps.dataSource, position);
    return event && inJurisdiction(actor.scope, event.regionCode) ? event : null;
  }
}
