/**
 * Once per test run: reach PostgreSQL (DATABASE_URL when set, else an embedded server in a temp
 * directory), then build a template database with every migration and the demo county. Each test
 * file clones it (CREATE DATABASE … TEMPLATE), which takes a fraction of a second and isolates files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgresError, parseConfig, startEmbeddedPostgres, withDatabase, type EmbeddedPostgres } from '@zz/common';
import { openDataSources, migrateAll, seedDemo } from '../platform';

declare global {
  // eslint-disable-next-line no-var
  var __ZZ_EMBEDDED_PG__: { stop(): Promise<void> } | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.ZZ_TEST_TEMPLATE_URL) return; // already done by the other project of this run
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    // A private (0700) temp dir: as root the launcher itself finds a place the postgres user can reach.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zz-test-pg-'));
    const { embeddedPgCacheDir: cacheDir, embeddedPgDataRoot: dataRoot } = parseConfig({ ...process.env, APP_ENV: 'test' });
    let server: EmbeddedPostgres | null = null;
    try {
      // A random port, another one if it is taken (other runs share this machine).
      for (let attempt = 1; !server; attempt++) {
        const port = 55000 + Math.floor(Math.random() * 5000);
        server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port, persistent: false, quiet: true, cacheDir, dataRoot }).catch((err) => {
          if (err instanceof EmbeddedPostgresError && err.code === 'PORT_IN_USE' && attempt < 5) return null;
          throw err;
        });
      }
    } catch (err) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw err; // jest shows an EmbeddedPostgresError as its one sentence
    }
    const pg = server;
    globalThis.__ZZ_EMBEDDED_PG__ = { stop: async () => { await pg.stop(); fs.rmSync(dir, { recursive: true, force: true }); } };
    adminUrl = pg.adminUrl;
  }
  const template = `zz_tpl_${runId}`;
  const admin = new Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, template);

  const config = { ...parseConfig({ ...process.env, APP_ENV: 'test', DATABASE_URL: templateUrl }), databaseUrl: templateUrl };
  const dataSources = await openDataSources(config, { poolSize: 2 });
  await migrateAll(config, dataSources);
  await seedDemo(config, dataSources, { withCases: false });
  for (const ds of Object.values(dataSources)) if (ds.isInitialized) await ds.destroy();

  process.env.ZZ_TEST_ADMIN_URL = withDatabase(adminUrl, 'postgres');
  process.env.ZZ_TEST_TEMPLATE = template;
  process.env.ZZ_TEST_TEMPLATE_URL = templateUrl;
  process.env.ZZ_TEST_RUN_ID = runId;
}
