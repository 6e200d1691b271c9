/**
 * 分流交办: accepting a registered case (受理, its complexity and deadline), rejecting it (不予受理) or
 * sending it to the level it belongs to (移交), assigning departments and a mediator (交办), and
 * rerouting when the lead department says "not ours" (改派).
 */
import { SERVICE_IDENTITY, ValidationErrors, authorize, badInput, caseDeadlineFor, conflict } from '@zz/common';
import type { CaseEntity } from '../store/entities/case.entity';
import { transferStep } from '../domain/case-status';
import { type Complexity, isComplexity } from '../domain/complexity';
import { validateReason } from '../domain/intake';
import { checkAcceptable } from '../domain/risk-plan';
import { type CenterLevel, findStep } from '../domain/ladder';
import { checkKindsAllowed } from '../domain/handlers';
import { type AssignInput, type RerouteInput, validateAssignment, validateReroute } from '../domain/assignment';
import { type Actor, type At, type CaseChanges, SOURCE, forbiddenField } from './case-changes';

export async function accept(cx: CaseChanges, actor: Actor, id: string, complexity: Complexity, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.acceptCase');
  if (!isComplexity(complexity)) throw badInput('繁简程度应为 SIMPLE、GENERAL、COMPLEX、DIFFICULT 之一', 'complexity');
  return cx.change(actor, id, 'Mutation.acceptCase', async (c, at) => {
    const decision = cx.decide(c, { type: 'accept' });
    checkAcceptable(c);
    const acceptedAt = c.acceptedAt ?? at;
    return {
      decision,
      patch: { complexity, acceptedAt, deadlineAt: caseDeadlineFor(cx.rulesOf(c), c.regionCode, complexity, acceptedAt) },
      details: { complexity },
    };
  }, opts);
}

/**
 * 不予受理. With `routeToLevel` the case is not ended: it does not belong at this level, so it goes
 * back to REGISTERED in the queue of the center of the level it belongs to (domain `transfer`).
 */
export async function reject(cx: CaseChanges, actor: Actor, id: string, reason: string, routeToLevel: CenterLevel | null | undefined, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.rejectCase');
  const why = validateReason(reason, 'reason');
  if (routeToLevel === null || routeToLevel === undefined) {
    return cx.change(actor, id, 'Mutation.rejectCase', async (c) => ({ decision: cx.decide(c, { type: 'reject', reason: why }), note: why }), opts);
  }
  if (!['VILLAGE', 'TOWN', 'COUNTY'].includes(routeToLevel)) throw badInput('移交层级应为 VILLAGE、TOWN 或 COUNTY', 'routeToLevel');
  return cx.change(actor, id, 'Mutation.rejectCase', async (c) => {
    const toStepKey = transferStep(cx.rulesOf(c).ladder, c.ladderStep, c.regionLevel, routeToLevel);
    const decision = cx.decide(c, { type: 'transfer', reason: why, toStepKey });
    const step = findStep(cx.rulesOf(c).ladder, toStepKey);
    const center = await cx.directory.centerFor(c.regionCode, step.centerLevel, actor.identity);
    if (!center) throw conflict(`该地区没有${step.centerLevel}级综治中心，无法移交 / no center at that level`);
    return {
      decision, note: why,
      patch: { level: step.level, centerLevel: step.centerLevel, handlingCenterId: center.id },
      details: { fromLevel: c.centerLevel, toLevel: step.centerLevel, fromCenterId: c.handlingCenterId, toCenterId: center.id, fromStep: c.ladderStep, toStep: toStepKey },
    };
  }, opts);
}

/**
 * 交办: lead + co-departments and/or the case's mediators (主办 + 协办; what is not given is kept),
 * each handler with its joint-mediation kind when the case is in joint mediation (domain/handlers.ts).
 * Every mediator id is checked: unknown → BAD_USER_INPUT, outside the caller's jurisdiction →
 * FORBIDDEN, both naming the input field (`input.mediators.1.mediatorId`).
 */
export async function assign(cx: CaseChanges, actor: Actor, input: AssignInput, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.assignCase');
  const v = validateAssignment(input);
  return cx.change(actor, v.caseId, 'Mutation.assignCase', async (c, at) => {
    const decision = cx.decide(c, { type: 'assign' });
    const errors = new ValidationErrors();
    checkKindsAllowed(errors, c.resolutionMode, v);
    errors.throwIfAny();
    await cx.checkDepartments(actor, v.departmentIds, (id) => v.fieldOf[id] ?? 'input.departmentIds');
    for (const m of v.mediators ?? []) {
      if (await cx.directory.mediator(m.mediatorId, actor.identity)) continue;
      if (await cx.directory.mediator(m.mediatorId, SERVICE_IDENTITY(SOURCE))) throw forbiddenField('调解员不在您的辖区内 / the mediator is outside your jurisdiction', m.field);
      throw badInput('调解员不存在 / unknown mediator', m.field);
    }
    const patch: Partial<CaseEntity> = {};
    if (v.leadDepartmentId) Object.assign(patch, { leadDepartmentId: v.leadDepartmentId, departmentIds: v.departmentIds });
    if (v.mediators) Object.assign(patch, { mediatorId: v.mediators[0].mediatorId, mediatorIds: v.mediators.map((m) => m.mediatorId) });
    const by = actor.identity.userId;
    const row = { caseId: c.id, assignedAt: at, assignedBy: by, note: v.note };
    return {
      decision, patch, note: v.note,
      // Ids, roles and kinds only: the ledger and the dispatch event never carry names.
      details: {
        leadDepartmentId: v.leadDepartmentId, departmentIds: v.departmentIds, mediatorId: v.mediatorId,
        ...(v.mediators ? { mediators: v.mediators.map(({ mediatorId, role, jointKind }) => ({ mediatorId, role, jointKind })) } : {}),
        ...(Object.keys(v.departmentKinds).length ? { departmentKinds: v.departmentKinds } : {}),
      },
      extra: async (tx) => {
        if (v.leadDepartmentId) await tx.assignments.end(c.id, 'departments', at, '重新交办');
        if (v.mediators) await tx.assignments.end(c.id, 'mediator', at, '另行指派调解员');
        await tx.assignments.insert([
          ...v.departmentIds.map((departmentId, i) => ({
            ...row, departmentId, mediatorId: null, role: i === 0 ? 'LEAD' as const : 'ASSIST' as const, jointKind: v.departmentKinds[departmentId] ?? null,
          })),
          ...(v.mediators ?? []).map((m) => ({ ...row, departmentId: null, mediatorId: m.mediatorId, role: m.role, jointKind: m.jointKind })),
        ]);
      },
    };
  }, opts);
}

/** 改派: the lead department says "not ours" — its reason, and the department that should take it. */
export async function reroute(cx: CaseChanges, actor: Actor, input: RerouteInput, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.rerouteCase');
  const v = validateReroute(input);
  return cx.change(actor, v.caseId, 'Mutation.rerouteCase', async (c, at) => {
    const decision = cx.decide(c, { type: 'reroute', reason: v.reason, departmentId: v.departmentId });
    const from = c.leadDepartmentId;
    if (!from) throw conflict('案件尚无牵头部门，无法改派，请直接交办 / the case has no lead department to reroute from');
    if (from === v.departmentId) throw badInput('新承办部门与原牵头部门相同', 'input.departmentId');
    await cx.checkDepartments(actor, [v.departmentId], () => 'input.departmentId');
    return {
      decision, note: v.reason,
      patch: { leadDepartmentId: v.departmentId, departmentIds: [v.departmentId, ...c.departmentIds.filter((d) => d !== from && d !== v.departmentId)] },
      details: { fromDepartmentId: from, toDepartmentId: v.departmentId },
      extra: async (tx) => {
        await tx.assignments.end(c.id, { departmentIds: [from, v.departmentId] }, at, `改派：${v.reason}`);
        await tx.assignments.insert([{ caseId: c.id, departmentId: v.departmentId, mediatorId: null, role: 'LEAD', assignedAt: at, assignedBy: actor.identity.userId, note: v.reason }]);
      },
    };
  }, opts);
}
