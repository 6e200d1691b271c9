import { describe, expect, it } from '@jest/globals';
import { csvCell, subsidyCsv } from './csv';

describe('以案定补 CSV', () => {
  it('writes one line per mediator and type, a subtotal per mediator and the month\'s total, with a BOM for Excel', () => {
    const csv = subsidyCsv({
      month: '2026-11', handled: 6, closed: 4, amount: 500, rates: [],
      mediators: [{
        mediator: { id: 'm1', name: '罗志涌' }, handled: 6, closed: 4, amount: 500,
        lines: [
          { type: 'NEIGHBOUR', handled: 4, closed: 3, rate: 100, amount: 300 },
          { type: 'LABOUR_WAGES', handled: 2, closed: 1, rate: 200, amount: 200 },
        ],
      }],
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '月份,调解员,纠纷类型,办理,化解,标准（元/件）,补贴（元）',
      '2026-11,罗志涌,邻里纠纷,4,3,100,300',
      '2026-11,罗志涌,劳动争议/欠薪,2,1,200,200',
      '2026-11,罗志涌,小计,6,4,,500',
      '2026-11,合计,,6,4,,500',
      '',
    ]);
  });

  it('quotes what needs quoting and never lets a cell run as a formula', () => {
    expect(csvCell('张,三')).toBe('"张,三"');
    expect(csvCell('说"好"')).toBe('"说""好"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-5)).toBe('-5');
  });
});
