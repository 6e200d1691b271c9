import { DomainError } from '@zz/common';
import { buildIntake, disputeTypeForCategory, validateNote, validateReportInput, type ConversionFacts } from './reports';

const fieldsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    const e = err as DomainError & { fields?: { field: string }[] };
    expect(e.code).toBe('BAD_USER_INPUT');
    return (e.fields ?? []).map((f) => f.field);
  }
  throw new Error('expected a validation error');
};

describe('validateReportInput', () => {
  const ok = { lat: 24.3, lng: 116.6, category: '邻里纠纷', description: '楼上漏水多日未处理' };

  it('normalises text and phone', () => {
    expect(validateReportInput({ ...ok, category: ' 邻里纠纷 ', reporterName: '  ', reporterPhone: '+86 138 1234 5678' }))
      .toEqual({ ...ok, reporterName: null, reporterPhone: '13812345678' });
  });

  it('reports every bad field at once', () => {
    expect(fieldsOf(() => validateReportInput({ lat: 91, lng: -181, category: '', description: '短', reporterPhone: '123' })))
      .toEqual(['input.lat', 'input.lng', 'input.category', 'input.description', 'input.reporterPhone']);
  });
});

describe('control characters in a category (it becomes the case title on conversion)', () => {
  it('are refused when the report is filed', () => {
    expect(fieldsOf(() => validateReportInput({ ...ok2, category: '噪音\u0007扰民' }))).toEqual(['input.category']);
    expect(fieldsOf(() => validateReportInput({ ...ok2, category: '噪音\n扰民' }))).toEqual(['input.category']);
  });
});

const ok2 = { lat: 24.3, lng: 116.6, category: '邻里纠纷', description: '楼上漏水多日未处理' };

describe('validateNote', () => {
  it('requires a real note', () => {
    expect(fieldsOf(() => validateNote('  '))).toEqual(['note']);
    expect(validateNote(' 已调解 ')).toBe('已调解');
  });
});

describe('disputeTypeForCategory', () => {
  it.each([
    ['NEIGHBOUR', 'NEIGHBOUR'], ['labour_wages', 'LABOUR_WAGES'], ['邻里纠纷', 'NEIGHBOUR'], ['噪音扰民', 'NEIGHBOUR'],
    ['拖欠工资', 'LABOUR_WAGES'], ['工程款纠纷', 'CONSTRUCTION_PAYMENT'], ['宅基地界址', 'LAND'], ['物业停车', 'PROPERTY_MANAGEMENT'],
    ['婚姻家庭', 'MARRIAGE_FAMILY'], ['交通事故', 'TRAFFIC_ACCIDENT'], ['安全隐患', 'OTHER'],
  ])('%s → %s', (category, type) => expect(disputeTypeForCategory(category)).toBe(type));
});

describe('buildIntake', () => {
  const base: ConversionFacts = {
    reportId: '0b5f8f5e-3a52-4f7e-9d0c-6c7f1d1d2a11', category: '邻里纠纷', description: '楼上漏水多日未处理', reporterName: null,
    reporterPhone: null, reportingWorker: null, grid: { id: 'g-1', name: '湖寮社区第1网格', leaderName: '张三', leaderPhone: '13900000000' },
    lat: 24.3, lng: 116.6, complexity: 'SIMPLE',
  };

  it('uses the report id as idempotency key, channel GRID and the grid as region', () => {
    const v = buildIntake({ ...base, reporterName: '李四', reporterPhone: '13811112222' });
    expect(v).toMatchObject({ idempotencyKey: base.reportId, channel: 'GRID', regionId: 'g-1', type: 'NEIGHBOUR', complexity: 'SIMPLE' });
    expect(v.parties).toEqual([{ name: '李四', role: 'APPLICANT', phone: '13811112222' }]);
    expect([...v.title].length).toBeLessThanOrEqual(100);
  });

  it('falls back to the reporting grid worker, then the grid leader, then the grid', () => {
    expect(buildIntake({ ...base, reportingWorker: { name: '王五', phone: '13700000000' } }).parties[0]).toEqual({ name: '王五', role: 'APPLICANT', phone: '13700000000' });
    expect(buildIntake(base).parties[0]).toEqual({ name: '张三', role: 'APPLICANT', phone: '13900000000' });
    expect(buildIntake({ ...base, grid: { ...base.grid, leaderName: null, leaderPhone: null } }).parties[0].name).toBe('湖寮社区第1网格');
  });

  it('keeps control characters of an older report out of the title (cases refuses them)', () => {
    expect(buildIntake({ ...base, category: '噪音\u0007\n扰民' }).title).toBe('网格上报：噪音 扰民（湖寮社区第1网格）');
  });

  it('clips a long title to 100 characters', () => {
    expect([...buildIntake({ ...base, category: '很'.repeat(200) }).title].length).toBe(100);
  });
});
