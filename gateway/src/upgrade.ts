/**
 * The identity of a request can change half-way through its query plan: `login` proves who the caller
 * is, and the fetches that follow it (`login { user { region { name } } }` → grid `_entities`) must run
 * as that user, not as the anonymous caller who sent the request. Personnel says so in its answer
 * (AUTHENTICATED_HEADER carrying the token it has just issued); the gateway verifies that token exactly
 * like a bearer token (JWT_SECRET signature, expiry, account status, revocation) before it changes
 * anything, so a header that is not a valid token of an active account is ignored.
 *
 * Accepted only
 * - from personnel, the one subgraph that issues tokens;
 * - on answers to mutation fetches. Mutations are never shared by the in-flight dedup (neither the
 *   inbound one nor the subgraph fetcher's), so an answer that upgrades a request belongs to exactly
 *   that request, and an identity can never leak into another caller's execution.
 */
import { AUTHENTICATED_HEADER, TOKEN_STATUS_CHANGED_HEADER } from '@zz/common';

/** The subgraph that authenticates users. */
export const AUTHENTICATING_SUBGRAPH = 'personnel';

const MUTATION = /^\s*mutation\b/;

/** The token a subgraph answer asks the gateway to adopt, or null when it must be ignored. */
export function issuedToken(subgraph: string, operation: string | undefined, headers: { get(name: string): string | null } | undefined): string | null {
  if (subgraph !== AUTHENTICATING_SUBGRAPH || !operation || !MUTATION.test(operation)) return null;
  const token = headers?.get(AUTHENTICATED_HEADER)?.trim();
  return token ? token : null;
}

/** Accounts whose token status personnel has just changed (logout, disable, reset): forget their cache. */
export function changedAccounts(subgraph: string, headers: { get(name: string): string | null } | undefined): string[] {
  if (subgraph !== AUTHENTICATING_SUBGRAPH) return [];
  const value = headers?.get(TOKEN_STATUS_CHANGED_HEADER);
  return value ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
}
