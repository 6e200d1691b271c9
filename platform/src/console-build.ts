/**
 * Building the web console (console/ → console/dist) for `npm start`, `npm run build:console` and
 * the tests. The build is stale when any of its inputs changed since the last one: the stamp in
 * dist/ holds a hash per input file, so the reason can name what changed. Content hashes, not
 * times: a fresh clone or a `git checkout` gives every file a new mtime without changing it.
 *
 * Vite runs as its CLI in a child process (it is ESM-only, and jest's CommonJS runtime cannot
 * import it), into a temporary folder that replaces dist/ when complete, so a running gateway never
 * serves half a build.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';

export const ROOT_DIR = path.resolve(__dirname, '../..');
export const CONSOLE_DIR = path.join(ROOT_DIR, 'console');
export const CONSOLE_DIST = path.join(CONSOLE_DIR, 'dist');
const STAMP = '.build-stamp.json';

/** What the build reads besides node_modules (the lockfile stands for those). */
const INPUTS = ['src', 'public', 'index.html', 'package.json', 'vite.config.mts', 'tsconfig.json', '../package-lock.json'];

function listFiles(entry: string): string[] {
  const full = path.join(CONSOLE_DIR, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((d) => {
    const rel = path.posix.join(entry, d.name);
    if (d.isDirectory()) return listFiles(rel);
    // Unit tests are not part of the bundle.
    return d.isFile() && !/\.test\.tsx?$/.test(d.name) ? [rel] : [];
  });
}

export function inputHashes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of INPUTS.flatMap(listFiles).sort()) out[rel] = crypto.createHash('sha256').update(fs.readFileSync(path.join(CONSOLE_DIR, rel))).digest('hex');
  return out;
}

/** Null when console/dist is up to date; else why not, in a few words. */
export function consoleBuildStaleness(dist = CONSOLE_DIST): string | null {
  if (!fs.existsSync(path.join(dist, 'index.html'))) return 'console/dist is missing';
  let stamp: { inputs?: Record<string, string> };
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(dist, STAMP), 'utf8'));
  } catch {
    return 'console/dist has no build stamp';
  }
  const now = inputHashes();
  const before = stamp.inputs ?? {};
  const changed = [...new Set([...Object.keys(now), ...Object.keys(before)])].filter((f) => now[f] !== before[f]).sort();
  if (!changed.length) return null;
  const name = (f: string) => path.posix.normalize(path.posix.join('console', f));
  return changed.length === 1 ? `${name(changed[0])} changed` : `${name(changed[0])} and ${changed.length - 1} more file(s) changed`;
}

/** Runs `vite build`; resolves when dist/ holds the new build. */
export async function buildConsole(options: { quiet?: boolean } = {}): Promise<void> {
  const inputs = inputHashes();
  const tmp = path.join(CONSOLE_DIR, `.dist-building-${process.pid}`);
  const vite = path.join(path.dirname(require.resolve('vite/package.json', { paths: [CONSOLE_DIR] })), 'bin', 'vite.js');
  const args = [vite, 'build', '--outDir', tmp, '--emptyOutDir', ...(options.quiet ? ['--logLevel', 'warn'] : [])];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: CONSOLE_DIR, stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`vite build failed (${signal ?? `exit ${code}`})`))));
  }).catch((err) => {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  });
  fs.writeFileSync(path.join(tmp, STAMP), JSON.stringify({ builtAt: new Date().toISOString(), inputs }, null, 1));
  const old = `${CONSOLE_DIST}.old-${process.pid}`;
  if (fs.existsSync(CONSOLE_DIST)) fs.renameSync(CONSOLE_DIST, old);
  fs.renameSync(tmp, CONSOLE_DIST);
  fs.rmSync(old, { recursive: true, force: true });
}

/** Builds when missing or stale; returns the reason it built, or null. */
export async function ensureConsoleBuilt(options: { quiet?: boolean; log?: (line: string) => void } = {}): Promise<string | null> {
  const reason = consoleBuildStaleness();
  if (!reason) return null;
  options.log?.(`building the web console: ${reason}`);
  await buildConsole({ quiet: options.quiet });
  return reason;
}

/**
 * Bytes a first visit downloads gzipped before the app runs: index.html's script, the modules it
 * preloads and its stylesheets (route chunks load after, on demand).
 */
export function firstLoadGzipBytes(dist = CONSOLE_DIST): { files: string[]; bytes: number } {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const bytes = files.reduce((sum, f) => {
    const gz = path.join(dist, `${f}.gz`);
    return sum + (fs.existsSync(gz) ? fs.statSync(gz).size : fs.statSync(path.join(dist, f)).size);
  }, 0);
  return { files, bytes };
}
