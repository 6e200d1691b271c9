import { idNumberKey, nameKey, partyKeys, phoneKey } from './party-keys';

describe('partyKeys', () => {
  it('gives one hex sha256 per identifier, deduplicated and sorted', () => {
    const keys = partyKeys([
      { name: '王 先生', phone: '+86 138 1234 5678', idNumber: '44142219800101123x' },
      { name: '王先生', phone: '13812345678' },
    ], '441422');
    expect(keys).toHaveLength(3);
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k))).toBe(true);
    expect([...keys].sort()).toEqual(keys);
    expect(keys).toContain(phoneKey('13812345678'));
    expect(keys).toContain(idNumberKey('44142219800101123X'));
    expect(keys).toContain(nameKey('王先生', '441422'));
  });

  it('never contains the raw values', () => {
    const keys = partyKeys([{ name: '张三', phone: '13812345678', idNumber: '441422198001011234' }], '441422');
    expect(keys.join()).not.toMatch(/13812345678|441422198001011234|张三/);
  });

  it('keys a name by region: the same name elsewhere is another person', () => {
    expect(nameKey('张三', '441422001')).not.toBe(nameKey('张三', '441422002'));
    expect(phoneKey('0753-1234567')).toBe(phoneKey('07531234567'));
  });
});
