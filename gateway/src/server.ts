/**
 * The one endpoint: Apollo Gateway over the committed supergraph (no runtime introspection), on a
 * node:http server that also answers /health, /ready, /explorer (with its assets) and the web console (/), and carries
 * the subscription websocket on the same path. Building the server has no side effects; index.ts listens.
 */
import fs from 'node:fs';
import http, { type IncomingMessage } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import {
  ACCESS_REASON_HEADER, ANONYMOUS, DomainError, accessReasonFrom, apolloLogger, createLogger, formatError, graphqlError, handleGraphQL, readBody, sendJson, BodyTooLargeError,
  type Config, type ServiceName,
} from '@zz/common';
import { Authenticator } from './auth';
import { SubgraphDataSource } from './subgraph-source';
import { clientAddress } from './client-address';
import type { GatewayContext } from './context';
import { OperationLimits, RateLimiter, formatLimitErrors } from './limits';
import { serveExplorer } from './explorer';
import { createConsoleHandler } from './console';
import { CASE_EXPORT_PATH, enumLabelsFrom, handleCaseExport, type CaseExportDeps } from './export';
import { createSubgraphFetcher } from './subgraph-fetch';
import { InflightRequests } from './inbound-dedup';
import { attachSubscriptions, rejectHttpSubscriptions, type SubscriptionServer, type SubscriptionTuning } from './subscriptions';

const log = createLogger('gateway');

export const SUPERGRAPH_PATH = path.resolve(__dirname, '../../schema/supergraph.graphql');

export interface GatewayServer {
  httpServer: http.Server;
  apollo: ApolloServer<GatewayContext>;
  gateway: ApolloGateway;
  authenticator: Authenticator;
  /** Builds the context for an already-identified caller (used by subscriptions). */
  contextFor(identity: GatewayContext['identity'], clientAddress?: string | null): Promise<GatewayContext>;
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
  /** Hooks run on close (subscription server, listeners). */
  onClose(fn: () => Promise<void>): void;
  /** The dispatch subscription server on the same HTTP server and path (gateway/src/subscriptions). */
  subscriptions: SubscriptionServer;
}

export async function createGatewayServer(config: Config, options: { supergraphSdl?: string; serviceUrls?: Partial<Record<ServiceName, string>>; subscriptions?: Partial<SubscriptionTuning>; consoleDir?: string } = {}): Promise<GatewayServer> {
  const supergraphSdl = options.supergraphSdl ?? fs.readFileSync(SUPERGRAPH_PATH, 'utf8');
  const serviceUrls = { ...config.serviceUrls, ...options.serviceUrls };
  const effectiveConfig: Config = { ...config, serviceUrls };
  const authenticator = new Authenticator(effectiveConfig);
  const rateLimiter = new RateLimiter(config.limits.rateLimitPerMinute);
  // The same limits object serves HTTP (below) and the subscription websocket (attachSubscriptions).
  const limits = new OperationLimits(config);

  const inflightRequests = new InflightRequests(config.gatewayTuning.dedup);
  const subgraphFetcher = createSubgraphFetcher({ dedup: config.gatewayTuning.dedup, maxSockets: config.gatewayTuning.subgraphSockets });
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: apolloLogger(log.child('apollo')),
    // Keep-alive node:http fetcher with per-identity in-flight dedup (issue 8, see subgraph-fetch.ts).
    buildService: ({ name, url }) => new SubgraphDataSource(name, authenticator, { url: serviceUrls[name as ServiceName] ?? url, fetcher: subgraphFetcher }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: apolloLogger(log.child('apollo')),
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ...limits.apolloPlugins(), sqlCountExtension(config), rejectHttpSubscriptions()],
    parseOptions: limits.parseOptions,
    validationRules: [...limits.validationRules],
    formatError: formatLimitErrors(formatError('gateway')),
    introspection: true, // gated per identity and environment in OperationLimits.check
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Every entry point (scripts/start.ts, index.ts) handles SIGINT/SIGTERM and calls close(). Apollo's
    // own handler would run stop() concurrently, and in @apollo/server 5.5.1 a second concurrent stop()
    // never returns (its barrier is only resolved on failure): Ctrl-C on `npm start` hung here.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const contextFor = async (identity: GatewayContext['identity'], address: string | null = null): Promise<GatewayContext> => ({
    identity,
    forwardedIdentity: await authenticator.forwardedHeader(identity),
    clientAddress: address,
    sqlStatements: 0,
  });
  const addressOf = (req: IncomingMessage) => clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustProxyHops);

  const contextFromRequest = async (req: IncomingMessage): Promise<GatewayContext> => {
    try {
      const ctx = await contextFor(await authenticator.identify(req.headers.authorization), addressOf(req));
      return { ...ctx, accessReason: accessReasonFrom(req.headers[ACCESS_REASON_HEADER]) };
    } catch (err) {
      if (err instanceof DomainError) throw new GraphQLError(err.message, { extensions: { code: err.code, http: { status: 401 } } });
      throw err;
    }
  };

  const closers: (() => Promise<void>)[] = [];
  closers.push(async () => subgraphFetcher.destroy());
  // The web console's built files at / (gateway/src/console).
  const serveConsole = createConsoleHandler({ dir: options.consoleDir, mode: config.env });
  // Excel export of the case list (export/case-export.ts), through the graph as the caller.
  const exportDeps: CaseExportDeps = {
    apollo, identify: (authorization) => authenticator.identify(authorization), contextFor, addressOf: (req) => addressOf(req),
    labels: enumLabelsFrom(supergraphSdl), maxBodyBytes: config.limits.maxBodyBytes,
  };
  const httpServer = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = async () => {
      if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/ready') {
        const checks = await Promise.all(Object.entries(serviceUrls).map(async ([name, u]) => {
          const ok = await fetch(u.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(2000) }).then((r) => r.ok).catch(() => false);
          return [name, ok] as const;
        }));
        const ready = checks.every(([, ok]) => ok);
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', subgraphs: Object.fromEntries(checks) });
      }
      // `/explorer` and its same-origin assets (explorer/index.ts), then the console's files and routes.
      if (await serveExplorer(req, res, url.pathname, config)) return;
      if (url.pathname === CASE_EXPORT_PATH) {
        if (!rateLimiter.take(`export:ip:${addressOf(req)}`)) return sendJson(res, 429, { error: '导出过于频繁，请稍后再试' });
        return handleCaseExport(req, res, exportDeps);
      }
      if (serveConsole(req, res, url)) return;
      if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });
      if (req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && config.explorerEnabled) {
        res.writeHead(302, { location: '/explorer' });
        return res.end();
      }
      const key = req.headers.authorization ?? `ip:${addressOf(req)}`;
      if (!rateLimiter.take(key)) return graphqlError(res, 429, 'RATE_LIMITED', '请求过于频繁，请稍后再试 (rate limit exceeded)');
      let body: string | undefined;
      if (req.method === 'POST') {
        try {
          body = await readBody(req, config.limits.maxBodyBytes);
        } catch (err) {
          if (err instanceof BodyTooLargeError) return graphqlError(res, 413, 'BAD_USER_INPUT', `请求体超过 ${config.limits.maxBodyBytes} 字节 (request body too large)`);
          throw err;
        }
      }
      // Identical in-flight queries of one caller share one execution (issue 8, inbound-dedup.ts).
      await inflightRequests.handle(req, res, body, (out) => handleGraphQL(apollo, req, out, () => contextFromRequest(req), { maxBodyBytes: config.limits.maxBodyBytes, body }));
    };
    handle().catch((err) => {
      log.error('request failed', { err });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  httpServer.keepAliveTimeout = 65_000;

  // Subscriptions: graphql-ws on this HTTP server and path (issue 7).
  const subscriptions = attachSubscriptions({ config: effectiveConfig, httpServer, apollo, gateway, authenticator, contextFor, limits, tuning: options.subscriptions });
  closers.push(() => subscriptions.close());

  return {
    httpServer,
    apollo,
    gateway,
    authenticator,
    contextFor,
    onClose: (fn) => closers.push(fn),
    subscriptions,
    async listen(port, host) {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const actual = (httpServer.address() as AddressInfo).port;
      return `http://${host}:${actual}/graphql`;
    },
    async close() {
      for (const fn of closers.reverse()) await fn().catch((err) => log.warn('close hook failed', { err }));
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}

/** In test mode, report the SQL statements the subgraphs ran for this request (proves there is no N+1). */
function sqlCountExtension(config: Config) {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }: { response: { body: { kind: string; singleResult?: { extensions?: Record<string, unknown> } } }; contextValue: GatewayContext }) {
          if (!config.countSql || response.body.kind !== 'single' || !response.body.singleResult) return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: contextValue.sqlStatements };
        },
      };
    },
  };
}

export { ANONYMOUS };
