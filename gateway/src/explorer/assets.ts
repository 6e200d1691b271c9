/**
 * The explorer's static files, served by the gateway itself so the explorer works on a closed network.
 *
 * Why these files: `@graphql-yoga/render-graphiql` (The Guild, already a pinned dependency) exports its
 * GraphiQL 5 build as separate strings — the UMD bundle (React, GraphiQL, monaco, graphql-ws client),
 * its CSS (fonts and icons as data: URLs), the three monaco workers and the favicon. Its own
 * `renderGraphiQL` inlines all of them into one 9 MB page, and the bundle contains `<!--`, which breaks
 * the HTML parse of an inline script; served as files, the same code runs as written. The alternatives
 * were weighed: `ruru` 2 has no saved-tabs option (only one initial query), is Grafast-flavoured and
 * wants Node 22; `altair-static` is a different (Angular) client with its own look; `graphiql` 5 from
 * node_modules is ESM-only and would need a bundler step for React and the monaco workers. This
 * package supports what the explorer needs — default tabs, persisted headers, subscriptions over
 * graphql-ws on the same path — at no new dependency.
 *
 * Each file is addressed by a hash of its content (`/explorer/assets/<name>.<hash>.<ext>`), so it can be
 * cached for a year and a new version is a new URL; gzip is computed once, on first request.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type * as YogaBundle from '@graphql-yoga/render-graphiql/graphiql';

const gzip = promisify(zlib.gzip);

export const ASSET_PREFIX = '/explorer/assets/';

/** Names the page refers to; each maps to one served file. */
export type AssetName = 'graphiql.js' | 'graphiql.css' | 'explorer.js' | 'explorer.css' | 'favicon.ico'
  | 'editor.worker.js' | 'json.worker.js' | 'graphql.worker.js';

export interface Asset {
  /** The URL path, with the content hash in it. */
  url: string;
  type: string;
  body: Buffer;
  gzipped?: Promise<Buffer>;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ico': 'image/x-icon',
};

function asset(name: AssetName, body: Buffer): Asset {
  const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 16);
  const ext = path.extname(name);
  return { url: `${ASSET_PREFIX}${name.slice(0, -ext.length)}.${hash}${ext}`, type: TYPES[ext], body };
}

function fromDataUrl(dataUrl: string): Buffer {
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

export interface AssetTable {
  byName: Record<AssetName, Asset>;
  byUrl: Map<string, Asset>;
}

let table: AssetTable | null = null;

/** Loaded on first use: the bundle module is 9 MB, not worth parsing when the explorer is never opened. */
export function explorerAssets(): AssetTable {
  if (table) return table;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const yoga = require('@graphql-yoga/render-graphiql/graphiql') as typeof YogaBundle;
  const client = (file: string) => fs.readFileSync(path.join(__dirname, 'client', file));
  const byName: Record<AssetName, Asset> = {
    'graphiql.js': asset('graphiql.js', Buffer.from(yoga.js)),
    'graphiql.css': asset('graphiql.css', Buffer.from(yoga.css)),
    'explorer.js': asset('explorer.js', client('explorer.js')),
    'explorer.css': asset('explorer.css', client('explorer.css')),
    'favicon.ico': asset('favicon.ico', fromDataUrl(yoga.favicon)),
    'editor.worker.js': asset('editor.worker.js', Buffer.from(yoga.editorWorkerService)),
    'json.worker.js': asset('json.worker.js', Buffer.from(yoga.jsonWorker)),
    'graphql.worker.js': asset('graphql.worker.js', Buffer.from(yoga.graphqlWorker)),
  };
  table = { byName, byUrl: new Map(Object.values(byName).map((a) => [a.url, a])) };
  return table;
}

/** The body to send and its encoding; gzip only where the client takes it and it pays off. */
export async function encoded(a: Asset, acceptEncoding: string | undefined): Promise<{ body: Buffer; encoding?: 'gzip' }> {
  if (!/\bgzip\b/.test(acceptEncoding ?? '') || a.body.length < 1024) return { body: a.body };
  a.gzipped ??= gzip(a.body); // the default level: level 9 saves 0.3% of the bundle for 50% more time
  return { body: await a.gzipped, encoding: 'gzip' };
}
