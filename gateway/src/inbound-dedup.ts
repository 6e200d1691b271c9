/**
 * In-flight deduplication of identical client requests (issue 8; config.gatewayTuning.dedup,
 * GATEWAY_DEDUP). While a query is being executed, an identical one — same Authorization header (so
 * the same identity and jurisdiction), same client address, same body (query, operation name,
 * variables), same Accept — waits
 * for the first one's answer instead of being executed again: the dispatch board that fifty dispatchers
 * refresh at once costs one execution. Hive Gateway calls the same thing inboundInflightRequestDeduplication.
 *
 * Only reads are shared: a body whose document contains the word `mutation` or `subscription` anywhere
 * (even in a string or a comment) is never shared, nor is anything that is not a POST with a JSON body.
 * The shared answer is the exact bytes the first request got (status, headers, body); nothing is cached
 * after it completes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

interface Recorded {
  status: number;
  headers: Record<string, string | number | string[]>;
  chunks: (string | Buffer)[];
}

/** The part of ServerResponse that handleGraphQL / sendJson use, recording instead of writing. */
class RecordingResponse {
  statusCode = 200;
  headersSent = false;
  readonly headers: Record<string, string | number | string[]> = {};
  readonly chunks: (string | Buffer)[] = [];
  setHeader(name: string, value: string | number | string[]): this { this.headers[name.toLowerCase()] = value; return this; }
  getHeader(name: string) { return this.headers[name.toLowerCase()]; }
  writeHead(status: number, headers?: Record<string, string | number | string[]>): this {
    this.statusCode = status;
    for (const [k, v] of Object.entries(headers ?? {})) this.setHeader(k, v);
    this.headersSent = true;
    return this;
  }
  write(chunk: string | Buffer): boolean { this.headersSent = true; this.chunks.push(chunk); return true; }
  end(chunk?: string | Buffer): this { if (chunk !== undefined) this.chunks.push(chunk); this.headersSent = true; return this; }
}

function replay(r: Recorded, res: ServerResponse): void {
  res.statusCode = r.status;
  for (const [k, v] of Object.entries(r.headers)) res.setHeader(k, v);
  for (const c of r.chunks) res.write(c);
  res.end();
}

const WRITES = /\b(mutation|subscription)\b/;

/** The dedup key of a request, or null when it must not be shared. */
export function dedupKey(req: IncomingMessage, body: string | undefined): string | null {
  if (req.method !== 'POST' || !body || WRITES.test(body)) return null;
  // The client address is part of what subgraphs answer to (see client-address.ts): never share across addresses.
  const from = `${req.socket?.remoteAddress ?? ''}|${req.headers['x-forwarded-for'] ?? ''}`;
  // The reason given for a sensitive read is audited per request: requests with different reasons are not shared.
  return `${req.headers.authorization ?? ''}\n${from}\n${req.headers.accept ?? ''}\n${req.headers['x-zz-access-reason'] ?? ''}\n${body}`;
}

export class InflightRequests {
  private readonly inflight = new Map<string, Promise<Recorded>>();
  shared = 0;

  constructor(private readonly enabled: boolean) {}

  /**
   * Answers `res` with what `execute` writes, sharing one execution among identical concurrent
   * requests. `execute` gets the response to write to (a recorder when the answer is shared).
   */
  async handle(req: IncomingMessage, res: ServerResponse, body: string | undefined, execute: (res: ServerResponse) => Promise<void>): Promise<void> {
    const key = this.enabled ? dedupKey(req, body) : null;
    if (key === null) return execute(res);
    let pending = this.inflight.get(key);
    if (pending) {
      this.shared++;
    } else {
      pending = (async () => {
        const rec = new RecordingResponse();
        await execute(rec as unknown as ServerResponse);
        return { status: rec.statusCode, headers: rec.headers, chunks: rec.chunks };
      })().finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    replay(await pending, res);
  }
}
