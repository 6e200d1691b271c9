/**
 * Resolves event payloads through the gateway, once per (event, normalised payload query + variables,
 * authorization scope), however many subscribers share them; with bounded concurrency and a short
 * retry for a subgraph that hiccups.
 */
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { createLogger, type Identity } from '@zz/common';
import { type StoredEvent } from '@zz/events';
import type { PayloadPlan } from './payload';

const log = createLogger('gateway:subscriptions');

export type Outcome =
  | { kind: 'ok'; result: ExecutionResult }
  /** `_dispatchEvent` answered null without error: out of the caller's scope (or archived meanwhile). */
  | { kind: 'skip' }
  | { kind: 'fail'; error: GraphQLError };

/** Runs one payload query through the gateway for an identity (apollo.executeOperation). */
export type RunQuery = (query: string, variables: Record<string, unknown>, identity: Identity) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;

/**
 * What the subgraphs authorise on: two identities with the same key see the same payloads. The user id
 * is deliberately not part of it, so every county dispatcher's board shares one execution per event;
 * a field resolver that answered differently per user id (rather than per role, region, mediator,
 * department or partner) would break that sharing and must not be selectable in a dispatch payload.
 */
export function scopeKey(identity: Identity): string {
  return [
    [...identity.roles].sort().join(','), identity.regionCode ?? '', identity.mediatorId ?? '', identity.departmentId ?? '', identity.partner ?? '',
  ].join('|');
}

export interface ExecutorOptions {
  /** Parallel payload queries at most (the rest wait their turn). */
  maxConcurrent: number;
  /** How long a resolved payload is reused for later subscribers of the same group. */
  ttlMs: number;
  maxEntries: number;
  /** Delays before retrying a failed payload query. */
  retryDelaysMs: number[];
}

export const DEFAULT_EXECUTOR_OPTIONS: ExecutorOptions = { maxConcurrent: 32, ttlMs: 30_000, maxEntries: 20_000, retryDelaysMs: [50, 250, 1000] };

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

export class PayloadExecutor {
  /** Payload queries actually run, and requests answered from another subscriber's execution. */
  readonly stats = { executions: 0, shared: 0, failures: 0 };
  private readonly cache = new Map<string, { at: number; outcome: Promise<Outcome> }>();
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly run: RunQuery, private readonly options: ExecutorOptions = DEFAULT_EXECUTOR_OPTIONS) {}

  resolve(event: StoredEvent, plan: PayloadPlan, identity: Identity): Promise<Outcome> {
    const key = `${event.cursor}\n${scopeKey(identity)}\n${plan.shareKey}`;
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && now - hit.at < this.options.ttlMs) {
      this.stats.shared++;
      return hit.outcome;
    }
    const outcome = this.execute(event, plan, identity).then((o) => {
      if (o.kind === 'fail') this.cache.delete(key); // the next subscriber tries afresh
      return o;
    });
    this.cache.delete(key);
    this.cache.set(key, { at: now, outcome });
    this.evict(now);
    return outcome;
  }

  /** Entries leave in insertion order: the oldest first, once expired or when there are too many. */
  private evict(now: number): void {
    for (const [k, v] of this.cache) {
      if (this.cache.size <= this.options.maxEntries && now - v.at < this.options.ttlMs) break;
      this.cache.delete(k);
    }
  }

  private async execute(event: StoredEvent, plan: PayloadPlan, identity: Identity): Promise<Outcome> {
    const variables = { ...plan.variables, [plan.cursorVariable]: event.cursor };
    let last: GraphQLError | null = null;
    for (let attempt = 0; attempt <= this.options.retryDelaysMs.length; attempt++) {
      if (attempt > 0) await sleep(this.options.retryDelaysMs[attempt - 1]);
      await this.acquire();
      try {
        this.stats.executions++;
        const res = await this.run(plan.query, variables, identity);
        const value = res.data?.[plan.responseKey];
        const errors = res.errors?.map((e) => new GraphQLError(e.message, { path: e.path, extensions: e.extensions }));
        if (value != null) return { kind: 'ok', result: { data: res.data ?? null, ...(errors?.length ? { errors } : {}) } };
        if (!errors?.length) return { kind: 'skip' };
        last = errors[0];
        // Errors a retry cannot fix (the selection itself is refused) end at once.
        const code = errors[0].extensions?.code;
        if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') break;
      } catch (err) {
        last = new GraphQLError(`载荷解析失败 (payload resolution failed: ${(err as Error).message})`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      } finally {
        this.release();
      }
    }
    this.stats.failures++;
    log.warn('dispatch payload could not be resolved', { cursor: event.cursor, message: last?.message });
    return { kind: 'fail', error: last ?? new GraphQLError('载荷解析失败 (payload resolution failed)', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }) };
  }

  private acquire(): Promise<void> {
    if (this.active < this.options.maxConcurrent) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => { this.active++; resolve(); }));
  }

  private release(): void {
    this.active--;
    this.waiting.shift()?.();
  }

  get cachedEntries(): number {
    return this.cache.size;
  }
}
