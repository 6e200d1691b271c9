/**
 * Runs a job every `intervalMs` (and once at start), never two runs at once: a tick that finds the last run
 * still going is skipped. A failed run is logged and retried on the next tick. `stop` waits for a run in progress.
 */
import { createLogger } from '@zz/common';

export class Periodic {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private readonly log;

  constructor(name: string, private readonly run: () => Promise<unknown>) {
    this.log = createLogger(name);
  }

  start(intervalMs: number): void {
    const tick = () => {
      if (this.running) return;
      this.running = this.run()
        .catch((err) => this.log.error('failed; retrying on the next tick', { err: err as Error }))
        .finally(() => { this.running = null; });
    };
    this.timer = setInterval(tick, intervalMs);
    tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
