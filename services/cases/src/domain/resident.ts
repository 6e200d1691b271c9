/**
 * Resident self-service (居民自助), the pure rules: phones, one-time codes, the signed tokens a
 * resident holds (a session scoped to one phone, a rating link scoped to one case and resolution
 * round, a proof-of-work challenge), the filing's validation and what a progress look-up may show.
 *
 * Decisions:
 * - A resident is not an account: the session names a phone by its keyed hash, never the number,
 *   so a token in a log or a screenshot reveals nothing; the client keeps the number it typed and
 *   sends it again, and the server checks it hashes to the session's.
 * - Codes are 6 digits, kept only as a keyed hash bound to the code's row (a leaked table does not
 *   give codes back), valid `codeTtlSeconds`, at most `codeMaxAttempts` tries, used once.
 * - Tokens are `payload.mac` (base64url JSON, HMAC-SHA256 with a key derived from JWT_SECRET and a
 *   purpose), not JWTs: nothing else accepts them and they carry no staff claims.
 * - Bot protection without a third-party CAPTCHA (closed networks): a code is sent only against a
 *   server-signed, expiring, single-use challenge solved by proof of work, plus the limits per phone
 *   and per address (service layer).
 */
import crypto from 'node:crypto';
import { DISPUTE_TYPES, ValidationErrors, isUuid, type DisputeType } from '@zz/common';
import { normalisePhone } from './intake';

/** Chinese mobile numbers only: codes and receipts go out by SMS. */
const MOBILE = /^1[3-9]\d{9}$/;

export function normaliseMobile(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const n = normalisePhone(raw).replace(/-/g, '');
  return MOBILE.test(n) ? n : null;
}

/** 138****5678: what a resident is shown of a number. */
export function maskMobile(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****';
}

/** 李** / 欧阳** : a staff member's name as a resident sees it (the surname, the role says the rest). */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  const chars = [...name.trim()];
  if (!chars.length) return null;
  const surname = chars.length >= 4 ? chars.slice(0, 2).join('') : chars[0];
  return `${surname}${'*'.repeat(Math.max(1, chars.length - [...surname].length))}`;
}

/** The keys a secret yields, one per purpose, so a token of one kind never verifies as another. */
export class ResidentKeys {
  private readonly root: Buffer;
  constructor(secret: string) {
    this.root = crypto.createHmac('sha256', secret).update('zz-resident-v1').digest();
  }
  private mac(purpose: string, data: string): Buffer {
    return crypto.createHmac('sha256', this.root).update(`${purpose}\u0000${data}`).digest();
  }
  phoneHash(phone: string): string {
    return this.mac('phone', phone).toString('hex');
  }
  /** Hash of a code bound to its row: the same 6 digits hash differently in every row. */
  codeHash(codeId: string, code: string): string {
    return this.mac('code', `${codeId}:${code}`).toString('hex');
  }
  /** A hash of the client address for the limits (no address is stored). */
  addressHash(address: string | null | undefined): string {
    return this.mac('address', address || 'unknown').toString('hex').slice(0, 32);
  }
  sign(kind: TokenKind, payload: Record<string, unknown>): string {
    const body = Buffer.from(JSON.stringify({ ...payload, k: kind })).toString('base64url');
    return `${body}.${this.mac(`token:${kind}`, body).toString('base64url')}`;
  }
  /** The payload of a well-signed, unexpired token of `kind`, else null. */
  verify<T extends { exp: number }>(kind: TokenKind, token: unknown, now: Date): T | null {
    if (typeof token !== 'string' || token.length > 2000) return null;
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const expected = this.mac(`token:${kind}`, body);
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
    let payload: T & { k?: string };
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    if (payload.k !== kind || typeof payload.exp !== 'number' || payload.exp * 1000 <= now.getTime()) return null;
    return payload;
  }
}

export type TokenKind = 'session' | 'rating' | 'challenge';
export interface SessionClaims { ph: string; exp: number }
export interface RatingClaims { c: string; r: number; exp: number }
export interface ChallengeClaims { n: string; b: number; exp: number }

const epoch = (d: Date) => Math.floor(d.getTime() / 1000);

export function issueSession(keys: ResidentKeys, phoneHash: string, now: Date, ttlSeconds: number): { token: string; expiresAt: Date } {
  const exp = epoch(now) + ttlSeconds;
  return { token: keys.sign('session', { ph: phoneHash, exp }), expiresAt: new Date(exp * 1000) };
}

/** The rating link's token: one case, one resolution round (a reopened and re-resolved case gets a new one). */
export function issueRatingToken(keys: ResidentKeys, caseId: string, round: number, now: Date, ttlDays: number): { token: string; expiresAt: Date } {
  const exp = epoch(now) + ttlDays * 86_400;
  return { token: keys.sign('rating', { c: caseId, r: round, exp }), expiresAt: new Date(exp * 1000) };
}

export function ratingUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/resident/rate?t=${encodeURIComponent(token)}`;
}

/** A challenge lives 5 minutes: long enough to fill a phone number, too short to stockpile. */
export const CHALLENGE_TTL_SECONDS = 300;

export function issueChallenge(keys: ResidentKeys, bits: number, now: Date, nonce = crypto.randomBytes(12).toString('base64url')) {
  const exp = epoch(now) + CHALLENGE_TTL_SECONDS;
  return { challenge: keys.sign('challenge', { n: nonce, b: bits, exp }), difficulty: bits, expiresAt: new Date(exp * 1000) };
}

/** Leading zero bits of SHA-256(`challenge:answer`). */
export function workBits(challenge: string, answer: string): number {
  const h = crypto.createHash('sha256').update(`${challenge}:${answer}`).digest();
  let bits = 0;
  for (const byte of h) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    bits += Math.clz32(byte) - 24;
    break;
  }
  return bits;
}

/** What a client does (the console in the browser, tests here): the first answer with enough zero bits. */
export function solveChallenge(challenge: string, bits: number): string {
  for (let i = 0; ; i++) if (workBits(challenge, String(i)) >= bits) return String(i);
}

/** A 6-digit code from a uniform source (no modulo bias: crypto.randomInt). */
export function newCode(random: (max: number) => number = (max) => crypto.randomInt(max)): string {
  return String(random(1_000_000)).padStart(6, '0');
}

export interface StoredCode {
  expiresAt: Date;
  attempts: number;
  consumedAt: Date | null;
}

/** Why a stored code can no longer be tried (null: it can). */
export function codeUnusable(code: StoredCode | null, now: Date, maxAttempts: number): 'NONE' | 'EXPIRED' | 'USED' | 'EXHAUSTED' | null {
  if (!code) return 'NONE';
  if (code.consumedAt) return 'USED';
  if (code.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  if (code.attempts >= maxAttempts) return 'EXHAUSTED';
  return null;
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex'), y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && crypto.timingSafeEqual(x, y);
}

export const DESCRIPTION_LIMITS = { min: 10, max: 1000 };
export const NAME_MAX = 30;
export const COMMENT_MAX = 300;

export interface ResidentFilingInput {
  type: string;
  description: string;
  name: string;
  phone: string;
  regionId?: string | null;
  lat?: number | null;
  lng?: number | null;
  idempotencyKey?: string | null;
}

export interface ResidentFiling {
  type: DisputeType;
  description: string;
  name: string;
  phone: string;
  regionId: string | null;
  location: { lat: number; lng: number } | null;
  idempotencyKey: string | null;
}

const chars = (s: string) => [...s].length;

/** Every problem at once, field paths under `input.`; a place is a region or a point on the map. */
export function validateFiling(input: ResidentFilingInput): ResidentFiling {
  const errors = new ValidationErrors();
  const type = (DISPUTE_TYPES as readonly string[]).includes(input.type) ? (input.type as DisputeType) : null;
  if (!type) errors.add('input.type', '请选择事项类型');
  const description = typeof input.description === 'string' ? input.description.trim() : '';
  if (chars(description) < DESCRIPTION_LIMITS.min) errors.add('input.description', `请描述事情经过，至少 ${DESCRIPTION_LIMITS.min} 个字`);
  else if (chars(description) > DESCRIPTION_LIMITS.max) errors.add('input.description', `描述不能超过 ${DESCRIPTION_LIMITS.max} 个字`);
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (!name) errors.add('input.name', '请填写联系人姓名');
  else if (chars(name) > NAME_MAX) errors.add('input.name', `姓名不能超过 ${NAME_MAX} 个字`);
  const phone = normaliseMobile(input.phone);
  if (!phone) errors.add('input.phone', '请填写 11 位手机号码');
  const regionId = input.regionId ?? null;
  if (regionId !== null && !isUuid(regionId)) errors.add('input.regionId', '所在地区无效');
  const hasPoint = input.lat !== null && input.lat !== undefined && input.lng !== null && input.lng !== undefined;
  const location = hasPoint ? { lat: Number(input.lat), lng: Number(input.lng) } : null;
  if (location && (!Number.isFinite(location.lat) || !Number.isFinite(location.lng) || Math.abs(location.lat) > 90 || Math.abs(location.lng) > 180)) {
    errors.add('input.lat', '位置坐标无效');
  }
  if (regionId === null && !location) errors.add('input.regionId', '请选择所在村（社区）或在地图上标出位置');
  const key = input.idempotencyKey ?? null;
  if (key !== null && (typeof key !== 'string' || !key.trim() || chars(key) > 100)) errors.add('input.idempotencyKey', '幂等键无效');
  errors.throwIfAny();
  return { type: type!, description, name, phone: phone!, regionId, location, idempotencyKey: key };
}

/**
 * The case title staff and the board see: the start of the resident's words, with runs of digits
 * left out (a number typed in the description must not travel in dispatch events).
 */
export function residentTitle(description: string): string {
  const words = [...description.replace(/\d{3,}/g, '…').replace(/\s+/g, ' ').trim()];
  return `居民网上反映：${words.slice(0, 20).join('')}${words.length > 20 ? '…' : ''}`;
}

/** The ledger actions a resident is shown; notes and actors stay with the staff (they may name other parties). */
export const RESIDENT_STEP_LABELS: Readonly<Record<string, string>> = {
  intake: '已登记，案件编号已生成',
  accept: '综治中心已受理',
  reject: '不予受理',
  transfer: '已移交有管辖权的中心',
  assign: '已交办承办部门（调解员）',
  reroute: '已改派承办部门',
  startMediation: '开始调解',
  recordOutcome: '调解有了结果',
  escalate: '提交上级中心化解',
  refer: '已引导仲裁、诉讼或行政复议',
  close: '已办结',
  withdraw: '已撤回',
  reopen: '重新办理',
  merge: '与同一事项合并办理',
  openConsultation: '多部门联合会商',
  recordSession: '召开调解会',
  takeCase: '领导包案',
  assignCaseLeader: '领导包案',
  applyJudicialConfirmation: '申请司法确认',
  decideJudicialConfirmation: '法院作出司法确认决定',
};

/** The steps a resident sees: only actions with a label, in ledger order. */
export function residentSteps(entries: readonly { at: Date; action: string; toStatus: string | null }[]) {
  return entries.filter((e) => RESIDENT_STEP_LABELS[e.action]).map((e) => ({ at: e.at, label: stepLabel(e), status: e.toStatus }));
}

/** A mediation's outcome says which (the status after it tells: RESOLVED or still in hand). */
function stepLabel(e: { action: string; toStatus: string | null }): string {
  if (e.action === 'recordOutcome') return e.toStatus === 'RESOLVED' ? '调解成功，已化解' : '本次调解未成功，继续化解';
  return RESIDENT_STEP_LABELS[e.action];
}

/** A case may be rated once it is settled by resolution (化解), in the round it was resolved. */
export function ratable(c: { status: string; resolvedAt: Date | null }): boolean {
  return (c.status === 'RESOLVED' || c.status === 'CLOSED') && c.resolvedAt !== null;
}
