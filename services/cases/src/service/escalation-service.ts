/** 上行: the next step of the escalation ladder; the case moves to that step's center when its level changes. */
import { authorize, conflict } from '@zz/common';
import type { CaseEntity } from '../store/entities/case.entity';
import { validateReason } from '../domain/intake';
import { findStep } from '../domain/ladder';
import type { Actor, At, CaseChanges } from './case-changes';

export async function escalate(cx: CaseChanges, actor: Actor, id: string, reason: string, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.escalateCase');
  const why = validateReason(reason, 'reason');
  return cx.change(actor, id, 'Mutation.escalateCase', async (c, at) => {
    const decision = cx.decide(c, { type: 'escalate', reason: why });
    const step = findStep(cx.rulesOf(c).ladder, decision.next.stepKey);
    let centerId = c.handlingCenterId;
    if (step.centerLevel !== c.centerLevel) {
      const center = await cx.directory.centerFor(c.regionCode, step.centerLevel, actor.identity);
      if (!center) throw conflict(`上一级（${step.name}）没有对应的综治中心 / no center at the next level`);
      centerId = center.id;
    }
    return {
      decision, note: why,
      patch: {
        level: step.level, centerLevel: step.centerLevel, handlingCenterId: centerId, escalationCount: c.escalationCount + 1,
        leadDepartmentId: null, departmentIds: [], mediatorId: null, mediatorIds: [],
      },
      details: { fromStep: c.ladderStep, toStep: step.key, fromLevel: c.centerLevel, toLevel: step.centerLevel, fromCenterId: c.handlingCenterId, toCenterId: centerId },
      extra: async (tx) => {
        await tx.assignments.end(c.id, 'all', at, `上行：${why}`);
      },
    };
  }, opts);
}
