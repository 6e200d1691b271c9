/**
 * Retention of the durable log: every gateway instance runs this timer, and the one that gets the
 * advisory lock moves events older than EVENT_RETENTION_DAYS to events.dispatch_event_archive (a
 * prefix of the log, see archiveOldEvents). The others skip that round.
 */
import type { DataSource } from 'typeorm';
import { createLogger } from '@zz/common';
import { archiveOldEvents } from './archive';

const log = createLogger('gateway:retention');
export const RETENTION_LOCK = 'zz-event-retention';

/** One round: returns how many events moved, or null when another instance holds the lock. */
export async function runRetentionOnce(dataSource: DataSource, retentionDays: number): Promise<number | null> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [RETENTION_LOCK])) as { locked: boolean }[];
    if (!locked) return null;
    try {
      const moved = await archiveOldEvents(dataSource, retentionDays);
      if (moved) log.info(`archived ${moved} dispatch event(s) older than ${retentionDays} days`);
      return moved;
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [RETENTION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

export function scheduleRetention(run: () => Promise<unknown>, initialDelayMs: number, intervalMs: number): () => void {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const tick = async () => {
    try {
      await run();
    } catch (err) {
      log.warn('event retention round failed', { err });
    }
    if (!stopped) {
      timer = setTimeout(tick, intervalMs);
      timer.unref();
    }
  };
  timer = setTimeout(tick, initialDelayMs);
  timer.unref();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
