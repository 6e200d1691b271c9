import { DomainError } from '@zz/common';
import {
  assertScheduled, inCenterTerritory, meetingTitle, meetingYear, validateCancelReason, validateRecord, validateSchedule,
} from './center-meeting';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const CENTER = '33333333-3333-4333-8333-333333333333';
const DEPT = '44444444-4444-4444-8444-444444444444';

function fields(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    const err = e as DomainError & { fields?: { field: string }[] };
    return err.fields?.map((x) => x.field) ?? [err.field ?? err.code];
  }
  throw new Error('expected an error');
}

const schedule = {
  centerId: CENTER, kind: 'WEEKLY', scheduledAt: '2026-12-07T01:00:00Z', place: '县综治中心三楼会议室', topic: '本周疑难超期案件调度',
  agenda: [{ caseId: A, note: '超期 3 天' }, { caseId: B.toUpperCase() }],
};

describe('center meeting rules', () => {
  it('numbers by the year in Beijing time and titles 「2026年第12次周例会」', () => {
    expect(meetingYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027); // 00:30 on 1 January in Beijing
    expect(meetingYear(new Date('2026-12-31T15:30:00Z'))).toBe(2026);
    expect(meetingTitle('WEEKLY', 2026, 12)).toBe('2026年第12次周例会');
    expect(meetingTitle('MONTHLY', 2026, 3)).toBe('2026年第3次月研判');
  });

  it('accepts a schedule and keeps the agenda order, ids lower-cased', () => {
    const v = validateSchedule(schedule);
    expect(v.agenda).toEqual([{ caseId: A, note: '超期 3 天' }, { caseId: B, note: null }]);
    expect(v.kind).toBe('WEEKLY');
  });

  it('names every wrong field of a schedule', () => {
    expect(fields(() => validateSchedule({ ...schedule, centerId: 'x', kind: 'DAILY', place: '', agenda: [{ caseId: A }, { caseId: A }, { caseId: 'nope' }] })))
      .toEqual(expect.arrayContaining(['input.centerId', 'input.kind', 'input.place', 'input.agenda.1.caseId', 'input.agenda.2.caseId']));
    expect(fields(() => validateSchedule({ ...schedule, agenda: [] }))).toEqual(['input.agenda']);
  });

  const now = new Date('2026-12-07T03:00:00Z');
  const scheduledAt = new Date('2026-12-07T01:00:00Z');
  const record = { heldAt: '2026-12-07T01:05:00Z', attendees: [{ name: '王建国', title: '中心主任' }], minutes: '逐案研究超期案件。', decisions: [
    { caseId: A, text: '司法所牵头再次调解', departmentId: DEPT, dueDate: '2026-12-10T00:00:00Z' }, { text: '各镇下周一前报送台账' },
  ] };

  it('accepts a record: decisions per agenda case or general', () => {
    const r = validateRecord(record, [A, B], scheduledAt, now);
    expect(r.decisions).toEqual([
      { caseId: A, text: '司法所牵头再次调解', departmentId: DEPT, dueDate: new Date('2026-12-10T00:00:00Z') },
      { caseId: null, text: '各镇下周一前报送台账', departmentId: null, dueDate: null },
    ]);
  });

  it('refuses a decision about a case not on the agenda, a due date before the meeting day, a future or far-early heldAt', () => {
    expect(fields(() => validateRecord({ ...record, decisions: [{ caseId: CENTER, text: '另案处理', dueDate: '2026-12-05T00:00:00Z' }] }, [A], scheduledAt, now)))
      .toEqual(['input.decisions.0.caseId', 'input.decisions.0.dueDate']);
    expect(fields(() => validateRecord({ ...record, heldAt: '2026-12-08T00:00:00Z' }, [A], scheduledAt, now))).toEqual(['input.heldAt']);
    expect(fields(() => validateRecord({ ...record, heldAt: '2026-12-05T00:00:00Z' }, [A], scheduledAt, now))).toEqual(['input.heldAt']);
    expect(fields(() => validateRecord({ ...record, attendees: [], minutes: '' }, [A], scheduledAt, now))).toEqual(['input.attendees', 'input.minutes']);
  });

  it('moves only from SCHEDULED: recording twice or after cancelling is CONFLICT', () => {
    expect(() => assertScheduled('SCHEDULED', 'record')).not.toThrow();
    expect(() => assertScheduled('HELD', 'record')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => assertScheduled('CANCELLED', 'cancel')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(fields(() => validateCancelReason(' '))).toEqual(['reason']);
  });

  it('a center covers its region and below', () => {
    expect(inCenterTerritory('441422100', '441422100001002')).toBe(true);
    expect(inCenterTerritory('441422100', '441422200001')).toBe(false);
  });
});
