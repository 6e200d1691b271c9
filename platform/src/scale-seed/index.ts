/**
 * The scale seeder behind `npm run seed -- --scale N` (and `npm run bench`): N counties of the
 * deterministic world, then cases at volume with their ledger, event log, supervision read model and
 * follow-ups, loaded in bulk (multi-row INSERT … SELECT FROM unnest($1::text[], …) in large batches:
 * one statement and one round trip per batch; no ORM, no row-by-row inserts).
 *
 * Reference data (regions, grids, centers, departments, mediators, accounts) goes through each
 * service's own idempotent `seedDemo`, so it is exactly what the services expect. Volume data is
 * generated here, one module per service (./cases.ts, ./supervision.ts …): the table layouts belong to
 * those services, and each module says which of its tables it found and loaded.
 *
 * Never in production. The database is marked (schema `scale_seed`) with what was loaded; a second call
 * with the same scale, case count and schema fingerprint returns at once. When the fingerprint or the
 * size differs, the platform's schemas are dropped and everything is loaded again — but only in a
 * database this seeder made (or with `reset`), never on top of someone's working data.
 */
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createLogger, type Config, type ServiceName } from '@zz/common';
import { generateWorld } from '@zz/demo-world';
import { migrateAll, openDataSources, seedDemo } from '../platform';
import { PLATFORM_SCHEMAS, readLoadState, schemaFingerprint, writeLoadState, type LoadState } from './state';
import { fmtSecs } from './progress';
import { VOLUME_MODULES, type VolumeContext } from './modules';
import { prepareBulkSession } from './bulk';

const log = createLogger('scale-seed');

export interface ScaleSeedOptions {
  config: Config;
  /** Counties. */
  scale: number;
  /** Total cases (spread over the counties, proportionally to their size). */
  cases: number;
  /** Drop and reload even when the database holds this data already. */
  reset?: boolean;
  /** "Now" for the generated timeline (default: the current time). */
  now?: Date;
  /** Cases per INSERT statement. */
  batchSize?: number;
}

export interface ScaleSeedResult {
  loaded: boolean;
  state: LoadState | null;
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url, application_name: 'zz-scale-seed' });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function hasWorkingData(url: string): Promise<boolean> {
  return withClient(url, async (c) => {
    const t = await c.query(`SELECT to_regclass('cases."case"') AS t`);
    if (!t.rows[0].t) return false;
    const { rows } = await c.query(`SELECT EXISTS (SELECT 1 FROM cases."case") AS e`);
    return rows[0].e as boolean;
  });
}

export async function seedAtScale(o: ScaleSeedOptions): Promise<ScaleSeedResult> {
  const { config } = o;
  if (config.env === 'production') throw new Error('the scale seeder never runs in production');
  if (!config.databaseUrl) throw new Error('seedAtScale needs config.databaseUrl');
  const url = config.databaseUrl;
  const fingerprint = schemaFingerprint(config.rootDir);
  const previous = await readLoadState(url);
  if (!o.reset && previous && previous.scale === o.scale && previous.cases === o.cases && previous.fingerprint === fingerprint) {
    log.info(`already loaded: ${o.scale} counties, ${o.cases.toLocaleString('en')} cases (fingerprint ${fingerprint})`);
    return { loaded: false, state: previous };
  }
  if (previous || o.reset) {
    log.info(previous && !o.reset
      ? `the database holds a different load (scale ${previous.scale}, ${previous.cases} cases, fingerprint ${previous.fingerprint}): rebuilding`
      : 'reset: dropping the platform schemas');
    await withClient(url, async (c) => {
      for (const s of PLATFORM_SCHEMAS) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    });
  } else if (await hasWorkingData(url)) {
    throw new Error('this database already holds cases that the scale seeder did not load: use a fresh database (or pass --reset to drop them)');
  }

  const started = Date.now();
  const dataSources = await openDataSources(config, { poolSize: 4 });
  try {
    await migrateAll(config, dataSources);
    const world = generateWorld({ scale: o.scale });
    const t0 = Date.now();
    // The services' own idempotent demo seeders: territory, grids, staff, centers, departments, mediators, accounts.
    await seedDemo({ ...config, seedDemo: false }, dataSources, { withCases: false, scale: o.scale });
    log.info(`reference data of ${o.scale} counties seeded by the services in ${fmtSecs((Date.now() - t0) / 1000)}`
      + ` (${world.regions.length} regions, ${world.grids.length} grids, ${world.mediators.length} mediators)`);

    const details: Record<string, unknown> = {};
    await withClient(url, async (client) => {
      const ctx: VolumeContext = {
        client, url, world, cases: o.cases, now: o.now ?? new Date(), batchSize: o.batchSize ?? 5000, details, eventRetentionDays: config.eventRetentionDays,
        dataSources: dataSources as Record<ServiceName, DataSource>,
      };
      await prepareBulkSession(client);
      for (const m of VOLUME_MODULES) {
        const t = Date.now();
        const r = await m.load(ctx);
        details[m.name] = { ...r, seconds: Math.round((Date.now() - t) / 100) / 10 };
      }
      log.info('ANALYZE');
      await client.query('ANALYZE');
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      await writeLoadState(client, { scale: o.scale, cases: o.cases, fingerprint, seconds, details });
    });
    const state = await readLoadState(url);
    log.info(`loaded in ${fmtSecs((Date.now() - started) / 1000)}`);
    return { loaded: true, state };
  } finally {
    for (const ds of Object.values(dataSources)) if (ds.isInitialized) await ds.destroy();
  }
}

export { readLoadState, schemaFingerprint, type LoadState } from './state';
