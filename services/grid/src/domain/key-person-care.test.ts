import { ValidationErrors } from '@zz/common';
import { latestVisit, nextVisitDue, validateCareFields, validateVisit, visitInterval, visitOverdue } from './key-person-care';

const at = (iso: string) => new Date(iso);
const fieldsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    return ((err as { fields?: { field: string }[] }).fields ?? []).map((f) => f.field);
  }
  throw new Error('no error');
};

describe('visit plan', () => {
  it('runs on the tier’s interval unless the record sets its own', () => {
    expect(visitInterval('RED', null)).toBe(7);
    expect(visitInterval('ORANGE', undefined)).toBe(15);
    expect(visitInterval('YELLOW', null)).toBe(30);
    expect(visitInterval('YELLOW', 10)).toBe(10);
  });

  it('counts from the last visit, or from registration when there was none', () => {
    const registered = at('2026-03-01T02:00:00Z');
    expect(nextVisitDue(null, registered, 7).toISOString()).toBe('2026-03-08T02:00:00.000Z');
    expect(nextVisitDue(at('2026-03-05T00:00:00Z'), registered, 7).toISOString()).toBe('2026-03-12T00:00:00.000Z');
  });

  it('raising the tier brings the due date forward from the same last visit', () => {
    const last = at('2026-03-01T00:00:00Z');
    const yellow = nextVisitDue(last, last, visitInterval('YELLOW', null));
    const red = nextVisitDue(last, last, visitInterval('RED', null));
    expect(red.getTime()).toBeLessThan(yellow.getTime());
    expect(visitOverdue(red, at('2026-03-09T00:00:00Z'))).toBe(true);
    expect(visitOverdue(yellow, at('2026-03-09T00:00:00Z'))).toBe(false);
  });

  it('a late entry older than the last visit does not move the plan back', () => {
    expect(latestVisit(at('2026-03-05T00:00:00Z'), at('2026-03-02T00:00:00Z')).toISOString()).toBe('2026-03-05T00:00:00.000Z');
    expect(latestVisit(null, at('2026-03-02T00:00:00Z')).toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });
});

describe('care fields', () => {
  const check = (input: Parameters<typeof validateCareFields>[0], creating = false) => {
    const errors = new ValidationErrors();
    const out = validateCareFields(input, creating, errors);
    errors.throwIfAny();
    return out;
  };

  it('starts a new record at 黄色预警 and checks each field given', () => {
    expect(check({}, true)).toEqual({ tier: 'YELLOW' });
    expect(fieldsOf(() => check({ tier: null }))).toEqual(['input.tier']);
    expect(fieldsOf(() => check({ tier: 'PURPLE', responsibleCadre: '张', visitEveryDays: 0 }))).toEqual(['input.tier', 'input.responsibleCadre', 'input.visitEveryDays']);
    expect(fieldsOf(() => check({ visitEveryDays: 91 }))).toEqual(['input.visitEveryDays']);
    expect(fieldsOf(() => check({ visitEveryDays: 2.5 }))).toEqual(['input.visitEveryDays']);
  });

  it('keeps what is given, trims names and clears with null or blank', () => {
    expect(check({ tier: 'RED', responsibleCadre: ' 黄志强 ', visitEveryDays: 5 }, true)).toEqual({ tier: 'RED', responsibleCadre: '黄志强', visitEveryDays: 5 });
    expect(check({ responsibleCadre: '  ', visitEveryDays: null })).toEqual({ responsibleCadre: null, visitEveryDays: null });
    expect(check({})).toEqual({});
  });
});

describe('a visit', () => {
  const now = at('2026-03-10T08:00:00Z');
  const registered = at('2026-02-01T00:00:00Z');

  it('defaults to now and to having met the person', () => {
    expect(validateVisit({ kind: 'HOME_VISIT', note: '本人在家，情绪稳定，按时服药' }, registered, now)).toEqual({
      kind: 'HOME_VISIT', visitedAt: now, note: '本人在家，情绪稳定，按时服药', metInPerson: true,
    });
  });

  it('may be recorded late within 30 days, never in the future or before registration', () => {
    expect(validateVisit({ kind: 'PHONE', note: '电话联系其母亲，近况平稳', visitedAt: at('2026-03-01T00:00:00Z'), metInPerson: false }, registered, now).metInPerson).toBe(false);
    expect(fieldsOf(() => validateVisit({ kind: 'PHONE', note: '电话联系，近况平稳', visitedAt: at('2026-03-10T08:06:00Z') }, registered, now))).toEqual(['input.visitedAt']);
    expect(fieldsOf(() => validateVisit({ kind: 'PHONE', note: '电话联系，近况平稳', visitedAt: at('2026-02-05T00:00:00Z') }, registered, now))).toEqual(['input.visitedAt']);
    expect(fieldsOf(() => validateVisit({ kind: 'PHONE', note: '电话联系，近况平稳', visitedAt: at('2026-02-20T00:00:00Z') }, at('2026-02-25T00:00:00Z'), now))).toEqual(['input.visitedAt']);
  });

  it('names every bad field at once', () => {
    expect(fieldsOf(() => validateVisit({ kind: 'LETTER', note: '好' }, registered, now))).toEqual(['input.kind', 'input.note']);
  });
});
