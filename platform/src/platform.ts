/**
 * Wiring of the whole platform: migrate every service, seed the demo county, start the four subgraphs
 * and the gateway. Used by `npm start`, by the end-to-end tests and by the benchmarks.
 */
import net from 'node:net';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import {
  createLogger, ensureDatabase, migrate, serviceDatabaseUrl, startEmbeddedPostgres, withDatabase, type Config, type EmbeddedPostgres, type RunningServer,
  type ServiceName,
} from '@zz/common';
import { generateWorld } from '@zz/demo-world';
import { createGatewayServer, type GatewayServer } from '@zz/gateway';
import { SERVICES } from './services';

const log = createLogger('platform');

/**
 * A port free now, below the kernel's ephemeral range (32768–60999 on Linux): a port the OS hands out
 * for `listen(0)` is one it may hand to the next outgoing connection (to PostgreSQL, a browser's fetch)
 * before our server binds it — EADDRINUSE in a busy test run. Ports below the range are never taken that way.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await bindable(port)) return port;
  }
  throw new Error('no free port between 20000 and 32000');
}

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/**
 * Without DATABASE_URL, `npm start`, `npm run migrate` and `npm run seed` use the embedded PostgreSQL in <dataDir>/pg and
 * its database `zongzhi`: started here, and config.databaseUrl pointed at it. With DATABASE_URL, null.
 */
export async function embeddedDatabaseUnlessConfigured(config: Config, options: { quiet?: boolean } = {}): Promise<EmbeddedPostgres | null> {
  if (config.databaseUrl) return null;
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(config.dataDir, 'pg'),
    port: config.embeddedPgPort,
    cacheDir: config.embeddedPgCacheDir,
    dataRoot: config.embeddedPgDataRoot,
    quiet: options.quiet,
  });
  await ensureDatabase(embedded.adminUrl, 'zongzhi');
  config.databaseUrl = withDatabase(embedded.adminUrl, 'zongzhi');
  return embedded;
}

export async function openDataSources(config: Config, options: { poolSize?: number } = {}): Promise<Record<ServiceName, DataSource>> {
  const out = {} as Record<ServiceName, DataSource>;
  for (const s of SERVICES) out[s.name] = s.createDataSource(config, serviceDatabaseUrl(config, s.name), options);
  return out;
}

/** Runs every service's pending migrations (each under the shared advisory lock). */
export async function migrateAll(config: Config, dataSources: Record<ServiceName, DataSource>): Promise<void> {
  for (const s of SERVICES) {
    const ran = await migrate(serviceDatabaseUrl(config, s.name), s.name, dataSources[s.name]);
    if (ran.length) log.info(`${s.name}: ran ${ran.length} migration(s)`, { migrations: ran });
  }
}

/** Seeds the deterministic demo county (idempotent). Never called outside demo/test mode. */
export async function seedDemo(config: Config, dataSources: Record<ServiceName, DataSource>, options: { withCases?: boolean; scale?: number } = {}): Promise<void> {
  if (config.env === 'production') throw new Error('the demo county is never seeded in production');
  const world = generateWorld({ scale: options.scale ?? 1 });
  for (const s of SERVICES) {
    if (s.seedDemo) await s.seedDemo(dataSources[s.name], world, { ...config, seedDemo: options.withCases ?? true });
  }
}

export interface Platform {
  config: Config;
  dataSources: Record<ServiceName, DataSource>;
  services: Record<ServiceName, RunningServer>;
  gateway: GatewayServer;
  gatewayUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the four subgraphs and the gateway in this process on migrated data sources. With
 * `randomPorts`, every server gets a free port (tests run several stacks side by side).
 */
export async function startPlatform(baseConfig: Config, options: { dataSources?: Record<ServiceName, DataSource>; randomPorts?: boolean; jobs?: boolean; clock?: () => Date } = {}): Promise<Platform> {
  const config: Config = { ...baseConfig, servicePorts: { ...baseConfig.servicePorts }, serviceUrls: { ...baseConfig.serviceUrls } };
  if (options.randomPorts) {
    for (const s of SERVICES) {
      config.servicePorts[s.name] = await freePort();
      config.serviceUrls[s.name] = `http://127.0.0.1:${config.servicePorts[s.name]}/graphql`;
    }
    config.gatewayPort = await freePort();
  }
  const dataSources = options.dataSources ?? (await openDataSources(config));
  for (const ds of Object.values(dataSources)) if (!ds.isInitialized) await ds.initialize();
  const services = {} as Record<ServiceName, RunningServer>;
  for (const s of SERVICES) {
    services[s.name] = await s.start({ config, dataSource: dataSources[s.name], port: config.servicePorts[s.name], host: config.host, jobs: options.jobs ?? true, clock: options.clock });
  }
  const gateway = await createGatewayServer(config);
  const gatewayUrl = await gateway.listen(config.gatewayPort, config.host);
  return {
    config,
    dataSources,
    services,
    gateway,
    gatewayUrl,
    async stop() {
      await gateway.close();
      for (const s of [...SERVICES].reverse()) await services[s.name].close();
      for (const ds of Object.values(dataSources)) if (ds.isInitialized) await ds.destroy();
    },
  };
}
