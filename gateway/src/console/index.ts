/**
 * The web console on the gateway's own origin: the built files of console/ (`npm run build:console`)
 * at `/`, so the console reaches `/graphql` and its websocket without CORS and without naming a
 * host, and works on a closed network. What it answers:
 * - a file of the build (`/assets/index-3f2a.js`, `/favicon.svg`): with its type, the precompressed
 *   twin the browser accepts, a year of cache for hashed assets;
 * - any other extension-less path (`/cases/123?tab=ledger`): index.html, so a deep link or a reload
 *   lands in the app and its router (SPA fallback); index.html is never cached;
 * - API-looking paths (`/api/…`, a missing file with an extension): not handled here — the gateway's
 *   JSON 404 answers.
 * `/graphql`, `/health`, `/ready` and `/explorer…` are never touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cacheControl, contentType, pickEncoding, resolveFile } from './files';
import { securityHeaders } from './csp';
import { MISSING_CONSOLE_PAGE } from './missing';

/** Where `npm run build:console` writes. */
export const CONSOLE_DIST = path.resolve(__dirname, '../../../console/dist');

const RESERVED = /^\/(graphql|health|ready|explorer|api)(\/|$)/;

export type ConsoleHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;

export function createConsoleHandler(options: { dir?: string; mode: string }): ConsoleHandler {
  const root = path.resolve(options.dir ?? CONSOLE_DIST);
  let index: { mtimeMs: number; html: string } | null = null;

  /** index.html with the gateway's mode filled in; re-read when a rebuild replaces it. */
  const indexHtml = (): string | null => {
    const file = path.join(root, 'index.html');
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(file).mtimeMs;
    } catch {
      return null;
    }
    if (index?.mtimeMs !== mtimeMs) {
      const html = fs.readFileSync(file, 'utf8').replace(/<meta name="zz-mode" content="[^"]*"\s*\/?>/, `<meta name="zz-mode" content="${options.mode.replace(/[^a-z]/g, '')}" />`);
      index = { mtimeMs, html };
    }
    return index.html;
  };

  return (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (RESERVED.test(url.pathname)) return false;
    const headers = securityHeaders(req.headers.host);
    const head = req.method === 'HEAD';

    const isFileLike = /\.[A-Za-z0-9]+$/.test(url.pathname) && url.pathname !== '/index.html';
    if (isFileLike) {
      const file = resolveFile(root, url.pathname);
      if (!file) return false;
      const twin = pickEncoding(file.full, req.headers['accept-encoding']);
      const sent = twin ? twin.file : file.full;
      res.writeHead(200, {
        ...headers,
        'content-type': contentType(file.full),
        'content-length': twin ? fs.statSync(twin.file).size : file.size,
        'cache-control': cacheControl(file.relative),
        ...(twin ? { 'content-encoding': twin.encoding } : {}),
        // Caches must keep the encodings apart even when this file has no twin yet.
        vary: 'Accept-Encoding',
      });
      if (head) res.end();
      else fs.createReadStream(sent).on('error', () => res.destroy()).pipe(res);
      return true;
    }

    // Everything else is a page of the app (its router decides, including its own 404).
    const html = indexHtml();
    const body = html ?? MISSING_CONSOLE_PAGE;
    res.writeHead(html ? 200 : 503, {
      ...headers,
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-cache',
    });
    res.end(head ? undefined : body);
    return true;
  };
}
