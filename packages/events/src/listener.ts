/**
 * Wakes readers when events commit. LISTEN needs its own dedicated connection (not a pooled one);
 * on a drop it reconnects and re-LISTENs, and readers poll on a timer anyway, because NOTIFY is only
 * a hint: the table is the truth.
 */
import { Client } from 'pg';
import { EVENTS_CHANNEL } from './append';
import { createLogger } from '@zz/common';

const log = createLogger('events:listener');

export class EventNotifier {
  private client: Client | null = null;
  private readonly handlers = new Set<() => void>();
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(private readonly url: string, private readonly channel = EVENTS_CHANNEL, private readonly reconnectDelayMs = 500) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  /** True while a LISTEN connection is up (between a drop and the reconnect, readers rely on polling). */
  get connected(): boolean {
    return this.client !== null;
  }

  private async connect(): Promise<void> {
    // keepAlive: a connection that dies without a FIN/RST (a NAT or firewall dropping it) is noticed.
    const client = new Client({ connectionString: this.url, application_name: 'zz-events-listener', keepAlive: true });
    // Events of a client that is no longer the current one (a late 'end' of the previous connection)
    // must not tear down its successor.
    let gone = false;
    const lost = (why: string, err?: unknown) => {
      if (gone) return;
      gone = true;
      if (this.client !== client) return; // not (or no longer) the current connection
      if (!this.stopped) log.warn(`listener connection ${why}; reconnecting`, err ? { err } : {});
      this.client = null;
      client.removeAllListeners('notification');
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('notification', () => this.fire());
    client.on('error', (err) => lost('error', err));
    client.on('end', () => lost('ended'));
    client.on('error', () => undefined); // after `lost`, late errors of a dead client are expected
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (err) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.stopped) {
      // stop() was called while we were connecting: do not leak this connection.
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    // Anything committed while we were not listening is found by the readers' next read; wake them now.
    this.fire();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.stopped || this.client) return;
      this.connect().catch((err) => {
        log.warn('listener reconnect failed', { err });
        this.scheduleReconnect();
      });
    }, this.reconnectDelayMs);
    // Only one reconnect is ever pending or running: connect() sets this.client before any new loss.
    this.reconnectTimer.unref();
  }

  private fire(): void {
    for (const h of [...this.handlers]) {
      try {
        h();
      } catch (err) {
        // One faulty handler must not keep the others asleep.
        log.error('event handler failed', { err });
      }
    }
  }

  /** Calls `handler` after each commit that wrote events; returns the unsubscribe function. */
  onEvents(handler: () => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  get listenerCount(): number {
    return this.handlers.size;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const c = this.client;
    this.client = null;
    if (c) {
      c.removeAllListeners();
      c.on('error', () => undefined);
      await c.end().catch(() => undefined);
    }
  }
}
