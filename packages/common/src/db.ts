/**
 * Database bootstrap shared by every service: one TypeORM DataSource per service, owning one
 * PostgreSQL schema; migrations run on start under an advisory lock (several instances may start
 * at once); `synchronize` is never used.
 */
import 'reflect-metadata';
import { DataSource, EntityManager, type EntitySchema, type MixedList, type Logger as OrmLogger } from 'typeorm';
import { Client } from 'pg';
import { countSqlStatement } from './request-context';
import { createLogger } from './logging';

const log = createLogger('db');

export interface DataSourceOptions {
  /** PostgreSQL schema the service owns, e.g. `cases`. */
  schema: string;
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  countSql?: boolean;
  applicationName?: string;
}

/** Counts statements per request (see request-context); logs failing ones. */
class CountingLogger implements OrmLogger {
  constructor(private readonly counting: boolean) {}
  logQuery(): void {
    if (this.counting) countSqlStatement();
  }
  logQueryError(error: string | Error, query: string): void {
    log.debug('query failed', { error: String(error), query: query.slice(0, 300) });
  }
  logQuerySlow(time: number, query: string): void {
    log.warn('slow query', { ms: time, query: query.slice(0, 300) });
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    log.debug(message);
  }
  log(): void {}
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    logging: options.countSql ? ['query', 'error'] : ['error'],
    logger: new CountingLogger(!!options.countSql),
    maxQueryExecutionTime: 1000,
    applicationName: options.applicationName ?? `zz-${options.schema}`,
    extra: { max: options.poolSize ?? 10 },
  });
}

/** Creates the service's schema and runs pending migrations, one instance at a time. */
export async function migrate(url: string, schema: string, dataSource: DataSource): Promise<string[]> {
  const lockClient = new Client({ connectionString: url });
  await lockClient.connect();
  try {
    // One lock for all services: migrations of different services also create the shared `events` schema.
    await lockClient.query('SELECT pg_advisory_lock(hashtext($1))', ['zz-migrations']);
    await lockClient.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const initialised = dataSource.isInitialized;
    if (!initialised) await dataSource.initialize();
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await lockClient.query('SELECT pg_advisory_unlock(hashtext($1))', ['zz-migrations']).catch(() => undefined);
    await lockClient.end();
  }
}

/**
 * Runs `work` in one transaction; every multi-row change goes through here so a rejected
 * mutation writes nothing.
 */
export async function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(work);
}

/** Is this a unique-violation / exclusion-violation / serialization failure from PostgreSQL? */
export function pgErrorCode(err: unknown): string | undefined {
  const e = err as { code?: string; driverError?: { code?: string } };
  return e?.driverError?.code ?? e?.code;
}
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_EXCLUSION_VIOLATION = '23P01';
export const PG_SERIALIZATION_FAILURE = '40001';
export const PG_DEADLOCK = '40P01';
export const PG_FOREIGN_KEY_VIOLATION = '23503';

/** Database name of a postgres URL, and the URL of another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}
