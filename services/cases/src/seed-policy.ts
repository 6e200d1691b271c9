/**
 * The demo county's policy history: one stored version after the demo cases, written by the county's
 * ADMIN through the use case, so the 时限与阶梯配置 screen shows a history and new cases run on it
 * while every demo case keeps the start configuration (version 0). Idempotent: a county that already
 * has a version is left alone.
 */
import { Scope, countyCodeOf, type Identity } from '@zz/common';
import type { World } from '@zz/demo-world';
import type { CaseService } from './service/case-service';
import { startRules } from './domain/policy-versions';

export const DEMO_POLICY_REASON = '镇综治中心（司法所）反映土地、工程款类纠纷需现场勘查，经县综治中心研究，该级办理时限由 2 个工作日延长为 3 个工作日';

export async function seedPolicyHistory(service: CaseService, world: World, at: Date): Promise<void> {
  const admin = world.users.find((u) => u.username === 'admin');
  if (!admin) return;
  const countyCode = countyCodeOf(admin.regionCode);
  if ((await service.store.policies.newest(countyCode)) > 0) return;
  const identity: Identity = { kind: 'user', userId: admin.id, username: admin.username, roles: ['ADMIN'], regionId: admin.regionId, regionCode: admin.regionCode };
  const rules = startRules(service.policy, countyCode);
  const steps = rules.ladder.steps.map((s) => (s.key === 'TOWN_CENTER' ? { ...s, days: 3 } : s));
  await service.updateCountyPolicy({ identity, scope: Scope.of(identity) }, {
    countyCode, reason: DEMO_POLICY_REASON, expectedVersion: 0,
    ladder: { name: '四级八天', steps }, deadlinePolicy: rules.deadlinePolicy, calendar: rules.calendar, consultation: rules.consultation,
  }, { at });
}
