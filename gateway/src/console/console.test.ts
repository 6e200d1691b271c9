/** The console's file serving on a throwaway folder: types, caching, encodings, fallback, refusals. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { createConsoleHandler } from '.';
import { contentSecurityPolicy } from './csp';
import { pickEncoding, resolveFile } from './files';

let dir: string;
let server: http.Server;
let base: string;
const JS = 'console.log("综治");'.repeat(200);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zz-console-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><meta name="zz-mode" content="" /><script type="module" src="/assets/app-1a2b.js"></script>');
  fs.writeFileSync(path.join(dir, 'assets/app-1a2b.js'), JS);
  fs.writeFileSync(path.join(dir, 'assets/app-1a2b.js.br'), zlib.brotliCompressSync(JS));
  fs.writeFileSync(path.join(dir, 'assets/app-1a2b.js.gz'), zlib.gzipSync(JS));
  fs.writeFileSync(path.join(dir, 'assets/app-1a2b.css'), 'body{}');
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg/>');
  fs.writeFileSync(path.join(dir, '.secret'), 'no');
  const handle = createConsoleHandler({ dir, mode: 'demo' });
  server = http.createServer((req, res) => {
    if (!handle(req, res, new URL(req.url ?? '/', 'http://x'))) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"not found"}');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('console file serving', () => {
  it('serves index.html at / and any deep link, uncached, with the mode filled in and a strict CSP', async () => {
    for (const p of ['/', '/cases', '/cases/abc?status=ASSIGNED', '/index.html']) {
      const res = await fetch(base + p);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await res.text()).toContain('<meta name="zz-mode" content="demo" />');
    }
  });

  it('sends hashed assets with their type, a year of cache and the encoding asked for', async () => {
    const br = await fetch(`${base}/assets/app-1a2b.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(await br.text()).toBe(JS); // fetch decodes
    const css = await fetch(`${base}/assets/app-1a2b.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('content-encoding')).toBeNull();
    const svg = await fetch(`${base}/favicon.svg`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('leaves API paths, missing files, dotfiles, traversal and writes to the gateway', async () => {
    for (const p of ['/graphql', '/health', '/ready', '/explorer', '/explorer/assets/x.js', '/api/cases', '/assets/missing.js', '/.secret', '/assets/..%2f.secret', '/%2e%2e/etc/passwd.txt']) {
      const res = await fetch(base + p);
      expect([p, res.status]).toEqual([p, 404]);
      expect(res.headers.get('content-type')).toBe('application/json');
    }
    expect((await fetch(`${base}/cases`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('answers / with a Chinese build hint when nothing is built', async () => {
    const handle = createConsoleHandler({ dir: path.join(dir, 'nope'), mode: 'demo' });
    const s = http.createServer((req, res) => void handle(req, res, new URL(req.url ?? '/', 'http://x')));
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const res = await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/`);
    await new Promise((r) => s.close(r));
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:console');
  });
});

describe('pieces', () => {
  it('CSP opens the websocket to this host only, and ignores a Host header that is not one', () => {
    expect(contentSecurityPolicy('localhost:4000')).toContain("connect-src 'self' ws://localhost:4000 wss://localhost:4000");
    expect(contentSecurityPolicy('evil.example; script-src *')).toContain("connect-src 'self';");
    expect(contentSecurityPolicy(undefined)).not.toMatch(/https?:|\*/);
  });

  it('honours q=0 and falls back to gzip', () => {
    const full = path.join(dir, 'assets/app-1a2b.js');
    expect(pickEncoding(full, 'gzip, br;q=0')?.encoding).toBe('gzip');
    expect(pickEncoding(full, 'identity')).toBeNull();
    expect(pickEncoding(full, '*')?.encoding).toBe('br');
  });

  it('never resolves outside the folder', () => {
    expect(resolveFile(dir, '/../' + path.basename(dir) + '/favicon.svg')).toBeNull();
    expect(resolveFile(dir, '/assets')).toBeNull();
    expect(resolveFile(dir, '/favicon.svg')?.relative).toBe('favicon.svg');
  });
});
