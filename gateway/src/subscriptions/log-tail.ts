/**
 * One reader of the durable log per gateway, shared by every live subscriber: it reads the log after
 * its position whenever NOTIFY says something committed (and on a poll timer, since NOTIFY is only a
 * hint), and hands each event synchronously to every registered sink. Sinks only filter and enqueue,
 * so one slow subscriber never delays the reader or the others.
 *
 * The position invariant: every event at or before `position` has been offered to every sink that
 * was registered when it was read, and a sink registered at position P is offered exactly the events
 * after P. `register` returns P in the same synchronous step that adds the sink, so a subscriber
 * knows precisely where its replay must stop (see stream.ts).
 *
 * While nobody subscribes the tail pauses (no notifier handler, no polling); the next registration
 * restarts it at the log's head. Pause and restart bump an epoch, so a read still in flight from
 * before is dropped instead of moving the position.
 */
import { createLogger } from '@zz/common';
import { headPosition, readLogPage, type EventNotifier, type Position, type StoredEvent } from '@zz/events';

const log = createLogger('gateway:subscriptions');

export interface TailSink {
  offer(event: StoredEvent): void;
  /** False while the sink is still getting ready (taking its snapshot, replaying); counted in liveSinkCount once true. */
  readonly live?: boolean;
}

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface LogTailOptions {
  pollIntervalMs: number;
  pageSize: number;
}

export class LogTail {
  private position: Position | null = null;
  private readonly sinks = new Set<TailSink>();
  private active = false;
  private epoch = 0;
  private reading = false;
  private again = false;
  private unsubscribe: (() => void) | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private heldBackDelay = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private notifierStarted: Promise<void> | null = null;
  private notifierRetry: NodeJS.Timeout | null = null;
  readonly stats = { reads: 0, events: 0, heldBackRetries: 0 };

  constructor(private readonly db: () => Promise<Queryable>, private readonly notifier: EventNotifier, private readonly options: LogTailOptions) {}

  get sinkCount(): number {
    return this.sinks.size;
  }

  /** Sinks past their setup: a subscription counted here receives every event that commits from now on. */
  get liveSinkCount(): number {
    let n = 0;
    for (const s of this.sinks) if (s.live !== false) n++;
    return n;
  }

  get isActive(): boolean {
    return this.active;
  }

  /** The last position read (null while paused). */
  get currentPosition(): Position | null {
    return this.active ? this.position : null;
  }

  /** Adds a sink; resolves to the position after which it will be offered every event. */
  register(sink: TailSink): Promise<Position> {
    // Registrations are serialised: a restart (head lookup) must finish before the next one looks.
    const run = this.chain.then(async () => {
      if (!this.active) await this.resume();
      this.sinks.add(sink);
      return this.position!;
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Removes a sink (idempotent); the last one out pauses the tail. */
  unregister(sink: TailSink): void {
    if (!this.sinks.delete(sink)) return;
    if (this.sinks.size === 0) this.pause();
  }

  private async resume(): Promise<void> {
    await this.startNotifier();
    const db = await this.db();
    const head = await headPosition(db);
    this.epoch++;
    this.position = head;
    this.active = true;
    this.heldBackDelay = 0;
    this.unsubscribe = this.notifier.onEvents(() => this.wake());
    this.pollTimer = setInterval(() => this.wake(), this.options.pollIntervalMs);
    this.pollTimer.unref();
  }

  /**
   * Starts LISTEN once per gateway. If PostgreSQL refuses it, the tail still delivers by polling and
   * tries LISTEN again every few seconds (once connected, the notifier reconnects by itself).
   */
  private async startNotifier(): Promise<void> {
    this.notifierStarted ??= this.notifier.start();
    await this.notifierStarted.catch((err) => {
      this.notifierStarted = null;
      log.warn('LISTEN connection failed; polling only until it is back', { err });
      if (this.notifierRetry) return;
      this.notifierRetry = setTimeout(() => {
        this.notifierRetry = null;
        if (this.active || this.sinks.size) void this.startNotifier();
      }, 5000);
      this.notifierRetry.unref();
    });
  }

  private pause(): void {
    this.active = false;
    this.epoch++;
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.pollTimer = this.retryTimer = null;
    this.position = null;
  }

  /** Reads now (coalesced: a wake during a read makes that read go round once more). */
  wake(): void {
    if (!this.active) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    void this.drain();
  }

  private async drain(): Promise<void> {
    this.reading = true;
    const epoch = this.epoch;
    try {
      const db = await this.db();
      do {
        this.again = false;
        for (;;) {
          const page = await readLogPage(db, this.position!, this.options.pageSize);
          this.stats.reads++;
          if (epoch !== this.epoch) return; // paused (or restarted) meanwhile: this page is stale
          for (const event of page.events) {
            this.position = { tx: event.tx, id: event.id };
            this.stats.events++;
            for (const sink of this.sinks) {
              try {
                sink.offer(event);
              } catch (err) {
                log.error('subscriber sink failed', { err });
              }
            }
          }
          if (page.events.length === this.options.pageSize) continue;
          if (page.heldBack) this.retrySoon();
          else this.heldBackDelay = 0;
          break;
        }
      } while (this.again && epoch === this.epoch);
    } catch (err) {
      log.warn('reading the event log failed; retrying', { err });
      this.retryLater(this.options.pollIntervalMs);
    } finally {
      this.reading = false;
      if (epoch !== this.epoch && this.active) this.wake();
    }
  }

  /**
   * Committed events wait behind an older transaction still in flight. That one may write no event
   * (so no NOTIFY when it ends): look again soon, backing off up to the poll interval.
   */
  private retrySoon(): void {
    this.stats.heldBackRetries++;
    this.heldBackDelay = Math.min(this.options.pollIntervalMs, Math.max(1, this.heldBackDelay * 2));
    this.retryLater(this.heldBackDelay);
  }

  private retryLater(ms: number): void {
    if (!this.active || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.wake();
    }, ms);
    this.retryTimer.unref();
  }

  /** Drops every sink and stops reading (the notifier belongs to the caller). */
  stop(): void {
    this.sinks.clear();
    this.pause();
    if (this.notifierRetry) clearTimeout(this.notifierRetry);
    this.notifierRetry = null;
  }
}
