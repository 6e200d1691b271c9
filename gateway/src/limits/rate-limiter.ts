/**
 * Per-token request budget (per client address for anonymous calls). Kept hand-written: graphql-armor
 * limits the shape of one operation and has no notion of a caller or of time. It runs before the body is
 * read, so an over-budget caller costs us almost nothing. The buckets live in this gateway's memory:
 * with several gateway instances each grants the budget on its own (a shared store, e.g.
 * rate-limiter-flexible on PostgreSQL or Redis, would be the step if that ever matters).
 */

/** Per-key token buckets: `perMinute` requests, refilled continuously. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly perMinute: number) {}

  /** True when the request may go ahead. */
  take(key: string, now = Date.now()): boolean {
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    const refill = ((now - b.at) / 60_000) * this.perMinute;
    b.tokens = Math.min(this.perMinute, b.tokens + refill);
    b.at = now;
    if (b.tokens < 1) {
      this.buckets.set(key, b);
      return false;
    }
    b.tokens -= 1;
    this.buckets.set(key, b);
    if (this.buckets.size > 100_000) this.buckets.clear();
    return true;
  }
}
