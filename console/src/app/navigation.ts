/** Where the login page sends a user back to: only a path of this console, never another site. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/login/')) return '/';
  return next;
}

/**
 * The login URL that brings the user back to `path` afterwards — unless they logged out
 * themselves: the next person at the desk starts from the home page.
 */
export function loginUrl(path: string, reason?: 'expired' | 'logout' | null): string {
  const p = new URLSearchParams();
  const next = reason === 'logout' ? '/' : safeNext(path);
  if (next !== '/') p.set('next', next);
  if (reason) p.set('reason', reason);
  const q = p.toString();
  return q ? `/login?${q}` : '/login';
}
