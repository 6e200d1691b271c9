import { DomainError } from '@zz/common';
import { canBeTaken, checkTake } from './leader';

const code = (f: () => void) => {
  try {
    f();
  } catch (err) {
    return (err as DomainError).code;
  }
  return 'OK';
};

describe('领导包案', () => {
  it('an open case without a leader can be taken', () => {
    expect(code(() => checkTake('ASSIGNED', null, 'u1'))).toBe('OK');
    expect(canBeTaken('REGISTERED', null)).toBe(true);
  });

  it('a settled case, or one already led, cannot', () => {
    expect(code(() => checkTake('RESOLVED', null, 'u1'))).toBe('CONFLICT');
    expect(code(() => checkTake('ASSIGNED', 'u2', 'u1'))).toBe('CONFLICT');
    expect(code(() => checkTake('ASSIGNED', 'u1', 'u1'))).toBe('CONFLICT');
    expect(canBeTaken('ASSIGNED', 'u2')).toBe(false);
    expect(canBeTaken('CLOSED', null)).toBe(false);
  });
});
