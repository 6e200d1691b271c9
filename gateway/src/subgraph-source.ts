/**
 * How the gateway calls a subgraph: the caller's signed identity on every fetch, the SQL statement
 * count back (test mode), and the identity upgrade after a login (upgrade.ts).
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ACCESS_REASON_HEADER, CLIENT_ADDRESS_HEADER, EXPORT_HEADER, IDENTITY_HEADER, SQL_COUNT_HEADER, createLogger } from '@zz/common';
import type { Authenticator } from './auth';
import type { GatewayContext } from './context';
import { changedAccounts, issuedToken } from './upgrade';
import { clientErrorFromSubgraph } from './subgraph-errors';

const log = createLogger('gateway');

type ReceivedResponse = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0];

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly subgraph: string, private readonly authenticator: Pick<Authenticator, 'identify' | 'forwardedHeader' | 'forget'>, options: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0]) {
    super(options);
  }
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Read per fetch, not per request: a login earlier in the plan may have changed it (upgrade.ts).
    if (context?.forwardedIdentity) request.http?.headers.set(IDENTITY_HEADER, context.forwardedIdentity);
    // Always ours: set, or removed when unknown, never passed through from the client.
    if (context?.clientAddress) request.http?.headers.set(CLIENT_ADDRESS_HEADER, context.clientAddress);
    else request.http?.headers.delete(CLIENT_ADDRESS_HEADER);
    // The reason a user gave for a sensitive read (the subgraphs' audit), re-encoded: only what the gateway checked goes on.
    if (context?.accessReason) request.http?.headers.set(ACCESS_REASON_HEADER, encodeURIComponent(context.accessReason));
    else request.http?.headers.delete(ACCESS_REASON_HEADER);
    // Only the export endpoint (export/) sets this; a client's own header never goes on.
    if (context?.exporting) request.http?.headers.set(EXPORT_HEADER, context.exporting);
    else request.http?.headers.delete(EXPORT_HEADER);
  }
  override async didReceiveResponse({ response, request, context }: ReceivedResponse) {
    const n = Number(response.http?.headers.get(SQL_COUNT_HEADER) ?? 0);
    if (context && n) context.sqlStatements = (context.sqlStatements ?? 0) + n;
    for (const userId of changedAccounts(this.subgraph, response.http?.headers)) this.authenticator.forget(userId);
    const token = context ? issuedToken(this.subgraph, request.query, response.http?.headers) : null;
    if (context && token) await this.adopt(context, token);
    return response;
  }
  // A subgraph's 4xx with a typed GraphQL error is the client's error, not ours (subgraph-errors.ts).
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const body = await response.clone().json().catch(() => null);
    return clientErrorFromSubgraph(response.status, body) ?? super.errorFromResponse(response);
  }
  /** The rest of the plan runs as the user who has just logged in (verified like any bearer token). */
  private async adopt(context: GatewayContext, token: string): Promise<void> {
    try {
      const identity = await this.authenticator.identify(`Bearer ${token}`);
      context.identity = identity;
      context.forwardedIdentity = await this.authenticator.forwardedHeader(identity);
    } catch (err) {
      log.warn('ignored an authenticated-header token that does not verify', { subgraph: this.subgraph, message: (err as Error).message });
    }
  }
}
