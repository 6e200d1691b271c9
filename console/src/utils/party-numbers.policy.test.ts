/**
 * The form's checks against the server's own rule (type-checked by the root tsconfig: it reads server
 * code). On generated inputs, the console and the graph must agree on every ID number, phone and
 * amount, and mask alike, or an operator would see a green field the server then refuses (or the reverse).
 */
import fc from 'fast-check';
import { isValidIdNumber as serverId, isValidPhone as serverPhone } from '../../../packages/common/src/id-number';
import { maskIdNumber as serverMaskId, maskPhone as serverMaskPhone } from '../../../services/cases/src/domain/masking';
import { normaliseAmount, normalisePhone as serverNormalisePhone } from '../../../services/cases/src/domain/intake';
import { idNumberCheckChar, isValidAmount, isValidIdNumber, isValidPhone, maskIdNumber, maskPhone } from './party-numbers';

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
// Mostly plausible numbers (a real date, sometimes the right check character), some noise.
const idNumbers = fc.oneof(
  fc.tuple(digits(6, 6), fc.integer({ min: 1890, max: 2030 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), digits(3, 3), fc.boolean(), fc.constantFrom(...'0123456789Xx'))
    .map(([area, y, m, d, seq, right, check]) => {
      const first17 = `${area}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${seq}`;
      return first17 + (right ? idNumberCheckChar(first17) : check);
    }),
  fc.string({ maxLength: 20 }),
);
const phones = fc.oneof(
  fc.tuple(fc.constantFrom('', '+86', '0086', '+86 ', '0'), fc.constantFrom('1', '0', '2'), digits(6, 12), fc.constantFrom('', '-', ' ')).map(([p, a, b, sep]) => `${p}${a}${b.slice(0, 3)}${sep}${b.slice(3)}`),
  fc.string({ maxLength: 16 }),
);
const amounts = fc.oneof(fc.tuple(digits(1, 14), fc.constantFrom('', '.', '.0', '.05', '.123')).map(([i, f]) => i + f), fc.string({ maxLength: 8 }));

describe('the intake form agrees with the graph', () => {
  it('on ID numbers', () => {
    fc.assert(fc.property(idNumbers, (v) => isValidIdNumber(v) === serverId(v.trim().toUpperCase())), { numRuns: 3000 });
  });
  it('on phones (after the same normalising)', () => {
    fc.assert(fc.property(phones, (v) => isValidPhone(v) === serverPhone(serverNormalisePhone(v))), { numRuns: 3000 });
  });
  it('on amounts', () => {
    fc.assert(fc.property(amounts, (v) => isValidAmount(v) === (v.trim() !== '' && normaliseAmount(v) !== null)), { numRuns: 3000 });
  });
  it('on masks', () => {
    fc.assert(fc.property(phones, (v) => v.includes('*') || maskPhone(v) === serverMaskPhone(v)), { numRuns: 2000 });
    fc.assert(fc.property(idNumbers, (v) => v.includes('*') || maskIdNumber(v) === serverMaskId(v)), { numRuns: 2000 });
  });
});
