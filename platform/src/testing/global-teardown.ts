import { Client } from 'pg';

/** Drops the template and every database this run cloned, then stops the embedded server. */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.ZZ_TEST_ADMIN_URL;
  const runId = process.env.ZZ_TEST_RUN_ID;
  if (!adminUrl || !runId || process.env.ZZ_TEST_TORN_DOWN) return;
  process.env.ZZ_TEST_TORN_DOWN = '1';
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`zz_%${runId}%`]);
  for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`).catch(() => undefined);
  await admin.end();
  await globalThis.__ZZ_EMBEDDED_PG__?.stop();
}
