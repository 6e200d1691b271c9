/**
 * 一窗受理: intake from every channel (a unified code, the parties, the first ladder step and its
 * center, possible duplicates flagged, idempotent per key), and the duplicate check the intake form
 * runs before anything is saved.
 */
import crypto from 'node:crypto';
import { authorize, badInput, conflict, countyCodeOf, partyKeys } from '@zz/common';
import type { CaseEntity } from '../store/entities/case.entity';
import { IdempotencyKeyTaken, type NewCaseRow } from '../store/case-store';
import { caseCodeDay, formatCaseCode } from '../domain/case-code';
import { DUPLICATE_WINDOW_DAYS, type DuplicateCheckInput, type DuplicateMatch, findPossibleDuplicates, validateDuplicateCheck } from '../domain/duplicates';
import { type IntakeInput, normaliseIdNumber, normalisePhone, validateIntake } from '../domain/intake';
import { REGION_LEVELS, initialStep } from '../domain/ladder';
import { inJurisdiction } from '../domain/access';
import { INITIAL_RESOLUTION_MODE } from '../domain/resolution-mode';
import { type Actor, type At, type CaseChanges, forbiddenField } from './case-changes';

export async function intake(cx: CaseChanges, actor: Actor, input: IntakeInput, opts: At = {}): Promise<CaseEntity> {
  authorize(actor.identity, 'Mutation.intakeCase');
  const n = validateIntake(input);
  if (n.idempotencyKey) {
    const existing = await cx.store.caseByIdempotencyKey(n.idempotencyKey);
    if (existing) return sameKey(actor, existing);
  }
  const region = await intakeRegion(cx, actor, n.regionId);
  // A new case takes its county's newest policy version and keeps it (domain/policy-versions.ts).
  const current = await cx.currentPolicy(countyCodeOf(region.code));
  const step = initialStep(current.policy.ladder, region.level, n.channel);
  const center = await cx.directory.centerFor(region.code, step.centerLevel, actor.identity);
  if (!center) throw badInput('该地区没有对应的综治中心，无法受理 / No center serves this region', 'input.regionId');

  const at = cx.now(opts);
  const duplicates = await duplicatesOf(cx, { regionCode: region.code, type: n.type, receivedAt: at, parties: n.parties });
  const county = countyCodeOf(region.code);
  const id = crypto.randomUUID();
  const row: Omit<NewCaseRow, 'code'> = {
    id, idempotencyKey: n.idempotencyKey, title: n.title, description: n.description, channel: n.channel, type: n.type,
    complexity: n.complexity, status: 'REGISTERED', mediationFailed: false, ladderStep: step.key, stepEnteredAt: at, level: step.level,
    centerLevel: step.centerLevel, handlingCenterId: center.id, regionId: region.id, regionCode: region.code,
    regionLevel: region.level, amountInDispute: n.amountInDispute, partyCount: n.parties.length,
    applicantCount: n.parties.filter((p) => p.role === 'APPLICANT').length, partyKeys: partyKeys(n.parties, region.code),
    leadDepartmentId: null, departmentIds: [], mediatorId: null, mediatorIds: [], escalationCount: 0, reopenCount: 0, receivedAt: at,
    receivedBy: actor.identity.userId, acceptedAt: null, deadlineAt: null, resolvedAt: null, resolvedLevel: null,
    closedAt: null, agreement: null, referralRoute: null, mergedIntoId: null, resolutionMode: INITIAL_RESOLUTION_MODE,
    leaderId: null, leaderSince: null, leaderName: null, highRisk: false, riskReason: null, riskPlan: null, policyVersion: current.version,
  };
  const details = { channel: n.channel, stepKey: step.key, possibleDuplicates: duplicates.map((d) => d.code), toMode: INITIAL_RESOLUTION_MODE };
  const seq = await cx.store.allocateCodeSequence(county, caseCodeDay(at));
  try {
    return await cx.store.transaction(async (tx) => {
      const c = await tx.insertCase({ ...row, code: formatCaseCode(county, at, seq) }, at);
      await tx.parties.insert(id, n.parties.map((p, position) => ({ position, ...p })));
      await tx.duplicates.insert(id, duplicates.map((d) => ({ otherCaseId: d.id, reasons: d.reasons, daysApart: d.daysApart })), at);
      await cx.recordChanges(tx, actor, [{ before: null, after: c, action: 'intake', note: null, details }], at);
      return c;
    });
  } catch (err) {
    // A concurrent retry with the same key committed first: answer with its case.
    if (err instanceof IdempotencyKeyTaken && n.idempotencyKey) {
      const existing = await cx.store.caseByIdempotencyKey(n.idempotencyKey);
      if (existing) return sameKey(actor, existing);
    }
    throw err;
  }
}

function sameKey(actor: Actor, existing: CaseEntity): CaseEntity {
  // A key is global; another jurisdiction's case must not leak through it.
  if (!inJurisdiction(actor.scope, existing.regionCode)) throw conflict('该幂等键已被其他案件使用 / idempotencyKey is already used');
  return existing;
}

async function intakeRegion(cx: CaseChanges, actor: Actor, regionId: string) {
  const region = await cx.directory.region(regionId, actor.identity);
  if (!region) {
    if (await cx.directory.regionExists(regionId)) throw forbiddenField('所属地区不在您的辖区内 / region is outside your jurisdiction', 'input.regionId');
    throw badInput('所属地区不存在 / unknown region', 'input.regionId');
  }
  if (!inJurisdiction(actor.scope, region.code)) throw forbiddenField('所属地区不在您的辖区内 / region is outside your jurisdiction', 'input.regionId');
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
export async function checkDuplicates(cx: CaseChanges, actor: Actor, input: DuplicateCheckInput): Promise<DuplicateMatch[]> {
  authorize(actor.identity, 'Query.intakeDuplicates');
  const n = validateDuplicateCheck(input);
  const region = n.regionId ? await intakeRegion(cx, actor, n.regionId) : null;
  const byRespondent = region !== null && n.type !== null;
  const own = n.idempotencyKey ? await cx.store.caseByIdempotencyKey(n.idempotencyKey) : null;
  return duplicatesOf(
    cx,
    {
      regionCode: byRespondent ? region.code : '', type: byRespondent ? n.type! : '', receivedAt: cx.now(),
      parties: n.parties.map((p) => ({ ...p, phone: p.phone ?? null, idNumber: p.idNumber ?? null, name: byRespondent || p.role !== 'RESPONDENT' ? p.name : '' })),
    },
    (regionCode) => inJurisdiction(actor.scope, regionCode),
    own?.id ?? null,
  );
}

async function duplicatesOf(
  cx: CaseChanges,
  facts: { regionCode: string; type: string; receivedAt: Date; parties: { role: 'APPLICANT' | 'RESPONDENT' | 'THIRD_PARTY'; name: string; phone: string | null; idNumber: string | null }[] },
  judged: (regionCode: string) => boolean = () => true,
  excludeId: string | null = null,
) {
  const applicants = facts.parties.filter((p) => p.role === 'APPLICANT');
  const found = await cx.store.duplicates.candidates({
    excludeId,
    at: facts.receivedAt, windowDays: DUPLICATE_WINDOW_DAYS, regionCode: facts.regionCode, type: facts.type,
    phones: applicants.filter((p) => p.phone).map((p) => normalisePhone(p.phone!).replace(/-/g, '')),
    idNumbers: applicants.filter((p) => p.idNumber).map((p) => normaliseIdNumber(p.idNumber!)),
    respondentNames: facts.parties.filter((p) => p.role === 'RESPONDENT' && p.name.trim()).map((p) => p.name.replace(/\s+/g, '').toLowerCase()),
  });
  const candidates = found.filter((c) => judged(c.regionCode));
  if (!candidates.length) return [];
  const parties = await cx.store.parties.byCaseIds(candidates.map((c) => c.id));
  return findPossibleDuplicates(facts, candidates.map((c) => ({ ...c, receivedAt: new Date(c.receivedAt), parties: parties.filter((p) => p.caseId === c.id) })));
}
