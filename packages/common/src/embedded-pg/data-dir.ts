/**
 * Where the cluster's files live. The caller names a directory (.data/pg, a temp dir); when the
 * server's user cannot enter its parents (root running from /root/… or a 0700 folder) the data goes
 * to a root-owned, world-traversable place instead, one stable directory per requested path, and
 * the requested path becomes a symlink to it, so the next start (and a person looking) finds it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../logging';
import { embeddedErrors } from './errors';
import { firstSharedDir, sharedDir, userCan, type RunAs } from './run-as';

const log = createLogger('embedded-pg');

export interface DataPlacement {
  /** Where the cluster really is: what the server is given. */
  dir: string;
  /** What the caller asked for (a symlink to `dir` when relocated). */
  requested: string;
  /** What a non-persistent server removes on stop: the data and whatever was made to hold it. */
  made: string[];
}

/** Default roots for relocated data, in order; EMBEDDED_PG_DATA_ROOT replaces them. */
export function defaultDataRoots(persistent: boolean): string[] {
  const tmp = path.join(os.tmpdir(), 'zongzhi-platform-data');
  // Throwaway clusters (tests, benchmarks) belong in the temp dir; kept ones where data is kept.
  return persistent ? ['/var/lib/zongzhi-platform', tmp] : [tmp, '/var/lib/zongzhi-platform'];
}

function lstat(p: string): fs.Stats | null {
  try {
    return fs.lstatSync(p);
  } catch {
    return null;
  }
}

/** Creates `dir` for the server's user, or checks that an existing one can be used by it. */
function prepare(dir: string, user: RunAs | null): void {
  const uid = user ? user.uid : process.getuid?.() ?? 0;
  const st = lstat(dir);
  if (!st) {
    fs.mkdirSync(dir, { mode: 0o700 });
    if (user) fs.chownSync(dir, user.uid, user.gid);
    return;
  }
  if (!st.isDirectory()) throw embeddedErrors.dataDirNotEmpty(dir);
  const entries = fs.readdirSync(dir);
  if (entries.length && !entries.includes('PG_VERSION')) throw embeddedErrors.dataDirNotEmpty(dir);
  if (st.uid === uid) return;
  // An empty directory someone else made (an earlier failed start as root left one) is ours to take.
  if (!entries.length && user) return fs.chownSync(dir, user.uid, user.gid);
  throw embeddedErrors.dataDirOwner(dir, st.uid, user?.name ?? os.userInfo().username);
}

export function placeDataDir(requestedDir: string, user: RunAs | null, roots: string[]): DataPlacement {
  const requested = path.resolve(requestedDir);
  fs.mkdirSync(path.dirname(requested), { recursive: true });
  let dir = requested;
  const link = lstat(requested);
  if (link?.isSymbolicLink()) {
    dir = path.resolve(path.dirname(requested), fs.readlinkSync(requested));
    // Its target is gone (someone cleaned /tmp or /var/lib): start afresh at the same place.
    if (!fs.existsSync(dir)) {
      fs.unlinkSync(requested);
      dir = requested;
    }
  }
  const existed = fs.existsSync(dir);
  if (!user || userCan(user, '-x', path.dirname(dir))) {
    prepare(dir, user);
    return { dir, requested, made: dir === requested ? [dir] : [dir, requested] };
  }
  if (dir !== requested || (existed && fs.readdirSync(dir).length)) throw embeddedErrors.dataDirUnreachable(dir, user.name);
  if (existed) fs.rmdirSync(dir); // empty: left by an earlier failed start, about to become the symlink

  const root = firstSharedDir(roots, user, '数据 (data)', 'EMBEDDED_PG_DATA_ROOT');
  const holder = path.join(root, crypto.createHash('sha256').update(requested).digest('hex').slice(0, 16));
  if (!sharedDir(holder, user)) throw embeddedErrors.noSharedDir('数据 (data)', [holder], 'EMBEDDED_PG_DATA_ROOT');
  const real = path.join(holder, path.basename(requested));
  prepare(real, user);
  fs.symlinkSync(real, requested);
  log.info(`postgres 用户无法进入 ${path.dirname(requested)}，数据放在 ${real}，${requested} 是指向它的链接 (the postgres user cannot enter the checkout: the data lives in ${real}, linked from ${requested})`);
  return { dir: real, requested, made: [real, holder, requested] };
}

/** Removes what `placeDataDir` made (a non-persistent server's stop). */
export function removePlacement(p: DataPlacement): void {
  for (const m of p.made) fs.rmSync(m, { recursive: true, force: true });
}
