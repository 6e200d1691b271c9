/**
 * What the fuzzer checks after every call: the HTTP status, the errors' codes and texts, and — for a
 * rejected call — that no row of any table changed. Rows are compared by count and by the newest
 * xmin per table: an INSERT or UPDATE gives a row a new (higher) xmin, a DELETE lowers the count, so
 * one cheap statement over every table of every schema sees any committed write, however small.
 */
import type { TestPlatform } from '@zz/platform/testing';

export const SCHEMAS = ['cases', 'personnel', 'grid', 'supervision', 'events'];

/**
 * Tables a rejected call may still write on purpose: records of failed attempts and audit trails
 * (a refused login or a refused read that must leave a trace; a resident's wrong one-time code counts
 * its attempt, and the public endpoint's limits count refused calls too). Matched on `schema.table`.
 */
export const AUDIT_TABLES = /(^|\.)(login_attempt|login_throttle|resident_throttle|resident_code|.*audit.*)$/;

export type Snapshot = Map<string, { n: number; x: string }>;

export interface RowCounter {
  tables: string[];
  snapshot(): Promise<Snapshot>;
}

/** Builds the one-statement snapshot of every table in SCHEMAS (found at start, so new tables count too). */
export async function rowCounter(p: TestPlatform): Promise<RowCounter> {
  const rows = await p.sql<{ s: string; t: string }>(
    `SELECT table_schema AS s, table_name AS t FROM information_schema.tables
      WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1, 2`, [SCHEMAS]);
  const tables = rows.map((r) => `${r.s}.${r.t}`);
  const sql = rows.map((r, i) =>
    `SELECT ${i} AS i, count(*)::int AS n, coalesce(max(xmin::text::bigint), 0)::text AS x FROM "${r.s}"."${r.t}"`).join(' UNION ALL ');
  return {
    tables,
    async snapshot() {
      const out: Snapshot = new Map();
      for (const r of await p.sql<{ i: number; n: number; x: string }>(sql)) out.set(tables[r.i], { n: r.n, x: r.x });
      return out;
    },
  };
}

/** The tables whose rows differ between two snapshots (audit tables left out). */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const [t, b] of before) {
    const a = after.get(t);
    if (AUDIT_TABLES.test(t)) continue;
    if (!a || a.n !== b.n || a.x !== b.x) out.push(`${t} (${b.n}→${a?.n}${a && a.x !== b.x ? ', rows rewritten' : ''})`);
  }
  return out;
}

/** Text that must never reach a client: stack frames, file paths, SQL, PostgreSQL and driver errors. */
export const LEAK_PATTERNS: RegExp[] = [
  /\bat (async )?[\w.<>$[\] ]+ \((file:|node:|\/)[^)]*:\d+:\d+\)|(\n|\\n)\s+at \S/, // stack frames
  /\/work\/|\/home\/|\/root\/|node_modules|\.ts:\d+|\.js:\d+/, // file paths
  /\b(SELECT|INSERT INTO|UPDATE \S+ SET|DELETE FROM)\s/, // SQL text
  /violates|relation "|syntax error at or near|invalid input syntax|duplicate key value|null value in column|column "|out of range for type|invalid byte sequence|value too long for type/i,
  /QueryFailedError|EntityNotFound|TypeORMError|TypeError|ReferenceError|RangeError|SyntaxError|Cannot read propert|is not a function|undefined is not/,
  /ECONNREFUSED|ECONNRESET|socket hang up|Unexpected token/,
];

export interface GraphQLErrorLike { message: string; extensions?: Record<string, unknown> }

/** Problems with one response; empty when it keeps the contract. */
export function responseProblems(status: number, body: { errors?: GraphQLErrorLike[] } | null, sent: unknown = null): string[] {
  const echoes = [...new Set(stringsIn(sent))].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  if (!body) return [...problems, 'no JSON body'];
  for (const e of body.errors ?? []) {
    const code = e.extensions?.code;
    if (!code) problems.push(`error without extensions.code: ${e.message.slice(0, 200)}`);
    if (code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR: ${e.message.slice(0, 200)}`);
    // The client's own values echoed back (graphql-js quotes an invalid variable) are not a leak of ours.
    let message = e.message;
    let ext = JSON.stringify(e.extensions ?? {});
    for (const s of echoes) {
      message = message.split(JSON.stringify(s)).join('…').split(s).join('…');
      ext = ext.split(JSON.stringify(JSON.stringify(s)).slice(1, -1)).join('…').split(JSON.stringify(s).slice(1, -1)).join('…');
    }
    const text = `${message}\n${ext}`;
    for (const re of LEAK_PATTERNS) if (re.test(text)) problems.push(`leaks ${re}: ${text.slice(0, 300)}`);
    if (e.extensions && 'stacktrace' in e.extensions) problems.push('stacktrace in extensions');
  }
  return problems;
}

function stringsIn(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(stringsIn);
  if (v && typeof v === 'object') return Object.values(v).flatMap(stringsIn);
  return [];
}
