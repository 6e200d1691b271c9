/**
 * The signed-in session: the login payload (token + user) kept in localStorage, so a reload or a
 * second tab stays signed in, and a logout in one tab signs out the others (`storage` events).
 * A plain store with subscribe/get (no DOM here, so it is unit-tested in node); the page's one
 * instance and the React hooks live in session-hooks.ts.
 */
import type { RegionLevel, Role } from '../gql/graphql';

export interface SessionRegion {
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
  parent: { id: string; name: string; level: RegionLevel } | null;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  region: SessionRegion;
}

export interface Session {
  token: string;
  /** ISO time the token stops working (the server decides; this only saves a doomed request). */
  expiresAt: string | null;
  user: SessionUser;
}

export const SESSION_KEY = 'zz.console.session';

/** The part of Storage the store uses (tests pass a Map-backed one). */
export type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Why the last session ended, for the login page's banner. */
export type EndReason = 'expired' | 'logout';

export interface SessionStore {
  get(): Session | null;
  set(session: Session): void;
  /** Ends the session; the guard then sends the user to the login page, with the reason. */
  clear(reason?: EndReason): void;
  endReason(): EndReason | null;
  subscribe(listener: () => void): () => void;
  /** Another tab changed the stored session. */
  syncFrom(key: string | null): void;
}

function parse(raw: string | null, now: number): Session | null {
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Session;
    if (typeof s?.token !== 'string' || !s.user || !Array.isArray(s.user.roles) || !s.user.region) return null;
    if (s.expiresAt && Date.parse(s.expiresAt) <= now) return null;
    return s;
  } catch {
    return null;
  }
}

export function createSessionStore(storage: SessionStorage, now: () => number = Date.now): SessionStore {
  let current = parse(storage.getItem(SESSION_KEY), now());
  let ended: EndReason | null = null;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  return {
    get: () => {
      // An expired token is dropped on read, so the login page shows instead of a failed request.
      if (current?.expiresAt && Date.parse(current.expiresAt) <= now()) {
        current = null;
        storage.removeItem(SESSION_KEY);
      }
      return current;
    },
    set(session) {
      current = session;
      ended = null;
      storage.setItem(SESSION_KEY, JSON.stringify(session));
      emit();
    },
    clear(reason) {
      if (!current) return;
      current = null;
      ended = reason ?? null;
      storage.removeItem(SESSION_KEY);
      emit();
    },
    endReason: () => ended,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    syncFrom(key) {
      if (key !== null && key !== SESSION_KEY) return;
      const next = parse(storage.getItem(SESSION_KEY), now());
      if (next?.token === current?.token) return;
      current = next;
      emit();
    },
  };
}
