import { DomainError } from '@zz/common';
import { dutyOf, localYearMonth, rotaRefusal, stationingRefusal, validateRota, validateStationing, validateWindow, type RotaInput } from './rota';

const fieldsOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    const err = e as DomainError & { fields?: { field: string }[] };
    return err.fields?.map((x) => x.field) ?? [err.field ?? ''];
  }
  throw new Error('expected a refusal');
};

// 2026-12-07 10:00 in Beijing.
const NOW = new Date('2026-12-07T02:00:00Z');
const rota = (over: Partial<RotaInput> = {}): RotaInput => ({ year: 2026, month: 12, windowNumber: 10, departmentId: 'd1', staffIds: ['s1'], ...over });

describe('localYearMonth', () => {
  it('is the month on the center\'s wall clock', () => {
    expect(localYearMonth(new Date('2026-12-31T16:30:00Z'))).toEqual({ year: 2027, month: 1 });
    expect(localYearMonth(new Date('2026-12-31T15:30:00Z'))).toEqual({ year: 2026, month: 12 });
  });
});

describe('validateRota', () => {
  it('accepts this month and up to 12 months ahead, trimming ids', () => {
    expect(validateRota(rota({ staffIds: [' s1 ', 's2'] }), NOW).staffIds).toEqual(['s1', 's2']);
    expect(validateRota(rota({ year: 2027, month: 12 }), NOW).month).toBe(12);
  });
  it('refuses a month that is over, and one too far ahead', () => {
    expect(fieldsOf(() => validateRota(rota({ month: 11 }), NOW))).toEqual(['input.month']);
    expect(fieldsOf(() => validateRota(rota({ year: 2028, month: 1 }), NOW))).toEqual(['input.year']);
  });
  it('lists every bad field at once', () => {
    expect(fieldsOf(() => validateRota({ year: 1999, month: 13, windowNumber: 0, departmentId: ' ', staffIds: [] }, NOW)))
      .toEqual(['input.year', 'input.month', 'input.windowNumber', 'input.departmentId', 'input.staffIds']);
  });
  it('names the repeated person by its position', () => {
    expect(fieldsOf(() => validateRota(rota({ staffIds: ['s1', 's2', 's1'] }), NOW))).toEqual(['input.staffIds.2']);
  });
});

describe('validateStationing / validateWindow', () => {
  it('keeps a rotating plan sorted and gives other modes the whole year', () => {
    expect(validateStationing({ mode: 'ROTATING', staffCount: 1, months: [7, 3] }).months).toEqual([3, 7]);
    expect(validateStationing({ mode: 'RESIDENT', staffCount: 3 }).months).toHaveLength(12);
  });
  it('refuses a rotating department without months, an on-call one without a contact, a plan for a resident one', () => {
    expect(fieldsOf(() => validateStationing({ mode: 'ROTATING', staffCount: 1, months: [] }))).toEqual(['input.months']);
    expect(fieldsOf(() => validateStationing({ mode: 'ON_CALL', staffCount: 1 }))).toEqual(['input.contactStaffId']);
    expect(fieldsOf(() => validateStationing({ mode: 'RESIDENT', staffCount: -1, months: [1] }))).toEqual(['input.staffCount', 'input.months']);
    expect(fieldsOf(() => validateStationing({ mode: 'ROTATING', staffCount: 1, months: [3, 3, 13] }))).toEqual(['input.months.1', 'input.months.2']);
  });
  it('wants a department on a fixed window and none on the others', () => {
    expect(validateWindow({ number: 3, kind: 'FIXED', departmentId: 'd1' }).departmentId).toBe('d1');
    expect(fieldsOf(() => validateWindow({ number: 3, kind: 'FIXED' }))).toEqual(['input.departmentId']);
    expect(fieldsOf(() => validateWindow({ number: 100, kind: 'ROTATING', departmentId: 'd1' }))).toEqual(['input.number', 'input.departmentId']);
  });
});

describe('rotaRefusal', () => {
  it('answers CONFLICT naming the field the planner must change', () => {
    const cases: [string, string, string][] = [
      ['rota_one_department_per_window', 'CONFLICT', 'input.windowNumber'],
      ['rota_one_window_per_department', 'CONFLICT', 'input.departmentId'],
      ['rota_rotating_window', 'BAD_USER_INPUT', 'input.windowNumber'],
      ['rota_rotating_department', 'BAD_USER_INPUT', 'input.departmentId'],
    ];
    for (const [constraint, code, field] of cases) expect(rotaRefusal({ constraint, detail: undefined }, [])).toMatchObject({ code, field });
  });
  it('finds the person a staff conflict is about in the database\'s detail', () => {
    const detail = 'Key (staff_id, year, month)=(s2, 2026, 12) already exists.';
    expect(rotaRefusal({ constraint: 'rota_staff_one_place_per_month', detail }, ['s1', 's2'])).toMatchObject({ code: 'CONFLICT', field: 'input.staffIds.1' });
    expect(rotaRefusal({ constraint: 'other', detail }, ['s1'])).toBeNull();
  });
  it('tells a stationing change that a rota still uses the department', () => {
    expect(stationingRefusal({ constraint: 'rota_rotating_department', detail: undefined })).toMatchObject({ code: 'CONFLICT', field: 'input.mode' });
  });
});

describe('dutyOf', () => {
  const stationings = [
    { departmentId: 'court', mode: 'RESIDENT' as const, contactStaffId: null },
    { departmentId: 'housing', mode: 'ROTATING' as const, contactStaffId: null },
    { departmentId: 'health', mode: 'ROTATING' as const, contactStaffId: null },
    { departmentId: 'tax', mode: 'ON_CALL' as const, contactStaffId: 't1' },
    { departmentId: 'law', mode: 'CONTRACTED' as const, contactStaffId: null },
  ];
  const windows = [
    { number: 1, kind: 'INTAKE' as const, departmentId: null },
    { number: 3, kind: 'FIXED' as const, departmentId: 'court' },
    { number: 10, kind: 'ROTATING' as const, departmentId: null },
  ];
  const staff = [{ id: 'c1', departmentId: 'court' }, { id: 'c2', departmentId: 'court' }, { id: 'h1', departmentId: 'housing' }, { id: 't1', departmentId: 'tax' }];

  it('lists resident, this month\'s rota, contracted and on-call in that order', () => {
    const duty = dutyOf(stationings, windows, [{ departmentId: 'housing', windowNumber: 10, staffIds: ['h1'] }], staff);
    expect(duty.map((d) => [d.departmentId, d.mode, d.windowNumbers, d.staffIds])).toEqual([
      ['court', 'RESIDENT', [3], ['c1', 'c2']],
      ['housing', 'ROTATING', [10], ['h1']],
      ['law', 'CONTRACTED', [], []],
      ['tax', 'ON_CALL', [], ['t1']],
    ]);
  });
  it('leaves out a rotating department without a rota entry, and a rota row of a department no longer rotating', () => {
    const duty = dutyOf(stationings, windows, [{ departmentId: 'court', windowNumber: 10, staffIds: ['c1'] }], staff);
    expect(duty.map((d) => d.departmentId)).toEqual(['court', 'law', 'tax']);
  });
});
