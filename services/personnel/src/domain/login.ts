/**
 * What a login attempt is made of. Pure rules (who may read the login log: domain/access.ts).
 */
import type { LoginAttemptReason } from '../generated/resolvers-types';

/** Longest username kept (the account table allows 64; anything longer cannot exist). */
export const MAX_TYPED_USERNAME = 128;

/**
 * The username as typed, in the one form every counter and log entry uses: NFKC (full-width ＡＤＭＩＮ is
 * admin), trimmed, lower-case, control characters dropped (PostgreSQL text cannot even hold NUL), at
 * most 128 characters. The same for existing and unknown accounts.
 */
export function normaliseUsername(typed: string): string {
  return typed.normalize('NFKC').replace(/\p{Cc}/gu, '').trim().toLowerCase().slice(0, MAX_TYPED_USERNAME);
}

/** The graph's `LoginAttemptReason` enum. */
export type LoginOutcome = LoginAttemptReason;

/** The outcome of an admitted attempt, once the password was checked. */
export function outcomeOf(account: { active: boolean } | null, passwordMatches: boolean): LoginOutcome {
  if (!account) return 'UNKNOWN_USER';
  if (!passwordMatches) return 'WRONG_PASSWORD';
  return account.active ? 'SUCCESS' : 'ACCOUNT_DISABLED';
}
