/**
 * What every change records besides the case row, in the same transaction: its ledger entry (台账,
 * table cases.case_event, append-only), the step visits it ends or starts (cases.step_visit), and its
 * dispatch event (the shared event log, the outbox the board and supervision read).
 */
import type { DataSource, EntityManager } from 'typeorm';
import { maskPiiDeep, maskPiiInText, type Queryable } from '@zz/common';
import { appendEvents, type NewEvent } from '@zz/events';
import type { CaseEventEntity } from './entities/case-event.entity';
import type { StepVisitEntity } from './entities/step-visit.entity';
import type { CaseStatus } from '../domain/case-status';
import type { RegionLevel } from '../domain/ladder';

const EVENT_SELECT = `e.id::text AS id, e.case_id AS "caseId", e.version, e.at, e.actor_id AS "actorId", e.actor_username AS "actorUsername",
  e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.step_key AS "stepKey", e.level, e.note, e.details`;
const VISIT_SELECT = `v.id::text AS id, v.case_id AS "caseId", v.step_key AS "stepKey", v.level, v.center_level AS "centerLevel",
  v.center_id AS "centerId", v.entered_at AS "enteredAt", v.left_at AS "leftAt"`;

export interface NewLedgerEntry {
  caseId: string;
  version: number;
  at: Date;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  stepKey: string | null;
  level: RegionLevel | null;
  note: string | null;
  details: Record<string, unknown>;
}

/** A case leaving its step's visit and/or entering a new one. */
export interface StepVisitChange {
  caseId: string;
  leave: boolean;
  enter: { stepKey: string; level: string; centerLevel: string; centerId: string } | null;
}

export class LedgerStore {
  constructor(private readonly db: DataSource | EntityManager) {}

  private get q(): Queryable {
    return this.db as Queryable;
  }

  entriesByCaseIds(ids: readonly string[]): Promise<CaseEventEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.q.query(`SELECT ${EVENT_SELECT} FROM cases.case_event e WHERE e.case_id = ANY($1::uuid[]) ORDER BY e.case_id, e.version`, [ids]);
  }

  stepVisitsByCaseIds(ids: readonly string[]): Promise<StepVisitEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.q.query(`SELECT ${VISIT_SELECT} FROM cases.step_visit v WHERE v.case_id = ANY($1::uuid[]) ORDER BY v.case_id, v.entered_at, v.id`, [ids]);
  }

  async append(entries: readonly NewLedgerEntry[]): Promise<void> {
    if (!entries.length) return;
    const params: unknown[] = [];
    const values = entries.map((e) => {
      // The ledger is read by every role that sees the case (history.note) and kept for good: a number typed
      // into a reason or an agreement is masked here; the full one lives in the party record, masked by role.
      params.push(e.caseId, e.version, e.at, e.actorId, e.actorUsername, e.action, e.fromStatus, e.toStatus, e.stepKey, e.level,
        e.note === null ? null : maskPiiInText(e.note), JSON.stringify(maskPiiDeep(e.details)));
      const n = params.length;
      return `(${Array.from({ length: 12 }, (_, i) => `$${n - 11 + i}`).join(', ')})`;
    });
    await this.q.query(
      `INSERT INTO cases.case_event (case_id, version, at, actor_id, actor_username, action, from_status, to_status, step_key, level, note, details)
       VALUES ${values.join(', ')}`, params);
  }

  /**
   * Step visits after a change: closes the open visit of each case that left its step (or the
   * ladder), then opens one for each case that entered a step.
   */
  async moveStepVisits(changes: readonly StepVisitChange[], at: Date): Promise<void> {
    const leaving = changes.filter((c) => c.leave).map((c) => c.caseId);
    if (leaving.length) {
      await this.q.query(`UPDATE cases.step_visit SET left_at = $1 WHERE case_id = ANY($2::uuid[]) AND left_at IS NULL`, [at, leaving]);
    }
    const entering = changes.filter((c) => c.enter);
    if (!entering.length) return;
    const params: unknown[] = [at];
    const values = entering.map((c) => {
      params.push(c.caseId, c.enter!.stepKey, c.enter!.level, c.enter!.centerLevel, c.enter!.centerId);
      const n = params.length;
      return `($${n - 4}::uuid, $${n - 3}, $${n - 2}, $${n - 1}, $${n}::uuid, $1::timestamptz)`;
    });
    await this.q.query(`INSERT INTO cases.step_visit (case_id, step_key, level, center_level, center_id, entered_at) VALUES ${values.join(', ')}`, params);
  }

  /** Appends dispatch events in this transaction (the outbox). */
  async appendDispatch(events: NewEvent[]): Promise<void> {
    await appendEvents(this.db as EntityManager, events);
  }
}
