import { describe, expect, it } from '@jest/globals';
import { firstOpenDay, needsFollowUp, slotsOf } from './rules';

describe('studio slots', () => {
  const before = Date.parse('2026-12-01T00:00:00Z');

  it('offers six one-hour slots on a working day, in China time', () => {
    const slots = slotsOf('2026-12-08', [], before);
    expect(slots.map((s) => s.startsAt)).toEqual(['08:30', '09:30', '10:30', '14:00', '15:00', '16:00'].map((t) => `2026-12-08T${t}:00+08:00`));
    expect(slots[0].endsAt).toBe('2026-12-08T01:30:00.000Z');
    expect(slots.every((s) => s.state === 'free')).toBe(true);
  });

  it('marks a slot busy when a booking overlaps it, not when it only touches it', () => {
    const booked = [{ startsAt: '2026-12-08T10:00:00+08:00', endsAt: '2026-12-08T10:30:00+08:00' }, { startsAt: '2026-12-08T15:00:00+08:00', endsAt: '2026-12-08T16:00:00+08:00' }];
    const states = slotsOf('2026-12-08', booked, before).map((s) => s.state);
    expect(states).toEqual(['free', 'busy', 'free', 'free', 'busy', 'free']);
  });

  it('has nothing on a Sunday and nothing in the past', () => {
    expect(slotsOf('2026-12-06', [], before)).toEqual([]);
    const noon = Date.parse('2026-12-08T12:00:00+08:00');
    expect(slotsOf('2026-12-08', [], noon).map((s) => s.state)).toEqual(['past', 'past', 'past', 'free', 'free', 'free']);
  });

  it('the first open day skips Sunday', () => {
    expect(firstOpenDay(Date.parse('2026-12-05T10:00:00+08:00'))).toBe('2026-12-07'); // Saturday → Monday
    expect(firstOpenDay(Date.parse('2026-12-07T10:00:00+08:00'))).toBe('2026-12-08');
  });
});

describe('follow-up due', () => {
  it('after resolution or closure, once per round', () => {
    expect(needsFollowUp({ status: 'IN_MEDIATION', supervision: { followUp: null } })).toBe(false);
    expect(needsFollowUp({ status: 'RESOLVED', resolvedAt: '2026-12-07T06:00:00Z', supervision: { followUp: null } })).toBe(true);
    expect(needsFollowUp({ status: 'CLOSED', resolvedAt: '2026-12-07T06:00:00Z', supervision: { followUp: { at: '2026-12-07T07:00:00Z' } } })).toBe(false);
    // Reopened and settled again after the last visit: due again.
    expect(needsFollowUp({ status: 'RESOLVED', resolvedAt: '2026-12-09T06:00:00Z', supervision: { followUp: { at: '2026-12-07T07:00:00Z' } } })).toBe(true);
  });
});
