/**
 * Identity and jurisdiction. Staff log in at personnel and get a user JWT (JWT_SECRET). The gateway
 * verifies it and forwards the identity to subgraphs as a short-lived JWS signed with INTERNAL_SECRET
 * in the `x-zz-identity` header; a subgraph trusts nothing else, so calling one directly with a forged
 * header gets UNAUTHENTICATED.
 *
 * Jurisdiction: region codes are hierarchical (county 6 digits, town 9, village 12, grid 15; a child's
 * code is its parent's plus 3 digits), so "inside my jurisdiction" is a code-prefix test, in memory
 * (Scope.contains) and in SQL (`region_code LIKE scope.likePattern`, served by a text_pattern_ops index).
 */
import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { DomainError, forbidden } from './errors';
import { narrowPrefix } from './sql';
import { enumValues } from './vocabulary';
import type { Role as SdlRole } from './generated/shared-enums';

export const ROLES = enumValues<SdlRole>()(['ADMIN', 'OPERATOR', 'DISPATCHER', 'MEDIATOR', 'GRID_WORKER', 'DEPARTMENT', 'SUPERVISOR', 'LEADER', 'PARTNER']);
export type Role = (typeof ROLES)[number];

export interface Identity {
  /** `user` for staff and partner accounts, `anonymous` for unauthenticated calls (only login), `service` for platform jobs. */
  kind: 'user' | 'anonymous' | 'service';
  userId: string | null;
  username: string | null;
  roles: Role[];
  regionId: string | null;
  regionCode: string | null;
  /** A mediator's own record, for MEDIATOR accounts. */
  mediatorId?: string | null;
  /** The department a DEPARTMENT account works for. */
  departmentId?: string | null;
  /** The partner system (e.g. "12345") behind a PARTNER token. */
  partner?: string | null;
  /** Token version: bumping it (disable, password reset, logout on all devices) revokes every token issued before. */
  tokenVersion?: number;
  /** The token's own id (`jti`): `logout` revokes exactly this token. */
  jti?: string | null;
  /** When the token expires (ms since epoch); a revoked jti is kept until then. */
  expiresAt?: number;
}

export const ANONYMOUS: Identity = { kind: 'anonymous', userId: null, username: null, roles: [], regionId: null, regionCode: null };

const enc = (secret: string) => new TextEncoder().encode(secret);
const ISSUER = 'zz-platform';

/**
 * Claims of a user token as issued by personnel's login (or the partner token command). Its jti is
 * `identity.jti` when given (login passes a fresh one so it knows it), else a new random one.
 */
export async function signUserToken(identity: Identity, secret: string, ttlSeconds: number): Promise<string> {
  return new SignJWT({
    username: identity.username,
    roles: identity.roles,
    rid: identity.regionId,
    rcode: identity.regionCode,
    mid: identity.mediatorId ?? null,
    did: identity.departmentId ?? null,
    partner: identity.partner ?? null,
    ver: identity.tokenVersion ?? 0,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.userId ?? '')
    .setIssuer(ISSUER)
    .setAudience('zz-user')
    .setIssuedAt()
    .setJti(identity.jti ?? randomUUID())
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(enc(secret));
}

export class TokenError extends DomainError {
  constructor(message: string, readonly reason: 'expired' | 'invalid' | 'revoked') {
    super('UNAUTHENTICATED', message);
  }
}

/** A verified user token; `jti` is null only for tokens issued before tokens had one (see the gateway's Authenticator). */
export async function verifyUserToken(token: string, secret: string): Promise<Identity & { expiresAt: number }> {
  try {
    const { payload } = await jwtVerify(token, enc(secret), { issuer: ISSUER, audience: 'zz-user', algorithms: ['HS256'] });
    const roles = Array.isArray(payload.roles) ? (payload.roles as Role[]) : [];
    if (!payload.sub || typeof payload.rcode !== 'string') throw new TokenError('令牌内容不完整 (token is missing claims)', 'invalid');
    return {
      kind: 'user',
      userId: payload.sub,
      username: String(payload.username ?? ''),
      roles,
      regionId: (payload.rid as string) ?? null,
      regionCode: payload.rcode,
      mediatorId: (payload.mid as string | null) ?? null,
      departmentId: (payload.did as string | null) ?? null,
      partner: (payload.partner as string | null) ?? null,
      tokenVersion: Number(payload.ver ?? 0),
      jti: typeof payload.jti === 'string' && payload.jti ? payload.jti : null,
      expiresAt: (payload.exp ?? 0) * 1000,
    };
  } catch (err) {
    if (err instanceof TokenError) throw err;
    if (err instanceof joseErrors.JWTExpired) throw new TokenError('登录已过期，请重新登录 (token expired)', 'expired');
    throw new TokenError('无效的令牌 (invalid token)', 'invalid');
  }
}

export const IDENTITY_HEADER = 'x-zz-identity';

/**
 * Personnel → gateway: "this request has just authenticated someone; here is the token I issued".
 * The gateway verifies it like any bearer token (JWT_SECRET, account status) and runs the rest of the
 * request's query plan as that user (so `login { user { region { name } } }` resolves in grid as the
 * user, not as the anonymous caller). Honoured only on personnel's answers to mutation fetches.
 */
export const AUTHENTICATED_HEADER = 'x-zz-authenticated';

/**
 * Personnel → gateway: accounts whose tokens personnel has just revoked (logout, disable, password
 * reset), comma-separated ids. The gateway drops its cached token status for them at once, so on the
 * gateway that carried the change it takes effect immediately (elsewhere within TOKEN_STATUS_CACHE_MS).
 */
export const TOKEN_STATUS_CHANGED_HEADER = 'x-zz-token-status-changed';

/**
 * Gateway → subgraph: the client's address (the TCP peer, or X-Forwarded-For as far as TRUST_PROXY
 * allows). The gateway sets it on every fetch, overwriting anything; a subgraph reads it only from a
 * request that carries a valid gateway-signed identity (startSubgraph).
 */
export const CLIENT_ADDRESS_HEADER = 'x-zz-client-address';

/** What the gateway (or a trusted platform service) forwards to a subgraph. */
export async function signForwardedIdentity(identity: Identity, secret: string): Promise<string> {
  return new SignJWT({ id: identity as unknown as Record<string, unknown> })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience('zz-subgraph')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(enc(secret));
}

export async function verifyForwardedIdentity(header: string | undefined, secret: string): Promise<Identity> {
  if (!header) throw new TokenError('请求必须经由网关 (requests must come through the gateway)', 'invalid');
  try {
    const { payload } = await jwtVerify(header, enc(secret), { issuer: ISSUER, audience: 'zz-subgraph', algorithms: ['HS256'] });
    return payload.id as Identity;
  } catch {
    throw new TokenError('请求必须经由网关 (forwarded identity is not valid)', 'invalid');
  }
}

/** Staff roles that may act on anything in their jurisdiction. */
export function hasRole(identity: Identity, ...roles: Role[]): boolean {
  return identity.roles.includes('ADMIN') || roles.some((r) => identity.roles.includes(r));
}

export function requireRole(identity: Identity, ...roles: Role[]): void {
  if (identity.kind === 'service') return;
  if (!hasRole(identity, ...roles)) throw forbidden(`需要以下角色之一：${roles.join(', ')} (requires one of these roles)`);
}

export function requireUser(identity: Identity): void {
  if (identity.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', '请先登录 (authentication required)');
}

/**
 * The caller's jurisdiction: its region and everything below it. Platform jobs (`service`) see
 * everything. One helper, used by every query, mutation and __resolveReference.
 */
export class Scope {
  private constructor(readonly regionCode: string | null, readonly all: boolean) {}

  static of(identity: Identity): Scope {
    if (identity.kind === 'service') return new Scope('', true);
    if (identity.kind === 'anonymous' || !identity.regionCode) return new Scope(null, false);
    return new Scope(identity.regionCode, false);
  }

  static everything(): Scope {
    return new Scope('', true);
  }

  /** True when `code` is the scope's region or lies below it. */
  contains(code: string | null | undefined): boolean {
    if (this.all) return true;
    if (this.regionCode === null || !code) return false;
    return code.startsWith(this.regionCode);
  }

  /** Reference data (regions, centers, mediators) of the caller's own chain upward is visible too. */
  containsOrAbove(code: string | null | undefined): boolean {
    if (this.all) return true;
    if (this.regionCode === null || !code) return false;
    return code.startsWith(this.regionCode) || this.regionCode.startsWith(code);
  }

  /** A LIKE pattern for `region_code`; matches nothing for an anonymous caller. */
  get likePattern(): string {
    if (this.all) return '%';
    if (this.regionCode === null) return '\u0000-none';
    return this.regionCode + '%';
  }

  /**
   * The region code whose subtree is the intersection of the scope and a requested region — a filter
   * can only narrow, never widen: a town account asking for its county gets its town; asking for a
   * neighbouring town gets null (nothing). No request: the scope itself ('' for platform jobs).
   */
  narrow(requestedCode: string | null | undefined): string | null {
    return this.prefix === null ? null : narrowPrefix(this.prefix, requestedCode);
  }

  /** The scope as a region-code prefix ('' = everything), null for a caller without a jurisdiction. */
  get prefix(): string | null {
    return this.all ? '' : this.regionCode;
  }
}
