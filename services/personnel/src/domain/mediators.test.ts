import { DomainError } from '@zz/common';
import { applyMediatorChanges, validateNewMediator, type MediatorProfile, type NewMediatorInput } from './mediators';

const base: NewMediatorInput = {
  name: ' 巴特尔 ', kind: 'MEDIATOR', centerId: 'c1', specialties: ['LAND', 'LAND'], languages: ['普通话', ' 蒙古语 ', '蒙古语'],
  title: '双语调解员', phone: '138 1234 5678',
};

const fieldsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return ((e as DomainError & { fields: { field: string }[] }).fields).map((x) => x.field);
  }
  return [];
};

describe('validateNewMediator', () => {
  it('normalises names, languages, specialties and phone', () => {
    expect(validateNewMediator(base)).toEqual({
      name: '巴特尔', kind: 'MEDIATOR', centerId: 'c1', specialties: ['LAND'], languages: ['普通话', '蒙古语'], goldTeam: false,
      brand: null, title: '双语调解员', phone: '13812345678', available: true,
    });
  });

  it('reports every bad field', () => {
    expect(fieldsOf(() => validateNewMediator({ ...base, name: '', centerId: '', specialties: [], languages: [], title: '', phone: '123' })))
      .toEqual(['input.centerId', 'input.name', 'input.specialties', 'input.languages', 'input.title', 'input.phone']);
    expect(fieldsOf(() => validateNewMediator({ ...base, specialties: ['FISHING'] }))).toEqual(['input.specialties']);
  });

  it('keeps the gold team to mediators and brands to the gold team', () => {
    expect(fieldsOf(() => validateNewMediator({ ...base, kind: 'LEGAL_EXPERT', goldTeam: true }))).toEqual(['input.goldTeam']);
    expect(fieldsOf(() => validateNewMediator({ ...base, brand: '巴叔' }))).toEqual(['input.brand']);
    expect(validateNewMediator({ ...base, goldTeam: true, brand: '巴叔' }).brand).toBe('巴叔');
  });
});

describe('applyMediatorChanges', () => {
  const gold: MediatorProfile = {
    name: '罗志涌', kind: 'MEDIATOR', specialties: ['LAND'], languages: ['普通话'], goldTeam: true, brand: '涌哥', title: '退休派出所所长',
    phone: null, available: true,
  };
  it('changes only what is given', () => {
    expect(applyMediatorChanges(gold, { available: false })).toEqual({ ...gold, available: false });
    expect(applyMediatorChanges(gold, { languages: ['普通话', '蒙古语'] }).languages).toEqual(['普通话', '蒙古语']);
  });
  it('drops the brand when leaving the gold team, clears it on an empty string', () => {
    expect(applyMediatorChanges(gold, { goldTeam: false })).toMatchObject({ goldTeam: false, brand: null });
    expect(applyMediatorChanges(gold, { brand: '' }).brand).toBeNull();
    expect(fieldsOf(() => applyMediatorChanges(gold, { goldTeam: false, brand: '涌哥' }))).toEqual(['input.brand']);
  });
});
