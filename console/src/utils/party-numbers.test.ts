import { describe, expect, it } from '@jest/globals';
import { idNumberCheckChar, idNumberProblem, isValidAmount, isValidIdNumber, isValidPhone, maskIdNumber, maskPhone } from './party-numbers';

const withCheck = (first17: string) => first17 + idNumberCheckChar(first17);
const now = new Date('2026-12-07T00:00:00Z');

describe('idNumberProblem (GB 11643)', () => {
  it('accepts a number with the right check character, and a lower-case x', () => {
    expect(idNumberProblem('11010519491231002X', now)).toBeNull();
    expect(idNumberProblem(' 11010519491231002x ', now)).toBeNull();
    expect(idNumberProblem(withCheck('44142219800101123'), now)).toBeNull();
  });

  it('names a wrong check digit (one digit mistyped)', () => {
    const good = withCheck('44142219850505201');
    const wrong = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    expect(idNumberProblem(wrong, now)).toBe('checkDigit');
    // A swap of two digits changes the check too.
    expect(idNumberProblem('44142219580505201' + good[17], now)).not.toBeNull();
  });

  it('names a birth date that does not exist or lies in the future', () => {
    expect(idNumberProblem(withCheck('44142219800231123'), now)).toBe('birthDate');
    expect(idNumberProblem(withCheck('44142218991231123'), now)).toBe('birthDate');
    expect(idNumberProblem(withCheck('44142220271231123'), now)).toBe('birthDate');
  });

  it.each(['', '4414221980010112', '4414221980010112345', '44142219800101123Y', '4414221980O101123X'])('refuses the shape %p', (v) => {
    expect(idNumberProblem(v, now)).toBe('length');
    expect(isValidIdNumber(v, now)).toBe(false);
  });
});

describe('isValidPhone', () => {
  it.each(['13812345678', '+86 138 1234 5678', '008613812345678', '0755-12345678', '07551234567', '010-1234567'])('accepts %p', (v) => expect(isValidPhone(v)).toBe(true));
  it.each(['1381234567', '12812345678', '138123456789', '755-12345678', '138-1234-5678x', ''])('refuses %p', (v) => expect(isValidPhone(v)).toBe(false));
});

describe('isValidAmount', () => {
  it.each(['0', '250000', '250000.5', '250000.00', '007.50', '1000000000000', '1000000000000.00'])('accepts %p', (v) => expect(isValidAmount(v)).toBe(true));
  it.each(['-1', '1.234', '1e5', '25万', '1000000000000.01', '10000000000000', '.5', ''])('refuses %p', (v) => expect(isValidAmount(v)).toBe(false));
});

describe('masks for printed documents', () => {
  it('keeps what the server keeps', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0755-12345678')).toBe('0755-****5678');
    expect(maskPhone('01012345678')).toBe('010****5678');
    expect(maskIdNumber('44010219900101123X')).toBe('440102********123X');
  });
  it('leaves an already masked value as it is', () => {
    expect(maskPhone('138****5678')).toBe('138****5678');
    expect(maskIdNumber('440102********123X')).toBe('440102********123X');
  });
});
