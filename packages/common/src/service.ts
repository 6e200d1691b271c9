/** What every service module exports, so the platform runner, the tests and `compose` treat them alike. */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { loadConfig, serviceDatabaseUrl, type Config, type ServiceName } from './config';
import { migrate } from './db';
import { createLogger } from './logging';
import type { RunningServer } from './server';

export interface ServiceStartOptions {
  config: Config;
  dataSource: DataSource;
  port: number;
  host: string;
  /** Start background jobs (consumers, schedulers); tests may drive them by hand instead. */
  jobs?: boolean;
  /** "Now" for the use cases, resolvers and jobs (an end-to-end test walks a case over days); default the system clock. */
  clock?: () => Date;
}

/**
 * `World` is the demo world's type (@zz/demo-world, which builds on this package and so cannot be
 * imported here): each service names it in its own module, the platform passes the one it generated.
 */
export interface ServiceModule<World = unknown> {
  name: ServiceName;
  /** The subgraph SDL (shared scalars and enums included). */
  typeDefs: DocumentNode;
  /** A DataSource over the service's own schema with its entities and migrations. */
  createDataSource(config: Config, url: string, options?: { poolSize?: number }): DataSource;
  /** Inserts the service's part of the demo world; must be idempotent. */
  seedDemo?(dataSource: DataSource, world: World, config: Config): Promise<void>;
  start(options: ServiceStartOptions): Promise<RunningServer>;
}

const SHARED_SDL = fs.readFileSync(path.join(__dirname, 'graphql', 'shared.graphql'), 'utf8');

/**
 * The SDL files of a subgraph: `schema.graphql` (which holds the `@link` line) first, then every other
 * `.graphql` file below the service's src/ (e.g. supervision's dispatch/dispatch.graphql), sorted.
 */
export function subgraphSdlFiles(srcDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'generated') walk(full);
      else if (entry.isFile() && entry.name.endsWith('.graphql') && full !== path.join(srcDir, 'schema.graphql')) found.push(full);
    }
  };
  walk(srcDir);
  return [path.join(srcDir, 'schema.graphql'), ...found.sort()];
}

/** A subgraph's SDL text: its own files plus the shared scalars and enums. */
export function subgraphSdlText(srcDir: string): string {
  return [...subgraphSdlFiles(srcDir).map((f) => fs.readFileSync(f, 'utf8')), SHARED_SDL].join('\n');
}

export function loadSubgraphSchema(srcDir: string): DocumentNode {
  return parse(subgraphSdlText(srcDir));
}

/** The body of a service's index.ts: migrate, start, stop cleanly on SIGINT/SIGTERM, exit non-zero on failure. */
export function runServiceMain(service: ServiceModule): void {
  const log = createLogger(service.name);
  (async () => {
    const config = loadConfig();
    const url = serviceDatabaseUrl(config, service.name);
    const dataSource = service.createDataSource(config, url);
    await migrate(url, service.name, dataSource);
    const server = await service.start({ config, dataSource, port: config.servicePorts[service.name], host: config.host, jobs: true });
    const stop = async () => {
      await server.close();
      await dataSource.destroy();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })().catch((err) => {
    log.error(`${service.name} failed to start`, { err });
    process.exit(1);
  });
}
