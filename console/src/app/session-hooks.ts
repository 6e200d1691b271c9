/** The page's one session store and how components read it. */
import { useSyncExternalStore } from 'react';
import { createSessionStore, type Session } from './session';
import { accessFor, type Access } from './access';

export const session = createSessionStore(window.localStorage);
window.addEventListener('storage', (e) => session.syncFrom(e.key));

export function useSession(): Session | null {
  return useSyncExternalStore(session.subscribe, session.get);
}

/** What the signed-in user's roles may see (app/access.ts); everything false when signed out. */
export function useAccess(): Access {
  const s = useSession();
  return accessFor(s?.user.roles ?? []);
}
