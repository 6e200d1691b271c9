/**
 * The explorer's routes on the gateway's HTTP server: `/explorer` (the page) and `/explorer/assets/*`
 * (its files). `/` is the web console's (gateway/src/console).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '@zz/common';
import { ASSET_PREFIX, encoded, explorerAssets } from './assets';
import { explorerCsp, explorerPage } from './page';

export { EXAMPLES, MY_REGION_ID, type ExampleTab } from './examples';
export { DEMO_ACCOUNTS, EXPLORER_TITLE } from './page';

const YEAR = 365 * 24 * 3600;

/** Answers the request when it is one of the explorer's; returns false to let the caller go on. */
export async function serveExplorer(req: IncomingMessage, res: ServerResponse, pathname: string, config: Config): Promise<boolean> {
  if (pathname !== '/explorer' && pathname !== '/explorer/' && !pathname.startsWith(ASSET_PREFIX)) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('只支持 GET (method not allowed)');
    return true;
  }
  if (!config.explorerEnabled) {
    res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: 'explorer disabled' }));
    return true;
  }
  if (pathname === '/explorer/') {
    res.writeHead(302, { location: '/explorer', 'cache-control': 'no-cache' });
    res.end();
    return true;
  }
  if (pathname === '/explorer') {
    const html = Buffer.from(explorerPage({ endpoint: '/graphql', demo: config.env === 'demo' }));
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // The page names the assets' hashes, so it must be revalidated; the assets themselves never change.
      'cache-control': 'no-cache',
      'content-security-policy': explorerCsp(req.headers.host),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-length': html.length,
    });
    res.end(req.method === 'HEAD' ? undefined : html);
    return true;
  }
  const asset = explorerAssets().byUrl.get(pathname);
  if (!asset) {
    // An old hash after an upgrade, or a typo: not cached, so the next deploy's name works at once.
    res.writeHead(404, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ error: 'not found' }));
    return true;
  }
  const { body, encoding } = await encoded(asset, req.headers['accept-encoding'] as string | undefined);
  res.writeHead(200, {
    'content-type': asset.type,
    'cache-control': `public, max-age=${YEAR}, immutable`,
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
    'content-length': body.length,
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
