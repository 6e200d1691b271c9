import { DomainError } from '@zz/common';
import { keyPersonCategory, nextGridCode, validateGridFields, validateKeyPersonFields, validateWorkerFields } from './grid-input';

const ring = [[116.5, 24.2], [116.51, 24.2], [116.51, 24.21], [116.5, 24.21], [116.5, 24.2]];
const fieldsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    return ((err as DomainError & { fields?: { field: string }[] }).fields ?? []).map((f) => f.field);
  }
  throw new Error('expected a validation error');
};

describe('validateGridFields', () => {
  it('requires name, boundary and counts on create', () => {
    expect(fieldsOf(() => validateGridFields({}, true))).toEqual(['input.name', 'input.boundary', 'input.households', 'input.residents']);
  });

  it('validates only what an update names; null clears the leader', () => {
    expect(validateGridFields({ households: 300, leaderName: null }, false)).toEqual({ households: 300, leaderName: null });
    expect(fieldsOf(() => validateGridFields({ name: null, residents: -1, leaderPhone: 'abc' }, false))).toEqual(['input.name', 'input.residents', 'input.leaderPhone']);
  });

  it('passes polygon problems through with their paths', () => {
    expect(fieldsOf(() => validateGridFields({ name: '一网格', households: 1, residents: 1, boundary: { type: 'Polygon', coordinates: [ring.slice(0, 4)] } }, true)))
      .toEqual(['input.boundary.coordinates.0']);
  });

  it('returns the ring of a valid create', () => {
    expect(validateGridFields({ name: ' 一网格 ', households: 300, residents: 820, boundary: { type: 'Polygon', coordinates: [ring] } }, true))
      .toMatchObject({ name: '一网格', households: 300, residents: 820, ring });
  });
});

describe('validateWorkerFields', () => {
  it('checks kind and phone', () => {
    expect(fieldsOf(() => validateWorkerFields({ name: '张三', kind: 'BOSS', phone: '12' }, true))).toEqual(['input.kind', 'input.phone']);
    expect(validateWorkerFields({ name: '张三', kind: 'AUXILIARY', phone: '0753-5521234' }, true)).toEqual({ name: '张三', kind: 'AUXILIARY', phone: '0753-5521234' });
  });
});

describe('nextGridCode', () => {
  it('takes the next suffix after the highest', () => {
    expect(nextGridCode('441422100001', [])).toBe('441422100001001');
    expect(nextGridCode('441422100001', ['441422100001001', '441422100001003'])).toBe('441422100001004');
    expect(nextGridCode('441422100001', ['441422100001999'])).toBeNull();
  });
});

describe('keyPersonCategory', () => {
  it.each([
    ['严重精神障碍患者', 'SEVERE_MENTAL_DISORDER'], ['“三失一偏”人员', 'THREE_LOSSES_ONE_BIAS'], ['三失一偏人员', 'THREE_LOSSES_ONE_BIAS'],
    ['重点信访人员', 'KEY_PETITIONER'], ['社区戒毒康复人员', 'DRUG_REHABILITATION'], ['COMMUNITY_CORRECTION', 'COMMUNITY_CORRECTION'], ['别的', 'OTHER'],
  ])('%s → %s', (label, cat) => expect(keyPersonCategory(label)).toBe(cat));
});

describe('validateKeyPersonFields', () => {
  it('requires name, a known category and a plan on create', () => {
    expect(fieldsOf(() => validateKeyPersonFields({ name: '', category: 'NOPE', plan: '短' }, true))).toEqual(['input.name', 'input.category', 'input.plan']);
    expect(validateKeyPersonFields({ name: '张某', category: 'KEY_PETITIONER', plan: ' 每周走访一次 ' }, true)).toEqual({ name: '张某', category: 'KEY_PETITIONER', plan: '每周走访一次' });
  });
  it('validates only what an update names', () => {
    expect(validateKeyPersonFields({ plan: '改为每两周随访' }, false)).toEqual({ plan: '改为每两周随访' });
  });
});
