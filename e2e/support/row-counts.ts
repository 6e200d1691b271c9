/**
 * Row counts of every table of the platform's schemas in one statement: the "nothing was written"
 * check of tests that send refused mutations (counted before and after, compared table by table).
 */
import type { TestPlatform } from '@zz/platform/testing';

const SCHEMAS = ['cases', 'personnel', 'grid', 'supervision', 'events'];
const statements = new WeakMap<TestPlatform, Promise<string>>();

async function countStatement(p: TestPlatform): Promise<string> {
  const tables = await p.sql<{ s: string; t: string }>(
    `SELECT table_schema AS s, table_name AS t FROM information_schema.tables WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1, 2`, [SCHEMAS]);
  // A function takes at most 100 arguments (two per table): objects of 40 tables, joined.
  const pairs = tables.map(({ s, t }) => `'${s}.${t}', (SELECT count(*) FROM "${s}"."${t}")`);
  const chunks: string[] = [];
  for (let i = 0; i < pairs.length; i += 40) chunks.push(`jsonb_build_object(${pairs.slice(i, i + 40).join(', ')})`);
  return `SELECT (${chunks.join(' || ')}) AS counts`;
}

export async function rowCounts(p: TestPlatform): Promise<Record<string, number>> {
  let stmt = statements.get(p);
  if (!stmt) statements.set(p, (stmt = countStatement(p)));
  const [row] = await p.sql<{ counts: Record<string, number> }>(await stmt);
  return row.counts;
}

/** The tables whose row count differs, as `table: before → after`. */
export function changedTables(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]).map((t) => `${t}: ${before[t]} → ${after[t]}`);
}
