/**
 * Storage per case (issue 17): what the loaded data takes on disk — every table of the platform's schemas with its
 * indexes and TOAST, the event log included, WAL aside — divided by the cases loaded; the largest tables and indexes;
 * and the indexes no statement of the run used (idx_scan = 0 since the load), as candidates to cut. Read after the
 * steps so that the scans of the run are counted.
 */
import { Client } from 'pg';

export interface StorageReport {
  cases: number;
  totalBytes: number;
  bytesPerCase: number;
  bySchema: { schema: string; tableBytes: number; indexBytes: number; bytesPerCase: number }[];
  topTables: { table: string; tableBytes: number; indexBytes: number; rows: number }[];
  topIndexes: { index: string; bytes: number; scans: number }[];
  /** Indexes of 1 MB or more that no statement used during the run (primary keys and unique constraints aside). */
  unusedIndexes: { index: string; bytes: number }[];
}

const SCHEMAS = ['cases', 'personnel', 'grid', 'supervision', 'events'];

export async function measureStorage(databaseUrl: string, cases: number): Promise<StorageReport> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const tables = (await c.query<{ schema: string; name: string; table_bytes: string; index_bytes: string; rows: string }>(
      `SELECT n.nspname AS schema, t.relname AS name, pg_table_size(t.oid)::bigint AS table_bytes, pg_indexes_size(t.oid)::bigint AS index_bytes,
              greatest(t.reltuples, 0)::bigint AS rows
         FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE t.relkind IN ('r', 'p') AND n.nspname = ANY($1)`, [SCHEMAS])).rows;
    const indexes = (await c.query<{ name: string; bytes: string; scans: string; constraint_backed: boolean }>(
      `SELECT s.schemaname || '.' || s.indexrelname AS name, pg_relation_size(s.indexrelid)::bigint AS bytes, s.idx_scan AS scans,
              EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = s.indexrelid) AS constraint_backed
         FROM pg_stat_user_indexes s WHERE s.schemaname = ANY($1) ORDER BY pg_relation_size(s.indexrelid) DESC`, [SCHEMAS])).rows;
    const n = Math.max(cases, 1);
    const totalBytes = tables.reduce((a, t) => a + Number(t.table_bytes) + Number(t.index_bytes), 0);
    const bySchema = SCHEMAS.map((schema) => {
      const own = tables.filter((t) => t.schema === schema);
      const tableBytes = own.reduce((a, t) => a + Number(t.table_bytes), 0);
      const indexBytes = own.reduce((a, t) => a + Number(t.index_bytes), 0);
      return { schema, tableBytes, indexBytes, bytesPerCase: Math.round((tableBytes + indexBytes) / n) };
    });
    const topTables = tables
      .map((t) => ({ table: `${t.schema}.${t.name}`, tableBytes: Number(t.table_bytes), indexBytes: Number(t.index_bytes), rows: Number(t.rows) }))
      .sort((a, b) => b.tableBytes + b.indexBytes - (a.tableBytes + a.indexBytes)).slice(0, 12);
    const topIndexes = indexes.slice(0, 12).map((i) => ({ index: i.name, bytes: Number(i.bytes), scans: Number(i.scans) }));
    const unusedIndexes = indexes.filter((i) => Number(i.scans) === 0 && !i.constraint_backed && Number(i.bytes) >= 1 << 20)
      .map((i) => ({ index: i.name, bytes: Number(i.bytes) }));
    return { cases, totalBytes, bytesPerCase: Math.round(totalBytes / n), bySchema, topTables, topIndexes, unusedIndexes };
  } finally {
    await c.end();
  }
}

const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;

export function formatStorage(s: StorageReport): string {
  const lines = [
    `${mb(s.totalBytes)} for ${s.cases.toLocaleString('en')} cases: ${s.bytesPerCase.toLocaleString('en')} bytes per case (tables + indexes + event log; WAL aside)`,
    `by schema: ${s.bySchema.map((x) => `${x.schema} ${x.bytesPerCase.toLocaleString('en')} B/case (indexes ${mb(x.indexBytes)})`).join(', ')}`,
    'largest tables (table + indexes):',
    ...s.topTables.map((t) => `  ${t.table.padEnd(34)} ${mb(t.tableBytes).padStart(10)} + ${mb(t.indexBytes).padStart(10)}  ${t.rows.toLocaleString('en')} rows`),
    'largest indexes (scans during the run):',
    ...s.topIndexes.map((i) => `  ${i.index.padEnd(44)} ${mb(i.bytes).padStart(10)}  ${i.scans.toLocaleString('en')}`),
    s.unusedIndexes.length ? `unused during the run (≥ 1 MB, no constraint): ${s.unusedIndexes.map((i) => `${i.index} ${mb(i.bytes)}`).join(', ')}` : 'no index of 1 MB or more went unused',
  ];
  return lines.join('\n');
}
