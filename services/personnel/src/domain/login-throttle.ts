/**
 * Failed-login backoff, as pure rules (the store keeps the counters in PostgreSQL, locked per row, so
 * every personnel instance and every restart sees the same state).
 *
 * Two counters decide each attempt: the account's (the username as typed, normalised — whether or not
 * such an account exists, so the answer never tells) and the client address's (a higher threshold: a
 * whole town office shares one address).
 *
 * - An attempt is admitted only while neither counter is locked, and it counts as a failure *before*
 *   the password is checked: a burst of parallel guesses cannot all slip in before the first failure
 *   is written. A success gives it back.
 * - An attempt that finds `max` failures (admitted ones included) on a counter is refused and locks
 *   that counter for lockoutSeconds · 2^(lockouts so far), at most lockoutMaxSeconds; the counter's
 *   failures start again from 0, its lockout count stays. So N tries, a pause, N tries, a longer pause …
 * - While locked every attempt is refused with the time left, the right password included (it is not
 *   even checked), and the lock is not extended: the wait is predictable for the real user.
 * - A counter with no failure for failureWindowSeconds starts over (lockouts too).
 * - A success resets the account's counter. The address's only gets its own failure back: were it
 *   reset, an attacker who knows one password (their own account) could interleave one good login
 *   every few guesses and spray other accounts from that address for ever.
 */

export interface ThrottlePolicy {
  maxFailures: number;
  lockoutSeconds: number;
  lockoutMaxSeconds: number;
  failureWindowSeconds: number;
}

export interface ThrottleState {
  failures: number;
  lockouts: number;
  lockedUntil: Date | null;
  lastFailureAt: Date | null;
}

export const FRESH: ThrottleState = { failures: 0, lockouts: 0, lockedUntil: null, lastFailureAt: null };

export type CounterKind = 'ACCOUNT' | 'ADDRESS';

export interface Counter {
  kind: CounterKind;
  state: ThrottleState;
  policy: ThrottlePolicy;
}

export interface Admission {
  admitted: boolean;
  /** Seconds until every counter that refused lets attempts through again (0 when admitted). */
  retryAfterSeconds: number;
  /** The counter that refused (the account's first when both did). */
  refusedBy: CounterKind | null;
  /** The state to write back, per counter, in the order given. */
  next: ThrottleState[];
}

/** Lockout n (1-based): base · 2^(n-1), capped. */
export function lockoutSeconds(n: number, policy: ThrottlePolicy): number {
  return Math.min(policy.lockoutSeconds * 2 ** Math.min(Math.max(n - 1, 0), 30), policy.lockoutMaxSeconds);
}

/** The state as it stands at `now`: a counter quiet for the window starts over. */
export function settle(state: ThrottleState, now: Date, policy: ThrottlePolicy): ThrottleState {
  const locked = state.lockedUntil !== null && state.lockedUntil > now;
  const quiet = state.lastFailureAt === null || now.getTime() - state.lastFailureAt.getTime() > policy.failureWindowSeconds * 1000;
  return !locked && quiet ? FRESH : state;
}

const secondsUntil = (t: Date, now: Date) => Math.max(1, Math.ceil((t.getTime() - now.getTime()) / 1000));

type One = { admitted: true; next: ThrottleState } | { admitted: false; next: ThrottleState; retryAfterSeconds: number };

function admitOne(current: ThrottleState, now: Date, policy: ThrottlePolicy): One {
  const s = settle(current, now, policy);
  if (s.lockedUntil && s.lockedUntil > now) return { admitted: false, next: s, retryAfterSeconds: secondsUntil(s.lockedUntil, now) };
  if (s.failures >= policy.maxFailures) {
    const lockouts = s.lockouts + 1;
    const lockedUntil = new Date(now.getTime() + lockoutSeconds(lockouts, policy) * 1000);
    return { admitted: false, next: { failures: 0, lockouts, lockedUntil, lastFailureAt: s.lastFailureAt }, retryAfterSeconds: secondsUntil(lockedUntil, now) };
  }
  return { admitted: true, next: { ...s, lockedUntil: null, failures: s.failures + 1, lastFailureAt: now } };
}

/**
 * An attempt arrives. Admitted only if every counter admits it; then each counts it as a failure. When
 * one refuses, the others are left as they were (a refused attempt costs them nothing).
 */
export function admit(counters: Counter[], now: Date): Admission {
  const each = counters.map((c) => admitOne(c.state, now, c.policy));
  const refused = each.map((r, i) => (r.admitted ? null : { i, retry: r.retryAfterSeconds })).filter((r) => r !== null);
  if (!refused.length) return { admitted: true, retryAfterSeconds: 0, refusedBy: null, next: each.map((r) => r.next) };
  return {
    admitted: false,
    retryAfterSeconds: Math.max(...refused.map((r) => r.retry)),
    refusedBy: counters[refused[0].i].kind,
    next: each.map((r, i) => (r.admitted ? counters[i].state : r.next)),
  };
}

/** The admitted attempt was the right password. */
export function succeeded(kind: CounterKind, state: ThrottleState): ThrottleState {
  if (kind === 'ACCOUNT') return FRESH;
  return { ...state, failures: Math.max(0, state.failures - 1) };
}
