import { DomainError, caseDeadlineFor } from '@zz/common';
import { DEFAULT_POLICY, parseCasePolicy } from './policy';
import { newestVersion, parseRulesInput, policyOfVersion, selectPolicy, startRules, validateCountyCode, validateReason } from './policy-versions';

const COUNTY = '441422';
const ladder = {
  name: '一七二十',
  steps: [
    { key: 'VILLAGE_COMMITTEE', name: '村调委', centerLevel: 'VILLAGE', days: 1 },
    { key: 'TOWN_CENTER', name: '镇综治中心', centerLevel: 'TOWN', days: 7 },
    { key: 'COUNTY_CENTER', name: '县综治中心', centerLevel: 'COUNTY', days: null },
  ],
};
const input = {
  ladder,
  deadlinePolicy: { days: { SIMPLE: 1, GENERAL: 7, COMPLEX: 20, DIFFICULT: 20 }, workingDays: true, warningShare: 0.75 },
  calendar: { holidays: ['2026-10-02', '2026-10-01'], extraWorkdays: ['2026-10-10'] },
};

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    const e = err as DomainError & { fields?: { field: string }[] };
    expect(e.code).toBe('BAD_USER_INPUT');
    return e.fields ? e.fields.map((f) => f.field) : [e.field!];
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('county policy versions', () => {
  it('version 0 is the start configuration, per county overrides included', () => {
    const base = parseCasePolicy(JSON.stringify({ counties: { [COUNTY]: { deadlinePolicy: { days: { GENERAL: 9 } } } } }));
    const rules = startRules(base, COUNTY);
    expect(rules.deadlinePolicy.days.GENERAL).toBe(9);
    expect(rules.ladder.steps.map((s) => s.days)).toEqual([1, 2, 2, 2, null]);
    expect(rules.consultation.requiredKinds).toEqual(['COURT', 'PROCURATORATE', 'POLICE', 'JUSTICE', 'PETITION']);
    expect(startRules(base, '441423').deadlinePolicy.days.GENERAL).toBe(5);
  });

  it('parses an update with the start configuration’s parsers, normalised', () => {
    const rules = parseRulesInput(input, ['COURT']);
    expect(rules.calendar.holidays).toEqual(['2026-10-01', '2026-10-02']);
    expect(rules.ladder.steps[0]).toEqual({ key: 'VILLAGE_COMMITTEE', name: '村调委', level: 'VILLAGE', centerLevel: 'VILLAGE', days: 1 });
    expect(rules.consultation.requiredKinds).toEqual(['COURT']);
    expect(parseRulesInput({ ...input, consultation: { requiredKinds: ['POLICE'] } }, ['COURT']).consultation.requiredKinds).toEqual(['POLICE']);
  });

  it('names every bad field under input., all sections at once', () => {
    const bad = {
      ladder: { ...ladder, steps: [{ ...ladder.steps[0], days: 0 }, ...ladder.steps.slice(1)] },
      deadlinePolicy: { ...input.deadlinePolicy, days: { ...input.deadlinePolicy.days, GENERAL: 0 }, warningShare: 1 },
      calendar: { holidays: ['2026-13'], extraWorkdays: [] },
      consultation: { requiredKinds: ['NOPE'] },
    };
    expect(fieldsOf(() => parseRulesInput(bad, []))).toEqual([
      'input.ladder.steps.0.days', 'input.deadlinePolicy.days.GENERAL', 'input.deadlinePolicy.warningShare', 'input.calendar.holidays',
      'input.consultation.requiredKinds.0',
    ]);
    expect(fieldsOf(() => parseRulesInput({ ...input, ladder: { name: '', steps: [] } }, []))).toEqual(['input.ladder.steps']);
    expect(fieldsOf(() => validateCountyCode('4414', 'input.countyCode'))).toEqual(['input.countyCode']);
    expect(fieldsOf(() => validateReason(' '))).toEqual(['input.reason']);
  });

  it('selects the version a case runs under, not the newest', () => {
    const v1 = policyOfVersion(parseRulesInput(input, []));
    const v2 = policyOfVersion(parseRulesInput({ ...input, deadlinePolicy: { ...input.deadlinePolicy, days: { ...input.deadlinePolicy.days, GENERAL: 3 } } }, []));
    const stored = new Map([[1, v1], [2, v2]]);
    const region = `${COUNTY}100001`;
    expect(selectPolicy(DEFAULT_POLICY, region, 0, stored)).toBe(DEFAULT_POLICY);
    expect(selectPolicy(DEFAULT_POLICY, region, 1, stored)).toBe(v1);
    expect(selectPolicy(DEFAULT_POLICY, region, 2, stored)).toBe(v2);
    expect(() => selectPolicy(DEFAULT_POLICY, region, 3, stored)).toThrow(/no policy version 3/);
    expect(newestVersion([{ version: 1 }, { version: 2 }])).toBe(2);
    expect(newestVersion([])).toBe(0);

    // Mon 2 Mar 2026 09:00 CST: GENERAL is 5 calendar days at version 0, 7 working days at v1, 3 at v2.
    const accepted = new Date('2026-03-02T01:00:00Z');
    expect(caseDeadlineFor(selectPolicy(DEFAULT_POLICY, region, 0, stored), region, 'GENERAL', accepted).toISOString()).toBe('2026-03-07T01:00:00.000Z');
    expect(caseDeadlineFor(selectPolicy(DEFAULT_POLICY, region, 1, stored), region, 'GENERAL', accepted).toISOString()).toBe('2026-03-11T01:00:00.000Z');
    expect(caseDeadlineFor(selectPolicy(DEFAULT_POLICY, region, 2, stored), region, 'GENERAL', accepted).toISOString()).toBe('2026-03-05T01:00:00.000Z');
    expect(v1.ladder.steps.map((s) => s.days)).toEqual([1, 7, null]);
  });

  it('applies a version’s own calendar (holidays and 调休 make-up days)', () => {
    // Sat 10 Oct 2026 is a make-up working day in the version; Thu 1 / Fri 2 Oct are holidays.
    const v = policyOfVersion(parseRulesInput(input, []));
    expect(v.calendar.isWorkingDay(new Date('2026-10-10T02:00:00Z'))).toBe(true);
    expect(v.calendar.isWorkingDay(new Date('2026-10-02T02:00:00Z'))).toBe(false);
  });
});
