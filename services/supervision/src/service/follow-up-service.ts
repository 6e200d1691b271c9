/**
 * Follow-up visits (回访) and the accountability they feed (约谈 / 取消评先): recording a visit, the
 * visits of cases, and the per-department tally of a region's visits in a year.
 */
import crypto from 'node:crypto';
import { authorize, badInput, conflict, isUuid, orderByKey } from '@zz/common';
import { appendEvents } from '@zz/events';
import { subtreePattern, visible } from '../domain/access';
import { accountabilityFor, SATISFACTION_NAMES, validateFollowUp, type Satisfaction } from '../domain/accountability';
import { RollupDeltas } from '../domain/rollup';
import type { FollowUpRow } from '../store/rows';
import type { Actor } from './actor';
import type { SupervisionDeps } from './deps';
import { caseNotFound } from './letter-service';

const CST_MS = 8 * 3600_000;

export class FollowUpService {
  constructor(private readonly deps: SupervisionDeps) {}

  /** recordFollowUp: one visit per case and resolution round, charged to the lead department of the moment. */
  async record(actor: Actor, input: { caseId: string; rating: Satisfaction; comment?: string | null }): Promise<FollowUpRow> {
    const { deps } = this;
    // 回访 is done by the center's staff: window, dispatch, supervision, leaders.
    authorize(actor.identity, 'Mutation.recordFollowUp');
    if (!isUuid(input.caseId)) throw caseNotFound();
    return deps.dataSource.transaction(async (m) => {
      const row = visible(actor.scope, await deps.readModel.lockCase(m, input.caseId));
      if (!row) throw caseNotFound();
      const valid = validateFollowUp({ caseStatus: row.status, rating: input.rating, comment: input.comment });
      const followUp: FollowUpRow = {
        id: crypto.randomUUID(),
        caseId: row.caseId,
        // One visit per resolution: a reopened and re-resolved case is visited again.
        round: row.reopenCount,
        rating: valid.rating,
        comment: valid.comment,
        at: deps.clock(),
        recordedBy: actor.identity.userId,
        regionCode: row.regionCode,
        // Accountability falls on the department that led the case when it was visited.
        departmentId: row.leadDepartmentId,
        // …and on the person who led it (主办调解员): seed 004 holds 部门和个人 to account.
        mediatorId: row.mediatorId ?? null,
      };
      if (!(await deps.followUps.insert(m, followUp))) throw conflict('本案本轮办理已回访，不能重复回访');
      const deltas = new RollupDeltas();
      await deps.readModel.setRating(m, row, valid.rating, deltas);
      await deps.readModel.flushRollups(m, deltas);
      await appendEvents(m, [
        {
          kind: 'FOLLOW_UP_RECORDED',
          source: 'supervision',
          regionId: row.regionId,
          regionCode: row.regionCode,
          caseId: row.caseId,
          actorId: actor.identity.userId,
          occurredAt: followUp.at,
          // The comment stays out of the log: partner systems read it, and residents' words may be personal.
          data: { followUpId: followUp.id, rating: followUp.rating, caseCode: row.code, departmentId: followUp.departmentId,
            note: `案件 ${row.code} 回访：${SATISFACTION_NAMES[followUp.rating]}` },
        },
      ]);
      return followUp;
    });
  }

  /** accountability: per lead department, the visits in the local year of cases in the region subtree, most unsatisfied first. */
  async accountability(actor: Actor, input: { regionId: string; year: number }) {
    authorize(actor.identity, 'Query.accountability');
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2999) throw badInput('年份必须是四位数', 'year');
    const code = await actor.regions.scopedCode(input.regionId, actor.scope);
    // The year of the visit, in local time: [Y-01-01 00:00 CST, Y+1-01-01 00:00 CST).
    const from = new Date(Date.UTC(input.year, 0, 1) - CST_MS);
    const to = new Date(Date.UTC(input.year + 1, 0, 1) - CST_MS);
    const rows = await this.deps.followUps.perDepartment(this.deps.dataSource, subtreePattern(code), from, to);
    return rows.map((r) => ({ departmentId: r.departmentId, year: input.year, followUps: r.followUps, ...accountabilityFor(r.unsatisfied, this.deps.policy.accountability) }));
  }

  /** The latest visit of each case in key order (reached only through a case the caller may see). */
  async latestByCaseIds(caseIds: readonly string[]): Promise<(FollowUpRow | null)[]> {
    return orderByKey(await this.deps.followUps.latestByCaseIds(this.deps.dataSource, caseIds), caseIds, (f) => f.caseId);
  }
}
