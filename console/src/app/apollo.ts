/**
 * The console's one Apollo Client. Links, outermost first:
 *   error  – UNAUTHENTICATED (token expired, revoked, account disabled) ends the session and sends
 *            the user to /login?next=<the page asked for>;
 *   auth   – adds `Authorization: Bearer <token>` from the session, read per request;
 *   split  – subscriptions over graphql-ws (same host, /graphql), everything else over HTTP POST /graphql.
 * Same origin only: no URL comes from configuration, so the built files work behind any host name.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { backoffMs } from './backoff';
import { errorCodes } from './errors';
import type { SessionStore } from './session';

/** graphql-ws's close code for a token the gateway refuses (gateway/src/subscriptions/close-codes.ts). */
const WS_UNAUTHORIZED = 4401;

/** Operations whose UNAUTHENTICATED answer is about the password typed, not the session. */
const SESSIONLESS = new Set(['Login', 'Logout']);

export interface ConsoleApollo {
  client: ApolloClient;
  ws: WsClient;
  /** After login or logout: forget the previous user's cache and socket. */
  reset(): Promise<void>;
}

export function createApollo(options: { session: SessionStore; onSessionExpired: () => void; location?: Location }): ConsoleApollo {
  const { session, onSessionExpired } = options;
  const loc = options.location ?? window.location;

  const ws = createClient({
    url: `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/graphql`,
    // Built at every (re)connect, so a reconnect after a new login carries the new token.
    connectionParams: () => {
      const token = session.get()?.token;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    lazy: true,
    // graphql-ws gives up after 5 attempts and on any non-close error by default: a wall board must not.
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, backoffMs(retries))),
    // Pings reveal a half-open socket (a NAT that forgot us) instead of waiting silently for events.
    keepAlive: 15_000,
    on: {
      closed: (event) => {
        if ((event as CloseEvent | undefined)?.code === WS_UNAUTHORIZED && session.get()) onSessionExpired();
      },
    },
  });

  const http = new HttpLink({ uri: '/graphql' });

  const auth = new SetContextLink((prev) => {
    const token = session.get()?.token;
    return {
      // Remembered so a late answer for an old token does not end a newer session.
      sessionToken: token ?? null,
      headers: { ...prev.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    };
  });

  const errors = new ErrorLink(({ error, operation }) => {
    if (SESSIONLESS.has(operation.operationName ?? '')) return;
    if (!errorCodes(error).includes('UNAUTHENTICATED')) return;
    const used = operation.getContext().sessionToken as string | null | undefined;
    const current = session.get()?.token;
    if (current && used === current) onSessionExpired();
  });

  const transport = ApolloLink.split(
    (op) => op.operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(ws),
    http,
  );

  const client = new ApolloClient({
    link: ApolloLink.from([errors, auth, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        // Lists are paged by cursor and always fetched whole per page: no merging across pages.
        Query: { fields: { cases: { keyArgs: ['filter', 'first', 'after'] } } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });

  return {
    client,
    ws,
    async reset() {
      ws.terminate();
      await client.clearStore();
    },
  };
}
