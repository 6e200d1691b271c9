/**
 * Integration harness for supervision: a fresh database (cloned from the migrated, demo-seeded
 * template), the grid subgraph (supervision resolves region ids there) and any number of supervision
 * instances on it, with a clock the test moves. Cases are simulated by appending case events with
 * the CaseSnapshot format straight into the log (the contract), so these tests do not depend on the
 * cases subgraph. Requests go to the supervision subgraph directly with a signed identity.
 */
import crypto from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { IDENTITY_HEADER, SERVICE_IDENTITY, signForwardedIdentity, type Config, type Identity, type RunningServer } from '@zz/common';
import { appendEvents, type CaseSnapshot, type CaseEventKind } from '@zz/events';
import { gridService } from '@zz/grid';
import { createTestDatabase, testConfig, type GraphQLResult } from '@zz/platform/testing';
import { createSupervisionDataSource } from '../src/store/data-source';
import { startSupervision, type SupervisionServer } from '../src/server';

export class TestClock {
  constructor(public at: Date) {}
  readonly now = () => new Date(this.at.getTime());
  set(iso: string | Date): void {
    this.at = new Date(iso);
  }
}

export interface Instance {
  server: SupervisionServer;
  dataSource: DataSource;
  gql<T = Record<string, any>>(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T> & { sqlStatements: number }>;
  stop(): Promise<void>;
}

export interface Harness {
  config: Config;
  clock: TestClock;
  /** A supervision instance of its own (own DataSource, own server), as a second process would be. */
  startInstance(options?: { jobs?: boolean; config?: Partial<Config> }): Promise<Instance>;
  /** The first instance. */
  sup: Instance;
  sql<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  user(username: string): Promise<Identity>;
  regionId(code: string): Promise<string>;
  appendCaseEvent(kind: CaseEventKind, snapshot: CaseSnapshot, occurredAt: Date, note?: string): Promise<void>;
  /**
   * Drains until the consumer's position is the head of the log. One drain is not enough on a shared
   * PostgreSQL server: the log's visibility horizon (xmin) is cluster-wide, so a transaction of anyone
   * else's test in another database delays what the consumer may read (by design: no event is skipped).
   */
  settle(instance?: Instance, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export const SERVICE = SERVICE_IDENTITY('test');

export async function startHarness(options: { clock?: Date; config?: Partial<Config> } = {}): Promise<Harness> {
  const db = await createTestDatabase();
  const config = testConfig(db.url, options.config);
  config.serviceUrls = { ...config.serviceUrls };
  const clock = new TestClock(options.clock ?? new Date('2026-03-02T01:00:00Z'));

  const gridDs = gridService.createDataSource(config, db.url, { poolSize: 2 });
  await gridDs.initialize();
  const grid: RunningServer = await gridService.start({ config, dataSource: gridDs, port: 0, host: '127.0.0.1', jobs: false });
  config.serviceUrls.grid = grid.url;

  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  const instances: Instance[] = [];

  const startInstance: Harness['startInstance'] = async (o = {}) => {
    const instanceConfig = { ...config, ...o.config };
    const dataSource = createSupervisionDataSource(instanceConfig, db.url, { poolSize: 4 });
    await dataSource.initialize();
    const server = await startSupervision({ config: instanceConfig, dataSource, port: 0, host: '127.0.0.1', jobs: o.jobs ?? false, clock: clock.now });
    let stopped = false;
    const instance: Instance = {
      server,
      dataSource,
      async gql(identity, query, variables) {
        const res = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signForwardedIdentity(identity, config.internalSecret) },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await res.json()) as GraphQLResult<any>;
        return { ...body, sqlStatements: Number(res.headers.get('x-sql-statements') ?? 0) };
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.close();
        await dataSource.destroy();
      },
    };
    instances.push(instance);
    return instance;
  };

  const sup = await startInstance();
  // The "cases subgraph": its own connection to the log, alive whatever supervision instances do.
  const writer = createSupervisionDataSource(config, db.url, { poolSize: 1 });
  await writer.initialize();
  const sql: Harness['sql'] = async (text, params) => (await pg.query(text, params as unknown[])).rows;

  const harness: Harness = {
    config,
    clock,
    sup,
    startInstance,
    sql,
    async user(username) {
      const [u] = await sql(`SELECT * FROM personnel.app_user WHERE username = $1`, [username]);
      if (!u) throw new Error(`no demo user ${username}`);
      return {
        kind: 'user', userId: u.id, username: u.username, roles: u.roles, regionId: u.region_id, regionCode: u.region_code,
        mediatorId: u.mediator_id, departmentId: u.department_id, partner: u.partner,
      };
    },
    async regionId(code) {
      const [r] = await sql(`SELECT id FROM grid.region WHERE code = $1`, [code]);
      if (!r) throw new Error(`no region ${code}`);
      return r.id;
    },
    async appendCaseEvent(kind, snapshot, occurredAt, note) {
      await writer.transaction((m) =>
        appendEvents(m, [
          {
            kind, source: 'cases', regionId: snapshot.regionId, regionCode: snapshot.regionCode, caseId: snapshot.id, occurredAt,
            data: { case: snapshot, note: note ?? null },
          },
        ]),
      );
    },
    async settle(instance = harness.sup, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        await instance.server.runtime.drain();
        const [head] = await sql(`SELECT e.tx::text AS tx, e.id::text AS id FROM events.dispatch_event e ORDER BY e.tx DESC, e.id DESC LIMIT 1`);
        const [pos] = await sql(`SELECT tx::text AS tx, id::text AS id FROM events.consumer_cursor WHERE consumer = 'supervision-read-model'`);
        if (!head || (pos && pos.tx === head.tx && pos.id === head.id)) return;
        if (Date.now() > until) throw new Error(`consumer did not catch up with the log (at ${JSON.stringify(pos)}, head ${JSON.stringify(head)})`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async stop() {
      for (const i of instances) await i.stop();
      await writer.destroy();
      await grid.close();
      await gridDs.destroy();
      await pg.end();
      await db.drop();
    },
  };
  return harness;
}

/**
 * A case as the cases subgraph would report it: each step changes the snapshot and appends the
 * event that change produces (CASE_RECEIVED, CASE_ACCEPTED …), at the given instant.
 */
export class SimCase {
  readonly snapshot: CaseSnapshot;
  private static seq = 0;

  constructor(private readonly h: Harness, over: Partial<CaseSnapshot> & { regionId: string; regionCode: string }) {
    SimCase.seq++;
    const id = crypto.randomUUID();
    this.snapshot = {
      id,
      code: `ZZ${over.regionCode.slice(0, 6)}-2026-${String(SimCase.seq).padStart(5, '0')}${id.slice(0, 4)}`,
      title: '测试案件',
      status: 'REGISTERED',
      fromStatus: null,
      complexity: null,
      type: 'NEIGHBOUR',
      channel: 'WINDOW',
      level: 'VILLAGE',
      handlingCenterId: null,
      ladderStep: null,
      escalationCount: 0,
      receivedAt: new Date().toISOString(),
      acceptedAt: null,
      resolvedAt: null,
      closedAt: null,
      resolvedLevel: null,
      leadDepartmentId: null,
      departmentIds: [],
      mediatorId: null,
      applicantCount: 1,
      partyCount: 2,
      partyKeys: [`k:${id}`],
      amountInDispute: null,
      reopenCount: 0,
      ...over,
    };
  }

  get id(): string {
    return this.snapshot.id;
  }

  private async step(kind: CaseEventKind, at: Date, change: Partial<CaseSnapshot>, note?: string): Promise<this> {
    Object.assign(this.snapshot, { fromStatus: this.snapshot.status }, change);
    await this.h.appendCaseEvent(kind, { ...this.snapshot, partyKeys: [...this.snapshot.partyKeys], departmentIds: [...this.snapshot.departmentIds] }, at, note);
    return this;
  }

  receive(at: Date): Promise<this> {
    this.snapshot.receivedAt = at.toISOString();
    return this.step('CASE_RECEIVED', at, { status: 'REGISTERED', fromStatus: null });
  }
  accept(at: Date, complexity: string): Promise<this> {
    return this.step('CASE_ACCEPTED', at, { status: 'ACCEPTED', complexity, acceptedAt: at.toISOString() });
  }
  assign(at: Date, leadDepartmentId: string | null, note?: string): Promise<this> {
    return this.step('CASE_ASSIGNED', at, { status: 'ASSIGNED', leadDepartmentId, departmentIds: leadDepartmentId ? [leadDepartmentId] : [] }, note);
  }
  startMediation(at: Date): Promise<this> {
    return this.step('MEDIATION_STARTED', at, { status: 'IN_MEDIATION' });
  }
  resolve(at: Date, level: string): Promise<this> {
    return this.step('CASE_RESOLVED', at, { status: 'RESOLVED', resolvedAt: at.toISOString(), resolvedLevel: level });
  }
  refer(at: Date): Promise<this> {
    return this.step('CASE_REFERRED', at, { status: 'REFERRED' });
  }
  close(at: Date): Promise<this> {
    return this.step('CASE_CLOSED', at, { status: 'CLOSED', closedAt: at.toISOString() });
  }
  reject(at: Date): Promise<this> {
    return this.step('CASE_REJECTED', at, { status: 'REJECTED' });
  }
  withdraw(at: Date): Promise<this> {
    return this.step('CASE_WITHDRAWN', at, { status: 'WITHDRAWN' });
  }
  escalate(at: Date): Promise<this> {
    return this.step('CASE_ESCALATED', at, { status: 'ACCEPTED', escalationCount: this.snapshot.escalationCount + 1 });
  }
  reopen(at: Date): Promise<this> {
    return this.step('CASE_REOPENED', at, { status: 'ACCEPTED', reopenCount: this.snapshot.reopenCount + 1, closedAt: null });
  }
  update(kind: CaseEventKind, at: Date, change: Partial<CaseSnapshot>): Promise<this> {
    return this.step(kind, at, change);
  }
}

export const hours = (h: number) => h * 3600_000;
export const days = (d: number) => d * 24 * 3600_000;
export const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

/** Dispatch events supervision appended, by kind (for exactly-once assertions). */
export async function supervisionEvents(h: Harness, caseId?: string): Promise<Record<string, number>> {
  const rows = await h.sql<{ kind: string; n: number }>(
    `SELECT kind, count(*)::int AS n FROM events.dispatch_event WHERE source = 'supervision' ${caseId ? 'AND case_id = $1' : ''} GROUP BY kind`,
    caseId ? [caseId] : [],
  );
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}
