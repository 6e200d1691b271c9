/**
 * The Guild's Hive Gateway on our supergraph and subgraphs, for the side-by-side benchmark (run as its
 * own process by bench/run.ts, pinned to the same core our gateway gets).
 *
 *   node --import tsx bench/hive-gateway.ts --port 4500 --planner js|rust --dedup on|off
 *
 * Subgraph addresses come from CASES_URL … SUPERVISION_URL (else the supergraph's own). Auth: the
 * client sends the signed `x-zz-identity` header our subgraphs trust, and Hive Gateway propagates it
 * (Hive has no notion of our bearer tokens; the signing is done once per step by the runner, so Hive
 * does strictly less work per request than our gateway, which verifies a JWT and signs per identity).
 *
 * "dedup on" = both of Hive's in-flight deduplications: inbound (`inboundInflightRequestDeduplication`,
 * identical concurrent client requests share one execution; off by default in Hive) and outbound
 * (`deduplicateInflightRequests` of the HTTP transport, identical concurrent subgraph fetches share
 * one; on by default in Hive). "dedup off" turns both off.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';

const IDENTITY_HEADER = 'x-zz-identity';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main() {
  const port = Number(arg('port', '4500'));
  const host = arg('host', '127.0.0.1');
  const planner = arg('planner', 'js');
  const dedup = arg('dedup', 'on') === 'on';
  const supergraphPath = path.resolve(arg('supergraph', path.join(__dirname, '..', 'schema', 'supergraph.graphql')));
  if (planner !== 'js' && planner !== 'rust') throw new Error('--planner js|rust');
  const supergraph = fs.readFileSync(supergraphPath, 'utf8');

  // Per-subgraph overrides: the bench runs its subgraphs on its own ports.
  const transportEntries: Record<string, { location?: string; options?: Record<string, unknown> }> = {
    '*.http': { options: { deduplicateInflightRequests: dedup } },
  };
  for (const name of ['cases', 'personnel', 'grid', 'supervision']) {
    const url = process.env[`${name.toUpperCase()}_URL`];
    if (url) transportEntries[name] = { location: url, options: { deduplicateInflightRequests: dedup } };
  }

  const gateway = createGatewayRuntime({
    supergraph,
    transportEntries,
    ...(planner === 'rust' ? { unifiedGraphHandler } : {}),
    inboundInflightRequestDeduplication: dedup
      ? { shouldIncludeHeader: (name: string) => name === IDENTITY_HEADER } // same identity + same operation + same variables
      : false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ [IDENTITY_HEADER]: request.headers.get(IDENTITY_HEADER) }),
    },
    logging: (process.env.HIVE_LOG_LEVEL as 'info' | 'warn' | 'error' | undefined) ?? 'warn',
    graphiql: false,
    landingPage: false,
    // Like ours: no per-request tracing, no response cache.
  });

  const server = http.createServer(gateway);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  console.log(`hive gateway (${planner} planner, dedup ${dedup ? 'on' : 'off'}) ready at http://${host}:${port}/graphql`);
  const stop = async () => {
    server.close();
    server.closeAllConnections();
    await gateway.dispose();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err) => {
  console.error('hive gateway failed to start', err);
  process.exit(1);
});
