/**
 * The read model follows the cases subgraph's events. A consumer batch is one transaction under the
 * worker lock: it reads the saved position and the events after it, applies each case event under a
 * savepoint — the case row (and its rollup contribution), its deadline, the automatic letters, the
 * risk rules — and saves the new position with every effect, so nothing is missed or applied twice.
 */
import type { EntityManager } from 'typeorm';
import { DomainError, createLogger, pgErrorCode } from '@zz/common';
import { comparePositions, type StoredEvent } from '@zz/events';
import { LETTER_KIND_NAMES } from '../domain/accountability';
import {
  AUTOMATIC_LETTER_NOTES,
  SETTLED_STATUSES,
  automaticLetterFor,
  computeDeadline,
  deadlineRuns,
  rowFromSnapshot,
  snapshotOf,
  type CaseRow,
  type DeadlineRow,
} from '../domain/read-model';
import { RollupDeltas } from '../domain/rollup';
import type { SupervisionDeps } from './deps';
import type { LetterService } from './letter-service';
import type { RiskService } from './risk-service';

const log = createLogger('supervision:jobs');

/** The consumer's name in events.consumer_cursor. */
export const CONSUMER_NAME = 'supervision-read-model';
export const CONSUMER_BATCH = 500;

/** Events supervision applies: the cases subgraph's, which carry a snapshot (its own events are skipped). */
export function isCaseEvent(e: StoredEvent): boolean {
  return e.source !== 'supervision' && snapshotOf(e.data) !== null;
}

/** Errors of one event's data (bad snapshot, constraint): skip the event; anything else aborts the batch. */
function isPoisonError(err: unknown): boolean {
  if (err instanceof DomainError || err instanceof TypeError || err instanceof RangeError) return true;
  const code = pgErrorCode(err);
  return !!code && (code.startsWith('22') || code.startsWith('23'));
}

export class ReadModelService {
  constructor(
    private readonly deps: SupervisionDeps,
    private readonly letters: LetterService,
    private readonly risks: RiskService,
  ) {}

  /** One consumer batch: the number of log events passed (0 = caught up), or 'busy' when another instance holds the worker lock. */
  consumeBatch(wait: boolean): Promise<number | 'busy'> {
    const { dataSource, eventLog, worker, readModel } = this.deps;
    return dataSource.transaction(async (m) => {
      if (!(await worker.takeLock(m, wait))) return 'busy';
      const position = await eventLog.position(m, CONSUMER_NAME);
      const events = await eventLog.eventsAfter(m, position, CONSUMER_BATCH);
      if (!events.length) return 0;
      const batch = new RollupDeltas();
      for (const e of events) {
        // A county's new policy version: kept before any case registered under it (log order).
        if (e.kind === 'COUNTY_POLICY_CHANGED') {
          await this.deps.versions.record(m, e.data);
          continue;
        }
        if (!isCaseEvent(e)) continue;
        const local = new RollupDeltas();
        await worker.savepoint(m);
        try {
          await this.apply(m, e, local);
          await worker.releaseSavepoint(m);
          batch.absorb(local);
        } catch (err) {
          if (!isPoisonError(err)) throw err;
          await worker.rollbackToSavepoint(m);
          log.error('case event skipped: it could not be applied', { cursor: e.cursor, kind: e.kind, caseId: e.caseId, err: err as Error });
          await worker.recordError(m, e, (err as Error).message);
        }
      }
      await readModel.flushRollups(m, batch);
      const last = events[events.length - 1];
      await eventLog.savePosition(m, CONSUMER_NAME, { tx: last.tx, id: last.id });
      return events.length;
    });
  }

  /**
   * Consumes until the log's head as of this call is applied: events another open transaction still holds
   * back (one in any database of the server keeps the log's horizon) are waited for, up to `timeoutMs`.
   * For one-off runs that read the read model right after (the demo's seeding), not for the timers.
   */
  async catchUp(timeoutMs = 15_000): Promise<boolean> {
    const { dataSource, eventLog } = this.deps;
    const head = await eventLog.head(dataSource);
    const end = Date.now() + timeoutMs;
    for (;;) {
      const n = await this.consumeBatch(true);
      if (n === 'busy' || n >= CONSUMER_BATCH) continue;
      if (comparePositions(await eventLog.position(dataSource, CONSUMER_NAME), head) >= 0) return true;
      if (Date.now() > end) return false;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Applies one case event of the log to the read model, in the consumer's transaction. */
  async apply(m: EntityManager, e: StoredEvent, deltas: RollupDeltas): Promise<CaseRow | null> {
    const { deps } = this;
    const snapshot = snapshotOf(e.data);
    if (!snapshot) return null;
    const previous = await deps.readModel.lockCase(m, snapshot.id);
    let row = rowFromSnapshot(snapshot, previous, e.id, e.occurredAt);

    // The deadline of the current acceptance / reopening (written after the row: it references it).
    const existing = previous ? await deps.readModel.deadline(m, row.caseId) : null;
    let deadline: DeadlineRow | null = null;
    if (deadlineRuns(row)) {
      // The rules of the policy version the case runs under (domain/policy-versions.ts).
      await deps.versions.load(m, [row]);
      const rules = deps.versions.rulesFor(row);
      const d = computeDeadline(row, rules.deadlinePolicy, rules.calendar);
      deadline = {
        caseId: row.caseId,
        regionCode: row.regionCode,
        ...d,
        // Alerts fired so far stay on record; dueAlerts decides whether they belong to the (possibly moved) deadline.
        warnedAt: existing?.warnedAt ?? null,
        overdueAt: existing?.overdueAt ?? null,
        open: true,
        settledAt: null,
      };
    } else if (existing?.open) {
      deadline = { ...existing, regionCode: row.regionCode, open: false, settledAt: e.occurredAt };
      // Settled after the deadline before the scheduler noticed: still overdue (no alert for a settled case).
      if (SETTLED_STATUSES.includes(row.status) && e.occurredAt.getTime() > existing.deadlineAt.getTime()) row = { ...row, overdue: true };
    }
    await deps.readModel.saveCase(m, row, previous, deltas);
    if (deadline) await deps.readModel.saveDeadline(m, deadline);

    const kind = automaticLetterFor(e.kind, row, previous);
    if (kind) {
      const note = typeof e.data.note === 'string' && e.data.note.trim() ? e.data.note.trim() : null;
      // The handling center issues these in its own series (a station in its town's); unknown: the county center.
      const center = row.handlingCenterId ? await deps.letters.center(m, row.handlingCenterId) : null;
      await this.letters.issue(m, {
        kind,
        row,
        issuedAt: e.occurredAt,
        issuedBy: null,
        automatic: true,
        trigger: `${kind}:${e.id}`,
        note: note ?? AUTOMATIC_LETTER_NOTES[e.kind] ?? LETTER_KIND_NAMES[kind],
        // The case's outcome answers the letters still waiting for one (交办单, 督办函 … whoever they went to).
        closeOpen: kind === 'FEEDBACK',
        center,
        // The notice goes to the applicant (the print page names them from the case), not to a department; boards need no event.
        ...(kind === 'ACCEPTANCE_NOTICE' ? { toDepartmentId: null, addressee: '申请人', announce: false } : {}),
      });
    }

    await this.risks.raise(m, row, e.occurredAt);
    return row;
  }
}
