import { scryptSync } from 'node:crypto';
import { DomainError } from '@zz/common';
import { hashPassword, needsRehash, validateNewPassword, verifyPassword } from './passwords';

// The constant the login resolver compares against for unknown usernames.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

describe('hashPassword / verifyPassword', () => {
  it('produces scrypt$N$r$p$salt$hash with a 16-byte salt and a 32-byte key', async () => {
    const stored = await hashPassword('Zongzhi2026');
    const parts = stored.split('$');
    expect(parts.slice(0, 4)).toEqual(['scrypt', '16384', '8', '1']);
    expect(Buffer.from(parts[4], 'base64')).toHaveLength(16);
    expect(Buffer.from(parts[5], 'base64')).toHaveLength(32);
  });

  it('is a real scrypt of the password with the stored salt', async () => {
    const stored = await hashPassword('Zongzhi2026');
    const [, , , , salt, key] = stored.split('$');
    const expected = scryptSync('Zongzhi2026', Buffer.from(salt, 'base64'), 32, { N: 16384, r: 8, p: 1 });
    expect(key).toBe(expected.toString('base64'));
  });

  it('salts every hash differently', async () => {
    const [a, b] = await Promise.all([hashPassword('same-pass1'), hashPassword('same-pass1')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same-pass1', a)).toBe(true);
    expect(await verifyPassword('same-pass1', b)).toBe(true);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('demo');
    expect(await verifyPassword('demo', stored)).toBe(true);
    expect(await verifyPassword('Demo', stored)).toBe(false);
    expect(await verifyPassword('demo ', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('handles Chinese passwords and treats composed and decomposed forms alike', async () => {
    const stored = await hashPassword('综治中心2026');
    expect(await verifyPassword('综治中心2026', stored)).toBe(true);
    const accented = await hashPassword('caf\u00e9-2026');
    expect(await verifyPassword('cafe\u0301-2026', accented)).toBe(true);
  });

  it('verifies hashes made with other (bounded) parameters', async () => {
    const salt = Buffer.alloc(16, 7);
    const key = scryptSync('older-pass1', salt, 32, { N: 1024, r: 8, p: 1 });
    const stored = `scrypt$1024$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    expect(await verifyPassword('older-pass1', stored)).toBe(true);
    expect(await verifyPassword('other-pass1', stored)).toBe(false);
  });

  it('returns false for the dummy hash and for malformed or tampered hashes', async () => {
    expect(await verifyPassword('anything1', DUMMY_HASH)).toBe(false);
    const good = await hashPassword('Zongzhi2026');
    const [, , , , salt, key] = good.split('$');
    for (const stored of [
      '', 'plain-text', 'bcrypt$10$abc', `scrypt$16384$8$1$${salt}`, `scrypt$16384$8$1$${salt}$${key}$x`,
      `scrypt$16383$8$1$${salt}$${key}`, // N not a power of two
      `scrypt$1073741824$8$1$${salt}$${key}`, // absurd memory
      `scrypt$16384$64$1$${salt}$${key}`, `scrypt$16384$8$99$${salt}$${key}`, `scrypt$0$8$1$${salt}$${key}`,
      `scrypt$16384$8$1$${salt}$AAAA`, // key too short
      `scrypt$16384$8$1$AA==$${key}`, // salt too short
      `scrypt$16384$8$1$${salt}$not*base64`,
    ]) {
      expect(await verifyPassword('Zongzhi2026', stored)).toBe(false);
    }
  });
});

describe('needsRehash', () => {
  it('is false for a current hash and true for older parameters or garbage', async () => {
    expect(needsRehash(await hashPassword('Zongzhi2026'))).toBe(false);
    expect(needsRehash(DUMMY_HASH)).toBe(false);
    const salt = Buffer.alloc(16, 1).toString('base64'), key = Buffer.alloc(32, 2).toString('base64');
    expect(needsRehash(`scrypt$1024$8$1$${salt}$${key}`)).toBe(true);
    expect(needsRehash('garbage')).toBe(true);
  });
});

describe('validateNewPassword', () => {
  const codeOf = (plain: string) => {
    try {
      validateNewPassword(plain, 'input.newPassword');
      return null;
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).field).toBe('input.newPassword');
      return (e as DomainError).code;
    }
  };

  it('accepts 8+ characters with letters and digits', () => {
    expect(codeOf('abcd1234')).toBeNull();
    expect(codeOf('综治中心网格2026')).toBeNull();
    expect(codeOf('a1'.repeat(64))).toBeNull();
  });

  it('refuses short, letter-only, digit-only or overlong passwords', () => {
    for (const bad of ['demo', 'abc1234', 'abcdefgh', '12345678', '!!!!????', 'a1'.repeat(64) + 'x']) {
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    }
  });

  it('names the field `password` by default', () => {
    expect(() => validateNewPassword('short')).toThrow(expect.objectContaining({ field: 'password', code: 'BAD_USER_INPUT' }));
  });
});
