/**
 * Bulk-load helpers: batches of a few thousand rows inserted with one `INSERT … SELECT … FROM
 * jsonb_array_elements($1)` each (one statement, one parameter, one round trip), secondary indexes dropped during
 * the load and rebuilt once at the end, and a check that a table still has the columns a loader writes
 * (the layouts belong to the services and change: a mismatch skips the table with a reason instead of
 * failing the whole load).
 *
 * pg-copy-streams is not a dependency of this repository, hence no COPY FROM STDIN; multi-row
 * INSERT … SELECT batches (unnest of column arrays was tried first: see flush) come close to it.
 */
import { Client } from 'pg';

/** A connection prepared for bulk loading (see prepareBulkSession). */
export async function openBulkClient(url: string): Promise<Client> {
  const c = new Client({ connectionString: url, application_name: 'zz-scale-seed' });
  await c.connect();
  await prepareBulkSession(c);
  return c;
}

let warnedReplica = false;
/** A bulk-load session: no per-row trigger or FK work (rows are consistent by construction), no fsync wait. */
export async function prepareBulkSession(c: Client): Promise<void> {
  await c.query(`SET synchronous_commit = off`);
  await c.query(`SET maintenance_work_mem = '512MB'`).catch(() => undefined);
  try {
    // Skips triggers and foreign-key checks for this session (needs superuser, as on the embedded server
    // and the machine's own). The loader writes the rows those triggers guard (ledger entries, events)
    // itself. Without the privilege, the load still works, only slower.
    await c.query(`SET session_replication_role = replica`);
  } catch {
    if (!warnedReplica) process.stderr.write('cannot set session_replication_role (not a superuser): triggers and foreign keys are checked row by row\n');
    warnedReplica = true;
  }
}

export type PgType = 'uuid' | 'text' | 'int' | 'bigint' | 'boolean' | 'timestamptz' | 'numeric' | 'jsonb' | 'text[]' | 'uuid[]' | 'double precision' | 'date';

export interface ColumnSpec { name: string; type: PgType }

/** Column arrays for one batch (sent as one JSON document per flush, cast server-side). */
export class Batch {
  readonly data: unknown[][];
  constructor(readonly table: string, readonly columns: ColumnSpec[]) {
    this.data = columns.map(() => []);
  }
  get size(): number {
    return this.data[0]?.length ?? 0;
  }
  push(...values: unknown[]): void {
    for (let i = 0; i < this.columns.length; i++) this.data[i].push(values[i] ?? null);
  }
  clear(): void {
    for (const col of this.data) col.length = 0;
  }
}

/** A text[] / uuid[] value (sent as a JSON array). */
export function arrayLiteral(values: readonly string[]): string[] {
  return [...values];
}

export async function flush(client: Client, batch: Batch, conflict = ''): Promise<number> {
  const n = batch.size;
  if (!n) return 0;
  // The whole batch travels as ONE json parameter (an array of rows, arrays and jsonb values nested
  // as JSON): JSON.stringify and PostgreSQL's JSON parser are native, where pg's array-literal
  // escaping of 5,000-element text arrays is JavaScript string work per character (it dominated the
  // loader's CPU profile, with the garbage it makes).
  const names = batch.columns.map((c) => c.name);
  const rows: unknown[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const row: unknown[] = new Array(names.length);
    for (let c = 0; c < names.length; c++) row[c] = batch.data[c][r];
    rows[r] = row;
  }
  const cols = batch.columns.map((c, i) => {
    const v = `(r->>${i})`;
    switch (c.type) {
      case 'jsonb': return `(r->${i})::jsonb`;
      case 'text[]': case 'uuid[]': return `ARRAY(SELECT jsonb_array_elements_text(r->${i}))::${c.type}`;
      default: return `${v}::${c.type}`;
    }
  });
  const sql = `INSERT INTO ${batch.table} (${names.map((c) => `"${c}"`).join(', ')})
    SELECT ${cols.join(', ')} FROM jsonb_array_elements($1::jsonb) AS r ${conflict}`;
  await client.query(sql, [JSON.stringify(rows)]);
  batch.clear();
  return n;
}

export async function tableExists(client: Client, table: string): Promise<boolean> {
  const { rows } = await client.query(`SELECT to_regclass($1) AS t`, [table]);
  return !!rows[0].t;
}

/** Columns of `table` missing from the database (null when the table itself is missing). */
export async function missingColumns(client: Client, table: string, columns: readonly string[]): Promise<string[] | null> {
  const [schema, name] = table.replace(/"/g, '').split('.');
  const { rows } = await client.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2`, [schema, name]);
  if (!rows.length) return null;
  const have = new Set(rows.map((r) => r.column_name as string));
  return columns.filter((c) => !have.has(c));
}

/** NOT NULL columns without a default that a loader does not write (would make every insert fail). */
export async function unwrittenRequiredColumns(client: Client, table: string, columns: readonly string[]): Promise<string[]> {
  const [schema, name] = table.replace(/"/g, '').split('.');
  const { rows } = await client.query(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = $1 AND table_name = $2 AND is_nullable = 'NO' AND column_default IS NULL AND is_generated = 'NEVER' AND identity_generation IS NULL`,
    [schema, name]);
  const written = new Set(columns);
  return rows.map((r) => r.column_name as string).filter((c) => !written.has(c));
}

/** Why a table cannot be loaded as the loader knows it, or null when it can. */
export async function layoutProblem(client: Client, batch: Pick<Batch, 'table' | 'columns'>): Promise<string | null> {
  const names = batch.columns.map((c) => c.name);
  const missing = await missingColumns(client, batch.table, names);
  if (missing === null) return `${batch.table} does not exist`;
  if (missing.length) return `${batch.table} has no column(s) ${missing.join(', ')}`;
  const required = await unwrittenRequiredColumns(client, batch.table, names);
  if (required.length) return `${batch.table} requires column(s) the loader does not write: ${required.join(', ')}`;
  return null;
}

/**
 * Drops the secondary indexes of `tables` (not primary keys, unique or exclusion constraints, which
 * guard the data), runs `work`, then recreates them: one sort per index instead of 1,000,000
 * incremental inserts (the trigram GIN indexes especially).
 */
export async function withIndexesDeferred<T>(client: Client, tables: readonly string[], work: () => Promise<T>, onRebuild?: (name: string) => void): Promise<T> {
  const defs: { name: string; schema: string; def: string }[] = [];
  for (const t of tables) {
    const [schema, name] = t.replace(/"/g, '').split('.');
    const { rows } = await client.query(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
       WHERE i.schemaname = $1 AND i.tablename = $2
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`,
      [schema, name]);
    for (const r of rows) defs.push({ name: r.indexname, schema, def: r.indexdef });
  }
  for (const d of defs) await client.query(`DROP INDEX IF EXISTS "${d.schema}"."${d.name}"`);
  let result: T;
  try {
    result = await work();
  } finally {
    for (const d of defs) {
      onRebuild?.(`${d.schema}.${d.name}`);
      await client.query(d.def);
    }
  }
  return result;
}
