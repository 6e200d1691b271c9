import { DomainError, idNumberCheckChar } from '@zz/common';
import { type IntakeInput, normaliseAmount, validateIntake, validateReason } from './intake';

const validId = (first17: string) => first17 + idNumberCheckChar(first17);
/** A valid ID number whose check character is X, to test lower-case x. */
const idEndingInX = (() => {
  for (let n = 0; n < 1000; n++) {
    const first17 = `44142219900101${String(n).padStart(3, '0')}`;
    if (idNumberCheckChar(first17) === 'X') return first17 + 'X';
  }
  throw new Error('no X check character found');
})();

const REGION = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const base = (): IntakeInput => ({
  title: '楼上漏水纠纷',
  description: '楼上住户装修导致楼下天花板漏水，双方就赔偿金额协商不成。',
  channel: 'WINDOW',
  type: 'NEIGHBOUR',
  regionId: REGION,
  parties: [
    { name: '张三', role: 'APPLICANT', phone: '13812345678', idNumber: validId('44142219800101123') },
    { name: '李四', role: 'RESPONDENT' },
  ],
});

type Fields = { field: string; message: string }[];
function problems(input: IntakeInput): Fields {
  try {
    validateIntake(input);
  } catch (e) {
    if (e instanceof DomainError) {
      expect(e.code).toBe('BAD_USER_INPUT');
      return (e as DomainError & { fields: Fields }).fields;
    }
    throw e;
  }
  return [];
}
const fieldsOf = (input: IntakeInput) => problems(input).map((p) => p.field);
const withParty = (i: number, patch: object): IntakeInput => {
  const input = base();
  input.parties[i] = { ...input.parties[i], ...patch };
  return input;
};

describe('validateIntake: a valid intake', () => {
  it('is normalised: trimmed, defaults filled, enums narrowed', () => {
    const result = validateIntake({
      ...base(),
      title: '  楼上漏水纠纷  ',
      regionId: REGION.toUpperCase(),
      amountInDispute: '30000',
      complexity: 'GENERAL',
      idempotencyKey: ' key-1 ',
      parties: [
        { name: ' 张三 ', role: 'APPLICANT', phone: '+86 138 1234 5678', idNumber: idEndingInX.toLowerCase() },
        { name: '某物业公司', role: 'RESPONDENT', phone: '', idNumber: null },
        { name: '王五', role: 'THIRD_PARTY', phone: '0755-12345678' },
      ],
    });
    expect(result).toEqual({
      idempotencyKey: 'key-1',
      title: '楼上漏水纠纷',
      description: base().description,
      channel: 'WINDOW',
      type: 'NEIGHBOUR',
      complexity: 'GENERAL',
      regionId: REGION,
      amountInDispute: '30000.00',
      parties: [
        { name: '张三', role: 'APPLICANT', phone: '13812345678', idNumber: idEndingInX },
        { name: '某物业公司', role: 'RESPONDENT', phone: null, idNumber: null },
        { name: '王五', role: 'THIRD_PARTY', phone: '0755-12345678', idNumber: null },
      ],
    });
  });

  it('leaves optional fields null when absent', () => {
    const result = validateIntake(base());
    expect(result.complexity).toBeNull();
    expect(result.amountInDispute).toBeNull();
    expect(result.idempotencyKey).toBeNull();
  });

  it('accepts 14 claimants (a real refund case) and up to 200 parties', () => {
    const parties = Array.from({ length: 200 }, (_, i) => ({ name: `申请人${i + 1}`, role: i === 199 ? 'RESPONDENT' : 'APPLICANT' }));
    expect(validateIntake({ ...base(), parties }).parties).toHaveLength(200);
  });

  it('counts Chinese characters, not UTF-16 units', () => {
    expect(validateIntake({ ...base(), title: '𠀀𠀀' }).title).toBe('𠀀𠀀');
    expect(fieldsOf({ ...base(), title: '𠀀' })).toEqual(['input.title']);
  });
});

describe('validateIntake: each rule and its field path', () => {
  it.each<[string, Partial<IntakeInput>, string]>([
    ['blank title', { title: '   ' }, 'input.title'],
    ['1-character title', { title: '纠' }, 'input.title'],
    ['101-character title', { title: '纠'.repeat(101) }, 'input.title'],
    ['title with a line break', { title: '漏水\n纠纷' }, 'input.title'],
    ['title not a string', { title: 42 as never }, 'input.title'],
    ['blank description', { description: ' \n ' }, 'input.description'],
    ['4-character description', { description: '楼上漏水' }, 'input.description'],
    ['5001-character description', { description: '述'.repeat(5001) }, 'input.description'],
    ['unknown channel', { channel: 'WECHAT' }, 'input.channel'],
    ['lower-case channel', { channel: 'window' }, 'input.channel'],
    ['unknown type', { type: 'NOISE' }, 'input.type'],
    ['unknown complexity', { complexity: 'HARD' }, 'input.complexity'],
    ['region not a UUID', { regionId: '441422' }, 'input.regionId'],
    ['no parties', { parties: [] }, 'input.parties'],
    ['parties not a list', { parties: null as never }, 'input.parties'],
    ['201 parties', { parties: Array.from({ length: 201 }, () => ({ name: '甲', role: 'APPLICANT' })) }, 'input.parties'],
    ['no applicant', { parties: [{ name: '李四', role: 'RESPONDENT' }] }, 'input.parties'],
    ['amount with 3 decimals', { amountInDispute: '1.234' }, 'input.amountInDispute'],
    ['negative amount', { amountInDispute: '-1' }, 'input.amountInDispute'],
    ['amount over 1e12', { amountInDispute: '1000000000000.01' }, 'input.amountInDispute'],
    ['amount with a separator', { amountInDispute: '30,000' }, 'input.amountInDispute'],
    ['amount as a number', { amountInDispute: 30000 as never }, 'input.amountInDispute'],
    ['blank idempotency key', { idempotencyKey: '  ' }, 'input.idempotencyKey'],
    ['201-character idempotency key', { idempotencyKey: 'k'.repeat(201) }, 'input.idempotencyKey'],
  ])('%s is reported (%#)', (_label, patch, field) => {
    expect(fieldsOf({ ...base(), ...patch })).toEqual([field]);
  });

  it.each<[string, number, object, string]>([
    ['blank name', 0, { name: ' ' }, 'input.parties.0.name'],
    ['51-character name', 1, { name: '名'.repeat(51) }, 'input.parties.1.name'],
    ['unknown role', 1, { role: 'WITNESS' }, 'input.parties.1.role'],
    ['bad phone', 0, { phone: '12345' }, 'input.parties.0.phone'],
    ['mobile with a wrong prefix', 0, { phone: '12812345678' }, 'input.parties.0.phone'],
    ['bad ID check character', 0, { idNumber: '441422198001011230'.slice(0, 17) + (idNumberCheckChar('44142219800101123') === '0' ? '1' : '0') }, 'input.parties.0.idNumber'],
    ['ID with an impossible birth date', 0, { idNumber: validId('44142219800231123') }, 'input.parties.0.idNumber'],
    ['15-digit old ID', 0, { idNumber: '441422800101123' }, 'input.parties.0.idNumber'],
  ])('party with %s is reported at its index (%#)', (_label, index, patch, field) => {
    expect(fieldsOf(withParty(index, patch))).toEqual([field]);
  });

  it('rejects the same ID number on two parties, naming the later one', () => {
    const id = validId('44142219800101123');
    const input = withParty(1, { idNumber: id.toLowerCase() });
    const found = problems(input);
    expect(found.map((p) => p.field)).toEqual(['input.parties.1.idNumber']);
    expect(found[0].message).toContain('第 1 位');
  });

  it('paths use the index of the party, e.g. input.parties.2.idNumber', () => {
    const input = base();
    input.parties.push({ name: '王五', role: 'THIRD_PARTY', idNumber: '123' });
    expect(fieldsOf(input)).toEqual(['input.parties.2.idNumber']);
  });

  it('collects every problem at once, in form order, with Chinese messages', () => {
    const found = problems({
      title: '',
      description: '短',
      channel: 'X',
      type: 'Y',
      regionId: 'z',
      parties: [{ name: '', role: 'RESPONDENT', phone: 'abc' }],
      amountInDispute: 'x',
      complexity: 'Q',
      idempotencyKey: '',
    });
    expect(found.map((p) => p.field)).toEqual([
      'input.idempotencyKey', 'input.title', 'input.description', 'input.channel', 'input.type', 'input.complexity',
      'input.regionId', 'input.amountInDispute', 'input.parties.0.name', 'input.parties.0.phone', 'input.parties',
    ]);
    for (const p of found) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a non-object party is reported at its path', () => {
    expect(fieldsOf({ ...base(), parties: [base().parties[0], null as never] })).toEqual(['input.parties.1']);
  });

  it('the thrown error names the first field', () => {
    try {
      validateIntake({ ...base(), title: '', type: 'Y' });
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).field).toBe('input.title');
    }
  });
});

describe('normaliseAmount', () => {
  it.each([
    ['30000', '30000.00'],
    ['30000.5', '30000.50'],
    ['0.01', '0.01'],
    ['0', '0.00'],
    ['007.5', '7.50'],
    [' 12.30 ', '12.30'],
    ['1000000000000', '1000000000000.00'],
    ['1000000000000.00', '1000000000000.00'],
    ['999999999999.99', '999999999999.99'],
  ])('%s → %s', (text, expected) => {
    expect(normaliseAmount(text)).toBe(expected);
  });

  it.each(['', '.5', '1.', '1.234', '-0', '+1', '1e6', '1000000000000.01', '10000000000000', 'abc', '1 000', '３０'])('rejects %p', (text) => {
    expect(normaliseAmount(text)).toBeNull();
  });
});

describe('validateReason', () => {
  it('returns the trimmed reason', () => {
    expect(validateReason('  不属于本级管辖  ', 'reason')).toBe('不属于本级管辖');
  });

  it.each([
    ['blank', '   '],
    ['1 character', '否'],
    ['1001 characters', '理'.repeat(1001)],
    ['not a string', undefined],
  ])('rejects a %s reason with the given field', (_label, text) => {
    try {
      validateReason(text, 'input.reason');
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('BAD_USER_INPUT');
      expect((e as DomainError).field).toBe('input.reason');
    }
  });

  it('accepts exactly 2 and 1000 characters', () => {
    expect(validateReason('越级', 'reason')).toBe('越级');
    expect(validateReason('理'.repeat(1000), 'reason')).toHaveLength(1000);
  });
});
