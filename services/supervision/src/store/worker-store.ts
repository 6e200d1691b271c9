/**
 * The background worker's own bookkeeping (consumer and scheduler, src/jobs/): the worker lock both
 * take first, the savepoint each case event is applied under, and the events that could not be applied.
 */
import type { EntityManager } from 'typeorm';
import { rows, type Db } from './sql';

const WORKER_LOCK = 'zz-supervision-worker';
const SAVEPOINT = 'case_event';

export class WorkerStore {
  /**
   * The transaction-level advisory lock of consumer and scheduler (one batch at a time across all
   * instances). `wait` false: true when taken, false when another instance holds it.
   */
  async takeLock(m: EntityManager, wait: boolean): Promise<boolean> {
    if (wait) {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [WORKER_LOCK]);
      return true;
    }
    const [r] = await rows(m, `SELECT pg_try_advisory_xact_lock(hashtext($1)) AS ok`, [WORKER_LOCK]);
    return Boolean(r.ok);
  }

  async savepoint(m: EntityManager): Promise<void> {
    await m.query(`SAVEPOINT ${SAVEPOINT}`);
  }

  async releaseSavepoint(m: EntityManager): Promise<void> {
    await m.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
  }

  async rollbackToSavepoint(m: EntityManager): Promise<void> {
    await m.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
  }

  /** Records an event the consumer could not apply (it moves on; the log keeps the event). */
  async recordError(m: Db, e: { id: string; cursor: string; kind: string; caseId: string | null }, error: string): Promise<void> {
    await m.query(
      `INSERT INTO supervision.consumer_error (event_id, cursor, kind, case_id, error) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (event_id) DO UPDATE SET error = EXCLUDED.error, at = now()`,
      [e.id, e.cursor, e.kind, e.caseId, error.slice(0, 2000)],
    );
  }
}
