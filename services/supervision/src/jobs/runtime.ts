/**
 * Supervision's background work, in every instance: the read-model consumer and the deadline
 * scheduler.
 *
 * Exactly once, across instances and restarts:
 * - Both run in transactions that first take ONE transaction-level advisory lock (the "worker lock"),
 *   so at most one consumer batch or scheduler batch runs at a time across all instances. One lock
 *   for both keeps them from locking the same case rows in different orders.
 * - A consumer batch reads the saved position, applies the events after it and saves the new
 *   position in the same transaction as every effect (read-model rows, letters, appended events):
 *   a crash rolls all of it back and the batch is simply read again.
 * - A scheduler batch writes warned_at / overdue_at with the events it fires; a second instance (or
 *   a restart) finds them and fires nothing.
 *
 * Wake-ups: LISTEN (EventNotifier) after every commit that appended events, plus a poll timer
 * (config.supervision.consumerIntervalMs) because NOTIFY is only a hint; the scheduler ticks every
 * config.supervision.schedulerIntervalMs and drains the consumer first, so it never alerts on a case
 * whose resolution is already in the log.
 *
 * This file only schedules: what a batch does is the services' (service/read-model-service.ts consumes,
 * service/deadline-service.ts fires the alerts), and they reach the database through the stores.
 */
import { createLogger } from '@zz/common';
import { comparePositions, EventNotifier } from '@zz/events';
import type { SupervisionDeps } from '../service/deps';
import { CONSUMER_BATCH, CONSUMER_NAME } from '../service/read-model-service';
import { createServices, type SupervisionServices } from '../service/services';

const log = createLogger('supervision:jobs');

const SCHEDULER_BATCH = 200;

export interface LockOptions {
  /** true: wait for the worker lock (tests, shutdown); false (timers): skip when another instance holds it. */
  wait?: boolean;
}

export interface TickResult {
  consumed: number;
  warnings: number;
  overdue: number;
  /** false when another instance held the worker lock (it does the work). */
  ran: boolean;
}

export class SupervisionRuntime {
  private notifier: EventNotifier | null = null;
  private unsubscribe: (() => void) | null = null;
  private timers: NodeJS.Timeout[] = [];
  private draining: Promise<void> | null = null;
  private pending = false;
  private retry: NodeJS.Timeout | null = null;
  private ticking = false;
  private stopped = true;

  constructor(
    readonly deps: SupervisionDeps,
    private readonly services: SupervisionServices = createServices(deps),
  ) {}

  /** One consumer batch: the number of log events passed (0 = caught up), or 'busy'. */
  consumeBatch(options: LockOptions = {}): Promise<number | 'busy'> {
    return this.services.readModel.consumeBatch(options.wait ?? true);
  }

  /** Consumes until caught up; the number of log events passed. */
  async drain(options: LockOptions = {}): Promise<{ consumed: number; ran: boolean }> {
    let consumed = 0;
    for (;;) {
      const n = await this.consumeBatch(options);
      if (n === 'busy') return { consumed, ran: false };
      consumed += n;
      if (n < CONSUMER_BATCH) return { consumed, ran: true };
    }
  }

  /** One scheduler run at `now` (default: the clock): drain the consumer, then fire the due alerts. */
  async tick(now: Date = this.deps.clock(), options: LockOptions = {}): Promise<TickResult> {
    const drained = await this.drain(options);
    const result: TickResult = { consumed: drained.consumed, warnings: 0, overdue: 0, ran: drained.ran };
    if (!drained.ran) return result;
    for (;;) {
      const batch = await this.services.deadlines.alertBatch(now, SCHEDULER_BATCH, options.wait ?? true);
      if (!batch) return { ...result, ran: false };
      result.warnings += batch.warnings;
      result.overdue += batch.overdue;
      // Stop when the page was not full, or when nothing in it was due after all (no endless loop).
      if (batch.scanned < SCHEDULER_BATCH || batch.warnings + batch.overdue === 0) return result;
    }
  }

  /** Are there committed events past the consumer's position that it could not read yet? */
  private async heldBack(): Promise<boolean> {
    const { dataSource, eventLog } = this.deps;
    const [position, head] = await Promise.all([eventLog.position(dataSource, CONSUMER_NAME), eventLog.head(dataSource)]);
    return comparePositions(position, head) < 0;
  }

  /** Starts LISTEN and the timers (ServiceModule.start with `jobs: true`). */
  async start(): Promise<void> {
    this.stopped = false;
    const { config, dataSource } = this.deps;
    void this.deps.prefixes.learnFromGrid(dataSource);
    void this.deps.prefixes.learnCenters(dataSource);
    const url = (dataSource.options as { url?: string }).url;
    if (url) {
      this.notifier = new EventNotifier(url);
      this.unsubscribe = this.notifier.onEvents(() => this.wake());
      await this.notifier.start().catch((err) => log.warn('LISTEN failed; polling only', { err: err as Error }));
    }
    this.timers.push(setInterval(() => this.wake(), config.supervision.consumerIntervalMs));
    this.timers.push(setInterval(() => void this.tickSafely(), config.supervision.schedulerIntervalMs));
    this.wake();
    void this.tickSafely();
  }

  /** Coalesces wake-ups: one drain at a time in this process, another right after if woken meanwhile. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.pending = true;
      return;
    }
    this.draining = (async () => {
      try {
        do {
          this.pending = false;
          const { ran } = await this.drain({ wait: false });
          // Another instance holds the lock: it may have missed what woke us; look again shortly. Likewise when committed
          // events are still held back by an older transaction open anywhere on the server: their NOTIFY has come and
          // gone, so without a second look they would wait for the next event or the poll.
          const again = !ran || (!this.stopped && (await this.heldBack()));
          if (again && !this.retry && !this.stopped) this.retry = setTimeout(() => ((this.retry = null), this.wake()), 200);
        } while (this.pending && !this.stopped);
      } catch (err) {
        log.error('read-model consumer failed; retrying on the next wake-up', { err: err as Error });
      } finally {
        this.draining = null;
      }
    })();
  }

  private async tickSafely(): Promise<void> {
    if (this.ticking || this.stopped) return;
    this.ticking = true;
    try {
      await this.tick(this.deps.clock(), { wait: false });
    } catch (err) {
      log.error('deadline scheduler failed; retrying on the next tick', { err: err as Error });
    } finally {
      this.ticking = false;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.unsubscribe?.();
    await this.notifier?.stop();
    this.notifier = null;
    // Let a batch in flight finish (its transaction commits or rolls back as a whole anyway).
    await this.draining;
    while (this.ticking) await new Promise((r) => setTimeout(r, 10));
  }
}
