/**
 * Who is calling: the gateway verifies the bearer token, asks personnel whether it is still good — the
 * account active at that token version, and the token itself (its jti) not logged out — cached briefly
 * (TOKEN_STATUS_CACHE_MS, at most 45 s), and forwards the identity to subgraphs signed with
 * INTERNAL_SECRET. Personnel tells the gateway that carried a revocation (TOKEN_STATUS_CHANGED_HEADER),
 * which then forgets that account's cached status at once.
 */
import { createHash } from 'node:crypto';
import { ANONYMOUS, signForwardedIdentity, TokenError, verifyUserToken, IDENTITY_HEADER, SERVICE_IDENTITY, type Config, type Identity } from '@zz/common';

export interface TokenStatus {
  active: boolean;
  tokenVersion: number;
  /** This token (jti) was logged out. */
  revoked?: boolean;
}

/** Why a token with this status must be refused, or null when it is good. */
export function refusal(identity: Identity, status: TokenStatus): TokenError | null {
  if (!status.active) return new TokenError('账号已停用 (account disabled)', 'revoked');
  if ((identity.tokenVersion ?? 0) !== status.tokenVersion) return new TokenError('令牌已失效，请重新登录 (token revoked)', 'revoked');
  if (status.revoked) return new TokenError('令牌已注销，请重新登录 (token logged out)', 'revoked');
  return null;
}

/**
 * Tokens issued before tokens carried a jti get one derived from the token itself, so that `logout`
 * can revoke exactly them too (personnel stores whatever jti the forwarded identity carries).
 */
const derivedJti = (token: string) => `sha256:${createHash('sha256').update(token).digest('hex').slice(0, 32)}`;

export class Authenticator {
  /** Keyed `${userId} ${jti}`: account status and this token's revocation, as personnel last said. */
  private readonly statusCache = new Map<string, { at: number; status: TokenStatus }>();
  private readonly forwardedCache = new Map<string, { until: number; header: string }>();
  /**
   * Tokens whose signature was already verified (issue 8: HS256 verification was ~7 % of the gateway's
   * CPU per request under load). Only successful verifications are kept, until the token's own expiry.
   * A hit proves only the signature: status and revocation are still checked on every request
   * (identify), and a token found revoked is dropped from here.
   */
  private readonly verifiedCache = new Map<string, Identity & { expiresAt: number }>();

  constructor(private readonly config: Config) {}

  /** Resolves an Authorization header value to an identity; throws TokenError (UNAUTHENTICATED). */
  async identify(authorization: string | undefined | null): Promise<Identity & { expiresAt?: number }> {
    if (!authorization) return ANONYMOUS;
    const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!m) throw new TokenError('Authorization 头格式应为 "Bearer <token>" (malformed Authorization header)', 'invalid');
    const identity = await this.verified(m[1]);
    const refused = refusal(identity, await this.tokenStatus(identity.userId!, identity.jti));
    if (refused) {
      this.verifiedCache.delete(m[1]);
      throw refused;
    }
    return identity;
  }

  private async verified(token: string): Promise<Identity & { expiresAt: number }> {
    const now = Date.now();
    const hit = this.verifiedCache.get(token);
    if (hit && hit.expiresAt > now) return hit;
    const verified = await verifyUserToken(token, this.config.jwtSecret);
    const identity = { ...verified, jti: verified.jti ?? derivedJti(token) };
    if (this.verifiedCache.size > 10_000) this.verifiedCache.clear();
    this.verifiedCache.set(token, identity);
    return identity;
  }

  /** The signed header a subgraph trusts; cached per token for a minute (signing is per-request work otherwise). */
  async forwardedHeader(identity: Identity): Promise<string> {
    // The jti is part of the key: personnel's `logout` revokes the jti it finds in this header.
    const key = identity.kind === 'anonymous' ? 'anonymous' : `${identity.userId}:${identity.tokenVersion}:${identity.regionCode}:${identity.jti ?? ''}`;
    const now = Date.now();
    const hit = this.forwardedCache.get(key);
    if (hit && hit.until > now) return hit.header;
    const header = await signForwardedIdentity(identity, this.config.internalSecret);
    if (this.forwardedCache.size > 10_000) this.forwardedCache.clear();
    this.forwardedCache.set(key, { until: now + 60_000, header });
    return header;
  }

  async tokenStatus(userId: string, jti?: string | null): Promise<TokenStatus> {
    const now = Date.now();
    const key = `${userId} ${jti ?? ''}`;
    const hit = this.statusCache.get(key);
    if (hit && now - hit.at < this.config.tokenStatusCacheMs) return hit.status;
    const status = await this.fetchStatus(userId, jti);
    if (this.statusCache.size > 50_000) this.statusCache.clear();
    this.statusCache.set(key, { at: now, status });
    return status;
  }

  /** Asks personnel (/internal/token-status); fails closed. */
  protected async fetchStatus(userId: string, jti?: string | null): Promise<TokenStatus> {
    const url = this.config.serviceUrls.personnel.replace(/\/graphql$/, '/internal/token-status');
    const query = `userId=${encodeURIComponent(userId)}${jti ? `&jti=${encodeURIComponent(jti)}` : ''}`;
    const res = await fetch(`${url}?${query}`, {
      headers: { [IDENTITY_HEADER]: await this.forwardedHeader(SERVICE_IDENTITY('gateway')) },
    }).catch(() => null);
    if (!res || !res.ok) {
      // Fail closed: without personnel nobody's token can be checked.
      throw new TokenError('无法校验令牌，请稍后再试 (cannot check token status)', 'invalid');
    }
    return (await res.json()) as TokenStatus;
  }

  /** Drops what is cached about an account's tokens (personnel changed their status). */
  forget(userId: string): void {
    const prefix = `${userId} `;
    for (const key of this.statusCache.keys()) if (key.startsWith(prefix)) this.statusCache.delete(key);
  }
}
