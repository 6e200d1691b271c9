/**
 * The path every change of a case takes, shared by the use cases (intake-, routing-, mediation-,
 * escalation-, closing-, consultation- and merge-service.ts): the caller's role (policy grant before
 * reading) → the case inside the caller's jurisdiction (else NOT_FOUND) → the grant on this case (its
 * mediator, lead department …) → the version the caller saw → the domain's decision (else CONFLICT,
 * nothing written) → the lookups the change needs → ONE transaction: the case row (only if nobody
 * changed it meanwhile: optimistic version → CONFLICT), the rows the change adds, its ledger entry,
 * the step visits and its dispatch event. Only the store touches the database.
 */
import {
  DomainError, ValidationErrors, authorize, authorizeOn, badInput, conflict, countyCodeOf, notFound, type Facts, type Identity, type Scope,
} from '@zz/common';
import type { CaseEventKind, NewEvent } from '@zz/events';
import type { CaseEntity } from '../store/entities/case.entity';
import type { CaseStore } from '../store/case-store';
import type { NewLedgerEntry, StepVisitChange } from '../store/ledger-store';
import { type CaseAction, type CaseState, type CaseStatus, applyAction, isOpen } from '../domain/case-status';
import { type LedgerAction, type LedgerRecord, eventKindOf, ledgerActionName } from '../domain/ledger';
import { validateCaseId } from '../domain/assignment';
import { caseFacts, inJurisdiction } from '../domain/access';
import type { CasePolicy } from '../domain/policy';
import { START_VERSION, policyOfVersion, selectPolicy } from '../domain/policy-versions';
import type { DepartmentInfo, Directory } from './directory';
import { eventData } from './snapshot';

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

/** The `source` of this subgraph's dispatch events. */
export const SOURCE = 'cases';

/** What the domain decided a change is, and the case's state after it. */
export interface Decision {
  action: LedgerAction;
  next: CaseState;
}

export interface ChangePlan {
  decision: Decision;
  patch?: Partial<CaseEntity>;
  note?: string | null;
  details?: Record<string, unknown>;
  /** Further rows of the same change, written in the same transaction after the case row. */
  extra?: (tx: CaseStore, after: CaseEntity) => Promise<void>;
}

/** One case's change as the ledger, the step visits and the dispatch log record it. */
export interface Recorded {
  before: CaseEntity | null;
  after: CaseEntity;
  action: LedgerAction;
  note: string | null;
  details: Record<string, unknown>;
}

export const concurrentChange = () => conflict('案件已被他人同时修改，请刷新后重试 / The case was changed concurrently; reload and retry');

/** A FORBIDDEN that names the input field (an input naming an out-of-scope region). */
export const forbiddenField = (message: string, field: string) => new DomainError('FORBIDDEN', message, field);

export function stateOf(c: CaseEntity): CaseState {
  return { status: c.status, mediationFailed: c.mediationFailed, stepKey: c.ladderStep };
}

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

type VisitFacts = Pick<CaseEntity, 'status' | 'ladderStep' | 'handlingCenterId'>;

/** Does the change start a new step visit (a new step or center, a reopening, an intake)? It restarts the step's clock. */
export function entersStep(before: VisitFacts | null, after: VisitFacts): boolean {
  const wasOpen = before !== null && isOpen(before.status);
  const moved = before !== null && (before.ladderStep !== after.ladderStep || before.handlingCenterId !== after.handlingCenterId);
  return isOpen(after.status) && (!wasOpen || moved);
}

/** The visit ends when the case leaves its step or is settled; a new one starts on a new step, on reopening, or at intake. */
function visitChange(before: CaseEntity | null, after: CaseEntity): StepVisitChange {
  const wasOpen = before !== null && isOpen(before.status), nowOpen = isOpen(after.status);
  const moved = before !== null && (before.ladderStep !== after.ladderStep || before.handlingCenterId !== after.handlingCenterId);
  return {
    caseId: after.id,
    leave: wasOpen && (!nowOpen || moved),
    enter: entersStep(before, after)
      ? { stepKey: after.ladderStep, level: after.level, centerLevel: after.centerLevel, centerId: after.handlingCenterId }
      : null,
  };
}

function ledgerEntry(actor: Actor, r: Recorded, at: Date): NewLedgerEntry {
  return {
    caseId: r.after.id, version: r.after.version, at, actorId: actor.identity.userId, actorUsername: actor.identity.username,
    action: ledgerActionName(r.action), fromStatus: (r.before?.status ?? null) as CaseStatus | null, toStatus: r.after.status,
    stepKey: r.after.ladderStep, level: r.after.level, note: r.note, details: r.details,
  };
}

function dispatchEvent(actor: Actor, kind: CaseEventKind, r: Recorded, at: Date, policy: CasePolicy): NewEvent<CaseEventKind> {
  const c = r.after;
  return {
    kind, source: SOURCE, regionId: c.regionId, regionCode: c.regionCode, caseId: c.id, actorId: actor.identity.userId,
    occurredAt: at, data: eventData(c, r.before?.status ?? null, r.note, r.details, policy.ladder),
  };
}

type PolicyFacts = Pick<CaseEntity, 'regionCode' | 'policyVersion'>;

/** The store, the neighbours and the county policy the use cases work with, and the path they share. */
export class CaseChanges {
  /** Stored policy versions by county, then version: they never change, so each is read and parsed once. */
  private readonly versions = new Map<string, Map<number, CasePolicy>>();

  constructor(
    readonly store: CaseStore,
    readonly directory: Directory,
    /** The start configuration (COUNTY_POLICY_JSON): version 0 of every county. */
    readonly policy: CasePolicy,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The policy a case runs under: the version of its county in force at its intake (domain/policy-versions.ts). */
  async policyOf(c: PolicyFacts): Promise<CasePolicy> {
    const county = countyCodeOf(c.regionCode), version = c.policyVersion ?? START_VERSION;
    const known = this.versions.get(county) ?? new Map<number, CasePolicy>();
    if (version !== START_VERSION && !known.has(version)) {
      const row = await this.store.policies.version(county, version);
      if (row) known.set(version, policyOfVersion(row.rules));
      this.versions.set(county, known);
    }
    return this.rulesOf(c);
  }

  /** policyOf for a case already loaded through loadInScope / loadReferenced / change (which read its version). */
  rulesOf(c: PolicyFacts): CasePolicy {
    return selectPolicy(this.policy, c.regionCode, c.policyVersion ?? START_VERSION, this.versions.get(countyCodeOf(c.regionCode)) ?? new Map());
  }

  /** The version new cases of a county take (its newest) and its policy. */
  async currentPolicy(countyCode: string): Promise<{ version: number; policy: CasePolicy }> {
    const version = await this.store.policies.newest(countyCode);
    return { version, policy: await this.policyOf({ regionCode: countyCode, policyVersion: version }) };
  }

  now(opts?: At): Date {
    return opts?.at ? new Date(opts.at.getTime()) : this.clock();
  }

  /** The case if it lies in the caller's jurisdiction; NOT_FOUND otherwise (existence is not revealed). */
  async loadInScope(actor: Actor, id: string, field = 'id'): Promise<CaseEntity> {
    const caseId = validateCaseId(id, field);
    const [c] = await this.store.casesByIds([caseId]);
    if (!c || !inJurisdiction(actor.scope, c.regionCode)) throw notFound('案件不存在 / case not found');
    await this.policyOf(c);
    return c;
  }

  /** A case another input field points at: NOT_FOUND when unknown, FORBIDDEN naming the field when outside the jurisdiction. */
  async loadReferenced(actor: Actor, id: string, field: string): Promise<CaseEntity> {
    const caseId = validateCaseId(id, field);
    const [c] = await this.store.casesByIds([caseId]);
    if (!c) throw notFound('案件不存在 / case not found');
    if (!inJurisdiction(actor.scope, c.regionCode)) throw forbiddenField('案件不在您的辖区内 / the case is outside your jurisdiction', field);
    await this.policyOf(c);
    return c;
  }

  /** The state machine's decision on `action` (CONFLICT when the case's state does not allow it). */
  decide(c: CaseEntity, action: CaseAction): Decision {
    return { action, next: applyAction(stateOf(c), action, this.rulesOf(c).ladder) };
  }

  /** A ledger record that leaves the case's state as it is. */
  record(c: CaseEntity, action: LedgerRecord): Decision {
    return { action, next: stateOf(c) };
  }

  /**
   * Policy grant (before reading) → case in scope → grant on this case (its mediator, lead department …) → the plan (domain decision
   * first, then lookups) → one transaction.
   */
  async change(actor: Actor, id: string, key: string, plan: (c: CaseEntity, at: Date) => Promise<ChangePlan>, opts: At,
    factsOf: (c: CaseEntity) => Facts = (c) => caseFacts(actor.identity, c, key)): Promise<CaseEntity> {
    authorize(actor.identity, key);
    const before = await this.loadInScope(actor, id);
    authorizeOn(actor.identity, key, factsOf(before));
    checkExpectedVersion(before, opts.expectedVersion);
    const at = this.now(opts);
    const p = await plan(before, at);
    const { next } = p.decision;
    const facts = { status: next.status, ladderStep: next.stepKey, handlingCenterId: p.patch?.handlingCenterId ?? before.handlingCenterId };
    const changed = await this.store.transaction(async (tx) => {
      const after = await tx.updateCase(before.id, before.version, {
        ...p.patch, status: next.status, mediationFailed: next.mediationFailed, ladderStep: next.stepKey,
        ...(entersStep(before, facts) ? { stepEnteredAt: at } : {}),
      }, at);
      if (!after) throw concurrentChange();
      if (p.extra) await p.extra(tx, after);
      await this.recordChanges(tx, actor, [{ before, after, action: p.decision.action, note: p.note ?? null, details: p.details ?? {} }], at);
      return after;
    });
    // After the commit, and never failing the change: a resident's "your case was resolved" message.
    if (changed.status === 'RESOLVED' && before.status !== 'RESOLVED' && this.onResolved) await this.onResolved(changed).catch(() => undefined);
    return changed;
  }

  /** Set at start by resident self-service (resident-service.ts notifyResolved). */
  onResolved: ((c: CaseEntity) => Promise<void>) | null = null;

  /** The ledger entries, the step visits and the dispatch events of changed cases, in `tx`. */
  async recordChanges(tx: CaseStore, actor: Actor, changes: readonly Recorded[], at: Date): Promise<void> {
    await tx.ledger.append(changes.map((r) => ledgerEntry(actor, r, at)));
    await tx.ledger.moveStepVisits(changes.map((r) => visitChange(r.before, r.after)), at);
    for (const r of changes) await this.policyOf(r.after);
    const events = changes.flatMap((r) => {
      const kind = eventKindOf(r.action);
      return kind ? [dispatchEvent(actor, kind, r, at, this.rulesOf(r.after))] : [];
    });
    if (events.length) await tx.ledger.appendDispatch(events);
  }

  /** Every id must be a department personnel knows; BAD_USER_INPUT naming the input field otherwise. */
  async checkDepartments(actor: Actor, ids: readonly string[], fieldOf: (id: string) => string): Promise<DepartmentInfo[]> {
    if (!ids.length) return [];
    const found = await this.directory.departmentsByIds(ids, actor.identity);
    const errors = new ValidationErrors();
    ids.forEach((id, i) => {
      if (!found[i]) errors.add(fieldOf(id), '部门不存在 / unknown department');
    });
    errors.throwIfAny();
    return found as DepartmentInfo[];
  }
}
