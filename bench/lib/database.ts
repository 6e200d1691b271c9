/**
 * The bench database: a database named `zz_bench` (kept between runs, so the data loads once) on
 * DATABASE_URL's server when set, else on an embedded PostgreSQL with its data in .data/bench-pg.
 *
 * The embedded server is tuned for a benchmark host with 23 GB of RAM (shared_buffers, WAL size,
 * maintenance memory; fsync and synchronous_commit stay ON, so intake figures include a durable commit).
 * A server named by DATABASE_URL is shared with others and is left as it is.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ensureDatabase, startEmbeddedPostgres, withDatabase, type EmbeddedPostgres } from '@zz/common';

export interface BenchDatabase {
  url: string;
  /** Server description for the report. */
  server: string;
  embedded: boolean;
  /** Data directory of the embedded server (for its processes' CPU figures), else null. */
  dataDir: string | null;
  stop(): Promise<void>;
}

export const BENCH_PG_PORT = 54339;

const TUNING: Record<string, string> = {
  shared_buffers: '2GB',
  effective_cache_size: '8GB',
  maintenance_work_mem: '1GB',
  work_mem: '32MB',
  max_wal_size: '8GB',
  checkpoint_timeout: '15min',
  random_page_cost: '1.1',
  effective_io_concurrency: '100',
  max_parallel_workers_per_gather: '2',
  jit: 'off',
};

async function tune(adminUrl: string): Promise<boolean> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  let needsRestart = false;
  try {
    for (const [name, value] of Object.entries(TUNING)) {
      const { rows } = await c.query(`SELECT context FROM pg_settings WHERE name = $1`, [name]);
      if (!rows.length) continue;
      const current = (await c.query(`SELECT current_setting($1) AS v`, [name])).rows[0].v as string;
      if (current.toLowerCase() === value.toLowerCase()) continue;
      await c.query(`ALTER SYSTEM SET ${name} = '${value}'`);
      if (rows[0].context === 'postmaster') needsRestart = true;
    }
    await c.query('SELECT pg_reload_conf()');
  } finally {
    await c.end();
  }
  return needsRestart;
}

export async function openBenchDatabase(options: {
  rootDir: string;
  dataDir: string;
  pgDir?: string | null;
  databaseUrl: string | null;
  name: string;
  log: (m: string) => void;
  /** EMBEDDED_PG_CACHE_DIR / EMBEDDED_PG_DATA_ROOT (see startEmbeddedPostgres). */
  cacheDir?: string | null;
  dataRoot?: string | null;
}): Promise<BenchDatabase> {
  if (options.databaseUrl) {
    await ensureDatabase(options.databaseUrl, options.name);
    const url = withDatabase(options.databaseUrl, options.name);
    const u = new URL(url);
    const version = await serverVersion(url);
    return { url, server: `${version} at ${u.hostname}:${u.port || 5432} (DATABASE_URL)`, embedded: false, dataDir: null, stop: async () => undefined };
  }
  const dataDir = path.resolve(options.pgDir ?? path.join(options.dataDir, 'bench-pg'));
  let pg: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir, port: BENCH_PG_PORT, quiet: true, cacheDir: options.cacheDir, dataRoot: options.dataRoot });
  if (await tune(pg.adminUrl)) {
    options.log('restarting the bench PostgreSQL with benchmark settings (shared_buffers …)');
    await pg.stop();
    pg = await startEmbeddedPostgres({ dataDir, port: BENCH_PG_PORT, quiet: true, cacheDir: options.cacheDir, dataRoot: options.dataRoot });
  }
  await ensureDatabase(pg.adminUrl, options.name);
  const url = withDatabase(pg.adminUrl, options.name);
  const version = await serverVersion(url);
  return { url, server: `${version}, embedded (${path.relative(options.rootDir, dataDir)}, port ${BENCH_PG_PORT})`, embedded: true, dataDir: pg.dataDir, stop: () => pg.stop() };
}

async function serverVersion(url: string): Promise<string> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb`);
    return `PostgreSQL ${rows[0].v} (shared_buffers ${rows[0].sb})`;
  } finally {
    await c.end();
  }
}

/** A throwaway database for one sub-bench: on DATABASE_URL's server, else on an embedded PostgreSQL in a temp directory. */
export interface ScratchDatabase {
  url: string;
  name: string;
  /** 'embedded' or 'DATABASE_URL', for the report. */
  server: 'embedded' | 'DATABASE_URL';
  /** Drops the database (unless `keep` and on a real server) and stops the embedded server. */
  close(options?: { keep?: boolean; say?: (m: string) => void }): Promise<void>;
}

export async function scratchDatabase(label: string, config: { databaseUrl: string | null; embeddedPgCacheDir?: string | null; embeddedPgDataRoot?: string | null }): Promise<ScratchDatabase> {
  let embedded: EmbeddedPostgres | null = null;
  let tmpDir: string | null = null;
  let adminUrl = config.databaseUrl;
  if (!adminUrl) {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), `zz-bench-${label}-`));
    fs.chmodSync(tmpDir, 0o777);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(tmpDir, 'data'), port: 56000 + Math.floor(Math.random() * 3000), persistent: false, quiet: true, cacheDir: config.embeddedPgCacheDir, dataRoot: config.embeddedPgDataRoot });
    adminUrl = embedded.adminUrl;
  }
  const name = `zz_bench_${label}_${Date.now().toString(36)}${process.pid.toString(36)}`;
  const admin = new Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  return {
    url: withDatabase(adminUrl, name),
    name,
    server: embedded ? 'embedded' : 'DATABASE_URL',
    async close({ keep = false, say = console.log } = {}) {
      if (keep && !embedded) say(`  kept database ${name}`);
      else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      await admin.end();
      if (embedded) await embedded.stop();
      if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
    },
  };
}

