import { normaliseUsername, outcomeOf } from './login';

describe('normaliseUsername', () => {
  it('folds what people type into one form', () => {
    expect(normaliseUsername('  Town-A-Operator ')).toBe('town-a-operator');
    expect(normaliseUsername('ＡＤＭＩＮ')).toBe('admin');
    expect(normaliseUsername('ad\u0000min\n')).toBe('admin');
    expect(normaliseUsername('x'.repeat(10_000))).toHaveLength(128);
    expect(normaliseUsername('调解员')).toBe('调解员');
  });
});

describe('outcomeOf', () => {
  it('names each outcome; a disabled account is reported only with the right password', () => {
    expect(outcomeOf(null, false)).toBe('UNKNOWN_USER');
    expect(outcomeOf({ active: true }, false)).toBe('WRONG_PASSWORD');
    expect(outcomeOf({ active: false }, false)).toBe('WRONG_PASSWORD');
    expect(outcomeOf({ active: false }, true)).toBe('ACCOUNT_DISABLED');
    expect(outcomeOf({ active: true }, true)).toBe('SUCCESS');
  });
});
