/**
 * The embedded PostgreSQL from where a newcomer's checkout may sit: binaries and data inside 0700
 * directories. As root (CI runs as root) the server's `postgres` user cannot enter them, so the
 * launcher must copy the binaries to its cache and move the data behind a symlink; as anyone else
 * it runs them in place. Both must work, and whatever cannot work must fail with one sentence.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedPostgres, type EmbeddedPostgresOptions } from '../src';
import { packagedBinariesDir } from '../src/embedded-pg/binaries';

const asRoot = process.getuid?.() === 0;
const temps: string[] = [];
const running: EmbeddedPostgres[] = [];

/** A fresh directory only its owner may enter, like /root or a `mktemp -d` folder. */
function privateDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o700);
  temps.push(dir);
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const pg = await startEmbeddedPostgres({ quiet: true, ...options });
  running.push(pg);
  return pg;
}

async function stop(pg: EmbeddedPostgres): Promise<void> {
  await pg.stop();
  running.splice(running.indexOf(pg), 1);
  expect(alive(pg.pid)).toBe(false);
}

async function query(pg: EmbeddedPostgres, sql: string): Promise<Record<string, unknown>[]> {
  const c = new Client({ connectionString: pg.adminUrl });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

// One private copy of the binaries package for the whole file (60 MB: copied once).
let binariesDir: string;
let cacheDir: string;
let dataRoot: string;

beforeAll(() => {
  const copy = path.join(privateDir('zz-pg-bin-'), 'linux-x64');
  fs.cpSync(path.dirname(packagedBinariesDir()), copy, { recursive: true, verbatimSymlinks: true });
  binariesDir = path.join(copy, 'native');
  // Where root's copies go in these tests (not the machine's /var/cache, /var/lib): removed afterwards.
  cacheDir = privateDir('zz-pg-cache-');
  dataRoot = privateDir('zz-pg-root-');
});

afterAll(async () => {
  for (const pg of running) await pg.stop().catch(() => undefined);
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

test('starts from binaries and data inside 0700 directories, and keeps the data across restarts', async () => {
  const dataDir = path.join(privateDir('zz-pg-data-'), 'pg');
  const options = { dataDir, port: await freePort(), binariesDir, cacheDir, dataRoot, persistent: true };

  const first = await start(options);
  expect(await query(first, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  await query(first, `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('综治')`);
  if (asRoot) {
    // The postgres user could reach neither: both were put where it can.
    expect(first.binariesDir.startsWith(cacheDir + path.sep)).toBe(true);
    expect(first.dataDir.startsWith(dataRoot + path.sep)).toBe(true);
    expect(fs.readlinkSync(dataDir)).toBe(first.dataDir);
    const postgresUid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout);
    expect(fs.statSync(first.dataDir).uid).toBe(postgresUid);
  } else {
    expect(first.binariesDir).toBe(binariesDir);
    expect(first.dataDir).toBe(dataDir);
  }
  await stop(first);

  const second = await start(options);
  expect(second.dataDir).toBe(first.dataDir);
  expect(second.binariesDir).toBe(first.binariesDir); // the cache is reused, not copied again
  expect(await query(second, 'SELECT note FROM kept')).toEqual([{ note: '综治' }]);
  await stop(second);
});

test('a throwaway server removes its data, and what was made to hold it, on stop', async () => {
  const parent = privateDir('zz-pg-data-');
  const dataDir = path.join(parent, 'data');
  const pg = await start({ dataDir, port: await freePort(), binariesDir, cacheDir, dataRoot, persistent: false });
  expect(await query(pg, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  await stop(pg);
  expect(fs.existsSync(pg.dataDir)).toBe(false);
  if (asRoot) expect(fs.existsSync(path.dirname(pg.dataDir))).toBe(false); // its dataRoot/<hash> holder
  expect(fs.readdirSync(parent)).toEqual([]); // and the symlink (root) or the data itself
});

/** The start fails with an EmbeddedPostgresError of `code` whose message matches, and leaves nothing behind. */
async function expectRefusal(options: EmbeddedPostgresOptions, code: string, message: RegExp): Promise<void> {
  const before = fs.readdirSync(dataRoot);
  const err = await startEmbeddedPostgres({ quiet: true, persistent: false, ...options }).then(
    (pg) => {
      running.push(pg);
      throw new Error('started although it should not have');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(EmbeddedPostgresError);
  expect((err as EmbeddedPostgresError).code).toBe(code);
  expect((err as Error).message).toMatch(message);
  expect((err as Error).stack).toBe((err as Error).message); // one sentence, no stack trace
  expect(fs.readdirSync(dataRoot)).toEqual(before);
}

test('a port already taken is refused with the sentence saying so', async () => {
  const holder = net.createServer();
  const port = await new Promise<number>((resolve) => holder.listen(0, '127.0.0.1', () => resolve((holder.address() as net.AddressInfo).port)));
  try {
    const parent = privateDir('zz-pg-data-');
    await expectRefusal({ dataDir: path.join(parent, 'data'), port, binariesDir, cacheDir, dataRoot }, 'PORT_IN_USE', new RegExp(`端口 ${port} 已被占用.*\\(port ${port} is already in use`));
    expect(fs.readdirSync(parent)).toEqual([]);
  } finally {
    await new Promise((r) => holder.close(r));
  }
});

test('missing binaries are refused with the sentence saying to run npm ci', async () => {
  const nowhere = path.join(privateDir('zz-pg-none-'), 'native');
  const dataDir = path.join(privateDir('zz-pg-data-'), 'data');
  await expectRefusal({ dataDir, port: await freePort(), binariesDir: nowhere, cacheDir, dataRoot }, 'BINARIES_MISSING', /找不到 PostgreSQL 程序 .*bin\/initdb.*npm ci/);
});

test('binaries without their execute bits are refused with the sentence saying to chmod them', async () => {
  const fake = path.join(privateDir('zz-pg-fake-'), 'native');
  fs.mkdirSync(path.join(fake, 'bin'), { recursive: true });
  for (const name of ['initdb', 'postgres']) fs.writeFileSync(path.join(fake, 'bin', name), '#!/bin/sh\n', { mode: 0o644 });
  const dataDir = path.join(privateDir('zz-pg-data-'), 'data');
  await expectRefusal({ dataDir, port: await freePort(), binariesDir: fake, cacheDir, dataRoot }, 'BINARIES_NOT_EXECUTABLE', /不可执行.*chmod \+x/);
});
