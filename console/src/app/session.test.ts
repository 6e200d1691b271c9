import { describe, expect, it, jest } from '@jest/globals';
import { createSessionStore, SESSION_KEY, type Session, type SessionStorage } from './session';

const memory = (): SessionStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

const S = (token: string, expiresAt: string | null = null): Session => ({
  token, expiresAt,
  user: { id: 'u', username: 'town-a-operator', displayName: '罗秀英', roles: ['OPERATOR'], region: { id: 'r', code: '441422100', name: '湖寮镇', level: 'TOWN', parent: { id: 'c', name: '大埔县', level: 'COUNTY' } } },
});

describe('session store', () => {
  it('keeps the session across a reload (storage) and tells listeners', () => {
    const storage = memory();
    const a = createSessionStore(storage);
    const listener = jest.fn();
    a.subscribe(listener);
    a.set(S('t1'));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(createSessionStore(storage).get()?.token).toBe('t1');
    a.clear('expired');
    expect(storage.data.has(SESSION_KEY)).toBe(false);
    expect(a.endReason()).toBe('expired');
    a.set(S('t2'));
    expect(a.endReason()).toBeNull();
  });

  it('drops an expired or unreadable session', () => {
    const storage = memory();
    let now = Date.parse('2026-01-01T00:00:00Z');
    storage.setItem(SESSION_KEY, JSON.stringify(S('t', '2026-01-01T01:00:00Z')));
    const store = createSessionStore(storage, () => now);
    expect(store.get()?.token).toBe('t');
    now += 2 * 3_600_000;
    expect(store.get()).toBeNull();
    storage.setItem(SESSION_KEY, '{not json');
    expect(createSessionStore(storage).get()).toBeNull();
  });

  it('follows another tab: a logout there signs this tab out', () => {
    const storage = memory();
    const tab = createSessionStore(storage);
    tab.set(S('t1'));
    const listener = jest.fn();
    tab.subscribe(listener);
    storage.removeItem(SESSION_KEY);
    tab.syncFrom('other-key');
    expect(listener).not.toHaveBeenCalled();
    tab.syncFrom(SESSION_KEY);
    expect(tab.get()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
