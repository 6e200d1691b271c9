import { DomainError } from '@zz/common';
import { localDayRange, localMonth, monthOrCurrent } from './days';
import { validatePartyLanguages } from './languages';

describe('local days (China Standard Time)', () => {
  it('maps a date to its UTC range', () => {
    expect(localDayRange('2026-03-02')).toEqual({ start: new Date('2026-03-01T16:00:00Z'), end: new Date('2026-03-02T16:00:00Z') });
  });
  it('refuses malformed or impossible dates on the given field', () => {
    for (const d of ['2026-3-2', '2026-02-30', 'tomorrow', '1999-01-01']) {
      expect(() => localDayRange(d, 'day')).toThrow(DomainError);
    }
  });
  it('judges the month at the center', () => {
    expect(localMonth(new Date('2026-03-31T16:30:00Z'))).toBe(4);
    expect(monthOrCurrent(null, new Date('2026-03-31T15:00:00Z'))).toBe(3);
    expect(monthOrCurrent(7, new Date())).toBe(7);
    expect(() => monthOrCurrent(13, new Date())).toThrow(DomainError);
  });
});

describe('party languages', () => {
  it('trims and de-duplicates, bounds the list', () => {
    expect(validatePartyLanguages([' 蒙古语', '蒙古语', ''])).toEqual(['蒙古语']);
    expect(() => validatePartyLanguages(Array.from({ length: 11 }, (_, i) => `语${i}`))).toThrow(DomainError);
  });
});
