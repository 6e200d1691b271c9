import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy, deadlineFor } from '@zz/common';
import { type TrackedDeadline, deadlineState, dueAlerts, warningAt } from './deadlines';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => new Date(iso);
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

describe('warningAt and deadlineState', () => {
  const accepted = at('2026-03-02T02:00:00Z');
  const deadline = deadlineFor('GENERAL', accepted); // 5 days later

  it('warns at 80% of the span: day 4 of a 5-day case', () => {
    expect(warningAt(accepted, deadline).toISOString()).toBe('2026-03-06T02:00:00.000Z');
  });

  it('follows the configured share', () => {
    expect(warningAt(accepted, deadline, { ...DEFAULT_DEADLINE_POLICY, warningShare: 0.5 }).toISOString()).toBe('2026-03-04T14:00:00.000Z');
  });

  it('gives no warning window when the deadline is not after acceptance', () => {
    expect(warningAt(deadline, accepted).getTime()).toBe(accepted.getTime());
  });

  it('moves ON_TRACK → WARNING (inclusive) → OVERDUE (strictly after the deadline)', () => {
    const warn = warningAt(accepted, deadline);
    expect(deadlineState(accepted, accepted, deadline)).toBe('ON_TRACK');
    expect(deadlineState(plus(warn, -1), accepted, deadline)).toBe('ON_TRACK');
    expect(deadlineState(warn, accepted, deadline)).toBe('WARNING');
    expect(deadlineState(deadline, accepted, deadline)).toBe('WARNING');
    expect(deadlineState(plus(deadline, 1), accepted, deadline)).toBe('OVERDUE');
  });
});

describe('dueAlerts with a moving clock', () => {
  /** A scanner that records fired alerts the way the service does, so each tick sees the previous ones. */
  class Scanner {
    readonly fired: { at: string; caseId: string; kind: string; deadlineAt: string }[] = [];
    readonly cases = new Map<string, TrackedDeadline>();
    constructor(private readonly policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY) {}
    track(t: Omit<TrackedDeadline, 'warnedAt' | 'overdueAt' | 'open'> & Partial<TrackedDeadline>) {
      this.cases.set(t.caseId, { warnedAt: null, overdueAt: null, open: true, ...t });
    }
    update(caseId: string, patch: Partial<TrackedDeadline>) {
      this.cases.set(caseId, { ...this.cases.get(caseId)!, ...patch });
    }
    tick(now: Date) {
      const alerts = dueAlerts([...this.cases.values()], now, this.policy);
      for (const a of alerts) {
        this.fired.push({ at: now.toISOString(), caseId: a.caseId, kind: a.kind, deadlineAt: a.deadlineAt.toISOString() });
        this.update(a.caseId, a.kind === 'DEADLINE_WARNING' ? { warnedAt: now } : { overdueAt: now });
      }
      return alerts;
    }
    run(from: Date, to: Date, step: number) {
      for (let t = from.getTime(); t <= to.getTime(); t += step) this.tick(new Date(t));
    }
  }

  const accepted = at('2026-03-02T02:00:00Z');

  it('fires one warning and one overdue per case over many scans', () => {
    const s = new Scanner();
    s.track({ caseId: 'c1', acceptedAt: accepted, deadlineAt: deadlineFor('GENERAL', accepted) });
    s.track({ caseId: 'c2', acceptedAt: accepted, deadlineAt: deadlineFor('SIMPLE', accepted) });
    s.run(accepted, plus(accepted, 10 * DAY), HOUR);
    // c2's window opens at 19.2 h (21:12Z); an hourly scan sees it at 22:00Z.
    expect(s.fired).toEqual([
      { at: '2026-03-02T22:00:00.000Z', caseId: 'c2', kind: 'DEADLINE_WARNING', deadlineAt: '2026-03-03T02:00:00.000Z' },
      { at: '2026-03-03T03:00:00.000Z', caseId: 'c2', kind: 'CASE_OVERDUE', deadlineAt: '2026-03-03T02:00:00.000Z' },
      { at: '2026-03-06T02:00:00.000Z', caseId: 'c1', kind: 'DEADLINE_WARNING', deadlineAt: '2026-03-07T02:00:00.000Z' },
      { at: '2026-03-07T03:00:00.000Z', caseId: 'c1', kind: 'CASE_OVERDUE', deadlineAt: '2026-03-07T02:00:00.000Z' },
    ]);
  });

  it('fires nothing before the warning window', () => {
    const s = new Scanner();
    s.track({ caseId: 'c1', acceptedAt: accepted, deadlineAt: deadlineFor('COMPLEX', accepted) });
    s.run(accepted, plus(accepted, 11 * DAY), HOUR);
    expect(s.fired).toEqual([]);
    s.tick(plus(accepted, 12 * DAY));
    expect(s.fired.map((f) => f.kind)).toEqual(['DEADLINE_WARNING']);
  });

  it('fires only the overdue alert when the scan first sees a case already past its deadline', () => {
    const s = new Scanner();
    s.track({ caseId: 'c1', acceptedAt: accepted, deadlineAt: deadlineFor('GENERAL', accepted) });
    s.tick(plus(accepted, 6 * DAY));
    s.tick(plus(accepted, 7 * DAY));
    expect(s.fired.map((f) => f.kind)).toEqual(['CASE_OVERDUE']);
  });

  it('fires nothing for closed or resolved cases', () => {
    const s = new Scanner();
    s.track({ caseId: 'c1', acceptedAt: accepted, deadlineAt: deadlineFor('SIMPLE', accepted), open: false });
    s.run(accepted, plus(accepted, 3 * DAY), HOUR);
    expect(s.fired).toEqual([]);
  });

  it('stops firing once the case is resolved between warning and deadline', () => {
    const s = new Scanner();
    s.track({ caseId: 'c1', acceptedAt: accepted, deadlineAt: deadlineFor('GENERAL', accepted) });
    s.run(accepted, plus(accepted, 4.5 * DAY), HOUR);
    s.update('c1', { open: false });
    s.run(plus(accepted, 4.5 * DAY), plus(accepted, 10 * DAY), HOUR);
    expect(s.fired.map((f) => f.kind)).toEqual(['DEADLINE_WARNING']);
  });

  it('gives an extended deadline (complexity raised after the warning) a fresh warning and overdue', () => {
    const s = new Scanner();
    s.track({ caseId: 'c1', acceptedAt: accepted, deadlineAt: deadlineFor('GENERAL', accepted) });
    s.run(accepted, plus(accepted, 4.5 * DAY), HOUR); // warned on day 4
    s.update('c1', { deadlineAt: deadlineFor('COMPLEX', accepted) }); // now due on day 15
    s.run(plus(accepted, 4.5 * DAY), plus(accepted, 20 * DAY), HOUR);
    expect(s.fired.map((f) => [f.kind, f.deadlineAt, f.at])).toEqual([
      ['DEADLINE_WARNING', '2026-03-07T02:00:00.000Z', '2026-03-06T02:00:00.000Z'],
      ['DEADLINE_WARNING', '2026-03-17T02:00:00.000Z', '2026-03-14T02:00:00.000Z'],
      ['CASE_OVERDUE', '2026-03-17T02:00:00.000Z', '2026-03-17T03:00:00.000Z'],
    ]);
  });

  it('gives a case reopened after being overdue a fresh deadline with its own alerts', () => {
    const s = new Scanner();
    s.track({ caseId: 'c1', acceptedAt: accepted, deadlineAt: deadlineFor('SIMPLE', accepted) });
    s.run(accepted, plus(accepted, 2 * DAY), HOUR); // warned, then overdue
    s.update('c1', { open: false }); // resolved on day 2
    s.run(plus(accepted, 2 * DAY), plus(accepted, 3 * DAY), HOUR);
    const reopened = plus(accepted, 3 * DAY);
    s.update('c1', { open: true, acceptedAt: reopened, deadlineAt: deadlineFor('GENERAL', reopened) });
    s.run(reopened, plus(reopened, 7 * DAY), HOUR);
    expect(s.fired.map((f) => `${f.kind}@${f.deadlineAt}`)).toEqual([
      'DEADLINE_WARNING@2026-03-03T02:00:00.000Z',
      'CASE_OVERDUE@2026-03-03T02:00:00.000Z',
      'DEADLINE_WARNING@2026-03-10T02:00:00.000Z',
      'CASE_OVERDUE@2026-03-10T02:00:00.000Z',
    ]);
  });

  it('fires the overdue at once when a shortened deadline has already passed', () => {
    const s = new Scanner();
    s.track({ caseId: 'c1', acceptedAt: accepted, deadlineAt: deadlineFor('COMPLEX', accepted) });
    s.run(accepted, plus(accepted, 12.5 * DAY), HOUR); // warned on day 12
    s.update('c1', { deadlineAt: deadlineFor('GENERAL', accepted) }); // due on day 5: already passed
    const alerts = s.tick(plus(accepted, 13 * DAY));
    expect(alerts).toEqual([{ caseId: 'c1', kind: 'CASE_OVERDUE', deadlineAt: deadlineFor('GENERAL', accepted) }]);
    s.run(plus(accepted, 13 * DAY), plus(accepted, 20 * DAY), HOUR);
    expect(s.fired.map((f) => f.kind)).toEqual(['DEADLINE_WARNING', 'CASE_OVERDUE']);
  });

  it('does not repeat a warning given inside the new warning window of a slightly shortened deadline', () => {
    const s = new Scanner();
    s.track({ caseId: 'c1', acceptedAt: accepted, deadlineAt: deadlineFor('DIFFICULT', accepted) });
    s.run(accepted, plus(accepted, 16.5 * DAY), HOUR); // warned on day 16 (80% of 20)
    s.update('c1', { deadlineAt: plus(accepted, 18 * DAY) }); // new window starts on day 14.4
    s.run(plus(accepted, 16.5 * DAY), plus(accepted, 19 * DAY), HOUR);
    expect(s.fired.map((f) => f.kind)).toEqual(['DEADLINE_WARNING', 'CASE_OVERDUE']);
  });

  it('honours the policy warning share', () => {
    const s = new Scanner({ ...DEFAULT_DEADLINE_POLICY, warningShare: 0.5 });
    s.track({ caseId: 'c1', acceptedAt: accepted, deadlineAt: deadlineFor('GENERAL', accepted) });
    s.run(accepted, plus(accepted, 3 * DAY), HOUR);
    expect(s.fired).toEqual([{ at: '2026-03-04T14:00:00.000Z', caseId: 'c1', kind: 'DEADLINE_WARNING', deadlineAt: '2026-03-07T02:00:00.000Z' }]);
  });

  it('fires a case listed twice once and keeps the input order', () => {
    const t = (caseId: string): TrackedDeadline => ({
      caseId,
      acceptedAt: accepted,
      deadlineAt: deadlineFor('SIMPLE', accepted),
      warnedAt: null,
      overdueAt: null,
      open: true,
    });
    const alerts = dueAlerts([t('b'), t('a'), t('b')], plus(accepted, 2 * DAY));
    expect(alerts.map((a) => a.caseId)).toEqual(['b', 'a']);
  });
});
