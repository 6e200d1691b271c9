import { DEFAULT_SUBSIDY_POLICY, monthRange, parseSubsidyPolicy, rateFor, subsidyReport } from './subsidy';

describe('以案定补', () => {
  it('pays each resolved case at its type rate, per mediator, highest amount first', () => {
    const report = subsidyReport([
      { mediatorId: 'm1', type: 'NEIGHBOUR', handled: 4, closed: 3 },
      { mediatorId: 'm1', type: 'LABOUR_WAGES', handled: 2, closed: 1 },
      { mediatorId: 'm2', type: 'MEDICAL', handled: 2, closed: 2 },
      { mediatorId: 'm3', type: 'OTHER', handled: 1, closed: 0 },
    ]);
    expect(report).toEqual([
      { mediatorId: 'm2', handled: 2, closed: 2, amount: 600, lines: [{ type: 'MEDICAL', handled: 2, closed: 2, rate: 300, amount: 600 }] },
      {
        mediatorId: 'm1', handled: 6, closed: 4, amount: 500,
        lines: [
          { type: 'NEIGHBOUR', handled: 4, closed: 3, rate: 100, amount: 300 },
          { type: 'LABOUR_WAGES', handled: 2, closed: 1, rate: 200, amount: 200 },
        ],
      },
      { mediatorId: 'm3', handled: 1, closed: 0, amount: 0, lines: [{ type: 'OTHER', handled: 1, closed: 0, rate: 80, amount: 0 }] },
    ]);
  });

  it('reads the county rates over the defaults, a type without a rate gets the default rate', () => {
    const policy = parseSubsidyPolicy({ rates: { NEIGHBOUR: 120 }, defaultRate: 50 });
    expect(rateFor(policy, 'NEIGHBOUR')).toBe(120);
    expect(rateFor(policy, 'MEDICAL')).toBe(300);
    expect(rateFor(policy, 'OTHER')).toBe(50);
    expect(parseSubsidyPolicy(null)).toBe(DEFAULT_SUBSIDY_POLICY);
  });

  it('names the bad field of a rate', () => {
    expect(() => parseSubsidyPolicy({ rates: { GOSSIP: 10 } })).toThrow(expect.objectContaining({ field: 'subsidy.rates.GOSSIP' }));
    expect(() => parseSubsidyPolicy({ rates: { LAND: 10.5 } })).toThrow(expect.objectContaining({ field: 'subsidy.rates.LAND' }));
    expect(() => parseSubsidyPolicy({ defaultRate: -1 })).toThrow(expect.objectContaining({ field: 'subsidy.defaultRate' }));
    expect(() => parseSubsidyPolicy({ perCase: 1 })).toThrow(expect.objectContaining({ field: 'subsidy.perCase' }));
  });

  it('takes a month in Beijing time and refuses anything else', () => {
    expect(monthRange('2026-11')).toEqual({ from: new Date('2026-10-31T16:00:00Z'), to: new Date('2026-11-30T16:00:00Z') });
    for (const bad of ['2026-13', '2026-1', '11/2026', '']) expect(() => monthRange(bad)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'month' }));
  });
});
