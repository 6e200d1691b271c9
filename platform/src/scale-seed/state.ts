/**
 * What the scale seeder loaded, kept in the database itself (schema `scale_seed`), so `npm run bench`
 * can tell whether the data it wants is already there. The fingerprint covers every migration and the
 * loader's own source: when a service changes its tables (or the loader changes), the data is loaded
 * again from scratch instead of being silently stale.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

export interface LoadState {
  scale: number;
  cases: number;
  fingerprint: string;
  finishedAt: string;
  seconds: number;
  /** Rows per table as loaded, and what was skipped (tables not there yet). */
  details: Record<string, unknown>;
}

function filesUnder(dir: string, filter: (f: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(full, filter));
    else if (filter(full)) out.push(full);
  }
  return out.sort();
}

/** Hash of every service migration, the shared event-log migration and the loader itself. */
export function schemaFingerprint(rootDir: string): string {
  const files = [
    ...filesUnder(path.join(rootDir, 'services'), (f) => /\/src\/store\/migrations\/[^/]+\.ts$/.test(f)),
    path.join(rootDir, 'packages/events/src/migration.ts'),
    ...filesUnder(path.join(rootDir, 'platform/src/scale-seed'), (f) => f.endsWith('.ts') && !f.endsWith('.test.ts')),
  ];
  const h = crypto.createHash('sha256');
  for (const f of files) {
    if (!fs.existsSync(f)) continue;
    h.update(path.relative(rootDir, f));
    h.update(fs.readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}

export async function readLoadState(url: string): Promise<LoadState | null> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const t = await c.query(`SELECT to_regclass('scale_seed.load') AS t`);
    if (!t.rows[0].t) return null;
    const { rows } = await c.query(`SELECT scale, cases, fingerprint, finished_at, seconds, details FROM scale_seed.load ORDER BY finished_at DESC LIMIT 1`);
    if (!rows.length) return null;
    const r = rows[0];
    return { scale: r.scale, cases: Number(r.cases), fingerprint: r.fingerprint, finishedAt: new Date(r.finished_at).toISOString(), seconds: Number(r.seconds), details: r.details };
  } finally {
    await c.end();
  }
}

export async function writeLoadState(c: Client, s: Omit<LoadState, 'finishedAt'>): Promise<void> {
  await c.query(`CREATE SCHEMA IF NOT EXISTS scale_seed`);
  await c.query(`CREATE TABLE IF NOT EXISTS scale_seed.load (
    scale int NOT NULL, cases bigint NOT NULL, fingerprint text NOT NULL, finished_at timestamptz NOT NULL DEFAULT now(),
    seconds numeric NOT NULL, details jsonb NOT NULL DEFAULT '{}'::jsonb)`);
  await c.query(`TRUNCATE scale_seed.load`);
  await c.query(`INSERT INTO scale_seed.load (scale, cases, fingerprint, seconds, details) VALUES ($1, $2, $3, $4, $5)`,
    [s.scale, s.cases, s.fingerprint, s.seconds, JSON.stringify(s.details)]);
}

/** Schemas the platform owns in a database (dropped when the data must be rebuilt). */
export const PLATFORM_SCHEMAS = ['cases', 'personnel', 'grid', 'supervision', 'events', 'scale_seed'];
