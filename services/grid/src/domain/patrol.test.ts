import { DomainError } from '@zz/common';
import { completedLate, isOverdue, validateDispatch } from './patrol';

const now = new Date('2026-11-22T08:00:00Z');

describe('validateDispatch', () => {
  it('accepts a future due time and trims', () => {
    expect(validateDispatch({ gridId: 'g', title: ' 夜间巡查 ', dueAt: '2026-11-23T08:00:00Z', note: ' ' }, now))
      .toEqual({ gridId: 'g', title: '夜间巡查', dueAt: new Date('2026-11-23T08:00:00Z'), note: null });
  });

  it.each([
    ['a past due time', { dueAt: '2026-11-22T07:59:59Z' }, 'input.dueAt'],
    ['now', { dueAt: now }, 'input.dueAt'],
    ['more than a year ahead', { dueAt: '2027-12-01T00:00:00Z' }, 'input.dueAt'],
    ['a one-character title', { title: '巡' }, 'input.title'],
  ])('refuses %s', (_, patch, field) => {
    try {
      validateDispatch({ gridId: 'g', title: '夜间巡查', dueAt: '2026-11-23T08:00:00Z', ...patch }, now);
      throw new Error('expected an error');
    } catch (err) {
      expect((err as DomainError).code).toBe('BAD_USER_INPUT');
      expect((err as DomainError).field).toBe(field);
    }
  });
});

describe('overdue', () => {
  const dueAt = new Date('2026-11-22T09:00:00Z');
  it('is open and past due', () => {
    expect(isOverdue({ status: 'DISPATCHED', dueAt }, now)).toBe(false);
    expect(isOverdue({ status: 'DISPATCHED', dueAt }, new Date('2026-11-22T09:00:01Z'))).toBe(true);
    expect(isOverdue({ status: 'COMPLETED', dueAt }, new Date('2026-11-23T00:00:00Z'))).toBe(false);
  });
  it('a late completion is remembered', () => {
    expect(completedLate({ completedAt: new Date('2026-11-22T10:00:00Z'), dueAt })).toBe(true);
    expect(completedLate({ completedAt: new Date('2026-11-22T08:30:00Z'), dueAt })).toBe(false);
    expect(completedLate({ completedAt: null, dueAt })).toBe(false);
  });
});
