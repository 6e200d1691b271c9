/**
 * The use cases of the cases subgraph: each one checks the caller's role, finds the case inside the
 * caller's jurisdiction (else NOT_FOUND), asks the domain whether the change is legal (else CONFLICT,
 * nothing written), looks up what it needs from the neighbours, and then writes in ONE transaction:
 * the case row (only if nobody changed it meanwhile: optimistic version → CONFLICT), its ledger entry,
 * the step visits, the rows the change adds, and the dispatch event. Resolvers and the demo seed both
 * come through here; only the repository touches the database.
 */
import crypto from 'node:crypto';
import {
  DomainError, SERVICE_IDENTITY, ValidationErrors, authorize, authorizeOn, badInput, caseDeadlineFor, conflict, notFound,
  type DispatchEventKind, type Identity, type NewEvent, type Scope,
} from '@zz/common';
import type { CaseEntity } from '../store/entities/case.entity';
import type { ConsultationEntity } from '../store/entities/consultation.entity';
import { CaseStore, IdempotencyKeyTaken, type NewCaseRow } from '../store/case-store';
import {
  type CaseAction, type CaseState, type CaseStatus, applyAction, dispatchEventKind, isOpen, transferStep,
} from '../domain/case-status';
import { caseCodeDay, formatCaseCode } from '../domain/case-code';
import { type Complexity, isComplexity } from '../domain/complexity';
import { DUPLICATE_WINDOW_DAYS, type DuplicateCheckInput, type DuplicateMatch, findPossibleDuplicates, validateDuplicateCheck } from '../domain/duplicates';
import { type IntakeInput, normaliseIdNumber, normalisePhone, validateIntake, validateReason } from '../domain/intake';
import { type CenterLevel, REGION_LEVELS, findStep, initialStep } from '../domain/ladder';
import { partyKeys } from '../domain/party-keys';
import type { CasePolicy } from '../domain/policy';
import {
  type AssignInput, type MergeInput, type OutcomeInput, type RerouteInput, optionalNote, validateAssignment, validateCaseId,
  validateMerge, validateOutcome, validateReroute, validateRoute,
} from '../domain/assignment';
import { assertCanConsult, assertUndecided, validateConsultation, validateDecision } from '../domain/consultation';
import type { Directory } from './directory';
import { eventData } from './snapshot';
import { caseFacts } from '../domain/access';

export interface Actor {
  identity: Identity;
  scope: Scope;
}

/**
 * Options of every use case: `at` fixes the clock (the demo seed replays history); `expectedVersion`
 * is the version the caller last saw (a screen's case file): when the case has moved on since, the
 * change is CONFLICT even if it would still be legal, so nobody overwrites what they have not seen.
 */
export interface At {
  at?: Date;
  expectedVersion?: number | null;
}

const SOURCE = 'cases';

interface ChangePlan {
  /** Ledger action name (the domain action type, or e.g. openConsultation). */
  action: string;
  next: CaseState;
  patch?: Partial<CaseEntity>;
  note?: string | null;
  details?: Record<string, unknown>;
  /** null: the change has no dispatch event kind (e.g. a consultation decision). */
  kind: DispatchEventKind | null;
  /** Further rows of the same change, written in the same transaction after the case row. */
  extra?: (tx: CaseStore, after: CaseEntity, at: Date) => Promise<void>;
}

const concurrentChange = () => conflict('案件已被他人同时修改，请刷新后重试 / The case was changed concurrently; reload and retry');

/**
 * The caller saw `expected`; the case is at `c.version`. Older is CONFLICT (someone else changed it);
 * newer cannot be (a made-up number) and is bad input. Checked after jurisdiction and role, so a
 * version reveals nothing of a case the caller may not change. The update itself still compares the
 * version it read, so a change slipping in between is CONFLICT as well.
 */
function checkExpectedVersion(c: CaseEntity, expected: number | null | undefined): void {
  if (expected === null || expected === undefined) return;
  if (!Number.isInteger(expected) || expected < 1 || expected > c.version) {
    throw badInput('版本号无效：应为页面上显示的案件版本 / expectedVersion is not a version of this case', 'expectedVersion');
  }
  if (expected !== c.version) {
    throw conflict(`案件已被他人修改（您看到的是第 ${expected} 版，现为第 ${c.version} 版），请查看最新情况后再操作 / the case changed since version ${expected}`);
  }
}

/** A FORBIDDEN that names the input field (an input naming an out-of-scope region). */
const forbiddenField = (message: string, field: string) => new DomainError('FORBIDDEN', message, field);

export function stateOf(c: CaseEntity): CaseState {
  return { status: c.status, mediationFailed: c.mediationFailed, stepKey: c.ladderStep };
}

export class CaseService {
  constructor(
    readonly store: CaseStore,
    private readonly directory: Directory,
    readonly policy: CasePolicy,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private now(opts?: At): Date {
    return opts?.at ? new Date(opts.at.getTime()) : this.clock();
  }

  // ---------------------------------------------------------------------------------------------
  // Intake

  async intake(actor: Actor, input: IntakeInput, opts: At = {}): Promise<CaseEntity> {
    authorize(actor.identity, 'Mutation.intakeCase');
    const n = validateIntake(input);
    if (n.idempotencyKey) {
      const existing = await this.store.caseByIdempotencyKey(n.idempotencyKey);
      if (existing) return this.sameKey(actor, existing);
    }
    const region = await this.intakeRegion(actor, n.regionId);
    const step = initialStep(this.policy.ladder, region.level, n.channel);
    const center = await this.directory.centerFor(region.code, step.centerLevel, actor.identity);
    if (!center) throw badInput('该地区没有对应的综治中心，无法受理 / No center serves this region', 'input.regionId');

    const at = this.now(opts);
    const duplicates = await this.duplicatesOf({ regionCode: region.code, type: n.type, receivedAt: at, parties: n.parties });
    const county = region.code.slice(0, 6);
    const id = crypto.randomUUID();
    const row: Omit<NewCaseRow, 'code'> = {
      id, idempotencyKey: n.idempotencyKey, title: n.title, description: n.description, channel: n.channel, type: n.type,
      complexity: n.complexity, status: 'REGISTERED', mediationFailed: false, ladderStep: step.key, level: step.level,
      centerLevel: step.centerLevel, handlingCenterId: center.id, regionId: region.id, regionCode: region.code,
      regionLevel: region.level, amountInDispute: n.amountInDispute, partyCount: n.parties.length,
      applicantCount: n.parties.filter((p) => p.role === 'APPLICANT').length, partyKeys: partyKeys(n.parties, region.code),
      leadDepartmentId: null, departmentIds: [], mediatorId: null, escalationCount: 0, reopenCount: 0, receivedAt: at,
      receivedBy: actor.identity.userId, acceptedAt: null, deadlineAt: null, resolvedAt: null, resolvedLevel: null,
      closedAt: null, agreement: null, referralRoute: null, mergedIntoId: null,
    };
    const details = { channel: n.channel, stepKey: step.key, possibleDuplicates: duplicates.map((d) => d.code) };
    const seq = await this.store.allocateCodeSequence(county, caseCodeDay(at));
    try {
      return await this.store.transaction(async (tx) => {
        const c = await tx.insertCase({ ...row, code: formatCaseCode(county, at, seq) }, at);
        await tx.insertParties(id, n.parties.map((p, position) => ({ position, ...p })));
        await tx.insertLedgerEntries([this.ledgerEntry(actor, null, c, 'intake', null, details, at)]);
        await tx.moveStepVisits([{ caseId: id, leave: false, enter: { stepKey: c.ladderStep, level: c.level, centerLevel: c.centerLevel, centerId: c.handlingCenterId } }], at);
        await tx.insertDuplicates(id, duplicates.map((d) => ({ otherCaseId: d.id, reasons: d.reasons, daysApart: d.daysApart })), at);
        await tx.appendDispatch([this.dispatchEvent(actor, 'CASE_RECEIVED', c, null, null, details, at)]);
        return c;
      });
    } catch (err) {
      // A concurrent retry with the same key committed first: answer with its case.
      if (err instanceof IdempotencyKeyTaken && n.idempotencyKey) {
        const existing = await this.store.caseByIdempotencyKey(n.idempotencyKey);
        if (existing) return this.sameKey(actor, existing);
      }
      throw err;
    }
  }

  private sameKey(actor: Actor, existing: CaseEntity): CaseEntity {
    // A key is global; another jurisdiction's case must not leak through it.
    if (!actor.scope.contains(existing.regionCode)) throw conflict('该幂等键已被其他案件使用 / idempotencyKey is already used');
    return existing;
  }

  private async intakeRegion(actor: Actor, regionId: string) {
    const region = await this.directory.region(regionId, actor.identity);
    if (!region) {
      if (await this.directory.regionExists(regionId)) throw forbiddenField('所属地区不在您的辖区内 / region is outside your jurisdiction', 'input.regionId');
      throw badInput('所属地区不存在 / unknown region', 'input.regionId');
    }
    if (!actor.scope.contains(region.code)) throw forbiddenField('所属地区不在您的辖区内 / region is outside your jurisdiction', 'input.regionId');
    if (!(REGION_LEVELS as readonly string[]).includes(region.level)) throw badInput('所属地区层级无效', 'input.regionId');
    return region;
  }

  /**
   * 受理前查重 (Query.intakeDuplicates): the check intake runs, for a case not saved yet, so the
   * operator sees possible duplicates while filling the form. Only cases inside the caller's
   * jurisdiction are judged and returned (another town's case is not revealed, not even as a reason).
   * Without both region and type, only the applicants' phones and ID numbers are compared. The case
   * already registered with the form's idempotency key (its answer was lost; the operator retries) is
   * not a duplicate of itself.
   */
  async checkDuplicates(actor: Actor, input: DuplicateCheckInput): Promise<DuplicateMatch[]> {
    authorize(actor.identity, 'Query.intakeDuplicates');
    const n = validateDuplicateCheck(input);
    const region = n.regionId ? await this.intakeRegion(actor, n.regionId) : null;
    const byRespondent = region !== null && n.type !== null;
    const own = n.idempotencyKey ? await this.store.caseByIdempotencyKey(n.idempotencyKey) : null;
    return this.duplicatesOf(
      {
        regionCode: byRespondent ? region.code : '', type: byRespondent ? n.type! : '', receivedAt: this.now(),
        parties: n.parties.map((p) => ({ ...p, phone: p.phone ?? null, idNumber: p.idNumber ?? null, name: byRespondent || p.role !== 'RESPONDENT' ? p.name : '' })),
      },
      (regionCode) => actor.scope.contains(regionCode),
      own?.id ?? null,
    );
  }

  private async duplicatesOf(
    facts: { regionCode: string; type: string; receivedAt: Date; parties: { role: 'APPLICANT' | 'RESPONDENT' | 'THIRD_PARTY'; name: string; phone: string | null; idNumber: string | null }[] },
    judged: (regionCode: string) => boolean = () => true,
    excludeId: string | null = null,
  ) {
    const applicants = facts.parties.filter((p) => p.role === 'APPLICANT');
    const found = await this.store.duplicateCandidates({
      excludeId,
      at: facts.receivedAt, windowDays: DUPLICATE_WINDOW_DAYS, regionCode: facts.regionCode, type: facts.type,
      phones: applicants.filter((p) => p.phone).map((p) => normalisePhone(p.phone!).replace(/-/g, '')),
      idNumbers: applicants.filter((p) => p.idNumber).map((p) => normaliseIdNumber(p.idNumber!)),
      respondentNames: facts.parties.filter((p) => p.role === 'RESPONDENT' && p.name.trim()).map((p) => p.name.replace(/\s+/g, '').toLowerCase()),
    });
    const candidates = found.filter((c) => judged(c.regionCode));
    if (!candidates.length) return [];
    const parties = await this.store.partiesByCaseIds(candidates.map((c) => c.id));
    return findPossibleDuplicates(facts, candidates.map((c) => ({ ...c, receivedAt: new Date(c.receivedAt), parties: parties.filter((p) => p.caseId === c.id) })));
  }

  // ---------------------------------------------------------------------------------------------
  // Status changes

  async accept(actor: Actor, id: string, complexity: Complexity, opts: At = {}): Promise<CaseEntity> {
    authorize(actor.identity, 'Mutation.acceptCase');
    if (!isComplexity(complexity)) throw badInput('繁简程度应为 SIMPLE、GENERAL、COMPLEX、DIFFICULT 之一', 'complexity');
    return this.change(actor, id, 'Mutation.acceptCase', async (c, at) => {
      const acceptedAt = c.acceptedAt ?? at;
      return {
        action: 'accept', next: applyAction(stateOf(c), { type: 'accept' }, this.policy.ladder), kind: 'CASE_ACCEPTED',
        patch: { complexity, acceptedAt, deadlineAt: caseDeadlineFor(this.policy, c.regionCode, complexity, acceptedAt) },
        details: { complexity },
      };
    }, opts);
  }

  /**
   * 不予受理. With `routeToLevel` the case is not ended: it does not belong at this level, so it goes
   * back to REGISTERED in the queue of the center of the level it belongs to (domain `transfer`).
   */
  async reject(actor: Actor, id: string, reason: string, routeToLevel: CenterLevel | null | undefined, opts: At = {}): Promise<CaseEntity> {
    authorize(actor.identity, 'Mutation.rejectCase');
    const why = validateReason(reason, 'reason');
    if (routeToLevel === null || routeToLevel === undefined) {
      return this.change(actor, id, 'Mutation.rejectCase', async (c) => ({
        action: 'reject', next: applyAction(stateOf(c), { type: 'reject', reason: why }, this.policy.ladder), kind: 'CASE_REJECTED', note: why,
      }), opts);
    }
    if (!['VILLAGE', 'TOWN', 'COUNTY'].includes(routeToLevel)) throw badInput('移交层级应为 VILLAGE、TOWN 或 COUNTY', 'routeToLevel');
    return this.change(actor, id, 'Mutation.rejectCase', async (c) => {
      const toStepKey = transferStep(this.policy.ladder, c.ladderStep, c.regionLevel, routeToLevel);
      const next = applyAction(stateOf(c), { type: 'transfer', reason: why, toStepKey }, this.policy.ladder);
      const step = findStep(this.policy.ladder, toStepKey);
      const center = await this.directory.centerFor(c.regionCode, step.centerLevel, actor.identity);
      if (!center) throw conflict(`该地区没有${step.centerLevel}级综治中心，无法移交 / no center at that level`);
      return {
        action: 'transfer', next, kind: dispatchEventKind({ type: 'transfer', reason: why, toStepKey }), note: why,
        patch: { level: step.level, centerLevel: step.centerLevel, handlingCenterId: center.id },
        details: { fromLevel: c.centerLevel, toLevel: step.centerLevel, fromCenterId: c.handlingCenterId, toCenterId: center.id, fromStep: c.ladderStep, toStep: toStepKey },
      };
    }, opts);
  }

  /** 交办: lead + co-departments and/or a mediator (what is not given is kept). */
  async assign(actor: Actor, input: AssignInput, opts: At = {}): Promise<CaseEntity> {
    authorize(actor.identity, 'Mutation.assignCase');
    const v = validateAssignment(input);
    return this.change(actor, v.caseId, 'Mutation.assignCase', async (c, at) => {
      const next = applyAction(stateOf(c), { type: 'assign' }, this.policy.ladder);
      await this.checkDepartments(actor, v.departmentIds, (id) => v.fieldOf[id] ?? 'input.departmentIds');
      if (v.mediatorId && !(await this.directory.mediator(v.mediatorId, actor.identity))) {
        if (await this.directory.mediator(v.mediatorId, SERVICE_IDENTITY(SOURCE))) throw forbiddenField('调解员不在您的辖区内 / the mediator is outside your jurisdiction', 'input.mediatorId');
        throw badInput('调解员不存在 / unknown mediator', 'input.mediatorId');
      }
      const patch: Partial<CaseEntity> = {};
      if (v.leadDepartmentId) Object.assign(patch, { leadDepartmentId: v.leadDepartmentId, departmentIds: v.departmentIds });
      if (v.mediatorId) patch.mediatorId = v.mediatorId;
      const by = actor.identity.userId;
      return {
        action: 'assign', next, kind: 'CASE_ASSIGNED', patch, note: v.note,
        details: { leadDepartmentId: v.leadDepartmentId, departmentIds: v.departmentIds, mediatorId: v.mediatorId },
        extra: async (tx) => {
          if (v.leadDepartmentId) await tx.endAssignments(c.id, 'departments', at, '重新交办');
          if (v.mediatorId) await tx.endAssignments(c.id, 'mediator', at, '另行指派调解员');
          await tx.insertAssignments([
            ...v.departmentIds.map((departmentId, i) => ({
              caseId: c.id, departmentId, mediatorId: null, role: i === 0 ? 'LEAD' as const : 'ASSIST' as const, assignedAt: at, assignedBy: by, note: v.note,
            })),
            ...(v.mediatorId ? [{ caseId: c.id, departmentId: null, mediatorId: v.mediatorId, role: 'LEAD' as const, assignedAt: at, assignedBy: by, note: v.note }] : []),
          ]);
        },
      };
    }, opts);
  }

  /** 改派: the lead department says "not ours" — its reason, and the department that should take it. */
  async reroute(actor: Actor, input: RerouteInput, opts: At = {}): Promise<CaseEntity> {
    authorize(actor.identity, 'Mutation.rerouteCase');
    const v = validateReroute(input);
    return this.change(actor, v.caseId, 'Mutation.rerouteCase', async (c, at) => {
      const next = applyAction(stateOf(c), { type: 'reroute', reason: v.reason, departmentId: v.departmentId }, this.policy.ladder);
      const from = c.leadDepartmentId;
      if (!from) throw conflict('案件尚无牵头部门，无法改派，请直接交办 / the case has no lead department to reroute from');
      if (from === v.departmentId) throw badInput('新承办部门与原牵头部门相同', 'input.departmentId');
      await this.checkDepartments(actor, [v.departmentId], () => 'input.departmentId');
      return {
        action: 'reroute', next, kind: 'CASE_REROUTED', note: v.reason,
        patch: { leadDepartmentId: v.departmentId, departmentIds: [v.departmentId, ...c.departmentIds.filter((d) => d !== from && d !== v.departmentId)] },
        details: { fromDepartmentId: from, toDepartmentId: v.departmentId },
        extra: async (tx) => {
          await tx.endAssignments(c.id, { departmentIds: [from, v.departmentId] }, at, `改派：${v.reason}`);
          await tx.insertAssignments([{ caseId: c.id, departmentId: v.departmentId, mediatorId: null, role: 'LEAD', assignedAt: at, assignedBy: actor.identity.userId, note: v.reason }]);
        },
      };
    }, opts);
  }

  async startMediation(actor: Actor, id: string, opts: At = {}): Promise<CaseEntity> {
    return this.change(actor, id, 'Mutation.startMediation', async (c) => ({
      action: 'startMediation', next: applyAction(stateOf(c), { type: 'startMediation' }, this.policy.ladder), kind: 'MEDIATION_STARTED',
      details: { mediatorId: c.mediatorId, leadDepartmentId: c.leadDepartmentId },
    }), opts);
  }

  async recordOutcome(actor: Actor, input: OutcomeInput, opts: At = {}): Promise<CaseEntity> {
    authorize(actor.identity, 'Mutation.recordMediationOutcome');
    const v = validateOutcome(input);
    return this.change(actor, v.caseId, 'Mutation.recordMediationOutcome', async (c, at) => {
      const action: CaseAction = { type: 'recordOutcome', outcome: v.outcome };
      const next = applyAction(stateOf(c), action, this.policy.ladder);
      return {
        action: 'recordOutcome', next, kind: dispatchEventKind(action), note: v.note,
        patch: v.outcome === 'RESOLVED' ? { resolvedAt: at, resolvedLevel: c.centerLevel, agreement: v.agreement } : {},
        details: { outcome: v.outcome, ...(v.agreement ? { agreement: v.agreement } : {}), stepKey: c.ladderStep },
      };
    }, opts);
  }

  /** 上行: the next ladder step; the case moves to that step's center when its level changes. */
  async escalate(actor: Actor, id: string, reason: string, opts: At = {}): Promise<CaseEntity> {
    authorize(actor.identity, 'Mutation.escalateCase');
    const why = validateReason(reason, 'reason');
    return this.change(actor, id, 'Mutation.escalateCase', async (c, at) => {
      const next = applyAction(stateOf(c), { type: 'escalate', reason: why }, this.policy.ladder);
      const step = findStep(this.policy.ladder, next.stepKey);
      let centerId = c.handlingCenterId;
      if (step.centerLevel !== c.centerLevel) {
        const center = await this.directory.centerFor(c.regionCode, step.centerLevel, actor.identity);
        if (!center) throw conflict(`上一级（${step.name}）没有对应的综治中心 / no center at the next level`);
        centerId = center.id;
      }
      return {
        action: 'escalate', next, kind: 'CASE_ESCALATED', note: why,
        patch: {
          level: step.level, centerLevel: step.centerLevel, handlingCenterId: centerId, escalationCount: c.escalationCount + 1,
          leadDepartmentId: null, departmentIds: [], mediatorId: null,
        },
        details: { fromStep: c.ladderStep, toStep: step.key, fromLevel: c.centerLevel, toLevel: step.centerLevel, fromCenterId: c.handlingCenterId, toCenterId: centerId },
        extra: async (tx) => {
          await tx.endAssignments(c.id, 'all', at, `上行：${why}`);
        },
      };
    }, opts);
  }

  async refer(actor: Actor, id: string, route: string, note: string | null | undefined, opts: At = {}): Promise<CaseEntity> {
    authorize(actor.identity, 'Mutation.referCase');
    const r = validateRoute(route);
    const errors = new ValidationErrors();
    const text = optionalNote(errors, note, 'note');
    errors.throwIfAny();
    return this.change(actor, id, 'Mutation.referCase', async (c) => ({
      action: 'refer', next: applyAction(stateOf(c), { type: 'refer', route: r }, this.policy.ladder), kind: 'CASE_REFERRED',
      patch: { referralRoute: r }, note: text, details: { route: r },
    }), opts);
  }

  async close(actor: Actor, id: string, note: string | null | undefined, opts: At = {}): Promise<CaseEntity> {
    authorize(actor.identity, 'Mutation.closeCase');
    const errors = new ValidationErrors();
    const text = optionalNote(errors, note, 'note');
    errors.throwIfAny();
    return this.change(actor, id, 'Mutation.closeCase', async (c, at) => ({
      action: 'close', next: applyAction(stateOf(c), { type: 'close' }, this.policy.ladder), kind: 'CASE_CLOSED',
      patch: { closedAt: at }, note: text,
    }), opts);
  }

  async withdraw(actor: Actor, id: string, reason: string | null | undefined, opts: At = {}): Promise<CaseEntity> {
    authorize(actor.identity, 'Mutation.withdrawCase');
    const why = reason === null || reason === undefined || reason.trim() === '' ? undefined : validateReason(reason, 'reason');
    return this.change(actor, id, 'Mutation.withdrawCase', async (c) => ({
      action: 'withdraw', next: applyAction(stateOf(c), { type: 'withdraw', reason: why }, this.policy.ladder), kind: 'CASE_WITHDRAWN',
      note: why ?? null,
    }), opts);
  }

  /** 重新办理 (e.g. after an unsatisfied follow-up): back to ACCEPTED at the same step, fresh deadline. */
  async reopen(actor: Actor, id: string, reason: string, opts: At = {}): Promise<CaseEntity> {
    authorize(actor.identity, 'Mutation.reopenCase');
    const why = validateReason(reason, 'reason');
    return this.change(actor, id, 'Mutation.reopenCase', async (c, at) => ({
      action: 'reopen', next: applyAction(stateOf(c), { type: 'reopen', reason: why }, this.policy.ladder), kind: 'CASE_REOPENED', note: why,
      patch: {
        reopenCount: c.reopenCount + 1, resolvedAt: null, resolvedLevel: null, closedAt: null, agreement: null, referralRoute: null,
        acceptedAt: at, deadlineAt: caseDeadlineFor(this.policy, c.regionCode, c.complexity ?? 'GENERAL', at),
      },
      details: { previousStatus: c.status, agreement: c.agreement, referralRoute: c.referralRoute },
    }), opts);
  }

  /**
   * 合并: `caseId` is withdrawn into `intoCaseId`. Both keep their own ledgers; each gets an entry
   * naming the other, and both rows change in one transaction (in id order, so two opposite merges
   * cannot deadlock).
   */
  async merge(actor: Actor, input: MergeInput, opts: At = {}): Promise<CaseEntity> {
    authorize(actor.identity, 'Mutation.mergeCases');
    const v = validateMerge(input);
    // The case changed first (NOT_FOUND when it is not the caller's), then the one it points at.
    const source = await this.loadInScope(actor, v.caseId, 'input.caseId');
    const target = await this.loadReferenced(actor, v.intoCaseId, 'input.intoCaseId');
    const sourceNext = applyAction(stateOf(source), { type: 'merge', mergedInto: target.id }, this.policy.ladder);
    if (!isOpen(target.status) || target.mergedIntoId) {
      throw conflict(`目标案件 ${target.code} 已不在办理中，不能合并到它 / the target case is not open`);
    }
    const at = this.now(opts);
    const sourceDetails = { mergedInto: target.id, mergedIntoCode: target.code };
    const targetDetails = { mergedFrom: source.id, mergedFromCode: source.code };
    return this.store.transaction(async (tx) => {
      const ordered = [source, target].sort((a, b) => (a.id < b.id ? -1 : 1));
      const after = new Map<string, CaseEntity>();
      for (const c of ordered) {
        const patch: Partial<CaseEntity> = c === source
          ? { status: sourceNext.status, mediationFailed: sourceNext.mediationFailed, ladderStep: sourceNext.stepKey, mergedIntoId: target.id }
          : {};
        const updated = await tx.updateCase(c.id, c.version, patch, at);
        if (!updated) throw concurrentChange();
        after.set(c.id, updated);
      }
      const s = after.get(source.id)!, t = after.get(target.id)!;
      await tx.insertMerge(source.id, target.id, at, actor.identity.userId, v.reason);
      await tx.insertLedgerEntries([
        this.ledgerEntry(actor, source, s, 'merge', v.reason, sourceDetails, at),
        this.ledgerEntry(actor, target, t, 'mergeIn', v.reason, targetDetails, at),
      ]);
      await tx.moveStepVisits([this.visitChange(source, s)], at);
      await tx.appendDispatch([
        this.dispatchEvent(actor, 'CASE_MERGED', s, source.status, v.reason, sourceDetails, at),
        this.dispatchEvent(actor, 'CASE_MERGED', t, target.status, v.reason, targetDetails, at),
      ]);
      return t;
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Joint consultation (会商)

  async openConsultation(actor: Actor, input: { caseId: string; departmentIds: string[]; topic: string }, opts: At = {}): Promise<ConsultationEntity> {
    authorize(actor.identity, 'Mutation.openConsultation');
    const caseId = validateCaseId(input.caseId, 'input.caseId');
    const v = validateConsultation({ topic: input.topic, departmentIds: input.departmentIds });
    let created: ConsultationEntity | null = null;
    await this.change(actor, caseId, 'Mutation.openConsultation', async (c, at) => {
      assertCanConsult(c.status);
      await this.checkDepartments(actor, v.departmentIds, (id) => `input.departmentIds.${v.departmentIds.indexOf(id)}`);
      const consultationId = crypto.randomUUID();
      return {
        action: 'openConsultation', next: stateOf(c), kind: 'CONSULTATION_OPENED', note: v.topic,
        details: { consultationId, topic: v.topic, departmentIds: v.departmentIds },
        extra: async (tx) => {
          created = await tx.insertConsultation({
            id: consultationId, caseId: c.id, topic: v.topic, departmentIds: v.departmentIds, convenedByCenterId: c.handlingCenterId,
            openedAt: at, openedBy: actor.identity.userId,
          });
        },
      };
    }, opts);
    return created!;
  }

  /** The consultation's decision: responsibility split and plan. One per consultation. */
  async decideConsultation(actor: Actor, input: { consultationId: string; responsibilitySplit: string; plan: string; note?: string | null }, opts: At = {}): Promise<ConsultationEntity> {
    authorize(actor.identity, 'Mutation.recordConsultationDecision');
    const consultationId = validateCaseId(input.consultationId, 'input.consultationId');
    const d = validateDecision(input);
    const errors = new ValidationErrors();
    const note = optionalNote(errors, input.note, 'input.note');
    errors.throwIfAny();
    const [consultation] = await this.store.consultationsByIds([consultationId]);
    if (!consultation) throw notFound('会商不存在 / consultation not found');
    let decided: ConsultationEntity | null = null;
    await this.change(actor, consultation.caseId, 'Mutation.recordConsultationDecision', async (c, at) => {
      assertUndecided(consultation.decidedAt);
      return {
        action: 'decideConsultation', next: stateOf(c), kind: null, note,
        details: { consultationId, responsibilitySplit: d.responsibilitySplit, plan: d.plan },
        extra: async (tx) => {
          decided = await tx.decideConsultation(consultationId, { ...d, decidedAt: at, decidedBy: actor.identity.userId });
          if (!decided) throw conflict('该会商已记录决定 / the consultation already has a decision');
        },
      };
    }, opts).catch((err) => {
      // The consultation exists; a case out of scope reads as "consultation not found".
      if (err instanceof DomainError && err.code === 'NOT_FOUND') throw notFound('会商不存在 / consultation not found');
      throw err;
    });
    return decided!;
  }

  // ---------------------------------------------------------------------------------------------
  // The common path

  /** The case if it lies in the caller's jurisdiction; NOT_FOUND otherwise (existence is not revealed). */
  async loadInScope(actor: Actor, id: string, field = 'id'): Promise<CaseEntity> {
    const caseId = validateCaseId(id, field);
    const [c] = await this.store.casesByIds([caseId]);
    if (!c || !actor.scope.contains(c.regionCode)) throw notFound('案件不存在 / case not found');
    return c;
  }

  /** A case another input field points at: NOT_FOUND when unknown, FORBIDDEN naming the field when outside the jurisdiction. */
  private async loadReferenced(actor: Actor, id: string, field: string): Promise<CaseEntity> {
    const caseId = validateCaseId(id, field);
    const [c] = await this.store.casesByIds([caseId]);
    if (!c) throw notFound('案件不存在 / case not found');
    if (!actor.scope.contains(c.regionCode)) throw forbiddenField('案件不在您的辖区内 / the case is outside your jurisdiction', field);
    return c;
  }

  /**
   * Policy grant (before reading) → case in scope → grant on this case (its mediator, lead department …) → the plan (domain decision
   * first, then lookups) → one transaction.
   */
  private async change(actor: Actor, id: string, field: string, plan: (c: CaseEntity, at: Date) => Promise<ChangePlan>, opts: At): Promise<CaseEntity> {
    authorize(actor.identity, field);
    const before = await this.loadInScope(actor, id);
    authorizeOn(actor.identity, field, caseFacts(actor.identity, before));
    checkExpectedVersion(before, opts.expectedVersion);
    const at = this.now(opts);
    const p = await plan(before, at);
    return this.store.transaction(async (tx) => {
      const after = await tx.updateCase(before.id, before.version, {
        ...p.patch, status: p.next.status, mediationFailed: p.next.mediationFailed, ladderStep: p.next.stepKey,
      }, at);
      if (!after) throw concurrentChange();
      if (p.extra) await p.extra(tx, after, at);
      await tx.insertLedgerEntries([this.ledgerEntry(actor, before, after, p.action, p.note ?? null, p.details ?? {}, at)]);
      await tx.moveStepVisits([this.visitChange(before, after)], at);
      if (p.kind) await tx.appendDispatch([this.dispatchEvent(actor, p.kind, after, before.status, p.note ?? null, p.details ?? {}, at)]);
      return after;
    });
  }

  /** The visit ends when the case leaves its step or is settled; a new one starts on a new step or on reopening. */
  private visitChange(before: CaseEntity, after: CaseEntity) {
    const wasOpen = isOpen(before.status), nowOpen = isOpen(after.status);
    const moved = before.ladderStep !== after.ladderStep || before.handlingCenterId !== after.handlingCenterId;
    return {
      caseId: after.id,
      leave: wasOpen && (!nowOpen || moved),
      enter: nowOpen && (!wasOpen || moved)
        ? { stepKey: after.ladderStep, level: after.level, centerLevel: after.centerLevel, centerId: after.handlingCenterId }
        : null,
    };
  }

  private ledgerEntry(actor: Actor, before: CaseEntity | null, after: CaseEntity, action: string, note: string | null, details: Record<string, unknown>, at: Date) {
    return {
      caseId: after.id, version: after.version, at, actorId: actor.identity.userId, actorUsername: actor.identity.username,
      action, fromStatus: (before?.status ?? null) as CaseStatus | null, toStatus: after.status, stepKey: after.ladderStep,
      level: after.level, note, details,
    };
  }

  private dispatchEvent(actor: Actor, kind: DispatchEventKind, c: CaseEntity, fromStatus: CaseStatus | null, note: string | null, details: Record<string, unknown>, at: Date): NewEvent {
    return {
      kind, source: SOURCE, regionId: c.regionId, regionCode: c.regionCode, caseId: c.id, actorId: actor.identity.userId,
      occurredAt: at, data: eventData(c, fromStatus, note, details),
    };
  }

  /** Every id must be a department personnel knows; BAD_USER_INPUT naming the input field otherwise. */
  private async checkDepartments(actor: Actor, ids: readonly string[], fieldOf: (id: string) => string): Promise<void> {
    if (!ids.length) return;
    const found = await this.directory.departmentsByIds(ids, actor.identity);
    const errors = new ValidationErrors();
    ids.forEach((id, i) => {
      if (!found[i]) errors.add(fieldOf(id), '部门不存在 / unknown department');
    });
    errors.throwIfAny();
  }
}
