/**
 * One batch of the deadline scheduler: the alerts due at `now`, each fired exactly once per case and
 * deadline — the deadline row's warned_at / overdue_at, the overdue flag, the CASE_OVERDUE /
 * DEADLINE_WARNING event and the 督办函 are written in the same transaction, so a crash either fires
 * all of it or nothing, and the next tick (in any instance) sees what was fired.
 */
import type { EntityManager } from 'typeorm';
import { appendEvents, deadlinePolicyFor } from '@zz/common';
import { dueAlerts } from '../domain/deadlines';
import { RollupDeltas } from '../domain/rollup';
import type { SupervisionDeps } from '../service/deps';
import { issueLetter } from '../service/letters';

export interface SchedulerBatchResult {
  scanned: number;
  warnings: number;
  overdue: number;
}

const fmt = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

export async function runSchedulerBatch(deps: SupervisionDeps, m: EntityManager, now: Date, limit: number): Promise<SchedulerBatchResult> {
  const due = await deps.readModel.dueDeadlines(m, now, limit);
  const deltas = new RollupDeltas();
  const result: SchedulerBatchResult = { scanned: due.length, warnings: 0, overdue: 0 };
  for (const { deadline, row } of due) {
    const [alert] = dueAlerts(
      [{ caseId: row.caseId, acceptedAt: deadline.startedAt, deadlineAt: deadline.deadlineAt, warnedAt: deadline.warnedAt, overdueAt: deadline.overdueAt, open: deadline.open }],
      now,
      deadlinePolicyFor(deps.policy, row.regionCode),
    );
    if (!alert) continue;
    const base = { source: 'supervision', regionId: row.regionId, regionCode: row.regionCode, caseId: row.caseId, occurredAt: now };
    const facts = { caseCode: row.code, deadlineAt: deadline.deadlineAt.toISOString(), warningAt: deadline.warningAt.toISOString(), leadDepartmentId: row.leadDepartmentId };
    if (alert.kind === 'DEADLINE_WARNING') {
      await deps.readModel.markWarned(m, row.caseId, now);
      await appendEvents(m, [
        { ...base, kind: 'DEADLINE_WARNING', data: { ...facts, note: `案件 ${row.code} 临近办理时限（${fmt(deadline.deadlineAt)} 到期）` } },
      ]);
      result.warnings++;
    } else {
      await deps.readModel.markOverdueNotified(m, row.caseId, now);
      await deps.readModel.setOverdue(m, row, deltas);
      await appendEvents(m, [
        { ...base, kind: 'CASE_OVERDUE', data: { ...facts, note: `案件 ${row.code} 已超过办理时限（${fmt(deadline.deadlineAt)} 到期）` } },
      ]);
      // 督办函 to the lead department, once per case and deadline.
      await issueLetter(deps, m, {
        kind: 'SUPERVISION',
        row,
        issuedAt: now,
        issuedBy: null,
        automatic: true,
        trigger: `SUPERVISION:${row.caseId}:${deadline.deadlineAt.getTime()}`,
        note: `案件已超过办理时限（${fmt(deadline.deadlineAt)}），请牵头部门立即办理并书面反馈`,
      });
      result.overdue++;
    }
  }
  await deps.readModel.flushRollups(m, deltas);
  return result;
}
