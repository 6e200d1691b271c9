import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('lets `perMinute` requests through, refuses the next, refills over time', () => {
    const rl = new RateLimiter(3);
    const t0 = 1_000_000;
    expect([rl.take('k', t0), rl.take('k', t0), rl.take('k', t0), rl.take('k', t0)]).toEqual([true, true, true, false]);
    expect(rl.take('other', t0)).toBe(true);
    expect(rl.take('k', t0 + 20_000)).toBe(true); // one token back after a third of a minute
    expect(rl.take('k', t0 + 20_000)).toBe(false);
  });
});
