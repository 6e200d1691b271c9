import { DEFAULT_DEADLINE_POLICY, DomainError, countyCodeOf, deadlinePolicyFor } from '@zz/common';
import {
  DEFAULT_SUPERVISION_POLICY,
  configuredLetterPrefix,
  evaluationPolicyFor,
  fallbackLetterPrefix,
  parseSupervisionPolicy,
  prefixFromCenterName,
  prefixFromCountyName,
  subsidyPolicyFor,
} from './policy';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return (e as DomainError).field;
  }
  throw new Error('expected a DomainError');
}

describe('parseSupervisionPolicy', () => {
  it('defaults when nothing is configured', () => {
    expect(parseSupervisionPolicy(null)).toBe(DEFAULT_SUPERVISION_POLICY);
    expect(parseSupervisionPolicy('  ')).toBe(DEFAULT_SUPERVISION_POLICY);
    expect(DEFAULT_SUPERVISION_POLICY.deadlinePolicy).toBe(DEFAULT_DEADLINE_POLICY);
    expect(DEFAULT_SUPERVISION_POLICY.accountability).toEqual({ summonAt: 3, barAt: 5 });
  });

  it('reads the shared document, ignoring the keys of other services', () => {
    const p = parseSupervisionPolicy(
      JSON.stringify({
        ladder: { name: 'x', steps: [] },
        deadlinePolicy: { days: { GENERAL: 7 }, workingDays: true, warningShare: 0.75 },
        calendar: { holidays: ['2026-10-01'] },
        letterPrefix: '大埔综治',
        accountability: { summonAt: 2, barAt: 4 },
        counties: { '441423': { deadlinePolicy: { days: { SIMPLE: 2 } }, letterPrefix: '丰顺综治', consultation: { requiredKinds: ['COURT'] } } },
      }),
    );
    expect(p.deadlinePolicy).toEqual({ days: { SIMPLE: 1, GENERAL: 7, COMPLEX: 15, DIFFICULT: 20 }, workingDays: true, warningShare: 0.75 });
    expect(p.accountability).toEqual({ summonAt: 2, barAt: 4 });
    expect(p.calendar.isWorkingDay(new Date('2026-10-01T02:00:00Z'))).toBe(false);
    expect(p.calendar.isWorkingDay(new Date('2026-10-02T02:00:00Z'))).toBe(true); // only the configured holiday
    expect(deadlinePolicyFor(p, '441422100001').days.GENERAL).toBe(7);
    // A county's policy is merged over the defaults, not over the top-level one.
    expect(deadlinePolicyFor(p, '441423100').days).toEqual({ SIMPLE: 2, GENERAL: 5, COMPLEX: 15, DIFFICULT: 20 });
    expect(configuredLetterPrefix(p, '441422')).toBe('大埔综治');
    expect(configuredLetterPrefix(p, '441423')).toBe('丰顺综治');
    expect(configuredLetterPrefix(DEFAULT_SUPERVISION_POLICY, '441422')).toBeNull();
  });

  it('names the bad field', () => {
    expect(fieldOf(() => parseSupervisionPolicy('{'))).toBe('countyPolicy');
    expect(fieldOf(() => parseSupervisionPolicy('{"deadlinePolicy":{"days":{"GENERAL":0}}}'))).toBe('countyPolicy.deadlinePolicy.days.GENERAL');
    expect(fieldOf(() => parseSupervisionPolicy('{"deadlinePolicy":{"warningShare":1}}'))).toBe('countyPolicy.deadlinePolicy.warningShare');
    expect(fieldOf(() => parseSupervisionPolicy('{"accountability":{"summonAt":6}}'))).toBe('countyPolicy.accountability.barAt');
    expect(fieldOf(() => parseSupervisionPolicy('{"letterPrefix":"大埔 综治"}'))).toBe('countyPolicy.letterPrefix');
    expect(fieldOf(() => parseSupervisionPolicy('{"counties":{"4414":{}}}'))).toBe('countyPolicy.counties.4414');
    expect(fieldOf(() => parseSupervisionPolicy('{"counties":{"441422":{"ladder":{}}}}'))).toBe('countyPolicy.counties.441422.ladder');
    expect(fieldOf(() => parseSupervisionPolicy('{"calendar":{"holidays":["1 Oct"]}}'))).toBe('countyPolicy.calendar.holidays');
  });
});

describe('letter prefixes', () => {
  it.each([
    ['大埔县', '大埔综治'],
    ['高台县', '高台综治'],
    ['梅江区', '梅江综治'],
    ['兴宁市', '兴宁综治'],
    ['肃南裕固族自治县', '肃南裕固族综治'],
  ])('%s → %s', (name, prefix) => {
    expect(prefixFromCountyName(name)).toBe(prefix);
  });

  it.each([
    ['大埔县综治中心', '大埔综治'],
    ['湖寮镇综治中心', '湖寮综治'],
    ['西河街道综治中心', '西河综治'],
    ['光德乡综治中心', '光德综治'],
    ['华坪村综治服务站', '华坪综治'],
  ])('center %s → %s', (name, prefix) => {
    expect(prefixFromCenterName(name)).toBe(prefix);
  });

  it('falls back to the county code', () => {
    expect(prefixFromCenterName('综治中心')).toBeNull();
    expect(prefixFromCountyName('县')).toBeNull();
    expect(fallbackLetterPrefix('441422')).toBe('综治441422');
    expect(countyCodeOf('441422100001')).toBe('441422');
  });
});

describe('evaluation weights and 以案定补 rates', () => {
  it('reads them at the top level and per county, each county replacing the top level', () => {
    const policy = parseSupervisionPolicy(JSON.stringify({
      evaluation: { weights: { letters: 20 }, bottomCount: 2 },
      subsidy: { rates: { NEIGHBOUR: 120 } },
      counties: { '441423': { evaluation: { letterDeduction: 5 }, subsidy: { defaultRate: 60 } } },
    }));
    expect(evaluationPolicyFor(policy, '441422001')).toMatchObject({ weights: { letters: 20 }, bottomCount: 2, letterDeduction: 3 });
    expect(evaluationPolicyFor(policy, '441423001')).toMatchObject({ weights: { letters: 15 }, bottomCount: 1, letterDeduction: 5 });
    expect(subsidyPolicyFor(policy, '441422').rates.NEIGHBOUR).toBe(120);
    expect(subsidyPolicyFor(policy, '441423').rates.NEIGHBOUR).toBe(100);
    expect(subsidyPolicyFor(policy, '441423').defaultRate).toBe(60);
    expect(DEFAULT_SUPERVISION_POLICY.subsidy.rates.MEDICAL).toBe(300);
  });

  it('stops at start naming the bad field under countyPolicy', () => {
    expect(fieldOf(() => parseSupervisionPolicy('{"evaluation":{"weights":{"onTime":"30"}}}'))).toBe('countyPolicy.evaluation.weights.onTime');
    expect(fieldOf(() => parseSupervisionPolicy('{"subsidy":{"rates":{"LAND":-5}}}'))).toBe('countyPolicy.subsidy.rates.LAND');
    expect(fieldOf(() => parseSupervisionPolicy('{"counties":{"441423":{"subsidy":{"rates":{"X":1}}}}}'))).toBe('countyPolicy.counties.441423.subsidy.rates.X');
  });
});
