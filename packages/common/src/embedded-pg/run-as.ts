/**
 * PostgreSQL refuses to run as root, so as root the server runs as the unprivileged `postgres`
 * user. Everything that user must reach (binaries, data directory) is checked by asking the system
 * as that user (`test -x` with its uid/gid) rather than by reading mode bits ourselves: that honours
 * every parent directory, ACLs and noexec mounts exactly as the server will meet them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { embeddedErrors } from './errors';

export interface RunAs {
  name: string;
  uid: number;
  gid: number;
}

export const SERVER_USER = 'postgres';

/** Whether this process is root (and so must hand the server to another user). */
export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function idOf(name: string): RunAs | null {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * The user the server runs as: null when we are not root (it runs as ourselves), else `postgres`,
 * created as a system user without a home or login shell when missing (containers rarely have one).
 */
export function serverUser(): RunAs | null {
  if (!isRoot()) return null;
  const found = idOf(SERVER_USER);
  if (found) return found;
  // Debian/RHEL ship useradd; Alpine/BusyBox only adduser.
  const attempts: [string, string[]][] = [
    ['useradd', ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', SERVER_USER]],
    ['adduser', ['-S', '-D', '-H', '-h', '/nonexistent', '-s', '/sbin/nologin', SERVER_USER]],
  ];
  const problems: string[] = [];
  for (const [cmd, args] of attempts) {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    if (r.status === 0) {
      const created = idOf(SERVER_USER);
      if (created) return created;
    }
    problems.push(r.error ? `${cmd}: ${(r.error as NodeJS.ErrnoException).code}` : `${cmd}: ${(r.stderr || `exit ${r.status}`).trim().split('\n')[0]}`);
  }
  throw embeddedErrors.userMissing(SERVER_USER, problems.join('; '));
}

/** `test <flag> path` as `user` (or as ourselves when null): true when the server could do it too. */
export function userCan(user: RunAs | null, flag: '-x' | '-r' | '-w', ...paths: string[]): boolean {
  if (!user) {
    const mode = flag === '-x' ? fs.constants.X_OK : flag === '-r' ? fs.constants.R_OK : fs.constants.W_OK;
    return paths.every((p) => {
      try {
        fs.accessSync(p, mode);
        return true;
      } catch {
        return false;
      }
    });
  }
  // One shell for all paths: each spawn as another user costs a few milliseconds.
  const script = paths.map((_, i) => `test ${flag} "$${i + 1}"`).join(' && ');
  const r = spawnSync('sh', ['-c', script, 'sh', ...paths], { uid: user.uid, gid: user.gid, cwd: '/', stdio: 'ignore' });
  return r.status === 0;
}

/**
 * A directory root owns that `user` can enter, for the shared copies (binaries, relocated data):
 * created 0755 when missing. Refused (null) when someone else owns it or may write into it, since
 * the server would run what it finds there, or when its own parents keep `user` out.
 */
export function sharedDir(dir: string, user: RunAs): string | null {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    const st = fs.lstatSync(dir);
    if (!st.isDirectory() || st.uid !== 0 || (st.mode & 0o022) !== 0) return null;
    // Our umask may have taken o+x away from a directory we just made.
    if ((st.mode & 0o005) !== 0o005) fs.chmodSync(dir, (st.mode & 0o777) | 0o755);
    return userCan(user, '-x', dir) ? dir : null;
  } catch {
    return null; // read-only, no permission: the caller tries the next candidate
  }
}

/** The first candidate that `sharedDir` accepts, or the error that says which ones were tried. */
export function firstSharedDir(candidates: string[], user: RunAs, kind: string, variable: string): string {
  for (const c of candidates) {
    const ok = sharedDir(c, user);
    if (ok) return ok;
  }
  throw embeddedErrors.noSharedDir(kind, candidates, variable);
}
