/**
 * The subgraph server factory every service uses: buildSubgraphSchema + Apollo Server on node:http,
 * the gateway-only check, typed errors, /health and /ready, SQL statement counts in test mode.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import type { DocumentNode } from 'graphql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { type Config, type ServiceName } from './config';
import { CLIENT_ADDRESS_HEADER, IDENTITY_HEADER, Scope, verifyForwardedIdentity, type Identity } from './auth';
import { DomainError, toGraphQLError } from './errors';
import { handleGraphQL, sendJson } from './http';
import { requestStore } from './request-context';
import { assertStorableRequest } from './storable-text';
import { maskPiiInText } from './pii-text';
import { apolloLogger, createLogger } from './logging';
import { ACCESS_REASON_HEADER, EXPORT_HEADER, accessReasonFrom, auditPlugin, exportingFrom } from './audit/sensitive-read';
import type { DataSource } from 'typeorm';

export interface BaseContext {
  identity: Identity;
  scope: Scope;
}

/** What a subgraph knows of a request besides the identity. */
export interface RequestMeta {
  /** The client's address as the gateway saw it (CLIENT_ADDRESS_HEADER); null when not forwarded. */
  clientAddress: string | null;
}

export interface SubgraphOptions<TContext extends BaseContext> {
  name: ServiceName;
  typeDefs: DocumentNode;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  resolvers: GraphQLResolverMap<any>;
  config: Config;
  /** Builds the per-request context (repositories, DataLoaders) for a verified identity. */
  context: (identity: Identity, meta: RequestMeta) => TContext | Promise<TContext>;
  /** Is the service able to serve (database reachable …)? */
  ready?: () => Promise<boolean>;
  /** Where this service writes its sensitive-read audit entries (audit/sensitive-read.ts); none when it serves no such data. */
  auditDataSource?: DataSource;
  /** Extra HTTP routes; return true when handled. */
  routes?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;
  /** Headers for the gateway, decided by what the request did (e.g. personnel's AUTHENTICATED_HEADER after a login). */
  responseHeaders?: (context: TContext) => Record<string, string>;
}

export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  close(): Promise<void>;
}

export const SQL_COUNT_HEADER = 'x-sql-statements';

/** Maps thrown errors to the contract's codes; anything unexpected is logged and masked. */
export function formatError(name: string) {
  const log = createLogger(name);
  // Every message a client gets passes maskPiiInText: a coercion error quotes the client's input back.
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = classify(formatted, error);
    return out.message === maskPiiInText(out.message) ? out : { ...out, message: maskPiiInText(out.message) };
  };
  function classify(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      const e = toGraphQLError(original);
      return { ...formatted, message: e.message, extensions: { ...e.extensions } };
    }
    if (original instanceof GraphQLError && original.extensions?.code) return formatted;
    const code = formatted.extensions?.code as string | undefined;
    if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    // A plain object (e.g. an upstream GraphQL error) is logged as JSON, not as "[object Object]".
    const err = original instanceof Error ? original : new Error(typeof original === 'object' && original !== null ? JSON.stringify(original) : String(original));
    log.error('unexpected error', { err, message: formatted.message });
    return { message: '服务器内部错误 (internal server error)', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: (formatted as { path?: readonly (string | number)[] }).path };
  }
}

/** Refuses, before any resolver runs, strings PostgreSQL cannot store (storable-text.ts). */
function storableTextPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          assertStorableRequest(request.variables, document);
        },
      };
    },
  };
}

function responseHeadersPlugin<TContext extends BaseContext>(headersOf: (context: TContext) => Record<string, string>): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          for (const [name, value] of Object.entries(headersOf(contextValue))) response.http.headers.set(name, value);
        },
      };
    },
  };
}

function sqlCountPlugin(enabled: boolean): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const store = requestStore.getStore();
          if (enabled && store) response.http.headers.set(SQL_COUNT_HEADER, String(store.sqlStatements));
        },
      };
    },
  };
}

export async function createSubgraphServer<TContext extends BaseContext>(options: SubgraphOptions<TContext>): Promise<ApolloServer<TContext>> {
  const server = new ApolloServer<TContext>({
    schema: buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers }),
    logger: apolloLogger(createLogger(`${options.name}:apollo`)),
    plugins: [
      // Cache-control hints are unused (nothing caches subgraph answers); the default plugin wraps every field's resolver.
      ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(),
      sqlCountPlugin(options.config.countSql) as ApolloServerPlugin<TContext>,
      storableTextPlugin() as ApolloServerPlugin<TContext>,
      ...(options.auditDataSource ? [auditPlugin(options.name, () => options.auditDataSource!) as ApolloServerPlugin<TContext>] : []),
      ...(options.responseHeaders ? [responseHeadersPlugin(options.responseHeaders)] : []),
    ],
    formatError: formatError(options.name),
    includeStacktraceInErrorResponses: false,
    // Subgraphs are reached only through the gateway (which enforces its own introspection policy).
    introspection: true,
    csrfPrevention: false,
    // Our entry points own SIGINT/SIGTERM and stop in order (see gateway/src/server.ts).
    stopOnTerminationSignals: false,
  });
  await server.start();
  return server;
}

export async function startSubgraph<TContext extends BaseContext>(options: SubgraphOptions<TContext>, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  const log = createLogger(options.name);
  const server = await createSubgraphServer(options);
  const { config } = options;

  const httpServer = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = async () => {
      if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok', service: options.name });
      if (url.pathname === '/ready') {
        const ok = options.ready ? await options.ready().catch(() => false) : true;
        return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', service: options.name });
      }
      if (options.routes && (await options.routes(req, res, url))) return;
      if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });
      // The gateway always sets these (overwriting whatever a client sent), and only its signed calls get here.
      const address = req.headers[CLIENT_ADDRESS_HEADER];
      const forwarded = { clientAddress: typeof address === 'string' && isIP(address) ? address : null, accessReason: accessReasonFrom(req.headers[ACCESS_REASON_HEADER]), exporting: exportingFrom(req.headers[EXPORT_HEADER]) };
      await requestStore.run({ sqlStatements: 0, ...forwarded }, () =>
        handleGraphQL(server, req, res, async () => {
          let identity: Identity;
          try {
            identity = await verifyForwardedIdentity(req.headers[IDENTITY_HEADER] as string | undefined, config.internalSecret);
          } catch (err) {
            throw new GraphQLError((err as Error).message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          // Used only once the identity proved the request came through the gateway, which sets it.
          return options.context(identity, { clientAddress: forwarded.clientAddress });
        }, { maxBodyBytes: config.limits.maxBodyBytes * 4 }),
      );
    };
    handle().catch((err) => {
      log.error('request failed', { err });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  httpServer.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  const url = `http://${host}:${actualPort}/graphql`;
  log.info(`subgraph ${options.name} ready at ${url}`);
  return {
    url,
    port: actualPort,
    httpServer,
    async close() {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
      await server.stop();
    },
  };
}
