/**
 * Password hashing for staff accounts with scrypt (a memory-hard KDF from node:crypto, so no native
 * dependency). Stored format: `scrypt$N$r$p$saltB64$hashB64`, e.g.
 * `scrypt$16384$8$1$<16-byte salt>$<32-byte key>`, both in standard base64.
 *
 * Decisions:
 * - Verification reads N, r, p and the key length from the stored string, so raising the cost later
 *   keeps old hashes working (`needsRehash` tells the login path to upgrade them). Parameters are
 *   bounded, so a tampered row cannot make one login burn gigabytes of memory.
 * - A malformed stored hash verifies as false rather than throwing: the caller answers "wrong
 *   username or password" either way. A well-formed hash is always computed in full (the login
 *   resolver compares against a dummy hash for unknown users, so timing reveals no usernames).
 * - The password is NFC-normalised first, so the same characters typed on different keyboards
 *   (composed or decomposed) give the same hash.
 * - `validateNewPassword` applies to passwords set by people. The demo password `demo` is set only
 *   by the demo seeder, which calls hashPassword directly and so bypasses this check.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { badInput } from '@zz/common';

export const SCRYPT_N = 16384;
export const SCRYPT_R = 8;
export const SCRYPT_P = 1;
export const SALT_BYTES = 16;
export const KEY_BYTES = 32;
export const MIN_PASSWORD_LENGTH = 8;
/** Long enough for any passphrase, short enough that nobody posts megabytes into the KDF. */
export const MAX_PASSWORD_LENGTH = 128;

/** Largest scrypt working set accepted from a stored hash (128 · N · r bytes). */
const MAX_SCRYPT_MEMORY = 64 * 1024 * 1024;

interface ParsedHash {
  n: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function derive(plain: string, salt: Buffer, keyLength: number, n: number, r: number, p: number): Promise<Buffer> {
  // Headroom over 128·N·r so Node's own memory check never refuses an accepted parameter set.
  const options: ScryptOptions = { N: n, r, p, maxmem: 2 * 128 * n * r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(plain.normalize('NFC'), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const isPowerOfTwo = (n: number) => Number.isInteger(n) && n > 1 && (n & (n - 1)) === 0;

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, nText, rText, pText, saltText, keyText] = parts;
  if (![nText, rText, pText].every((t) => /^[1-9]\d{0,7}$/.test(t))) return null;
  const n = Number(nText), r = Number(rText), p = Number(pText);
  if (!isPowerOfTwo(n) || r > 32 || p > 16 || 128 * n * r > MAX_SCRYPT_MEMORY) return null;
  if (!BASE64.test(saltText) || !BASE64.test(keyText)) return null;
  const salt = Buffer.from(saltText, 'base64'), key = Buffer.from(keyText, 'base64');
  if (salt.length < 8 || key.length < 16 || key.length > 64) return null;
  return { n, r, p, salt, key };
}

/** A new hash with a fresh random salt and the current parameters. */
export async function hashPassword(plain: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(plain, salt, KEY_BYTES, SCRYPT_N, SCRYPT_R, SCRYPT_P);
  return ['scrypt', SCRYPT_N, SCRYPT_R, SCRYPT_P, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when `plain` matches `stored`; false for a mismatch or a malformed stored hash. */
export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(plain, parsed.salt, parsed.key.length, parsed.n, parsed.r, parsed.p);
  return timingSafeEqual(key, parsed.key);
}

/** True when a stored hash uses other parameters than the current ones (re-hash it at next login). */
export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored);
  return !parsed || parsed.n !== SCRYPT_N || parsed.r !== SCRYPT_R || parsed.p !== SCRYPT_P
    || parsed.salt.length !== SALT_BYTES || parsed.key.length !== KEY_BYTES;
}

/**
 * Rules for a password chosen by a person: 8–128 characters with at least one letter and one digit.
 * Throws BAD_USER_INPUT on `field`.
 */
export function validateNewPassword(plain: string, field = 'password'): void {
  const length = [...plain].length;
  if (length < MIN_PASSWORD_LENGTH) throw badInput(`密码至少 ${MIN_PASSWORD_LENGTH} 位`, field);
  if (length > MAX_PASSWORD_LENGTH) throw badInput(`密码不能超过 ${MAX_PASSWORD_LENGTH} 位`, field);
  if (!/\p{L}/u.test(plain) || !/\p{Nd}/u.test(plain)) throw badInput('密码须同时包含字母和数字', field);
}
