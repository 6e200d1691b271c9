/**
 * Deadlines (办理时限): `Case.supervision` of the cases the caller may see, the 临期 / 超期 boards, and
 * the scheduler's alerts. An alert is fired exactly once per case and deadline — the deadline row's
 * warned_at / overdue_at, the overdue flag, the CASE_OVERDUE / DEADLINE_WARNING event and the 督办函
 * are written in one transaction under the worker lock, so a crash either fires all of it or nothing,
 * and the next tick (in any instance) sees what was fired.
 */
import type { EntityManager } from 'typeorm';
import { authorize, isUuid } from '@zz/common';
import { appendEvents } from '@zz/events';
import { inJurisdiction } from '../domain/access';
import { dueAlerts } from '../domain/deadlines';
import { rowFromSnapshot } from '../domain/read-model';
import { RollupDeltas } from '../domain/rollup';
import { viewOf, type SupervisionView } from '../domain/supervision-view';
import type { Actor } from './actor';
import type { SupervisionDeps } from './deps';
import type { LoggedSnapshot } from '../store/event-log-store';
import type { LetterService } from './letter-service';
import { connectionOf, keysetArgs } from './paging';

export interface AlertBatchResult {
  scanned: number;
  warnings: number;
  overdue: number;
}

const fmt = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

export class DeadlineService {
  constructor(
    private readonly deps: SupervisionDeps,
    private readonly letters: LetterService,
  ) {}

  /**
   * The supervision view of each case in key order, from the read model, or — for a case the consumer
   * has not reached yet — from a snapshot the caller already holds (`known`: the event a dispatch
   * payload is resolved for) or else its latest snapshot in the log; null: unknown or outside the jurisdiction.
   */
  async views(actor: Pick<Actor, 'scope'>, ids: readonly string[], known: ReadonlyMap<string, LoggedSnapshot> = new Map()): Promise<(SupervisionView | null)[]> {
    const { deps } = this;
    const db = deps.dataSource;
    const valid = ids.filter(isUuid);
    const rows = await deps.readModel.casesByIds(db, valid);
    const deadlines = await deps.readModel.deadlinesByCaseIds(db, rows.map((r) => r.caseId));
    const byId = new Map(rows.map((r) => [r.caseId, r]));
    const deadlineById = new Map(deadlines.map((d) => [d.caseId, d]));
    const fromLog = await deps.eventLog.latestSnapshots(db, valid.filter((id) => !byId.has(id) && !known.has(id)));
    const logRows = new Map([...known, ...fromLog].map(([id, l]) => [id, rowFromSnapshot(l.snapshot, null, l.eventId, l.occurredAt)]));
    await deps.versions.load(db, [...rows, ...logRows.values()]);
    return ids.map((id) => {
      const row = byId.get(id);
      if (row) return inJurisdiction(actor.scope, row.regionCode) ? viewOf(row, deadlineById.get(id) ?? null, true, deps.versions.rulesFor(row)) : null;
      const logged = known.get(id) ?? fromLog.get(id);
      if (!logged || !inJurisdiction(actor.scope, logged.snapshot.regionCode)) return null;
      const fresh = rowFromSnapshot(logged.snapshot, null, logged.eventId, logged.occurredAt);
      return viewOf(fresh, null, false, deps.versions.rulesFor(fresh));
    });
  }

  /** overdueCases: open cases of the region subtree past their deadline, longest overdue first. */
  overdueCases(actor: Actor, args: { regionId: string; first?: number | null; after?: string | null }) {
    authorize(actor.identity, 'Query.overdueCases');
    return this.board(actor, args, 'overduePage');
  }

  /** warningCases: open cases of the region subtree in their warning window, nearest deadline first. */
  warningCases(actor: Actor, args: { regionId: string; first?: number | null; after?: string | null }) {
    authorize(actor.identity, 'Query.warningCases');
    return this.board(actor, args, 'warningPage');
  }

  /** Open deadlines of the region's subtree, keyset-paged by (deadline, case). */
  private async board(actor: Actor, args: { regionId: string; first?: number | null; after?: string | null }, which: 'overduePage' | 'warningPage') {
    const { limit, after } = keysetArgs(args, this.deps.config.limits.maxFirst);
    const code = await actor.regions.scopedCode(args.regionId, actor.scope);
    const page = await this.deps.stats[which](this.deps.dataSource, code, actor.now, limit + 1, after && { deadlineAt: after.at, caseId: after.id });
    return connectionOf(page, limit, (r) => [r.deadlineAt.toISOString(), r.caseId]);
  }

  /**
   * One scheduler batch at `now`, in its own transaction under the worker lock (null when another
   * instance holds it and `wait` is false): the alerts due, at most `limit` deadlines.
   */
  alertBatch(now: Date, limit: number, wait: boolean): Promise<AlertBatchResult | null> {
    return this.deps.dataSource.transaction(async (m) => {
      if (!(await this.deps.worker.takeLock(m, wait))) return null;
      return this.fireDueAlerts(m, now, limit);
    });
  }

  private async fireDueAlerts(m: EntityManager, now: Date, limit: number): Promise<AlertBatchResult> {
    const { deps } = this;
    const due = await deps.readModel.dueDeadlines(m, now, limit);
    const deltas = new RollupDeltas();
    const result: AlertBatchResult = { scanned: due.length, warnings: 0, overdue: 0 };
    await deps.versions.load(m, due.map((d) => d.row));
    for (const { deadline, row } of due) {
      const [alert] = dueAlerts(
        [{ caseId: row.caseId, acceptedAt: deadline.startedAt, deadlineAt: deadline.deadlineAt, warnedAt: deadline.warnedAt, overdueAt: deadline.overdueAt, open: deadline.open }],
        now,
        deps.versions.rulesFor(row).deadlinePolicy,
      );
      if (!alert) continue;
      const base = { source: 'supervision', regionId: row.regionId, regionCode: row.regionCode, caseId: row.caseId, occurredAt: now };
      const step = deadline.stepDeadlineAt && deadline.stepName ? { key: deadline.stepKey!, name: deadline.stepName } : null;
      const facts = {
        caseCode: row.code, deadlineAt: deadline.deadlineAt.toISOString(), warningAt: deadline.warningAt.toISOString(), leadDepartmentId: row.leadDepartmentId,
        ...(step ? { stepKey: step.key, stepName: step.name } : {}),
      };
      // On a ladder step the time limit is the step's: the notes say which (「村调委」办理时限).
      const limit = step ? `「${step.name}」一级的办理时限` : '办理时限';
      if (alert.kind === 'DEADLINE_WARNING') {
        await deps.readModel.markWarned(m, row.caseId, now);
        await appendEvents(m, [
          { ...base, kind: 'DEADLINE_WARNING', data: { ...facts, note: `案件 ${row.code} 临近${limit}（${fmt(deadline.deadlineAt)} 到期）` } },
        ]);
        result.warnings++;
      } else {
        await deps.readModel.markOverdueNotified(m, row.caseId, now);
        await deps.readModel.setOverdue(m, row, deltas);
        await appendEvents(m, [
          { ...base, kind: 'CASE_OVERDUE', data: { ...facts, note: `案件 ${row.code} 已超过${limit}（${fmt(deadline.deadlineAt)} 到期）` } },
        ]);
        // 督办函 to the lead department, once per case and deadline.
        await this.letters.issue(m, {
          kind: 'SUPERVISION',
          row,
          issuedAt: now,
          issuedBy: null,
          automatic: true,
          trigger: `SUPERVISION:${row.caseId}:${deadline.deadlineAt.getTime()}`,
          note: step
            ? `案件在「${step.name}」一级停滞，已超过该级办理时限（${fmt(deadline.deadlineAt)}），请立即办理或按程序上行，并书面反馈`
            : `案件已超过办理时限（${fmt(deadline.deadlineAt)}），请牵头部门立即办理并书面反馈`,
          step,
        });
        result.overdue++;
      }
    }
    await deps.readModel.flushRollups(m, deltas);
    return result;
  }
}
