/**
 * `npm run migrate` on an empty database: every subgraph's schema and the event log are there
 * afterwards, and a second run changes nothing (the migrations are recorded).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createTestDatabase } from '@zz/platform/testing';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

async function migrateScript(url: string) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: url, APP_ENV: 'test', LOG_LEVEL: 'warn' }, timeout: 120_000,
  });
}

async function tables(url: string): Promise<string[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT table_schema || '.' || table_name AS t FROM information_schema.tables
      WHERE table_schema IN ('cases', 'personnel', 'grid', 'supervision', 'events') ORDER BY 1`);
    return rows.map((r) => r.t as string);
  } finally {
    await c.end();
  }
}

it('migrates an empty database and is idempotent', async () => {
  const db = await createTestDatabase();
  try {
    // The test database is a clone of the migrated template: start from an empty one instead.
    const c = new Client({ connectionString: db.url });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS cases, personnel, grid, supervision, events CASCADE`);
    await c.end();
    expect(await tables(db.url)).toEqual([]);

    await migrateScript(db.url);
    const after = await tables(db.url);
    for (const t of ['cases.case', 'personnel.app_user', 'grid.grid', 'supervision.case_read', 'events.dispatch_event']) expect(after).toContain(t);

    await migrateScript(db.url);
    expect(await tables(db.url)).toEqual(after);
  } finally {
    await db.drop();
  }
}, 240_000);
