/**
 * Partner systems end to end: `npm run token` mints a PARTNER token for the demo `partner-12345`
 * account scoped to a town; the example partner client (a separate process) receives only that town's
 * events, saves its cursor, is stopped, misses nothing while down, resumes after a restart, and stops
 * when its account's tokens are revoked.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import { commitEvents, demoRegions, sleep, wsUrlOf } from './support/dispatch';

const ROOT = path.resolve(__dirname, '..');
const TSX = require.resolve('tsx/cli');

let p: TestPlatform;
let R: Awaited<ReturnType<typeof demoRegions>>;
let dir: string;
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(async () => {
  p = await startTestPlatform();
  R = await demoRegions(p);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zz-partner-'));
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await p?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const env = () => ({ ...process.env, APP_ENV: 'test', DATABASE_URL: p.databaseUrl, JWT_SECRET: p.config.jwtSecret, LOG_LEVEL: 'error' });

function token(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSX, 'scripts/token.ts', ...args], { cwd: ROOT, env: env() }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout: stdout.trim(), stderr });
    });
  });
}

interface Partner {
  child: ChildProcessWithoutNullStreams;
  lines: { cursor: string; kind: string; note: string; region: { code: string } }[];
  stderr: string;
  exited: Promise<number | null>;
}

function startClient(partnerToken: string, cursorFile: string): Partner {
  const child = spawn(process.execPath, [TSX, 'examples/partner-client/client.ts'], {
    cwd: ROOT,
    env: { ...env(), PARTNER_TOKEN: partnerToken, GATEWAY_WS_URL: wsUrlOf(p.gatewayUrl), CURSOR_FILE: cursorFile, KINDS: 'CASE_RECEIVED,CASE_CLOSED' },
  });
  children.push(child);
  const partner: Partner = { child, lines: [], stderr: '', exited: new Promise((r) => child.once('exit', (code) => r(code))) };
  let buf = '';
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      partner.lines.push(JSON.parse(buf.slice(0, i)));
      buf = buf.slice(i + 1);
    }
  });
  child.stderr.on('data', (d: Buffer) => { partner.stderr += d.toString(); });
  return partner;
}

async function waitFor(check: () => boolean, what: string, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

it('mints a scoped PARTNER token, and refuses an unknown partner or region', async () => {
  const ok = await token('--partner', '12345', '--region', R.townA.code, '--days', '2');
  expect(ok.code).toBe(0);
  expect(ok.stdout.split('.')).toHaveLength(3);
  const claims = JSON.parse(Buffer.from(ok.stdout.split('.')[1], 'base64url').toString());
  expect(claims).toMatchObject({ username: 'partner-12345', roles: ['PARTNER'], partner: '12345', rcode: R.townA.code, rid: R.townA.id });
  expect(claims.exp - claims.iat).toBe(2 * 86_400);
  // The gateway accepts it and scopes it to the town.
  const me = await p.gql<{ me: { username: string } }>(`{ me { username } }`, {}, ok.stdout);
  expect(me.data?.me.username).toBe('partner-12345');

  expect((await token('--partner', 'nobody', '--region', R.townA.code)).code).toBe(2);
  expect((await token('--partner', '12345', '--region', '999999')).code).toBe(2);
  expect((await token('--partner', '12345')).code).toBe(2);
}, 60_000);

it('the partner client receives its town only, survives its own restart without loss or repeat, and stops when revoked', async () => {
  const { stdout: partnerToken } = await token('--partner', '12345', '--region', R.townA.code);
  const cursorFile = path.join(dir, 'cursor.txt');
  const subscribed = () => p.gateway.subscriptions.stats().subscribers;

  const first = startClient(partnerToken, cursorFile);
  await waitFor(() => subscribed() === 1, 'the client to subscribe');
  await commitEvents(p.dataSource('cases'), [
    { kind: 'CASE_RECEIVED', region: R.villageA, data: { note: 'p1' } },
    { kind: 'CASE_RECEIVED', region: R.villageB, data: { note: 'other-town' } },
    { kind: 'CASE_ASSIGNED', region: R.villageA, data: { note: 'other-kind' } },
    { kind: 'CASE_CLOSED', region: R.townA, data: { note: 'p2' } },
  ]);
  await waitFor(() => first.lines.length >= 2, 'two events');
  first.child.kill('SIGTERM');
  expect(await first.exited).toBe(0);
  expect(fs.readFileSync(cursorFile, 'utf8')).toBe(first.lines[1].cursor);

  // While the client is down.
  await commitEvents(p.dataSource('cases'), [{ kind: 'CASE_RECEIVED', region: R.villageA, data: { note: 'p3' } }]);
  await commitEvents(p.dataSource('cases'), [{ kind: 'CASE_CLOSED', region: R.villageB, data: { note: 'other-town-2' } }, { kind: 'CASE_CLOSED', region: R.villageA, data: { note: 'p4' } }]);

  const second = startClient(partnerToken, cursorFile);
  await waitFor(() => second.lines.length >= 2, 'the missed events');
  await commitEvents(p.dataSource('cases'), [{ kind: 'CASE_RECEIVED', region: R.townA, data: { note: 'p5' } }]);
  await waitFor(() => second.lines.length >= 3, 'a live event after the replay');
  await sleep(300);
  expect([...first.lines, ...second.lines].map((l) => l.note)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  expect(second.stderr).toMatch(/resuming after/);

  // Revoked: the account's token version moves on; the gateway closes the socket (4401) and the client stops.
  await p.sql(`UPDATE personnel.app_user SET token_version = token_version + 1 WHERE username = 'partner-12345'`);
  let timer: NodeJS.Timeout | undefined;
  const exit = await Promise.race([second.exited, new Promise((r) => { timer = setTimeout(() => r('still running'), 25_000); })]);
  clearTimeout(timer);
  expect(exit).toBe(1);
  expect(second.stderr).toMatch(/token refused/);
}, 90_000);
