/**
 * 时限与阶梯配置: a county's policy as its staff read it (the version in force and the history), and
 * a new version written by an ADMIN whose jurisdiction covers the county. The new version, its
 * COUNTY_POLICY_CHANGED event (supervision keeps its own copy of the rules from it) are written in one
 * transaction; cases in flight keep the version they were registered under.
 */
import { authorize, badInput, conflict, countyCodeOf } from '@zz/common';
import type { Ladder } from '../domain/ladder';
import {
  START_VERSION, newestVersion, parseRulesInput, startRules, validateCountyCode, validateReason, type CountyPolicyVersion,
} from '../domain/policy-versions';
import { VersionTaken } from '../store/policy-store';
import { type Actor, type At, type CaseChanges, SOURCE, forbiddenField } from './case-changes';

export interface UpdateCountyPolicyInput {
  countyCode: string;
  ladder: unknown;
  deadlinePolicy: unknown;
  calendar: unknown;
  consultation?: unknown;
  reason: string;
  expectedVersion?: number | null;
}

/** Version 0 of a county: the start configuration, with no author. */
function startVersion(cx: CaseChanges, countyCode: string): CountyPolicyVersion {
  return { countyCode, version: START_VERSION, rules: startRules(cx.policy, countyCode), changedBy: null, changedAt: null, reason: null };
}

/** Staff read the policy of their own county (their jurisdiction lies in it) or of counties below them. */
const mayRead = (actor: Actor, countyCode: string) => actor.scope.containsOrAbove(countyCode);

/** Query.escalationLadder: the ladder new cases of the caller's county get (its newest version). */
export async function currentLadder(cx: CaseChanges, actor: Actor): Promise<Ladder> {
  authorize(actor.identity, 'Query.escalationLadder');
  const code = actor.identity.regionCode;
  if (!code || code.length < 6) return cx.policy.ladder;
  return (await cx.currentPolicy(countyCodeOf(code))).policy.ladder;
}

export async function countyPolicy(cx: CaseChanges, actor: Actor, code: string): Promise<CountyPolicyVersion | null> {
  authorize(actor.identity, 'Query.countyPolicy');
  const countyCode = validateCountyCode(code, 'countyCode');
  if (!mayRead(actor, countyCode)) return null;
  const versions = await cx.store.policies.versions(countyCode);
  return versions[0] ?? startVersion(cx, countyCode);
}

/** Newest first, ending with the start configuration (version 0). */
export async function countyPolicyVersions(cx: CaseChanges, actor: Actor, code: string): Promise<CountyPolicyVersion[]> {
  authorize(actor.identity, 'Query.countyPolicyVersions');
  const countyCode = validateCountyCode(code, 'countyCode');
  if (!mayRead(actor, countyCode)) return [];
  return [...(await cx.store.policies.versions(countyCode)), startVersion(cx, countyCode)];
}

export async function updateCountyPolicy(cx: CaseChanges, actor: Actor, input: UpdateCountyPolicyInput, opts: At = {}): Promise<CountyPolicyVersion> {
  authorize(actor.identity, 'Mutation.updateCountyPolicy');
  const countyCode = validateCountyCode(input?.countyCode, 'input.countyCode');
  // Only an ADMIN whose jurisdiction covers the whole county: a town's ADMIN does not set the county's ladder.
  if (!actor.scope.contains(countyCode)) throw forbiddenField('该县不在您的管理范围内 / the county is outside your jurisdiction', 'input.countyCode');
  const reason = validateReason(input.reason);
  const stored = await cx.store.policies.versions(countyCode);
  const current = stored[0] ?? startVersion(cx, countyCode);
  const rules = parseRulesInput(input, current.rules.consultation.requiredKinds);
  const expected = input.expectedVersion;
  if (expected !== null && expected !== undefined) {
    if (!Number.isInteger(expected) || expected < 0 || expected > current.version) throw badInput('版本号无效：应为页面上显示的配置版本', 'input.expectedVersion');
    if (expected !== current.version) throw conflict(`配置已被他人修改（您看到的是第 ${expected} 版，现为第 ${current.version} 版），请刷新后再改`);
  }
  const region = await cx.directory.regionByCode(countyCode);
  if (!region || region.code !== countyCodeOf(region.code)) throw badInput('县级区划不存在', 'input.countyCode');
  const at = cx.now(opts);
  const version = newestVersion(stored) + 1;
  try {
    return await cx.store.transaction(async (tx) => {
      const row = await tx.policies.insert({ countyCode, version, rules, changedBy: actor.identity.userId, changedAt: at, reason });
      await tx.ledger.appendDispatch([{
        kind: 'COUNTY_POLICY_CHANGED', source: SOURCE, regionId: region.id, regionCode: countyCode, actorId: actor.identity.userId,
        occurredAt: at, data: { countyCode, version, rules, note: reason },
      }]);
      return row;
    });
  } catch (err) {
    if (err instanceof VersionTaken) throw conflict('配置已被他人同时修改，请刷新后重试 / the county policy was changed concurrently');
    throw err;
  }
}
