import { WorkingCalendar } from './calendar';
import { COMPLEXITIES, DEFAULT_DEADLINE_POLICY, type DeadlinePolicy, deadlineFor, isComplexity, parseDeadlinePolicy } from './deadlines';
import { DomainError } from './errors';

const at = (iso: string) => new Date(iso);

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return ((e as DomainError & { fields?: { field: string }[] }).fields ?? [{ field: (e as DomainError).field ?? '' }]).map((p) => p.field);
  }
  throw new Error('expected a BAD_USER_INPUT');
}

describe('DEFAULT_DEADLINE_POLICY', () => {
  it('is 简单1天、一般5天、复杂15天、疑难20天 in calendar days, warning at 80%', () => {
    expect(DEFAULT_DEADLINE_POLICY).toEqual({ days: { SIMPLE: 1, GENERAL: 5, COMPLEX: 15, DIFFICULT: 20 }, workingDays: false, warningShare: 0.8 });
    expect(Object.isFrozen(DEFAULT_DEADLINE_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_DEADLINE_POLICY.days)).toBe(true);
  });
});

describe('parseDeadlinePolicy', () => {
  it('returns the defaults for no configuration', () => {
    expect(parseDeadlinePolicy(undefined)).toBe(DEFAULT_DEADLINE_POLICY);
    expect(parseDeadlinePolicy(null)).toBe(DEFAULT_DEADLINE_POLICY);
    expect(parseDeadlinePolicy('  ')).toBe(DEFAULT_DEADLINE_POLICY);
    expect(parseDeadlinePolicy({})).toEqual(DEFAULT_DEADLINE_POLICY);
  });

  it('merges a partial configuration over the defaults (a county running 1/7/20 days on working days)', () => {
    const policy = parseDeadlinePolicy('{"days":{"GENERAL":7,"COMPLEX":20},"workingDays":true,"warningShare":0.75}');
    expect(policy).toEqual({ days: { SIMPLE: 1, GENERAL: 7, COMPLEX: 20, DIFFICULT: 20 }, workingDays: true, warningShare: 0.75 });
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.days)).toBe(true);
    expect(DEFAULT_DEADLINE_POLICY.days.GENERAL).toBe(5);
  });

  it('accepts an already parsed object', () => {
    expect(parseDeadlinePolicy({ workingDays: true }).workingDays).toBe(true);
  });

  it('rejects malformed JSON and non-objects', () => {
    expect(fieldsOf(() => parseDeadlinePolicy('{days:'))).toEqual(['deadlinePolicy']);
    expect(fieldsOf(() => parseDeadlinePolicy('[1,5,15,20]'))).toEqual(['deadlinePolicy']);
    expect(fieldsOf(() => parseDeadlinePolicy(5))).toEqual(['deadlinePolicy']);
  });

  it('reports every bad field at once', () => {
    const fields = fieldsOf(() =>
      parseDeadlinePolicy({
        days: { SIMPLE: 0, GENERAL: 2.5, COMPLEX: '15', URGENT: 1, DIFFICULT: 400 },
        workingDays: 'yes',
        warningShare: 1,
        warnShare: 0.8,
      }),
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'deadlinePolicy.warnShare',
        'deadlinePolicy.days.SIMPLE',
        'deadlinePolicy.days.GENERAL',
        'deadlinePolicy.days.COMPLEX',
        'deadlinePolicy.days.URGENT',
        'deadlinePolicy.days.DIFFICULT',
        'deadlinePolicy.workingDays',
        'deadlinePolicy.warningShare',
      ]),
    );
    expect(fields).toHaveLength(8);
  });

  it.each([0, -0.1, 1, 1.5, NaN, '0.8'])('rejects warningShare %p', (share) => {
    expect(fieldsOf(() => parseDeadlinePolicy({ warningShare: share }))).toEqual(['deadlinePolicy.warningShare']);
  });

  it('rejects days that is not an object', () => {
    expect(fieldsOf(() => parseDeadlinePolicy({ days: [1, 5] }))).toEqual(['deadlinePolicy.days']);
  });
});

describe('deadlineFor', () => {
  const accepted = at('2026-03-02T02:00:00Z'); // Monday 10:00 CST

  it.each([
    ['SIMPLE', '2026-03-03T02:00:00.000Z'],
    ['GENERAL', '2026-03-07T02:00:00.000Z'],
    ['COMPLEX', '2026-03-17T02:00:00.000Z'],
    ['DIFFICULT', '2026-03-22T02:00:00.000Z'],
  ] as const)('%s counts calendar days from acceptance by default', (complexity, due) => {
    expect(deadlineFor(complexity, accepted).toISOString()).toBe(due);
  });

  it('uses configured days', () => {
    const policy = parseDeadlinePolicy({ days: { GENERAL: 7 } });
    expect(deadlineFor('GENERAL', accepted, policy).toISOString()).toBe('2026-03-09T02:00:00.000Z');
  });

  describe('in working days', () => {
    const policy: DeadlinePolicy = { ...DEFAULT_DEADLINE_POLICY, workingDays: true };
    const calendar = new WorkingCalendar();

    it('skips the weekend: accepted Friday 16:00 CST, 1 working day → Monday 16:00', () => {
      expect(deadlineFor('SIMPLE', at('2026-03-06T08:00:00Z'), policy, calendar).toISOString()).toBe('2026-03-09T08:00:00.000Z');
    });

    it('skips the Spring Festival holiday and counts the 调休 Saturday', () => {
      // Friday 2026-02-13 09:00 CST: Sat 14th is a working day (调休), 15th–23rd are off, then 24th–27th.
      const accepted213 = at('2026-02-13T01:00:00Z');
      expect(deadlineFor('GENERAL', accepted213, policy, calendar).toISOString()).toBe('2026-02-27T01:00:00.000Z');
      // The same case in calendar days would be due in the middle of the holiday.
      expect(deadlineFor('GENERAL', accepted213).toISOString()).toBe('2026-02-18T01:00:00.000Z');
    });

    it('uses the national calendar when none is given', () => {
      expect(deadlineFor('SIMPLE', at('2026-03-06T08:00:00Z'), policy).toISOString()).toBe('2026-03-09T08:00:00.000Z');
    });

    it('uses the given calendar (a county with its own holiday)', () => {
      const local = new WorkingCalendar({ holidays: ['2026-03-09'], extraWorkdays: [] });
      expect(deadlineFor('SIMPLE', at('2026-03-06T08:00:00Z'), policy, local).toISOString()).toBe('2026-03-10T08:00:00.000Z');
    });
  });

  it('rejects an unknown complexity or an invalid date', () => {
    expect(fieldsOf(() => deadlineFor('URGENT' as never, accepted))).toEqual(['complexity']);
    expect(fieldsOf(() => deadlineFor('SIMPLE', new Date('nope')))).toEqual(['acceptedAt']);
  });

  it('gives every complexity a deadline after acceptance', () => {
    for (const c of COMPLEXITIES) expect(deadlineFor(c, accepted).getTime()).toBeGreaterThan(accepted.getTime());
  });
});

describe('isComplexity', () => {
  it('recognises only the four values', () => {
    expect(COMPLEXITIES.every(isComplexity)).toBe(true);
    expect(isComplexity('simple')).toBe(false);
    expect(isComplexity(1)).toBe(false);
  });
});
