/**
 * What a login attempt is made of, and who may read the login log. Pure rules.
 */
import { mayCall, type Identity } from '@zz/common';

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

export type LoginOutcome = 'SUCCESS' | 'WRONG_PASSWORD' | 'UNKNOWN_USER' | 'ACCOUNT_DISABLED' | 'LOCKED_ACCOUNT' | 'LOCKED_ADDRESS';

/** The outcome of an admitted attempt, once the password was checked. */
export function outcomeOf(account: { active: boolean } | null, passwordMatches: boolean): LoginOutcome {
  if (!account) return 'UNKNOWN_USER';
  if (!passwordMatches) return 'WRONG_PASSWORD';
  return account.active ? 'SUCCESS' : 'ACCOUNT_DISABLED';
}

export interface AttemptReadScope {
  /** Attempts on accounts whose region lies in the reader's jurisdiction (null pattern: everything). */
  all: boolean;
  /** Attempts on usernames that match no account: they belong to no jurisdiction. */
  unknownUsernames: boolean;
}

/**
 * Who reads the login log: SUPERVISOR and ADMIN, each for the accounts of its jurisdiction. Attempts on
 * unknown usernames are nobody's jurisdiction, and what people type there is sometimes a password in
 * the wrong field: only an ADMIN at county level reads them. Null: may not read at all.
 */
export function attemptReadScope(identity: Identity): AttemptReadScope | null {
  if (identity.kind === 'service') return { all: true, unknownUsernames: true };
  // Who may read at all is the policy's row Query.loginAttempts; this decides how far.
  if (identity.kind !== 'user' || !identity.regionCode || !mayCall(identity, 'Query.loginAttempts')) return null;
  return { all: false, unknownUsernames: identity.roles.includes('ADMIN') && identity.regionCode.length === 6 };
}
