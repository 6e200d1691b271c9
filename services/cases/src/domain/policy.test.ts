import { DomainError, caseDeadlineFor } from '@zz/common';
import { DEFAULT_POLICY, parseCasePolicy } from './policy';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.field;
    throw e;
  }
  throw new Error('expected a DomainError');
};

describe('parseCasePolicy', () => {
  it('defaults to 四级七天 and 1/5/15/20 calendar days', () => {
    const p = parseCasePolicy(null);
    expect(p).toBe(DEFAULT_POLICY);
    expect(p.ladder.name).toBe('四级七天');
    expect(caseDeadlineFor(p, '441422100001', 'GENERAL', new Date('2026-11-20T02:00:00Z')).toISOString()).toBe('2026-11-25T02:00:00.000Z');
  });

  it('reads a configured ladder, deadlines in working days and a calendar', () => {
    const p = parseCasePolicy(JSON.stringify({
      ladder: { name: '三级', steps: [{ key: 'VILLAGE', name: '村', centerLevel: 'VILLAGE', days: 1 }, { key: 'TOWN', name: '镇', centerLevel: 'TOWN', days: 7 }, { key: 'COUNTY', name: '县', centerLevel: 'COUNTY', days: 20 }] },
      deadlinePolicy: { days: { GENERAL: 7 }, workingDays: true },
      calendar: { holidays: [], extraWorkdays: [] },
      supervision: { ignored: true },
    }));
    expect(p.ladder.steps.map((s) => s.key)).toEqual(['VILLAGE', 'TOWN', 'COUNTY']);
    // Friday 2026-11-20 + 7 working days (no holidays configured) = Tuesday 2026-12-01.
    expect(caseDeadlineFor(p, '441422100001', 'GENERAL', new Date('2026-11-20T02:00:00Z')).toISOString()).toBe('2026-12-01T02:00:00.000Z');
  });

  it("honours a county's own deadline policy and ignores supervision's keys in it", () => {
    const p = parseCasePolicy(JSON.stringify({
      deadlinePolicy: { days: { GENERAL: 7 } },
      counties: { '441423': { deadlinePolicy: { days: { SIMPLE: 2 } }, letterPrefix: '丰顺综治' } },
    }));
    const accepted = new Date('2026-11-20T02:00:00Z');
    expect(caseDeadlineFor(p, '441422100001', 'GENERAL', accepted).toISOString()).toBe('2026-11-27T02:00:00.000Z');
    // Merged over the defaults, not over the top-level policy: GENERAL is 5 days in 441423.
    expect(caseDeadlineFor(p, '441423100001', 'GENERAL', accepted).toISOString()).toBe('2026-11-25T02:00:00.000Z');
    expect(caseDeadlineFor(p, '441423100001', 'SIMPLE', accepted).toISOString()).toBe('2026-11-22T02:00:00.000Z');
  });

  it('refuses a bad policy, naming the field', () => {
    expect(fieldOf(() => parseCasePolicy('{'))).toBe('countyPolicy');
    expect(fieldOf(() => parseCasePolicy('{"ladder":{"name":"x","steps":[]}}'))).toBe('ladder.steps');
    // The deadline rules are read by @zz/common, which names the bad complexity itself.
    expect(fieldOf(() => parseCasePolicy('{"deadlinePolicy":{"days":{"URGENT":1}}}'))).toBe('countyPolicy.deadlinePolicy.days.URGENT');
    expect(fieldOf(() => parseCasePolicy('{"deadlinePolicy":{"workingDays":"yes"}}'))).toBe('countyPolicy.deadlinePolicy.workingDays');
    expect(fieldOf(() => parseCasePolicy('{"calendar":{"holidays":["1 Oct"]}}'))).toBe('countyPolicy.calendar.holidays');
    expect(fieldOf(() => parseCasePolicy('{"counties":{"441423":{"deadlinePolicy":{"days":{"GENERAL":0}}}}}'))).toBe('countyPolicy.counties.441423.deadlinePolicy.days.GENERAL');
  });
});
