/**
 * The gateway's fetcher for subgraph calls (issue 8: measured in bench/, see bench/README.md).
 *
 * Why not the default: RemoteGraphQLDataSource fetches through make-fetch-happen, whose agent stack
 * (@npmcli/agent → agent-base) builds an `Error().stack` on every request to guess the protocol; with
 * source maps on (tsx) that alone was the gateway's largest single cost in CPU profiles, before
 * minipass streams and a cache layer we do not use. This one is plain node:http with a keep-alive agent
 * per subgraph origin (sockets reused across requests, LIFO so warm sockets are taken first).
 *
 * In-flight dedup (config.gatewayTuning.dedup, GATEWAY_DEDUP): identical concurrent QUERY
 * fetches to the same subgraph with the same forwarded identity share one HTTP exchange. The key holds
 * the signed identity header and the client address header, so results are never shared across
 * identities (or jurisdictions) or client addresses;
 * mutations are never shared. Each waiter parses the body itself, so no response object is shared
 * between requests (the gateway merges into what it gets).
 */
import http from 'node:http';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { CLIENT_ADDRESS_HEADER, IDENTITY_HEADER } from '@zz/common';

export interface SubgraphFetchOptions {
  dedup: boolean;
  /** Sockets per subgraph origin. */
  maxSockets: number;
}

interface RawResponse {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

class LeanHeaders implements FetcherHeaders {
  constructor(private readonly h: http.IncomingHttpHeaders) {}
  get(name: string): string | null {
    const v = this.h[name.toLowerCase()];
    return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
  }
  has(name: string): boolean { return this.h[name.toLowerCase()] !== undefined; }
  append(name: string, value: string): void { const k = name.toLowerCase(); const cur = this.get(k); this.h[k] = cur === null ? value : `${cur}, ${value}`; }
  set(name: string, value: string): void { this.h[name.toLowerCase()] = value; }
  delete(name: string): void { delete this.h[name.toLowerCase()]; }
  *entries(): IterableIterator<[string, string]> { for (const k of Object.keys(this.h)) yield [k, this.get(k)!]; }
  *keys(): IterableIterator<string> { yield* Object.keys(this.h); }
  *values(): IterableIterator<string> { for (const k of Object.keys(this.h)) yield this.get(k)!; }
  [Symbol.iterator](): IterableIterator<[string, string]> { return this.entries(); }
}

class LeanResponse implements FetcherResponse {
  bodyUsed = false;
  readonly redirected = false;
  readonly headers: FetcherHeaders;
  constructor(private readonly raw: RawResponse, readonly url: string) {
    this.headers = new LeanHeaders({ ...raw.headers });
  }
  get status() { return this.raw.status; }
  get ok() { return this.raw.status >= 200 && this.raw.status < 300; }
  get statusText() { return this.raw.statusText; }
  async text(): Promise<string> { this.bodyUsed = true; return this.raw.body; }
  async json(): Promise<unknown> { this.bodyUsed = true; return JSON.parse(this.raw.body); }
  async arrayBuffer(): Promise<ArrayBuffer> { this.bodyUsed = true; const b = Buffer.from(this.raw.body); return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer; }
  clone(): FetcherResponse { return new LeanResponse(this.raw, this.url); }
}

/** `{"query":"query …` or `{"query":"{…`: a read; anything else (mutation) is never shared. */
function isQueryBody(body: string): boolean {
  return body.startsWith('{"query":"query') || body.startsWith('{"query":"{');
}

export function createSubgraphFetcher(options: SubgraphFetchOptions): Fetcher & { stats(): { shared: number; sent: number }; destroy(): void } {
  const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 30_000, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets, scheduling: 'lifo' });
  const targets = new Map<string, { hostname: string; port: string; path: string }>();
  const inflight = new Map<string, Promise<RawResponse>>();
  let shared = 0;
  let sent = 0;

  const send = (url: string, init: FetcherRequestInit): Promise<RawResponse> => {
    let t = targets.get(url);
    if (!t) {
      const u = new URL(url);
      if (u.protocol !== 'http:') throw new Error(`subgraph fetcher: only http:// subgraph URLs are supported (${url})`);
      t = { hostname: u.hostname, port: u.port || '80', path: u.pathname + u.search };
      targets.set(url, t);
    }
    const body = typeof init.body === 'string' ? init.body : init.body ? init.body.toString('utf8') : '';
    sent++;
    return new Promise<RawResponse>((resolve, reject) => {
      const req = http.request(
        { hostname: t.hostname, port: t.port, path: t.path, method: init.method ?? 'POST', agent, headers: { ...init.headers, 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  };

  const fetcher = async (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> => {
    const body = typeof init.body === 'string' ? init.body : '';
    if (!options.dedup || !isQueryBody(body)) return new LeanResponse(await send(url, init), url);
    // Identity and client address are both part of what the subgraph answers to.
    const key = `${url}\n${init.headers?.[IDENTITY_HEADER] ?? ''}\n${init.headers?.[CLIENT_ADDRESS_HEADER] ?? ''}\n${init.headers?.['x-zz-access-reason'] ?? ''}\n${body}`;
    let p = inflight.get(key);
    if (p) shared++;
    else {
      p = send(url, init).finally(() => inflight.delete(key));
      inflight.set(key, p);
    }
    return new LeanResponse(await p, url);
  };
  return Object.assign(fetcher, { stats: () => ({ shared, sent }), destroy: () => agent.destroy() });
}
