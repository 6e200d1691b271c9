/**
 * Reconnect waits for the subscription socket: a wall board must come back by itself after a
 * gateway restart or a night-long network cut, so it retries for ever, 1 s, 2 s, 4 s … capped at
 * 30 s, with jitter so a room full of boards does not reconnect in the same millisecond.
 */
export const BACKOFF_CAP_MS = 30_000;

export function backoffMs(retries: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_CAP_MS, 1000 * 2 ** Math.min(Math.max(retries, 0), 15));
  return Math.round(base * (0.75 + 0.5 * random()));
}
