import { CHINA_HOLIDAYS } from './calendar';
import {
  DEFAULT_DEADLINE_RULES, DEFAULT_WORKING_CALENDAR, caseDeadlineFor, countyCodeOf, countySections, deadlinePolicyFor,
  parseCalendarSection, parseDeadlineRules, readCountyPolicyDocument, underPath,
} from './county-policy';
import { DEFAULT_DEADLINE_POLICY, deadlineFor } from './deadlines';
import { DomainError, badInput } from './errors';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return (e as DomainError).field;
  }
  throw new Error('expected a BAD_USER_INPUT');
}

const rulesOf = (doc: unknown) => parseDeadlineRules(readCountyPolicyDocument(JSON.stringify(doc)));

describe('readCountyPolicyDocument', () => {
  it('reads no document as null (the caller runs on its defaults)', () => {
    expect(readCountyPolicyDocument(null)).toBeNull();
    expect(readCountyPolicyDocument(undefined)).toBeNull();
    expect(readCountyPolicyDocument('  ')).toBeNull();
  });

  it('returns the parsed object, every key included', () => {
    expect(readCountyPolicyDocument('{"ladder":{"name":"x"},"letterPrefix":"大埔综治"}')).toEqual({ ladder: { name: 'x' }, letterPrefix: '大埔综治' });
  });

  it.each(['{', '[1]', '5', 'null', '"text"'])('refuses %p on countyPolicy', (json) => {
    expect(fieldOf(() => readCountyPolicyDocument(json))).toBe('countyPolicy');
  });
});

describe('parseCalendarSection', () => {
  it('is the national calendar when absent', () => {
    expect(parseCalendarSection(undefined)).toBe(DEFAULT_WORKING_CALENDAR);
    expect(parseCalendarSection(null)).toBe(DEFAULT_WORKING_CALENDAR);
    expect(DEFAULT_WORKING_CALENDAR.isWorkingDay(new Date(`${CHINA_HOLIDAYS.holidays[0]}T02:00:00Z`))).toBe(false);
  });

  it('replaces the lists it names, keeping the national one for the other', () => {
    const cal = parseCalendarSection({ holidays: ['2026-10-01'] });
    expect(cal.isWorkingDay(new Date('2026-10-01T02:00:00Z'))).toBe(false);
    expect(cal.isWorkingDay(new Date('2026-10-02T02:00:00Z'))).toBe(true);
    expect(cal.isWorkingDay(new Date('2026-10-10T02:00:00Z'))).toBe(true); // national 调休 Saturday kept
  });

  it('names the bad field under the given path', () => {
    expect(fieldOf(() => parseCalendarSection([]))).toBe('countyPolicy.calendar');
    expect(fieldOf(() => parseCalendarSection({ holidays: ['1 Oct'] }))).toBe('countyPolicy.calendar.holidays');
    expect(fieldOf(() => parseCalendarSection({ extraWorkdays: '2026-10-10' }, 'policy.cal'))).toBe('policy.cal.extraWorkdays');
  });
});

describe('underPath', () => {
  it("moves a parser's field under the path", () => {
    expect(fieldOf(() => underPath('countyPolicy.deadlinePolicy', 'deadlinePolicy', () => { throw badInput('x', 'deadlinePolicy.days.GENERAL'); })))
      .toBe('countyPolicy.deadlinePolicy.days.GENERAL');
    expect(fieldOf(() => underPath('countyPolicy.deadlinePolicy', 'deadlinePolicy', () => { throw badInput('x', 'deadlinePolicy'); })))
      .toBe('countyPolicy.deadlinePolicy');
    expect(fieldOf(() => underPath('countyPolicy.accountability', 'accountability', () => { throw new RangeError('x'); })))
      .toBe('countyPolicy.accountability');
  });

  it('returns what the parser returns', () => {
    expect(underPath('p', 'r', () => 42)).toBe(42);
  });
});

describe('parseDeadlineRules', () => {
  it('defaults without a document', () => {
    expect(parseDeadlineRules(null)).toBe(DEFAULT_DEADLINE_RULES);
    expect(DEFAULT_DEADLINE_RULES.deadlinePolicy).toBe(DEFAULT_DEADLINE_POLICY);
    expect(DEFAULT_DEADLINE_RULES.calendar).toBe(DEFAULT_WORKING_CALENDAR);
  });

  it('reads the top-level policy, the calendar and the per-county policies, ignoring other keys', () => {
    const rules = rulesOf({
      ladder: { name: 'x', steps: [] },
      letterPrefix: '大埔综治',
      deadlinePolicy: { days: { GENERAL: 7 }, workingDays: true, warningShare: 0.75 },
      calendar: { holidays: [], extraWorkdays: [] },
      counties: { '441423': { deadlinePolicy: { days: { SIMPLE: 2 } }, letterPrefix: '丰顺综治' }, '441424': { letterPrefix: '五华综治' } },
    });
    expect(rules.deadlinePolicy).toEqual({ days: { SIMPLE: 1, GENERAL: 7, COMPLEX: 15, DIFFICULT: 20 }, workingDays: true, warningShare: 0.75 });
    expect(rules.counties['441423'].deadlinePolicy).toEqual({ days: { SIMPLE: 2, GENERAL: 5, COMPLEX: 15, DIFFICULT: 20 }, workingDays: false, warningShare: 0.8 });
    expect(rules.counties['441424']).toEqual({});
    expect(Object.isFrozen(rules)).toBe(true);
    expect(Object.isFrozen(rules.counties)).toBe(true);
  });

  it('names the bad field with its full path', () => {
    expect(fieldOf(() => rulesOf({ deadlinePolicy: [] }))).toBe('countyPolicy.deadlinePolicy');
    expect(fieldOf(() => rulesOf({ deadlinePolicy: { days: { GENERAL: 0 } } }))).toBe('countyPolicy.deadlinePolicy.days.GENERAL');
    expect(fieldOf(() => rulesOf({ deadlinePolicy: { warnShare: 0.8 } }))).toBe('countyPolicy.deadlinePolicy.warnShare');
    expect(fieldOf(() => rulesOf({ calendar: 'national' }))).toBe('countyPolicy.calendar');
    expect(fieldOf(() => rulesOf({ counties: [] }))).toBe('countyPolicy.counties');
    expect(fieldOf(() => rulesOf({ counties: { '4414': {} } }))).toBe('countyPolicy.counties.4414');
    expect(fieldOf(() => rulesOf({ counties: { '441423': 7 } }))).toBe('countyPolicy.counties.441423');
    expect(fieldOf(() => rulesOf({ counties: { '441423': { deadlinePolicy: { workingDays: 'yes' } } } })))
      .toBe('countyPolicy.counties.441423.deadlinePolicy.workingDays');
  });
});

describe('countySections', () => {
  it('lists the counties with their paths', () => {
    const doc = readCountyPolicyDocument('{"counties":{"441423":{"a":1},"441422":{}}}')!;
    expect(countySections(doc)).toEqual([
      { code: '441422', section: {}, path: 'countyPolicy.counties.441422' },
      { code: '441423', section: { a: 1 }, path: 'countyPolicy.counties.441423' },
    ]);
    expect(countySections({})).toEqual([]);
  });
});

describe('deadlinePolicyFor and caseDeadlineFor', () => {
  const rules = rulesOf({
    deadlinePolicy: { days: { GENERAL: 7 }, workingDays: true },
    calendar: { holidays: ['2026-03-09'], extraWorkdays: [] },
    counties: { '441423': { deadlinePolicy: { days: { SIMPLE: 2 } } } },
  });
  const friday = new Date('2026-03-06T08:00:00Z'); // Friday 16:00 CST

  it("resolves a region to its county's policy, else the top-level one", () => {
    expect(countyCodeOf('441423100001001')).toBe('441423');
    expect(deadlinePolicyFor(rules, '441422100001')).toBe(rules.deadlinePolicy);
    expect(deadlinePolicyFor(rules, '441422')).toBe(rules.deadlinePolicy);
    expect(deadlinePolicyFor(rules, '441423100')).toBe(rules.counties['441423'].deadlinePolicy);
  });

  it('counts with the resolved policy and the configured calendar', () => {
    // 441422: GENERAL 7 working days; Mon 9 March is a configured holiday → Wed 18 March.
    expect(caseDeadlineFor(rules, '441422100001', 'GENERAL', friday).toISOString()).toBe('2026-03-18T08:00:00.000Z');
    expect(caseDeadlineFor(rules, '441422100001', 'GENERAL', friday)).toEqual(deadlineFor('GENERAL', friday, rules.deadlinePolicy, rules.calendar));
    // 441423: its own policy (calendar days, SIMPLE 2).
    expect(caseDeadlineFor(rules, '441423100001', 'SIMPLE', friday).toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(caseDeadlineFor(rules, '441423100001', 'GENERAL', friday).toISOString()).toBe('2026-03-11T08:00:00.000Z');
  });

  it('is the default rule without a document', () => {
    expect(caseDeadlineFor(DEFAULT_DEADLINE_RULES, '441422100001', 'DIFFICULT', friday).toISOString()).toBe('2026-03-26T08:00:00.000Z');
  });
});
