import { describe, expect, it } from '@jest/globals';
import { addEvent, loadBoard, saveBoard, todayCounts, type BoardEvent } from './board-store';

const ev = (cursor: string, kind = 'CASE_RECEIVED', occurredAt = '2026-12-05T02:00:00Z'): BoardEvent =>
  ({ cursor, kind, occurredAt, regionName: '湖寮镇', caseId: null, caseCode: null, subject: null });

describe('board store', () => {
  it('puts the newest first, keeps the last cursor and drops a replayed one', () => {
    let s = { events: [], lastCursor: null } as ReturnType<typeof loadBoard>;
    s = addEvent(s, ev('1_1'));
    s = addEvent(s, ev('2_1'));
    const again = addEvent(s, ev('1_1'));
    expect(again).toBe(s);
    expect(s.events.map((e) => e.cursor)).toEqual(['2_1', '1_1']);
    expect(s.lastCursor).toBe('2_1');
  });

  it('round-trips through storage per region and survives a damaged entry', () => {
    const m = new Map<string, string>();
    const storage = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
    saveBoard(storage, 'r1', { events: [ev('3_1')], lastCursor: '3_1' });
    expect(loadBoard(storage, 'r1').lastCursor).toBe('3_1');
    expect(loadBoard(storage, 'r2')).toEqual({ events: [], lastCursor: null });
    m.set('zz.board.r3', '{oops');
    expect(loadBoard(storage, 'r3')).toEqual({ events: [], lastCursor: null });
  });

  it('counts today by kind only', () => {
    const now = new Date('2026-12-05T10:00:00');
    const counts = todayCounts([ev('1', 'CASE_RECEIVED', new Date('2026-12-05T09:00:00').toISOString()),
      ev('2', 'CASE_RECEIVED', new Date('2026-12-05T08:00:00').toISOString()),
      ev('3', 'CASE_OVERDUE', new Date('2026-12-04T23:00:00').toISOString())], now);
    expect(counts.get('CASE_RECEIVED')).toBe(2);
    expect(counts.has('CASE_OVERDUE')).toBe(false);
  });
});
