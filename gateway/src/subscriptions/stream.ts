/**
 * One subscriber's stream: the async iterator graphql-ws pulls from.
 *
 * Replay then live, with no gap and no duplicate:
 *   1. register with the shared tail FIRST; it answers L0, its position at that instant: from now on
 *      the tail offers this stream every event after L0;
 *   2. with `after` = C, replay (C, L0] from the log (readEventsAfter with `until: L0`, filtered in
 *      SQL, page by page, only as fast as the client consumes), while live offers are held aside;
 *   3. then release the held live events. Every event is accepted at most once because accepted
 *      positions only ever increase (`lastSeen`); a cursor ahead of this gateway's tail (issued by
 *      another, further-ahead instance) simply makes the live events up to it drop out.
 * Without `after` the stream is live from L0 at once.
 *
 * Backpressure: events wait here until graphql-ws has written the previous one to the socket. Live
 * events that would push the buffer past `maxBuffered` end the connection (onOverflow: close code
 * 4413); a replay never overflows, it reads its next page only when there is room.
 *
 * Leaks: `return()` settles a pending `next()` at once and unregisters from the tail, whatever the
 * stream was waiting for (a payload, a replay page, the next event).
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { createLogger } from '@zz/common';
import { comparePositions, finishedIn, readEventsAfter, type LogSnapshot, type Position, type StoredEvent } from '@zz/events';
import type { LogTail, TailSink } from './log-tail';
import type { Outcome } from './executor';

const log = createLogger('gateway:subscriptions');

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface StreamFilter {
  /** Region-code prefix: the subscriber's jurisdiction, narrowed by the requested region. */
  regionPrefix: string;
  kinds: string[] | null;
}

/** Reads the log after `after` up to `until` (inclusive), filtered, at most `limit` events (readEventsAfter). */
export type ReplayRead = (after: Position, limit: number, until: Position, filter: StreamFilter) => Promise<StoredEvent[]>;

/** The production replay read: the durable log, filtered in SQL. */
export function logReplay(db: () => Promise<Queryable>): ReplayRead {
  return async (after, limit, until, filter) =>
    readEventsAfter(await db(), after, limit, { regionPrefix: filter.regionPrefix, kinds: filter.kinds ?? undefined, until });
}

export interface StreamOptions {
  tail: Pick<LogTail, 'register' | 'unregister'>;
  read: ReplayRead;
  filter: StreamFilter;
  after: Position | null;
  maxBuffered: number;
  pageSize: number;
  /** How many queued events have their payload resolved ahead of delivery. */
  prefetch: number;
  resolve(event: StoredEvent): Promise<Outcome>;
  onOverflow(stream: DispatchStream): void;
  /**
   * Without `after`: the snapshot taken once registered (currentSnapshot). Events of transactions that
   * had already committed then are not delivered, so a new subscriber gets exactly what commits after
   * it subscribed (the tail's position alone may lag behind "now" by a few events).
   */
  snapshot?: () => Promise<LogSnapshot>;
}

interface Item {
  event: StoredEvent;
  outcome?: Promise<Outcome>;
}

type Result = IteratorResult<ExecutionResult, undefined>;
const DONE: Result = { value: undefined, done: true };

export class DispatchStream implements AsyncIterableIterator<ExecutionResult, undefined>, TailSink {
  private readonly queue: Item[] = [];
  private held: StoredEvent[] | null = null;
  private lastSeen: Position | null = null;
  private since: LogSnapshot | null = null;
  private pendingNext: ((r: Result) => void) | null = null;
  private pumping = false;
  private finished = false;
  private registered = false;
  /** A last result (an error) to deliver after the queue, then done. */
  private terminal: ExecutionResult | null = null;
  private roomWaiter: (() => void) | null = null;
  private readonly kinds: Set<string> | null;
  /** Events delivered to graphql-ws (for tests and stats). */
  delivered = 0;
  lastDeliveredCursor: string | null = null;

  constructor(private readonly options: StreamOptions) {
    this.kinds = options.filter.kinds?.length ? new Set(options.filter.kinds) : null;
  }

  /** Registers with the tail and starts the replay; resolves once the stream is live or replaying. */
  async start(): Promise<void> {
    const { tail, after, snapshot } = this.options;
    if (after) this.lastSeen = after;
    if (after || snapshot) this.held = [];
    const l0 = await tail.register(this);
    this.registered = true;
    if (this.finished) return this.unregister();
    if (after) return void this.replay(after, l0);
    this.lastSeen = l0;
    if (snapshot) {
      try {
        this.since = await snapshot();
      } catch (err) {
        await this.return();
        throw err;
      }
      this.release();
    }
  }

  /** Delivers the live events held while the stream was getting ready, in order. */
  private release(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const e of held) this.accept(e);
  }

  /** Registered and past its snapshot (or replay start): every event committed from now on reaches it. */
  get live(): boolean {
    return this.registered && !this.finished && (this.held === null || this.options.after !== null);
  }

  get size(): number {
    return this.queue.length + (this.held?.length ?? 0);
  }

  private matches(e: StoredEvent): boolean {
    return e.regionCode.startsWith(this.options.filter.regionPrefix) && (!this.kinds || this.kinds.has(e.kind));
  }

  /** From the tail (synchronous, never blocks it). */
  offer(event: StoredEvent): void {
    if (this.finished || !this.matches(event)) return;
    if (this.size >= this.options.maxBuffered) {
      log.info('slow subscriber cut off', { buffered: this.size, cursor: event.cursor });
      this.finish();
      this.options.onOverflow(this);
      return;
    }
    if (this.held) this.held.push(event);
    else this.accept(event);
  }

  private accept(event: StoredEvent): void {
    if (this.finished) return;
    if (this.lastSeen && comparePositions(event, this.lastSeen) <= 0) return; // already seen (replay/live overlap)
    if (this.since) {
      // Log order is by transaction id: once past the snapshot's xmax, no later event can predate it.
      if (BigInt(event.tx) >= BigInt(this.since.xmax)) this.since = null;
      else if (finishedIn(this.since, event.tx)) return; // committed before the subscription started
    }
    this.lastSeen = { tx: event.tx, id: event.id };
    this.queue.push({ event });
    this.prefetch();
    this.pump();
  }

  private prefetch(): void {
    const n = Math.min(this.options.prefetch, this.queue.length);
    for (let i = 0; i < n; i++) {
      const item = this.queue[i];
      item.outcome ??= this.options.resolve(item.event);
    }
  }

  private async replay(after: Position, until: Position): Promise<void> {
    const { filter, pageSize, maxBuffered } = this.options;
    let cursor = after;
    try {
      // The replay may use half of the buffer, the other half is headroom for live events held meanwhile.
      const window = Math.max(1, Math.floor(maxBuffered / 2));
      for (;;) {
        if (this.finished) return;
        const room = Math.min(pageSize, window - this.queue.length);
        if (room <= 0) {
          await new Promise<void>((resolve) => { this.roomWaiter = resolve; });
          continue;
        }
        const page = await this.options.read(cursor, room, until, filter);
        if (this.finished) return;
        for (const e of page) this.accept(e);
        if (page.length < room) break;
        cursor = page[page.length - 1];
      }
      // Caught up with L0: the held live events (all after L0) follow in order.
      this.release();
    } catch (err) {
      log.warn('replay failed', { err });
      this.fail(new GraphQLError('补发事件失败，请用最后收到的游标重新订阅 (replay failed; resubscribe with your last cursor)', {
        extensions: { code: 'INTERNAL_SERVER_ERROR', lastCursor: this.lastDeliveredCursor },
      }));
    }
  }

  /** Ends the stream after what is queued, with this error as the last message. */
  private fail(error: GraphQLError): void {
    if (this.finished) return;
    this.terminal = { errors: [error] };
    this.unregister();
    this.held = null;
    this.pump();
  }

  next(): Promise<Result> {
    if (this.finished) return Promise.resolve(DONE);
    return new Promise<Result>((resolve) => {
      this.pendingNext = resolve;
      this.pump();
    });
  }

  private settle(r: Result): void {
    const resolve = this.pendingNext;
    this.pendingNext = null;
    resolve?.(r);
  }

  private pump(): void {
    if (!this.pendingNext || this.pumping) return;
    if (this.finished) return this.settle(DONE);
    const head = this.queue[0];
    if (!head) {
      if (this.terminal) this.terminalThenDone(this.terminal);
      return;
    }
    this.pumping = true;
    head.outcome ??= this.options.resolve(head.event);
    head.outcome
      .catch((err: Error): Outcome => ({ kind: 'fail', error: new GraphQLError(err.message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } }) }))
      .then((outcome) => {
      this.pumping = false;
      if (this.finished) return this.settle(DONE);
      this.queue.shift();
      this.prefetch();
      if (this.roomWaiter) {
        const w = this.roomWaiter;
        this.roomWaiter = null;
        w();
      }
      if (outcome.kind === 'skip') return this.pump();
      if (outcome.kind === 'fail') {
        // Stop here: the client resubscribes from its last cursor, so nothing is lost.
        const error = new GraphQLError(outcome.error.message, {
          extensions: { ...outcome.error.extensions, lastCursor: this.lastDeliveredCursor, failedCursor: head.event.cursor },
        });
        return this.terminalThenDone({ errors: [error] });
      }
      this.delivered++;
      this.lastDeliveredCursor = head.event.cursor;
      this.settle({ value: outcome.result, done: false });
    });
  }

  /** Delivers `result` to the pending next(), and done to the one after. */
  private terminalThenDone(result: ExecutionResult): void {
    this.terminal = null;
    this.finishQuietly();
    this.settle({ value: result, done: false });
  }

  /** Stops everything without settling a pending next() (the caller settles it). */
  private finishQuietly(): void {
    this.finished = true;
    this.unregister();
    this.queue.length = 0;
    this.held = null;
    this.roomWaiter?.();
    this.roomWaiter = null;
  }

  private finish(): void {
    this.finishQuietly();
    this.settle(DONE);
  }

  private unregister(): void {
    if (this.registered) {
      this.registered = false;
      this.options.tail.unregister(this);
    }
  }

  async return(): Promise<Result> {
    this.finish();
    return DONE;
  }

  async throw(): Promise<Result> {
    this.finish();
    return DONE;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  get isFinished(): boolean {
    return this.finished;
  }
}
