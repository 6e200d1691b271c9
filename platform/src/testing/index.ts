/**
 * Test support for integration and end-to-end tests: a database of its own per test file (cloned
 * from the migrated, demo-seeded template), the whole platform on random ports, and a small client.
 */
import crypto from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { parseConfig, withDatabase, type Config, type ServiceName } from '@zz/common';
import { openDataSources, startPlatform, type Platform } from '../platform';

export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.ZZ_TEST_ADMIN_URL;
  const template = process.env.ZZ_TEST_TEMPLATE;
  const runId = process.env.ZZ_TEST_RUN_ID;
  if (!adminUrl || !template || !runId) throw new Error('integration tests need the jest globalSetup (run them with `npm test`)');
  const name = `zz_t_${runId}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  return {
    url,
    async drop() {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      await c.end();
    },
  };
}

export function testConfig(databaseUrl: string, overrides: Partial<Config> = {}): Config {
  return { ...parseConfig({ ...process.env, APP_ENV: 'test', DATABASE_URL: databaseUrl, TOKEN_STATUS_CACHE_MS: '0' }), ...overrides };
}

export interface GraphQLResult<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  extensions?: Record<string, unknown>;
}

export interface TestPlatform extends Platform {
  /** POSTs a GraphQL request to the gateway, with `token` as bearer when given. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResult<T>>;
  /** Logs in a demo account (password `demo`) and returns its token (cached per platform). */
  login(username: string): Promise<string>;
  /** Drops the cached token of an account (after a call that revoked it), so the next `login` signs in again. */
  forgetLogin(username: string): void;
  /** A pg query against the test database (for assertions that nothing was written). */
  sql<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  dataSource(name: ServiceName): DataSource;
  databaseUrl: string;
}

/** The whole platform on a fresh database clone; call `stop()` in afterAll. */
export async function startTestPlatform(options: { jobs?: boolean; config?: Partial<Config>; clock?: () => Date } = {}): Promise<TestPlatform> {
  const db = await createTestDatabase();
  const config = testConfig(db.url, options.config);
  const dataSources = await openDataSources(config, { poolSize: 5 });
  const platform = await startPlatform(config, { dataSources, randomPorts: true, jobs: options.jobs ?? false, clock: options.clock });
  const tokens = new Map<string, string>();
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  const gql: TestPlatform['gql'] = async (query, variables, token) => {
    const res = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResult<any>;
  };
  return {
    ...platform,
    databaseUrl: db.url,
    gql,
    async login(username) {
      const hit = tokens.get(username);
      if (hit) return hit;
      const r = await gql<{ login: { token: string } }>(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: 'demo' });
      if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
      tokens.set(username, r.data.login.token);
      return r.data.login.token;
    },
    forgetLogin(username) {
      tokens.delete(username);
    },
    async sql(text, params) {
      return (await pg.query(text, params as unknown[])).rows;
    },
    dataSource: (name) => platform.dataSources[name],
    async stop() {
      await platform.stop();
      await pg.end();
      await db.drop();
    },
  };
}

/** Opens (without starting servers) the data sources of a fresh test database, for repository-level tests. */
export async function openTestDataSources(): Promise<{ config: Config; dataSources: Record<ServiceName, DataSource>; close(): Promise<void> }> {
  const db = await createTestDatabase();
  const config = testConfig(db.url);
  const dataSources = await openDataSources(config, { poolSize: 5 });
  for (const ds of Object.values(dataSources)) await ds.initialize();
  return {
    config,
    dataSources,
    async close() {
      for (const ds of Object.values(dataSources)) if (ds.isInitialized) await ds.destroy();
      await db.drop();
    },
  };
}
