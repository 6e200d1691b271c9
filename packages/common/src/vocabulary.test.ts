import { CASE_STATUSES, CHANNELS, enumValues } from './vocabulary';
import { ROLES } from './auth';
import { COMPLEXITIES } from './deadlines';

describe('vocabulary', () => {
  it('keeps the lists as written, in the order users see them', () => {
    expect(CHANNELS[0]).toBe('WINDOW');
    expect(CASE_STATUSES).toHaveLength(9);
    expect(ROLES).toHaveLength(9);
    expect(COMPLEXITIES).toEqual(['SIMPLE', 'GENERAL', 'COMPLEX', 'DIFFICULT']);
  });

  it('refuses a list that misses a value of its enum or holds a foreign one (checked by tsc)', () => {
    type E = 'A' | 'B';
    expect(enumValues<E>()(['B', 'A'])).toEqual(['B', 'A']);
    // @ts-expect-error 'B' is missing
    enumValues<E>()(['A']);
    // @ts-expect-error 'C' is not a value of E
    enumValues<E>()(['A', 'B', 'C']);
  });
});
