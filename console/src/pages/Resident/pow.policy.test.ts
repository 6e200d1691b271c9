import { createHash } from 'node:crypto';
import { issueChallenge, ResidentKeys, workBits } from '../../../../services/cases/src/domain/resident';
import { sha256, solveChallenge } from './pow';

// The console's proof of work must be what the server checks (services/cases domain/resident.ts).
describe('the console proof of work', () => {
  it('hashes like node for short and multi-block inputs', () => {
    for (const text of ['', 'abc', 'x'.repeat(55), 'y'.repeat(56), '综治中心'.repeat(40)]) {
      const bytes = new TextEncoder().encode(text);
      expect(Buffer.from(sha256(bytes)).toString('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
  it('finds an answer the server accepts', () => {
    const { challenge } = issueChallenge(new ResidentKeys('a-test-secret-of-at-least-32-characters!'), 12, new Date());
    expect(workBits(challenge, solveChallenge(challenge, 12))).toBeGreaterThanOrEqual(12);
  });
});
