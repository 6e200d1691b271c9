import { admit, FRESH, lockoutSeconds, settle, succeeded, type Counter, type ThrottlePolicy, type ThrottleState } from './login-throttle';

const account: ThrottlePolicy = { maxFailures: 5, lockoutSeconds: 60, lockoutMaxSeconds: 600, failureWindowSeconds: 86_400 };
const address: ThrottlePolicy = { ...account, maxFailures: 50 };
const t0 = new Date('2026-11-22T08:00:00Z');
const at = (s: number) => new Date(t0.getTime() + s * 1000);

/** Runs attempts through both counters like the service does: admitted ones fail unless `ok`. */
function run(attempts: { at: Date; ok?: boolean }[], start: [ThrottleState, ThrottleState] = [FRESH, FRESH]) {
  let [acc, addr] = start;
  const out: { admitted: boolean; retry: number; by: string | null }[] = [];
  for (const a of attempts) {
    const counters: Counter[] = [{ kind: 'ACCOUNT', state: acc, policy: account }, { kind: 'ADDRESS', state: addr, policy: address }];
    const d = admit(counters, a.at);
    [acc, addr] = d.next;
    if (d.admitted && a.ok) [acc, addr] = [succeeded('ACCOUNT', acc), succeeded('ADDRESS', addr)];
    out.push({ admitted: d.admitted, retry: d.retryAfterSeconds, by: d.refusedBy });
  }
  return { out, acc, addr };
}

describe('login backoff', () => {
  it('admits N failures, then refuses everything — the right password too — for the lockout', () => {
    const attempts = [...Array.from({ length: 12 }, (_, i) => ({ at: at(i) })), { at: at(12), ok: true }];
    const { out } = run(attempts);
    expect(out.slice(0, 5).every((o) => o.admitted)).toBe(true);
    expect(out.slice(5).every((o) => !o.admitted && o.by === 'ACCOUNT')).toBe(true);
    expect(out[5].retry).toBe(60);
    expect(out[12].retry).toBe(60 - 7); // the lock started at the 6th attempt and is not extended
  });

  it('doubles the lockout every time, up to the maximum', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => lockoutSeconds(n, account))).toEqual([60, 120, 240, 480, 600, 600]);
    let s = run(Array.from({ length: 6 }, (_, i) => ({ at: at(i) })));
    expect(s.out[5].retry).toBe(60);
    // After the lock: another N tries, then a longer lock.
    s = run(Array.from({ length: 6 }, (_, i) => ({ at: at(100 + i) })), [s.acc, s.addr]);
    expect(s.out.slice(0, 5).every((o) => o.admitted)).toBe(true);
    expect(s.out[5]).toMatchObject({ admitted: false, retry: 120 });
  });

  it('a success resets the account but gives the address only its own failure back', () => {
    const s = run([{ at: at(0) }, { at: at(1) }, { at: at(2) }, { at: at(3), ok: true }]);
    expect(s.acc).toEqual(FRESH);
    expect(s.addr.failures).toBe(3);
  });

  it('forgets a counter quiet for the window, never one that is locked', () => {
    const quiet: ThrottleState = { failures: 4, lockouts: 3, lockedUntil: null, lastFailureAt: t0 };
    expect(settle(quiet, at(86_401), account)).toEqual(FRESH);
    expect(settle(quiet, at(86_399), account)).toBe(quiet);
    const locked: ThrottleState = { failures: 0, lockouts: 9, lockedUntil: at(200_000), lastFailureAt: t0 };
    expect(settle(locked, at(100_000), account)).toBe(locked);
  });

  it('the address has its own, higher threshold: many accounts failing from one office lock the address', () => {
    let addr: ThrottleState = FRESH;
    let refused = null;
    for (let i = 0; i < 60 && !refused; i++) {
      // A different (fresh) account every time: only the address counter accumulates.
      const d = admit([{ kind: 'ACCOUNT', state: FRESH, policy: account }, { kind: 'ADDRESS', state: addr, policy: address }], at(i));
      addr = d.next[1];
      if (!d.admitted) refused = { i, by: d.refusedBy, retry: d.retryAfterSeconds, accountAfter: d.next[0] };
    }
    expect(refused).toEqual({ i: 50, by: 'ADDRESS', retry: 60, accountAfter: FRESH });
  });

  it('a refusal by one counter costs the other nothing', () => {
    const lockedAddr: ThrottleState = { failures: 0, lockouts: 1, lockedUntil: at(30), lastFailureAt: t0 };
    const d = admit([{ kind: 'ACCOUNT', state: FRESH, policy: account }, { kind: 'ADDRESS', state: lockedAddr, policy: address }], at(1));
    expect(d).toMatchObject({ admitted: false, refusedBy: 'ADDRESS', retryAfterSeconds: 29 });
    expect(d.next[0]).toBe(FRESH);
  });

  it('parallel guesses are counted before the password is checked, so only N get through', () => {
    let acc: ThrottleState = FRESH;
    let admitted = 0;
    for (let i = 0; i < 20; i++) {
      const d = admit([{ kind: 'ACCOUNT', state: acc, policy: account }], t0);
      acc = d.next[0];
      if (d.admitted) admitted++;
    }
    expect(admitted).toBe(5);
  });
});
