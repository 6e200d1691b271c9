/**
 * The dispatch subscription server: graphql-ws on the gateway's own HTTP server and path (/graphql),
 * so queries, mutations and subscriptions share one endpoint. `@apollo/gateway` cannot execute
 * subscriptions, so this server does: it authenticates the connection, validates each subscription
 * against the gateway's API schema, reads the durable event log (one shared tail + per-subscriber
 * replay), filters events to the subscriber's jurisdiction, and resolves each event's payload as a
 * query through the gateway itself (see payload.ts, executor.ts, stream.ts and README.md).
 */
import type http from 'node:http';
import type { ApolloGateway } from '@apollo/gateway';
import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import { TokenError, mayCall, createDataSource, createLogger, eventsDatabaseUrl, narrowPrefix, type Config, type Identity } from '@zz/common';
import {
  EventNotifier, archivedHorizon, comparePositions, currentSnapshot, decodeCursor, headPosition, runRetentionOnce, scheduleRetention, type Position,
} from '@zz/events';
import { refusal, type Authenticator } from '../auth';
import type { GatewayContext } from '../context';
import type { OperationLimits } from '../limits';
import { CLOSE_CODES, CLOSE_REASONS } from './close-codes';
import { DEFAULT_EXECUTOR_OPTIONS, PayloadExecutor, type ExecutorOptions } from './executor';
import { LogTail } from './log-tail';
import { planPayload, type PayloadPlan } from './payload';
import { DispatchStream, logReplay, type StreamFilter } from './stream';

const log = createLogger('gateway:subscriptions');

export interface SubscriptionTuning {
  /** How often open connections re-check their token (expiry is also timed exactly). */
  authRecheckMs: number;
  /** Events per log read (tail and replay). */
  pageSize: number;
  /** Payloads resolved ahead of delivery per subscriber. */
  prefetch: number;
  /** graphql-ws keep-alive ping interval. */
  keepAliveMs: number;
  retentionInitialDelayMs: number;
  retentionIntervalMs: number;
  executor: ExecutorOptions;
  /** Events-database pool size of this gateway. */
  poolSize: number;
  /** Concurrent subscriptions one socket may hold. */
  maxSubscriptionsPerConnection: number;
}

export const DEFAULT_TUNING: SubscriptionTuning = {
  authRecheckMs: 15_000,
  pageSize: 500,
  prefetch: 16,
  keepAliveMs: 12_000,
  retentionInitialDelayMs: 60_000,
  retentionIntervalMs: 3_600_000,
  executor: DEFAULT_EXECUTOR_OPTIONS,
  poolSize: 5,
  maxSubscriptionsPerConnection: 50,
};

export interface SubscriptionServerOptions {
  config: Config;
  httpServer: http.Server;
  apollo: ApolloServer<GatewayContext>;
  gateway: ApolloGateway;
  authenticator: Authenticator;
  contextFor(identity: Identity, clientAddress?: string | null): Promise<GatewayContext>;
  /** The gateway's operation limits: the same parse options, rules and checks as over HTTP. */
  limits: OperationLimits;
  tuning?: Partial<SubscriptionTuning>;
}

export interface SubscriptionStats {
  connections: number;
  subscribers: number;
  /** Subscriptions registered with the tail, including those still taking their snapshot. */
  registered: number;
  notifierListeners: number;
  tail: LogTail['stats'];
  executor: PayloadExecutor['stats'];
}

export interface SubscriptionServer {
  readonly notifier: EventNotifier;
  readonly tail: LogTail;
  readonly executor: PayloadExecutor;
  stats(): SubscriptionStats;
  /** One retention round now (tests, operations); null when another instance holds the lock. */
  runRetention(): Promise<number | null>;
  close(): Promise<void>;
}

interface Connection {
  identity: Identity;
  expiresAt: number;
  socket: WebSocket;
  expiryTimer: NodeJS.Timeout | null;
}

/** What onSubscribe prepares for `subscribe` (passed through graphql-ws as the context value). */
interface Prepared {
  connection: Connection;
  plan: PayloadPlan;
  filter: StreamFilter;
  after: Position | null;
}

const gqlError = (message: string, code: string, extra: Record<string, unknown> = {}) => new GraphQLError(message, { extensions: { code, ...extra } });

/** Attaches the subscription server to the gateway's HTTP server (upgrade requests on /graphql). */
export function attachSubscriptions(options: SubscriptionServerOptions): SubscriptionServer {
  const { config, httpServer, apollo, gateway, authenticator, contextFor, limits } = options;
  const tuning: SubscriptionTuning = { ...DEFAULT_TUNING, ...options.tuning, executor: { ...DEFAULT_EXECUTOR_OPTIONS, ...options.tuning?.executor } };

  // The events database is opened on first use: a gateway nobody subscribes to holds no connection.
  let dataSource: DataSource | null = null;
  let opening: Promise<DataSource> | null = null;
  const db = (): Promise<DataSource> => {
    opening ??= (async () => {
      const ds = createDataSource({ schema: 'events', url: eventsDatabaseUrl(config), entities: [], migrations: [], poolSize: tuning.poolSize, applicationName: 'zz-gateway-events' });
      await ds.initialize();
      dataSource = ds;
      return ds;
    })();
    opening.catch(() => { opening = null; });
    return opening;
  };

  let notifierUrl: string | null = null;
  try {
    notifierUrl = eventsDatabaseUrl(config);
  } catch {
    log.warn('no events database configured (DATABASE_URL / EVENTS_DATABASE_URL): subscriptions will be refused');
  }
  const notifier = new EventNotifier(notifierUrl ?? 'postgres://invalid/none');
  const tail = new LogTail(db, notifier, { pollIntervalMs: config.subscription.pollIntervalMs, pageSize: tuning.pageSize });
  const replay = logReplay(db);

  const executor = new PayloadExecutor(async (query, variables, identity) => {
    const contextValue = await contextFor(identity); // fresh: the forwarded identity is short-lived
    const res = await apollo.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('unexpected incremental response');
    return res.body.singleResult as { data?: Record<string, unknown> | null; errors?: GraphQLError[] };
  }, tuning.executor);

  // The API schema subscriptions are validated against (the supergraph may be updated at runtime).
  let apiSchema: GraphQLSchema | null = gateway.schema ?? null;
  const stopSchemaUpdates = gateway.onSchemaLoadOrUpdate(({ apiSchema: s }) => { apiSchema = s; });

  const connections = new Map<WebSocket, Connection>();

  const closeConnection = (c: Connection, code: number, reason: string) => {
    if (c.socket.readyState === c.socket.OPEN || c.socket.readyState === c.socket.CONNECTING) c.socket.close(code, reason);
  };

  const reasonFor = (err: unknown) => {
    if (err instanceof TokenError) return err.reason === 'expired' ? CLOSE_REASONS.expiredToken : err.reason === 'revoked' ? CLOSE_REASONS.revokedToken : CLOSE_REASONS.invalidToken;
    return CLOSE_REASONS.invalidToken;
  };

  /** Region code prefix = jurisdiction ∩ requested region; FORBIDDEN when they do not meet. */
  const regionPrefix = async (identity: Identity, regionId: string | null): Promise<string> => {
    const own = identity.regionCode;
    if (!own) throw gqlError('账号没有辖区，不能订阅 (the account has no jurisdiction)', 'FORBIDDEN');
    if (!regionId) return own;
    const res = await apollo.executeOperation({ query: 'query DispatchRegion($id: ID!) { region(id: $id) { code } }', variables: { id: regionId } }, { contextValue: await contextFor(identity) });
    const single = res.body.kind === 'single' ? res.body.singleResult : null;
    const code = (single?.data as { region?: { code: string } | null } | undefined)?.region?.code;
    if (single?.errors?.length && !code) {
      const e = single.errors[0];
      throw gqlError(e.message, String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), { field: 'regionId' });
    }
    // A region above the caller narrows to the caller's own subtree.
    const narrowed = code ? narrowPrefix(own, code) : null;
    if (narrowed !== null) return narrowed;
    // Unknown and out-of-jurisdiction read the same (never reveal existence).
    throw gqlError('区域不存在或不在本人辖区内 (region not found or outside your jurisdiction)', 'FORBIDDEN', { field: 'regionId' });
  };

  const checkCursor = async (after: string | null): Promise<Position | null> => {
    if (after === null) return null;
    const p = decodeCursor(after);
    if (!p) throw gqlError('游标格式不正确 (malformed cursor)', 'BAD_USER_INPUT', { field: 'after' });
    const ds = await db();
    if (comparePositions(p, await headPosition(ds)) > 0) {
      throw gqlError('游标超出事件日志末尾 (cursor is ahead of the event log)', 'BAD_USER_INPUT', { field: 'after' });
    }
    const horizon = await archivedHorizon(ds);
    if (horizon && comparePositions(p, horizon) < 0) {
      throw gqlError(
        `游标已超过保留期（${config.eventRetentionDays} 天），之后的部分事件已归档；请不带 after 重新订阅并通过查询补齐 (cursor expired: events after it are older than the ${config.eventRetentionDays}-day retention window and were archived)`,
        'BAD_USER_INPUT', { field: 'after', reason: 'CURSOR_EXPIRED', retentionDays: config.eventRetentionDays },
      );
    }
    return p;
  };

  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: config.limits.maxBodyBytes });

  const server = useServer<Record<string, unknown>>(
    {
      isProd: config.env === 'production',
      connectionInitWaitTimeout: 10_000,
      async onConnect(ctx) {
        const socket = ctx.extra.socket;
        // { authorization } per the contract; also { Authorization } and { headers: { … } } as some clients
        // (GraphiQL) send them, and lastly the upgrade request's own Authorization header.
        const params = ctx.connectionParams ?? {};
        const nested = (params.headers && typeof params.headers === 'object' ? params.headers : {}) as Record<string, unknown>;
        const header = [params.authorization, params.Authorization, nested.authorization, nested.Authorization]
          .find((v): v is string => typeof v === 'string') ?? ctx.extra.request.headers.authorization;
        if (!header) {
          socket.close(CLOSE_CODES.UNAUTHORIZED, CLOSE_REASONS.missingToken);
          return false;
        }
        let identity: Identity & { expiresAt?: number };
        try {
          identity = await authenticator.identify(header);
        } catch (err) {
          socket.close(CLOSE_CODES.UNAUTHORIZED, reasonFor(err));
          return false;
        }
        if (identity.kind !== 'user') {
          socket.close(CLOSE_CODES.UNAUTHORIZED, CLOSE_REASONS.missingToken);
          return false;
        }
        const c: Connection = { identity, expiresAt: identity.expiresAt ?? Number.MAX_SAFE_INTEGER, socket, expiryTimer: null };
        const ms = c.expiresAt - Date.now();
        if (ms < 2 ** 31 - 1) {
          c.expiryTimer = setTimeout(() => closeConnection(c, CLOSE_CODES.UNAUTHORIZED, CLOSE_REASONS.expiredToken), Math.max(0, ms));
          c.expiryTimer.unref();
        }
        connections.set(socket, c);
        return { expiresAt: new Date(c.expiresAt).toISOString() };
      },
      onClose(ctx) {
        const c = connections.get(ctx.extra.socket);
        if (c?.expiryTimer) clearTimeout(c.expiryTimer);
        connections.delete(ctx.extra.socket);
      },
      async onSubscribe(ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) return [gqlError('请先认证 (authentication required)', 'UNAUTHENTICATED')];
        if (!mayCall(connection.identity, 'Subscription.dispatchEvents')) return [gqlError('无权订阅调度事件 (not allowed to subscribe)', 'FORBIDDEN')];
        if (Object.keys(ctx.subscriptions).length > tuning.maxSubscriptionsPerConnection) {
          return [gqlError(`每个连接最多 ${tuning.maxSubscriptionsPerConnection} 个订阅 (at most ${tuning.maxSubscriptionsPerConnection} subscriptions per connection)`, 'BAD_USER_INPUT')];
        }
        const schema = apiSchema ?? gateway.schema;
        if (!schema) return [gqlError('网关尚未加载模式 (gateway schema not loaded yet)', 'INTERNAL_SERVER_ERROR')];
        let document: DocumentNode;
        try {
          document = limits.parse(payload.query);
        } catch (err) {
          return [err as GraphQLError]; // typed by limits.parse: the token limit, or GRAPHQL_PARSE_FAILED
        }
        const invalid = limits.validate(schema, document);
        if (invalid.length) return invalid;
        const refused = limits.check({ schema, document, operationName: payload.operationName, variables: payload.variables, identity: connection.identity });
        if (refused) return [refused];
        try {
          const plan = planPayload(schema, document, payload.operationName, payload.variables);
          const prefix = await regionPrefix(connection.identity, plan.args.regionId);
          const after = await checkCursor(plan.args.after);
          const prepared: Prepared = { connection, plan, filter: { regionPrefix: prefix, kinds: plan.args.kinds }, after };
          return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: prepared };
        } catch (err) {
          if (err instanceof GraphQLError) return [err];
          log.error('subscription setup failed', { err });
          return [gqlError('订阅暂不可用，请稍后重试 (subscriptions unavailable, retry later)', 'INTERNAL_SERVER_ERROR')];
        }
      },
      async subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
        const { connection, plan, filter, after } = args.contextValue as Prepared;
        const stream = new DispatchStream({
          tail, read: replay, filter, after,
          maxBuffered: config.subscription.maxBufferedEvents,
          pageSize: tuning.pageSize,
          prefetch: tuning.prefetch,
          resolve: (event) => executor.resolve(event, plan, connection.identity),
          onOverflow: () => closeConnection(connection, CLOSE_CODES.SLOW_CONSUMER, CLOSE_REASONS.slowConsumer),
          snapshot: after ? undefined : async () => currentSnapshot(await db()),
        });
        try {
          await stream.start();
        } catch (err) {
          log.error('subscription start failed', { err });
          await stream.return();
          return { errors: [gqlError('订阅暂不可用，请稍后重试 (subscriptions unavailable, retry later)', 'INTERNAL_SERVER_ERROR')] };
        }
        return stream;
      },
    },
    wss,
    tuning.keepAliveMs,
  );

  // Tokens are re-checked while connected: an account disabled, its token version bumped (password
  // reset, logout on all devices) or this very token logged out closes the socket within authRecheckMs
  // (+ TOKEN_STATUS_CACHE_MS). One status request per token, however many sockets share it.
  const sweep = setInterval(() => {
    const byToken = new Map<string, Connection[]>();
    for (const c of connections.values()) {
      if (Date.now() >= c.expiresAt) closeConnection(c, CLOSE_CODES.UNAUTHORIZED, CLOSE_REASONS.expiredToken);
      else if (c.identity.userId) {
        const key = `${c.identity.userId} ${c.identity.jti ?? ''}`;
        byToken.set(key, [...(byToken.get(key) ?? []), c]);
      }
    }
    for (const list of byToken.values()) {
      const { identity } = list[0];
      authenticator.tokenStatus(identity.userId!, identity.jti).then((status) => {
        for (const c of list) if (refusal(c.identity, status)) closeConnection(c, CLOSE_CODES.UNAUTHORIZED, CLOSE_REASONS.revokedToken);
      }, (err) => {
        // personnel unreachable: keep the connection (its token was valid) and ask again next round.
        log.warn('token status re-check failed', { userId: identity.userId, message: (err as Error).message });
      });
    }
  }, tuning.authRecheckMs);
  sweep.unref();

  const runRetention = async () => runRetentionOnce(await db(), config.eventRetentionDays);
  const stopRetention = notifierUrl ? scheduleRetention(runRetention, tuning.retentionInitialDelayMs, tuning.retentionIntervalMs) : () => undefined;

  return {
    notifier,
    tail,
    executor,
    stats: () => ({
      connections: connections.size,
      // Only subscriptions past their setup: one counted here gets every event committed from now on.
      subscribers: tail.liveSinkCount,
      registered: tail.sinkCount,
      notifierListeners: notifier.listenerCount,
      tail: tail.stats,
      executor: executor.stats,
    }),
    runRetention,
    async close() {
      clearInterval(sweep);
      stopRetention();
      stopSchemaUpdates();
      for (const c of connections.values()) if (c.expiryTimer) clearTimeout(c.expiryTimer);
      // Going away (1001) to every client; one that does not answer the close handshake is cut.
      const grace = setTimeout(() => { for (const s of wss.clients) s.terminate(); }, 1000);
      await server.dispose();
      clearTimeout(grace);
      tail.stop();
      await notifier.stop();
      await opening?.catch(() => undefined);
      const ds = dataSource as DataSource | null;
      if (ds?.isInitialized) await ds.destroy();
    },
  };
}

/** Over HTTP a subscription cannot be executed (the gateway would throw): say where to go instead. */
export function rejectHttpSubscriptions(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('订阅请通过 WebSocket（graphql-ws 协议）连接同一地址 (subscriptions are served over websocket at this same URL, protocol graphql-transport-ws)', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
