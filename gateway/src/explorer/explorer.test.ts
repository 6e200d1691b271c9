/**
 * The explorer's HTTP side without a database: the page refers only to same-origin files that are
 * served with the right type, a year's cache and gzip; nothing runs inline; the CSP names no other
 * host. (That the page then works is the browser test's job: e2e/browser/explorer.browser.test.ts.)
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { parseConfig, type Config } from '@zz/common';
import { serveExplorer } from '.';
import { EXAMPLES } from './examples';
import { explorerCsp, explorerPage, jsonForScript } from './page';

let server: http.Server;
let base: string;
let config: Config;

beforeAll(async () => {
  config = { ...parseConfig({ APP_ENV: 'test' }), explorerEnabled: true };
  server = http.createServer((req, res) => {
    const current = (req.headers['x-test-disabled'] ? { ...config, explorerEnabled: false } : config);
    serveExplorer(req, res, new URL(req.url ?? '/', 'http://x').pathname, current)
      .then((done) => { if (!done) { res.writeHead(418); res.end(); } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers, redirect: 'manual' });

describe('the explorer page', () => {
  it('is small, runs no inline script and refers only to same-origin assets', async () => {
    const res = await get('/explorer');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    expect(html.length).toBeLessThan(20_000);
    // The only inline <script> is the JSON settings block, which a browser never executes.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(inline.map((m) => m[1].trim())).toEqual(['type="application/json" id="zz-explorer-config"']);
    const settings = JSON.parse(inline[0][2]);
    expect(settings.examples).toHaveLength(EXAMPLES.length);
    expect(inline[0][2]).not.toMatch(/<\/script|<!--/i);
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(5);
    for (const ref of refs) expect(ref).toMatch(/^\/explorer\/assets\/[\w.-]+\.[0-9a-f]{16}\.(js|css|ico)$/);
    for (const url of Object.values(settings.workers) as string[]) refs.push(url);
    for (const ref of refs) expect((await get(ref)).status).toBe(200);
  });

  it('keeps a `</script` or `<!--` in the settings inside the JSON block', () => {
    const tricky = { title: '</script><!-- x\u2028', query: '<script>' };
    const block = jsonForScript(tricky);
    expect(block).not.toMatch(/<\/script|<!--|<script/i);
    expect(JSON.parse(block)).toEqual(tricky);
  });

  it('sends a Content-Security-Policy that allows this origin only (and its websocket)', async () => {
    // fetch() sets Host itself; a proxy in front of the gateway passes the public one.
    const res = await new Promise<http.IncomingMessage>((resolve) => http.get(`${base}/explorer`, { headers: { host: 'zz.example.gov:8080' } }, resolve));
    res.resume();
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self' ws://zz.example.gov:8080 wss://zz.example.gov:8080;");
    // Nothing but 'self', data: and the page's own host may appear.
    expect(csp.replace(/wss?:\/\/zz\.example\.gov:8080/g, '')).not.toMatch(/https?:|wss?:|\*/);
    // A Host header that is not a host name is left out rather than written into the policy.
    expect(explorerCsp('evil; script-src *')).not.toContain('evil');
  });

  it('shows the demo accounts only in demo mode', () => {
    expect(explorerPage({ endpoint: '/graphql', demo: true })).toContain('<select id="zz-user">');
    const plain = explorerPage({ endpoint: '/graphql', demo: false });
    expect(plain).toContain('<input id="zz-user"');
    expect(JSON.parse(/id="zz-explorer-config">([\s\S]*?)<\/script>/.exec(plain)![1]).accounts).toEqual([]);
  });
});

describe('the explorer assets', () => {
  it('are served with their type, a year of cache and gzip', async () => {
    const html = await (await get('/explorer')).text();
    const js = /src="([^"]*graphiql\.[0-9a-f]+\.js)"/.exec(html)![1];
    const css = /href="([^"]*graphiql\.[0-9a-f]+\.css)"/.exec(html)![1];
    const res = await new Promise<http.IncomingMessage>((resolve) => http.get(base + js, { headers: { 'accept-encoding': 'gzip' } }, resolve));
    const chunks: Buffer[] = [];
    for await (const c of res) chunks.push(c as Buffer);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBe('gzip');
    const body = zlib.gunzipSync(Buffer.concat(chunks));
    expect(body.length).toBeGreaterThan(1_000_000);
    expect(Buffer.concat(chunks).length).toBeLessThan(body.length / 3);
    expect(body.toString('utf8')).toContain('renderYogaGraphiQL');
    expect((await get(css)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers an unknown or outdated name with 404, not cached', async () => {
    const res = await get('/explorer/assets/graphiql.0000000000000000.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('routes', () => {
  it('redirects /explorer/ to /explorer and leaves / to the web console', async () => {
    expect((await get('/')).status).toBe(418);
    for (const path of ['/explorer/']) {
      const res = await get(path);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/explorer');
    }
  });

  it('leaves other paths to the gateway and refuses other methods', async () => {
    expect((await get('/graphql')).status).toBe(418);
    expect((await get('/explorers')).status).toBe(418);
    expect((await fetch(`${base}/explorer`, { method: 'POST' })).status).toBe(405);
  });

  it('is gone entirely when the explorer is disabled', async () => {
    const html = await (await get('/explorer')).text();
    const js = /src="([^"]*explorer\.[0-9a-f]+\.js)"/.exec(html)![1];
    for (const path of ['/explorer', js]) expect((await get(path, { 'x-test-disabled': '1' })).status).toBe(404);
  });
});
