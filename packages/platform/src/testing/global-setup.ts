/**
 * Once per test run: reach PostgreSQL (DATABASE_URL when set, else an embedded server in a temp
 * directory), then build a template database with every migration and the demo county. Each test
 * file clones it (CREATE DATABASE … TEMPLATE), which takes a fraction of a second and isolates files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { parseConfig, startEmbeddedPostgres, withDatabase } from '@zz/common';
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
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zz-test-pg-'));
    fs.chmodSync(dir, 0o777);
    const port = 55000 + Math.floor(Math.random() * 5000);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port, persistent: false, quiet: true });
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
