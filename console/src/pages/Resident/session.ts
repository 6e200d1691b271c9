/**
 * The resident's session (a token for one verified phone) kept for the tab's lifetime only
 * (sessionStorage): filing and then looking up progress need one code, closing the tab forgets it.
 */
export interface ResidentSession {
  token: string;
  phone: string;
  expiresAt: string;
}

const KEY = 'zz.resident.session';

export function loadSession(phone?: string): ResidentSession | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as ResidentSession | null;
    if (!s || new Date(s.expiresAt).getTime() - 60_000 < Date.now()) return null;
    if (phone !== undefined && s.phone !== phone.replace(/\s+/g, '')) return null;
    return s;
  } catch {
    return null;
  }
}

export function saveSession(s: ResidentSession | null): void {
  if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
  else sessionStorage.removeItem(KEY);
}
