import { ledgerStanding, validateSummons } from './accountability-ledger';

const T = { summonAt: 3, barAt: 5 };

describe('ledgerStanding', () => {
  it('summons on the cumulative count and bars on the year\'s', () => {
    expect(ledgerStanding(1, 2, T)).toMatchObject({ summoned: false, barred: false, status: '正常' });
    // 2 last year + 1 this year: 累计 3 → 约谈, though the year has only 1.
    expect(ledgerStanding(1, 3, T)).toMatchObject({ summoned: true, barred: false, status: '约谈' });
    expect(ledgerStanding(4, 9, T)).toMatchObject({ summoned: true, barred: false, status: '约谈' });
    expect(ledgerStanding(5, 5, T)).toMatchObject({ summoned: true, barred: true, status: '取消评先资格' });
  });

  it('follows configured thresholds', () => {
    expect(ledgerStanding(2, 2, { summonAt: 2, barAt: 4 }).status).toBe('约谈');
    expect(ledgerStanding(4, 4, { summonAt: 2, barAt: 4 }).status).toBe('取消评先资格');
  });
});

describe('validateSummons', () => {
  const now = new Date('2026-12-07T08:00:00Z');
  it('keeps trimmed text', () => {
    expect(validateSummons({ subjectKind: 'MEDIATOR', heldAt: new Date('2026-12-01T02:00:00Z'), heldBy: ' 县综治中心常务副主任 张国平 ', outcome: '已约谈，限期整改' }, now))
      .toEqual({ heldAt: new Date('2026-12-01T02:00:00Z'), heldBy: '县综治中心常务副主任 张国平', outcome: '已约谈，限期整改' });
  });

  it('lists every problem, each under its input field', () => {
    try {
      validateSummons({ subjectKind: 'TOWN', heldAt: new Date('2026-12-09T00:00:00Z'), heldBy: '  ', outcome: '好'.repeat(1001) }, now);
      throw new Error('accepted');
    } catch (e) {
      expect((e as { fields: { field: string }[] }).fields.map((f) => f.field)).toEqual(['input.subjectKind', 'input.heldAt', 'input.heldBy', 'input.outcome']);
    }
  });
});
