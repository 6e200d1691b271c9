import { idNumberCheckChar, idNumberKey, nameKey, phoneKey, ValidationErrors } from '@zz/common';

const VALID_ID = `44142219800101123${idNumberCheckChar('44142219800101123')}`;
import { keyPersonKeys, nameKeyCodes, riskNote, tierAfterWarning, validateIdentifiers } from './key-person-risk';

describe('tierAfterWarning', () => {
  it('raises to a higher level and never lowers', () => {
    expect(tierAfterWarning('YELLOW', 'ORANGE')).toBe('ORANGE');
    expect(tierAfterWarning('ORANGE', 'RED')).toBe('RED');
    expect(tierAfterWarning('RED', 'YELLOW')).toBe('RED');
    expect(tierAfterWarning('ORANGE', 'ORANGE')).toBe('ORANGE');
  });
});

describe('keyPersonKeys', () => {
  const grid = '441422101001002';
  it('keys the name at the grid, village and town, never the county', () => {
    expect(nameKeyCodes(grid)).toEqual(['441422101', '441422101001', grid]);
    const keys = keyPersonKeys('刘 德明', grid, { idNumberKey: null, phoneKey: null });
    expect(keys).toEqual([nameKey('刘德明', '441422101'), nameKey('刘德明', '441422101001'), nameKey('刘德明', grid)].sort());
    expect(keys).not.toContain(nameKey('刘德明', '441422'));
  });

  it('adds the identifiers given, sorted and without raw values', () => {
    const k = { idNumberKey: idNumberKey('44142219800101123X'), phoneKey: phoneKey('13812345678') };
    const keys = keyPersonKeys('刘德明', grid, k);
    expect(keys).toHaveLength(5);
    expect(keys).toContain(k.idNumberKey);
    expect([...keys].sort()).toEqual(keys);
    expect(keys.join()).not.toMatch(/刘德明|13812345678|44142219800101123X/);
  });
});

describe('validateIdentifiers', () => {
  it('hashes valid numbers, clears blank ones, leaves absent ones', () => {
    const errors = new ValidationErrors();
    expect(validateIdentifiers({ idNumber: ` ${VALID_ID.toLowerCase()} `, phone: '+86 138 1234 5678' }, errors)).toEqual({
      idNumberKey: idNumberKey(VALID_ID), phoneKey: phoneKey('13812345678'),
    });
    expect(validateIdentifiers({ idNumber: null, phone: '  ' }, errors)).toEqual({ idNumberKey: null, phoneKey: null });
    expect(validateIdentifiers({}, errors)).toEqual({});
    expect(errors.any).toBe(false);
  });

  it('names each malformed field without echoing it', () => {
    const errors = new ValidationErrors();
    validateIdentifiers({ idNumber: '441422198001011234', phone: '12345' }, errors);
    const fields = errors.problems.map((e) => e.field);
    expect(fields).toEqual(['input.idNumber', 'input.phone']);
    expect(JSON.stringify(errors.problems)).not.toMatch(/441422198001011234|12345/);
  });
});

describe('riskNote', () => {
  it('says the tier change and the case, not the person', () => {
    expect(riskNote('YELLOW', 'RED', 'ZZ-1')).toBe('风险预警涉及重点人员，预警等级由黄色预警调为红色预警（案件 ZZ-1）');
    expect(riskNote('RED', 'RED', 'ZZ-1')).toBe('风险预警涉及红色预警重点人员（案件 ZZ-1）');
  });
});
