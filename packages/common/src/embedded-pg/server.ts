/**
 * initdb and the postmaster as child processes. Every spawn has an 'error' handler and every failure
 * is turned into an EmbeddedPostgresError (see errors.ts); the server's stderr is read for as long as
 * it runs, since a full pipe would block it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createLogger } from '../logging';
import type { Binaries } from './binaries';
import { EmbeddedPostgresError, embeddedErrors, explainOutput, telltaleLine } from './errors';
import type { RunAs } from './run-as';

const log = createLogger('embedded-pg');

export const SUPERUSER = 'postgres';
export const PASSWORD = 'postgres';
const READY = 'database system is ready to accept connections';
const READY_TIMEOUT_MS = 60_000;

function launch(file: string, args: string[], user: RunAs | null, cwd: string, detached = false): ChildProcess {
  return spawn(file, args, { cwd, detached, stdio: ['ignore', 'pipe', 'pipe'], ...(user ? { uid: user.uid, gid: user.gid } : {}) });
}

function spawnError(err: NodeJS.ErrnoException, file: string): EmbeddedPostgresError {
  if (err.code === 'ENOENT') return embeddedErrors.binariesMissing(file);
  if (err.code === 'EACCES' || err.code === 'EPERM') return embeddedErrors.binariesNotExecutable(file);
  return embeddedErrors.startFailed(`${path.basename(file)}: ${err.code ?? err.message}`);
}

/** Fails with the clear sentence when something already listens on 127.0.0.1:port. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? embeddedErrors.portInUse(port) : embeddedErrors.startFailed(`127.0.0.1:${port}: ${err.code ?? err.message}`)),
    );
    probe.listen({ host: '127.0.0.1', port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** A new cluster in `dataDir` (which exists, empty, owned by the server's user). */
export async function initCluster(b: Binaries, dataDir: string, port: number, user: RunAs | null, quiet: boolean): Promise<void> {
  const ctx = { dataDir, port };
  // initdb reads the superuser's password from a file the server's user must be able to open: put
  // it beside the data directory (whose parent that user can enter), readable by it alone.
  const pwfile = path.join(path.dirname(dataDir), `.pw-${crypto.randomBytes(6).toString('hex')}`);
  try {
    fs.writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
    if (user) fs.chownSync(pwfile, user.uid, user.gid);
  } catch (err) {
    fs.rmSync(pwfile, { force: true });
    throw explainOutput(String((err as Error).message), ctx) ?? err;
  }
  const args = [`--pgdata=${dataDir}`, '--auth=password', `--username=${SUPERUSER}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--lc-messages=C'];
  try {
    await new Promise<void>((resolve, reject) => {
      const child = launch(b.initdb, args, user, path.dirname(dataDir));
      let out = '';
      const take = (chunk: Buffer) => {
        out = (out + chunk.toString('utf8')).slice(-64_000);
        if (!quiet) for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) log.debug(line.trim());
      };
      child.stdout?.on('data', take);
      child.stderr?.on('data', take);
      child.once('error', (err) => reject(spawnError(err, b.initdb)));
      child.once('close', (code, signal) => (code === 0 ? resolve() : reject(explainOutput(out, ctx) ?? embeddedErrors.initFailed(dataDir, telltaleLine(out) || `exit ${code ?? signal}`, out))));
    });
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

const running = new Set<ChildProcess>();
let hooked = false;

/**
 * However node ends, the server must not outlive it. SIGINT is PostgreSQL's fast shutdown, which it
 * completes on its own after we are gone. The server has its own process group (so a Ctrl-C reaches
 * the platform first, which closes its connections and then stops the server, as scripts/start.ts
 * does); a signal nobody handles would kill node without an 'exit' event, so for those we stop the
 * servers and re-raise it, and the process still ends as it would have.
 */
function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const c of running) c.kill('SIGINT');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    if (process.listenerCount(signal) > 0) continue;
    process.once(signal, () => {
      for (const c of running) c.kill('SIGINT');
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

/** Starts the postmaster and resolves once it accepts connections. */
export function startServer(b: Binaries, dataDir: string, port: number, user: RunAs | null, quiet: boolean): Promise<ChildProcess> {
  const ctx = { dataDir, port };
  const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'unix_socket_directories=', '-c', 'lc_messages=C'];
  // Loopback only; fsync stays on (the data must survive a crash of the host).
  const child = launch(b.postgres, args, user, dataDir, true);
  track(child); // from the start: a Ctrl-C while it is still starting must not leave it running
  let ready = false;
  let out = '';
  return new Promise((resolve, reject) => {
    const fail = (err: EmbeddedPostgresError) => {
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
      reject(err);
    };
    const timer = setTimeout(() => fail(embeddedErrors.startFailed(`not ready after ${READY_TIMEOUT_MS / 1000} s`, out)), READY_TIMEOUT_MS);
    child.stdout?.resume();
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (!quiet) for (const line of text.split('\n')) if (line.trim()) log.debug(line.trim());
      if (ready) return;
      out = (out + text).slice(-64_000); // the message may be split across chunks
      if (out.includes(READY)) {
        ready = true;
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('error', (err) => fail(spawnError(err, b.postgres)));
    child.once('exit', (code, signal) => {
      if (!ready) return fail(explainOutput(out, ctx) ?? embeddedErrors.startFailed(telltaleLine(out) || `exit ${code ?? signal}`, out));
      if (!child.killed) log.error(`嵌入式 PostgreSQL 意外退出 (the embedded PostgreSQL exited unexpectedly: ${code ?? signal})`);
    });
  });
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Fast shutdown (SIGINT), then immediate shutdown (SIGQUIT) if it hangs. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (await exited(child, 0)) return;
  child.kill('SIGINT');
  if (await exited(child, 30_000)) return;
  child.kill('SIGQUIT');
  if (await exited(child, 5_000)) return;
  throw embeddedErrors.stopFailed(child.pid ?? 0);
}

/** A postmaster left running by a killed parent would block the port and the data directory: stop it first. */
export async function stopStalePostmaster(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // not running: PostgreSQL removes the stale file itself
  }
  // Only an orphan (its parent gone, adopted by init) is ours to stop; a postmaster whose parent is
  // alive belongs to another running instance of the platform.
  const stat = fs.existsSync(`/proc/${pid}/stat`) ? fs.readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  if (ppid && ppid !== 1) throw embeddedErrors.alreadyRunning(dataDir, pid, ppid);
  log.warn(`stopping a PostgreSQL (pid ${pid}) left running by an earlier start`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw embeddedErrors.stopFailed(pid);
}
