import { describe, expect, it } from '@jest/globals';
import { idNumberCheckChar } from '../../utils/party-numbers';
import { initialValues, newIdempotencyKey, toDuplicateInput, toIntakeInput, type IntakeValues } from './form-values';

const ID = '44142219800101123' + idNumberCheckChar('44142219800101123');
const REGION = '0b5c4a8e-6a55-4d7e-9d4a-0f0a1d1e2f30';

describe('toIntakeInput', () => {
  it('trims, leaves blank optional fields out as null, keeps the key', () => {
    const values: IntakeValues = {
      channel: 'WINDOW', type: 'LABOUR_WAGES', title: ' 欠薪 ', description: ' 工地拖欠工资十天 ', regionId: REGION,
      parties: [{ name: ' 姜某 ', role: 'APPLICANT', idNumber: ` ${ID.toLowerCase()} `, phone: '' }, { name: '李某', role: 'RESPONDENT' }],
      amountInDispute: ' 250000.00 ',
    };
    expect(toIntakeInput(values, 'k-1')).toEqual({
      idempotencyKey: 'k-1', channel: 'WINDOW', type: 'LABOUR_WAGES', title: '欠薪', description: '工地拖欠工资十天', regionId: REGION,
      parties: [{ name: '姜某', role: 'APPLICANT', idNumber: ID.toLowerCase(), phone: null }, { name: '李某', role: 'RESPONDENT', idNumber: null, phone: null }],
      amountInDispute: '250000.00', complexity: null,
    });
  });
});

describe('toDuplicateInput', () => {
  it('is null while nothing can be compared', () => {
    expect(toDuplicateInput(initialValues(REGION))).toBeNull();
    expect(toDuplicateInput({ parties: [{ role: 'APPLICANT', phone: '1381234', idNumber: ID.slice(0, 17) }] })).toBeNull();
    // A respondent alone needs the region and the type.
    expect(toDuplicateInput({ regionId: REGION, parties: [{ role: 'RESPONDENT', name: '某公司' }] })).toBeNull();
  });

  it('sends applicants\' valid numbers only, normalised', () => {
    expect(toDuplicateInput({ parties: [
      { role: 'APPLICANT', name: '甲', phone: '+86 138 1234 5678', idNumber: ID.slice(0, 17) + (ID[17] === '1' ? '2' : '1') },
      { role: 'THIRD_PARTY', phone: '13912345678' },
    ] })).toEqual({ parties: [{ role: 'APPLICANT', phone: '13812345678', idNumber: null }] });
  });

  it('adds respondents by name once region and type are chosen', () => {
    expect(toDuplicateInput({ regionId: REGION, type: 'LABOUR_WAGES', parties: [{ role: 'APPLICANT' }, { role: 'RESPONDENT', name: ' 某劳务公司 ' }] }))
      .toEqual({ regionId: REGION, type: 'LABOUR_WAGES', parties: [{ role: 'RESPONDENT', name: '某劳务公司' }] });
  });

  it('carries the form\'s idempotency key when there is something to compare', () => {
    expect(toDuplicateInput({ parties: [{ role: 'APPLICANT', phone: '13812345678' }] }, 'k-1')).toEqual({ idempotencyKey: 'k-1', parties: [{ role: 'APPLICANT', phone: '13812345678', idNumber: null }] });
    expect(toDuplicateInput({ parties: [{ role: 'APPLICANT' }] }, 'k-1')).toBeNull();
  });
});

describe('newIdempotencyKey', () => {
  it('is a version-4 UUID, different each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
    expect(newIdempotencyKey((b) => b.fill(255))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
