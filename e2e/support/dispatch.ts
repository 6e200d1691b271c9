/**
 * Helpers for the dispatch end-to-end tests: real graphql-ws clients over real websockets against the
 * gateway, and events written straight into the durable log (appendEvents in a transaction, exactly
 * as the services do) where the writing subgraph is not built yet.
 */
import WebSocket from 'ws';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import type { DataSource } from 'typeorm';
import { appendEvents, type DispatchEventKind, type NewEvent } from '@zz/events';
import type { TestPlatform } from '@zz/platform/testing';

export const wsUrlOf = (httpUrl: string) => httpUrl.replace(/^http/, 'ws');

export interface Region {
  id: string;
  code: string;
  name: string;
}

/** The demo regions the tests use (from the grid schema of the test database). */
export async function demoRegions(p: TestPlatform): Promise<{ county: Region; townA: Region; townB: Region; villageA: Region; villageB: Region }> {
  const users = await p.sql<{ username: string; region_id: string }>(`SELECT username, region_id FROM personnel.app_user WHERE username = ANY($1)`,
    [['admin', 'town-a-operator', 'town-b-operator', 'village-a-operator', 'village-b-operator']]);
  const byUser = new Map(users.map((u) => [u.username, u.region_id]));
  const regions = await p.sql<Region>(`SELECT id, code, name FROM grid.region WHERE id = ANY($1::uuid[])`, [[...byUser.values()]]);
  const r = (u: string) => regions.find((x) => x.id === byUser.get(u))!;
  return { county: r('admin'), townA: r('town-a-operator'), townB: r('town-b-operator'), villageA: r('village-a-operator'), villageB: r('village-b-operator') };
}

let seq = 0;
/**
 * A synthetic event of any kind whose payload holds only what a test looks at (usually the note): the
 * log and dispatch tests check the envelope, ordering and delivery, not each kind's payload.
 */
export type TestEvent = Omit<NewEvent, 'kind' | 'data'> & { kind: DispatchEventKind; data?: Record<string, unknown> };

/** A test event as appendEvents takes it, skipping the topic map's payload check on purpose (see TestEvent). */
export const synthetic = (e: TestEvent): NewEvent => e as unknown as NewEvent;

/** Appends events in one transaction (as a service's mutation would) and returns nothing: the log is the truth. */
export async function commitEvents(ds: DataSource, events: (Partial<TestEvent> & { kind: DispatchEventKind; region: Region })[]): Promise<void> {
  await ds.transaction(async (m) => {
    await appendEvents(m, events.map(({ region, ...e }) => synthetic({
      source: 'e2e', regionId: region.id, regionCode: region.code, ...e,
      data: { note: `e2e-${++seq}`, ...(e.data ?? {}) },
    })));
  });
}

export interface Received {
  cursor: string;
  kind: string;
  note: string | null;
  [k: string]: unknown;
}

export interface TestSubscriber {
  events: Received[];
  errors: unknown[];
  closed: { code: number; reason: string } | null;
  completed: boolean;
  /** Resolves when `n` events arrived (rejects after `timeoutMs`). */
  waitFor(n: number, timeoutMs?: number): Promise<Received[]>;
  waitClosed(timeoutMs?: number): Promise<{ code: number; reason: string }>;
  waitError(timeoutMs?: number): Promise<unknown>;
  dispose(): Promise<void>;
  client: Client;
}

const until = async (check: () => boolean, what: string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** A graphql-ws client (no automatic retry: the tests look at every close) with one subscription. */
export function subscribe(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}, field = 'dispatchEvents'): TestSubscriber {
  const sub: TestSubscriber = {
    events: [], errors: [], closed: null, completed: false,
    async waitFor(n, timeoutMs = 15_000) {
      await until(() => sub.events.length >= n || sub.closed !== null || sub.errors.length > 0, `${n} events (got ${sub.events.length})`, timeoutMs);
      if (sub.events.length < n) throw new Error(`subscription ended after ${sub.events.length} events: ${JSON.stringify(sub.closed ?? sub.errors)}`);
      return sub.events;
    },
    async waitClosed(timeoutMs = 15_000) {
      await until(() => sub.closed !== null, 'the socket to close', timeoutMs);
      return sub.closed!;
    },
    async waitError(timeoutMs = 15_000) {
      await until(() => sub.errors.length > 0 || sub.closed !== null, 'an error', timeoutMs);
      return sub.errors[0];
    },
    async dispose() {
      await sub.client.dispose();
    },
    client: createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      on: { closed: (e) => { const ev = e as { code: number; reason: string }; sub.closed = { code: ev.code, reason: String(ev.reason) }; } },
      onNonLazyError: () => undefined,
    }),
  };
  sub.client.subscribe<Record<string, Received>>({ query, variables }, {
    next: (r: ExecutionResult<Record<string, Received>>) => {
      if (r.errors?.length) sub.errors.push(...r.errors);
      const value = r.data?.[field];
      if (value) sub.events.push(value);
    },
    error: (e) => { sub.errors.push(e); },
    complete: () => { sub.completed = true; },
  });
  return sub;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
