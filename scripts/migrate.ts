/**
 * `npm run migrate`: runs every subgraph's migrations (and the event log's) against DATABASE_URL, or the
 * embedded PostgreSQL in .data/pg when it is not set, then exits. `npm start` does the same on its way up;
 * this is for a database that is migrated before the processes start (deployment, a restored backup).
 */
import { EmbeddedPostgresError, createLogger, loadConfig, type EmbeddedPostgres } from '@zz/common';
import { embeddedDatabaseUnlessConfigured, migrateAll, openDataSources } from '@zz/platform';

const log = createLogger('migrate');

async function main() {
  if (process.argv.slice(2).some((a) => a === '-h' || a === '--help')) {
    console.log('npm run migrate: migrates the database of DATABASE_URL (or the embedded PostgreSQL in .data/pg) and exits');
    return;
  }
  const config = loadConfig();
  let embedded: EmbeddedPostgres | null = null;
  try {
    embedded = await embeddedDatabaseUnlessConfigured(config, { quiet: true });
    const dataSources = await openDataSources(config);
    try {
      await migrateAll(config, dataSources);
    } finally {
      await Promise.all(Object.values(dataSources).map((ds) => (ds.isInitialized ? ds.destroy() : undefined)));
    }
    log.info('migrations done');
  } catch (err) {
    if (err instanceof EmbeddedPostgresError) console.error(err.message);
    else console.error(err);
    process.exitCode = 1;
  } finally {
    await embedded?.stop();
  }
}

void main();
