import { describe, expect, it } from '@jest/globals';
import { deadlineView, formatSpan } from './deadline';

const now = Date.parse('2026-03-02T08:00:00Z');
const at = (hours: number) => new Date(now + hours * 3_600_000).toISOString();
const open = (hours: number, flags: { overdue?: boolean; warning?: boolean } = {}) =>
  deadlineView({ status: 'ASSIGNED', supervision: { deadlineAt: at(hours), overdue: false, warning: false, ...flags } }, now);

describe('formatSpan', () => {
  it.each([
    [0, '1 分钟'], [59_000, '1 分钟'], [12 * 60_000, '12 分钟'], [5 * 3_600_000, '5 小时'],
    [5 * 3_600_000 + 20 * 60_000, '5 小时 20 分'], [2 * 86_400_000, '2 天'], [2 * 86_400_000 + 3 * 3_600_000 + 59 * 60_000, '2 天 3 小时'],
    [-3 * 3_600_000, '3 小时'],
  ])('%d ms → %s', (ms, text) => expect(formatSpan(ms)).toBe(text));
});

describe('deadlineView', () => {
  it('counts down in green while there is more than a day', () => {
    expect(open(50)).toEqual({ urgency: 'normal', color: 'green', text: '剩余 2 天 2 小时' });
  });
  it('turns gold within the last day', () => {
    expect(open(5)).toMatchObject({ urgency: 'soon', color: 'gold', text: '剩余 5 小时' });
  });
  it("follows the server's warning even days ahead", () => {
    expect(open(72, { warning: true })).toMatchObject({ urgency: 'warning', color: 'orange' });
  });
  it('is red and counts up once overdue, by the flag or by the clock', () => {
    expect(open(-26, { overdue: true })).toEqual({ urgency: 'overdue', color: 'red', text: '超期 1 天 2 小时' });
    expect(open(-1)).toMatchObject({ urgency: 'overdue', text: '超期 1 小时' });
  });
  it('stops the clock for finished cases, remembering a late finish', () => {
    expect(deadlineView({ status: 'CLOSED', supervision: { deadlineAt: at(-10), overdue: true, warning: false } }, now)).toMatchObject({ urgency: 'doneLate', text: '超期办结' });
    expect(deadlineView({ status: 'RESOLVED', supervision: { deadlineAt: at(10), overdue: false, warning: false } }, now)).toMatchObject({ urgency: 'done' });
  });
});
