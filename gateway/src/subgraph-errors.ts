/**
 * A subgraph answers a request it refuses before execution — variables its scalars reject (a
 * DateTime of year +275760, a malformed Decimal), an operation it cannot validate — with HTTP 400
 * and a GraphQL error body that already carries the contract's code. Apollo's RemoteGraphQLDataSource
 * turns every non-2xx into an opaque "400: Bad Request" error without a code, which the gateway then
 * masks as INTERNAL_SERVER_ERROR: the client's own typo became a server fault (found by the mutation
 * fuzzer, e2e/fuzz-mutations.e2e.test.ts). Here such a body is relayed as the client error it is.
 */
import { GraphQLError } from 'graphql';

/**
 * Codes a subgraph may hand to the client as its own. Not INTERNAL_SERVER_ERROR (stays masked), and
 * not GRAPHQL_VALIDATION_FAILED / PARSE_FAILED: the gateway wrote that operation, so those are ours.
 */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED']);

interface ErrorBody { errors?: { message?: unknown; extensions?: { code?: unknown; field?: unknown } }[] }

/** The subgraph's first client error of a 4xx body, or null (then Apollo's default applies). */
export function clientErrorFromSubgraph(status: number, body: unknown): GraphQLError | null {
  if (status < 400 || status >= 500 || !body || typeof body !== 'object') return null;
  const first = (body as ErrorBody).errors?.[0];
  const code = first?.extensions?.code;
  if (typeof code !== 'string' || !CLIENT_CODES.has(code) || typeof first?.message !== 'string') return null;
  // graphql-js names the variable path in the message ('… at "input.dueAt"; …'): keep it as the field.
  const field = typeof first.extensions?.field === 'string' ? first.extensions.field : /at "([\w.[\]]+)"/.exec(first.message)?.[1];
  return new GraphQLError(first.message, { extensions: { code, ...(field ? { field } : {}) } });
}
