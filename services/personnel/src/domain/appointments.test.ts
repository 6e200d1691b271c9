import { DomainError } from '@zz/common';
import {
  type BookingInput, DEFAULT_STUDIO_HOURS, type StudioHours, cancelTransition, parseIsoDateTime, validateBooking,
} from './appointments';

// 2026-03-09 is a Monday; `now` is the Friday before, 10:00 CST.
const NOW = new Date('2026-03-06T02:00:00Z');

const base = (over: Partial<BookingInput> = {}): BookingInput => ({
  mediatorId: 'mediator-1',
  caseId: null,
  startsAt: '2026-03-09T09:00:00+08:00',
  endsAt: '2026-03-09T10:00:00+08:00',
  contactName: '巴特尔',
  contactPhone: '13912345678',
  ...over,
});

type Fields = { field: string; message: string }[];
function problems(input: BookingInput, hours: StudioHours = DEFAULT_STUDIO_HOURS, now = NOW): Fields {
  try {
    validateBooking(input, now, hours);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return (e as DomainError & { fields: Fields }).fields;
  }
  return [];
}
const fieldsOf = (input: BookingInput, hours?: StudioHours, now?: Date) => problems(input, hours, now).map((p) => p.field);

describe('validateBooking', () => {
  it('accepts a valid booking and normalises it', () => {
    const b = validateBooking(base({ caseId: '  case-7 ', contactName: '  巴特尔 ', contactPhone: '+86 139 1234 5678' }), NOW, DEFAULT_STUDIO_HOURS);
    expect(b).toEqual({
      mediatorId: 'mediator-1',
      caseId: 'case-7',
      startsAt: new Date('2026-03-09T01:00:00Z'),
      endsAt: new Date('2026-03-09T02:00:00Z'),
      contactName: '巴特尔',
      contactPhone: '13912345678',
    });
  });

  it('uses the default studio hours when none are given, and accepts UTC times', () => {
    const b = validateBooking(base({ startsAt: '2026-03-09T06:00:00Z', endsAt: '2026-03-09T07:30:00.000Z' }), NOW);
    expect(b.startsAt.toISOString()).toBe('2026-03-09T06:00:00.000Z'); // 14:00 CST
  });

  it('treats a blank caseId as absent', () => {
    expect(validateBooking(base({ caseId: '  ' }), NOW).caseId).toBeNull();
    expect(validateBooking(base({ caseId: undefined }), NOW).caseId).toBeNull();
  });

  it('rejects malformed, zone-less or impossible dates on the right field', () => {
    expect(fieldsOf(base({ startsAt: 'next monday' }))).toEqual(['input.startsAt']);
    expect(fieldsOf(base({ endsAt: '2026-03-09 10:00' }))).toEqual(['input.endsAt']);
    expect(fieldsOf(base({ startsAt: '2026-03-09T09:00:00' }))).toEqual(['input.startsAt']);
    expect(fieldsOf(base({ startsAt: '2026-02-30T09:00:00+08:00' }))).toEqual(['input.startsAt']);
    expect(fieldsOf(base({ startsAt: '2026-03-09T25:00:00+08:00', endsAt: 'x' }))).toEqual(['input.startsAt', 'input.endsAt']);
  });

  it('requires the end after the start', () => {
    expect(fieldsOf(base({ endsAt: '2026-03-09T09:00:00+08:00' }))).toEqual(['input.endsAt']);
    expect(fieldsOf(base({ endsAt: '2026-03-09T08:45:00+08:00' }))).toEqual(['input.endsAt']);
    expect(problems(base({ endsAt: '2026-03-09T08:45:00+08:00' }))[0].message).toBe('结束时间必须晚于开始时间');
  });

  it('requires a duration from 15 minutes to 4 hours', () => {
    expect(fieldsOf(base({ endsAt: '2026-03-09T09:14:59+08:00' }))).toEqual(['input.endsAt']);
    expect(fieldsOf(base({ endsAt: '2026-03-09T09:15:00+08:00' }))).toEqual([]);
    const long: StudioHours = { weekly: { MON: [{ start: '08:00', end: '20:00' }] } };
    expect(fieldsOf(base({ endsAt: '2026-03-09T13:00:00+08:00' }), long)).toEqual([]);
    expect(fieldsOf(base({ endsAt: '2026-03-09T13:01:00+08:00' }), long)).toEqual(['input.endsAt']);
    expect(problems(base({ endsAt: '2026-03-09T13:01:00+08:00' }), long)[0].message).toContain('15 分钟至 4 小时');
  });

  it('refuses a start in the past', () => {
    const now = new Date('2026-03-09T01:30:00Z'); // Monday 09:30 CST
    expect(fieldsOf(base(), DEFAULT_STUDIO_HOURS, now)).toEqual(['input.startsAt']);
    expect(problems(base(), DEFAULT_STUDIO_HOURS, now)[0].message).toBe('不能预约已过去的时间');
    expect(fieldsOf(base(), DEFAULT_STUDIO_HOURS, new Date('2026-03-09T01:00:00Z'))).toEqual([]);
  });

  describe('studio hours (CST)', () => {
    it('accepts bookings that fill an interval exactly', () => {
      expect(fieldsOf(base({ startsAt: '2026-03-09T08:30:00+08:00', endsAt: '2026-03-09T12:00:00+08:00' }))).toEqual([]);
      expect(fieldsOf(base({ startsAt: '2026-03-14T14:00:00+08:00', endsAt: '2026-03-14T17:30:00+08:00' }))).toEqual([]); // Saturday
    });

    it('rejects a start before opening, in the lunch break or after closing', () => {
      expect(fieldsOf(base({ startsAt: '2026-03-09T08:00:00+08:00', endsAt: '2026-03-09T09:00:00+08:00' }))).toEqual(['input.startsAt']);
      expect(fieldsOf(base({ startsAt: '2026-03-09T12:00:00+08:00', endsAt: '2026-03-09T12:30:00+08:00' }))).toEqual(['input.startsAt']);
      expect(fieldsOf(base({ startsAt: '2026-03-09T17:30:00+08:00', endsAt: '2026-03-09T18:00:00+08:00' }))).toEqual(['input.startsAt']);
      expect(problems(base({ startsAt: '2026-03-09T12:00:00+08:00', endsAt: '2026-03-09T12:30:00+08:00' }))[0].message)
        .toContain('08:30–12:00、14:00–17:30');
    });

    it('rejects a booking that runs past the end of its interval (across the lunch break)', () => {
      expect(fieldsOf(base({ startsAt: '2026-03-09T11:30:00+08:00', endsAt: '2026-03-09T14:30:00+08:00' }))).toEqual(['input.endsAt']);
      expect(fieldsOf(base({ startsAt: '2026-03-09T17:00:00+08:00', endsAt: '2026-03-09T17:45:00+08:00' }))).toEqual(['input.endsAt']);
    });

    it('is closed on Sunday', () => {
      const sunday = base({ startsAt: '2026-03-08T09:00:00+08:00', endsAt: '2026-03-08T10:00:00+08:00' });
      expect(fieldsOf(sunday)).toEqual(['input.startsAt']);
      expect(problems(sunday)[0].message).toContain('周日');
    });

    it('judges the weekday and time in CST, not UTC', () => {
      // Sunday 2026-03-08 23:30 UTC is Monday 07:30 CST: before opening.
      expect(fieldsOf(base({ startsAt: '2026-03-08T23:30:00Z', endsAt: '2026-03-09T00:30:00Z' }))).toEqual(['input.startsAt']);
      // Monday 00:30 UTC is Monday 08:30 CST: open, although the UTC clock says 00:30.
      expect(fieldsOf(base({ startsAt: '2026-03-09T00:30:00Z', endsAt: '2026-03-09T01:30:00Z' }))).toEqual([]);
      // Saturday 2026-03-14 22:00 UTC is Sunday 06:00 CST: closed.
      expect(fieldsOf(base({ startsAt: '2026-03-14T22:00:00Z', endsAt: '2026-03-14T23:00:00Z' }))).toEqual(['input.startsAt']);
    });

    it('follows configured hours and closed dates', () => {
      const custom: StudioHours = {
        weekly: { SUN: [{ start: '09:00', end: '11:00' }], MON: [] },
        closedDates: ['2026-03-15'],
      };
      expect(fieldsOf(base(), custom)).toEqual(['input.startsAt']); // Monday closed here
      expect(fieldsOf(base({ startsAt: '2026-03-08T09:00:00+08:00', endsAt: '2026-03-08T11:00:00+08:00' }), custom)).toEqual([]);
      expect(fieldsOf(base({ startsAt: '2026-03-15T09:00:00+08:00', endsAt: '2026-03-15T10:00:00+08:00' }), custom)).toEqual(['input.startsAt']);
    });

    it('never lets a booking cross midnight', () => {
      const lateNight: StudioHours = { weekly: { MON: [{ start: '22:00', end: '24:00' }], TUE: [{ start: '00:00', end: '06:00' }] } };
      expect(fieldsOf(base({ startsAt: '2026-03-09T22:00:00+08:00', endsAt: '2026-03-10T00:00:00+08:00' }), lateNight)).toEqual([]);
      expect(fieldsOf(base({ startsAt: '2026-03-09T23:30:00+08:00', endsAt: '2026-03-10T00:30:00+08:00' }), lateNight)).toEqual(['input.endsAt']);
    });

    it('throws a RangeError for malformed studio hours (configuration error)', () => {
      expect(() => validateBooking(base(), NOW, { weekly: { MON: [{ start: '8:30', end: '12:00' }] } })).toThrow(RangeError);
      expect(() => validateBooking(base(), NOW, { weekly: { MON: [{ start: '12:00', end: '08:30' }] } })).toThrow(RangeError);
      expect(() => validateBooking(base(), NOW, { weekly: { MON: [{ start: '08:30', end: '24:30' }] } })).toThrow(RangeError);
    });
  });

  it('checks the contact name length in characters (1–50)', () => {
    expect(fieldsOf(base({ contactName: '   ' }))).toEqual(['input.contactName']);
    expect(fieldsOf(base({ contactName: '张'.repeat(50) }))).toEqual([]);
    expect(fieldsOf(base({ contactName: '张'.repeat(51) }))).toEqual(['input.contactName']);
    expect(fieldsOf(base({ contactName: '𠀀'.repeat(50) }))).toEqual([]); // astral characters count once
  });

  it('checks the contact phone', () => {
    expect(fieldsOf(base({ contactPhone: '' }))).toEqual(['input.contactPhone']);
    expect(fieldsOf(base({ contactPhone: '12345' }))).toEqual(['input.contactPhone']);
    expect(fieldsOf(base({ contactPhone: '0471-6612345' }))).toEqual([]);
    expect(validateBooking(base({ contactPhone: '0086 13912345678' }), NOW).contactPhone).toBe('13912345678');
  });

  it('requires a mediator', () => {
    expect(fieldsOf(base({ mediatorId: ' ' }))).toEqual(['input.mediatorId']);
  });

  it('reports every problem at once, the first as the error field', () => {
    try {
      validateBooking(base({ mediatorId: '', startsAt: 'bad', contactName: '', contactPhone: 'x' }), NOW, DEFAULT_STUDIO_HOURS);
      throw new Error('expected a DomainError');
    } catch (e) {
      const err = e as DomainError & { fields: Fields };
      expect(err.field).toBe('input.mediatorId');
      expect(err.fields.map((f) => f.field)).toEqual(['input.mediatorId', 'input.startsAt', 'input.contactName', 'input.contactPhone']);
    }
  });
});

describe('parseIsoDateTime', () => {
  it('parses offsets and fractions', () => {
    expect(parseIsoDateTime('2026-03-09T09:00+08:00')?.toISOString()).toBe('2026-03-09T01:00:00.000Z');
    expect(parseIsoDateTime('2026-03-09T09:00:00.5-05:30')?.toISOString()).toBe('2026-03-09T14:30:00.500Z');
    expect(parseIsoDateTime('2024-02-29T00:00:00Z')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });
  it('rejects what is not a real instant', () => {
    for (const v of ['', '2026-03-09', '2025-02-29T00:00:00Z', '2026-13-01T00:00:00Z', '2026-03-09T23:60:00Z', '2026-03-09T09:00:00+15:00', '0099-01-01T00:00:00Z']) {
      expect(parseIsoDateTime(v)).toBeNull();
    }
  });
});

describe('cancelTransition', () => {
  it('cancels a booked appointment', () => {
    expect(cancelTransition('BOOKED')).toBe('CANCELLED');
  });
  it.each(['CANCELLED', 'COMPLETED', 'NO_SHOW'] as const)('refuses to cancel a %s appointment with CONFLICT', (status) => {
    try {
      cancelTransition(status);
      throw new Error('expected a DomainError');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('CONFLICT');
    }
  });
});
