/**
 * Masks ID numbers and phone numbers inside free text that leaves the platform — error messages,
 * above all. graphql-js quotes a whole input object when one of its required fields is missing
 * (`Variable "$input" got invalid value { …, reporterPhone: "13812345678" }; Field "description" …`),
 * so a frontend bug would hand full numbers back in an error, and partners log what they receive
 * (found by e2e/pii.e2e.test.ts). The forms match the services' own masking: 440102********1234,
 * 138****5678, 0753-****2345. Runs of digits inside longer runs, UUIDs or case codes are left alone.
 */
import type { Identity } from './auth';

// Not preceded by a letter, digit, '-' or '_', nor followed by a letter or digit: a digit run inside a
// UUID (its last segment follows a dash) or a longer token does not match.
const ID_NUMBER = /(?<![0-9A-Za-z_-])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9A-Za-z_-])((?:\+?86[- ]?)?1[3-9]\d)\d{4}(\d{4})(?![0-9A-Za-z])/g;
const LANDLINE = /(?<![0-9A-Za-z_-])(0\d{2,3}-?)\d{3,4}(\d{4})(?![0-9A-Za-z])/g;

export function maskPiiInText(text: string): string {
  return text
    .replace(ID_NUMBER, (_, head: string, tail: string) => `${head}********${tail}`)
    .replace(MOBILE, (_, head: string, tail: string) => `${head}****${tail}`)
    .replace(LANDLINE, (_, area: string, tail: string) => `${area}****${tail}`);
}

// Hex digests (party keys) and UUIDs are opaque: a digest may end in 11 digits, and must stay intact.
const OPAQUE = /^[0-9a-f-]{32,}$/i;

/** A copy of `value` with maskPiiInText applied to every string in it (objects and arrays walked). */
export function maskPiiDeep<T>(value: T): T {
  if (typeof value === 'string') return (OPAQUE.test(value) ? value : maskPiiInText(value)) as T;
  if (Array.isArray(value)) return value.map((v) => maskPiiDeep(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskPiiDeep(v)])) as T;
  }
  return value;
}

/**
 * The roles that see parties' numbers in full in their jurisdiction (as services/cases masking.ts):
 * they register, route, call back and supervise. Everyone else — GRID_WORKER, PARTNER, MEDIATOR and
 * DEPARTMENT outside their own case — reads free text (letter notes, follow-up comments) masked.
 */
const FULL_TEXT_ROLES = new Set(['ADMIN', 'OPERATOR', 'DISPATCHER', 'SUPERVISOR', 'LEADER']);

export function freeTextFor(identity: Pick<Identity, 'kind' | 'roles'>, text: string | null): string | null {
  if (text === null || identity.kind === 'service' || identity.roles.some((r) => FULL_TEXT_ROLES.has(r))) return text;
  return maskPiiInText(text);
}
