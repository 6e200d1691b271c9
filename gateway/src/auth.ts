/**
 * Who is calling: the gateway verifies the bearer token, asks personnel whether the account is still
 * active at that token version (cached briefly, so a disabled account's tokens stop working within
 * TOKEN_STATUS_CACHE_MS), and forwards the identity to subgraphs signed with INTERNAL_SECRET.
 */
import { ANONYMOUS, signForwardedIdentity, TokenError, verifyUserToken, IDENTITY_HEADER, SERVICE_IDENTITY, type Config, type Identity } from '@zz/common';

export interface TokenStatus {
  active: boolean;
  tokenVersion: number;
}

export class Authenticator {
  private readonly statusCache = new Map<string, { at: number; status: TokenStatus }>();
  private readonly forwardedCache = new Map<string, { until: number; header: string }>();
  /**
   * Tokens whose signature was already verified (issue 8: HS256 verification was ~7 % of the gateway's
   * CPU per request under load). Only successful verifications are kept, until the token's own expiry;
   * revocation is still checked on every request through tokenStatus.
   */
  private readonly verifiedCache = new Map<string, Identity & { expiresAt: number }>();

  constructor(private readonly config: Config) {}

  /** Resolves an Authorization header value to an identity; throws TokenError (UNAUTHENTICATED). */
  async identify(authorization: string | undefined | null): Promise<Identity & { expiresAt?: number }> {
    if (!authorization) return ANONYMOUS;
    const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!m) throw new TokenError('Authorization 头格式应为 "Bearer <token>" (malformed Authorization header)', 'invalid');
    const identity = await this.verified(m[1]);
    const status = await this.tokenStatus(identity.userId!);
    if (!status.active) throw new TokenError('账号已停用 (account disabled)', 'revoked');
    if ((identity.tokenVersion ?? 0) !== status.tokenVersion) throw new TokenError('令牌已失效，请重新登录 (token revoked)', 'revoked');
    return identity;
  }

  private async verified(token: string): Promise<Identity & { expiresAt: number }> {
    const now = Date.now();
    const hit = this.verifiedCache.get(token);
    if (hit && hit.expiresAt > now) return hit;
    const identity = await verifyUserToken(token, this.config.jwtSecret);
    if (this.verifiedCache.size > 10_000) this.verifiedCache.clear();
    this.verifiedCache.set(token, identity);
    return identity;
  }

  /** The signed header a subgraph trusts; cached per identity for a minute (signing is per-request work otherwise). */
  async forwardedHeader(identity: Identity): Promise<string> {
    const key = identity.kind === 'anonymous' ? 'anonymous' : `${identity.userId}:${identity.tokenVersion}:${identity.regionCode}`;
    const now = Date.now();
    const hit = this.forwardedCache.get(key);
    if (hit && hit.until > now) return hit.header;
    const header = await signForwardedIdentity(identity, this.config.internalSecret);
    if (this.forwardedCache.size > 10_000) this.forwardedCache.clear();
    this.forwardedCache.set(key, { until: now + 60_000, header });
    return header;
  }

  async tokenStatus(userId: string): Promise<TokenStatus> {
    const now = Date.now();
    const hit = this.statusCache.get(userId);
    if (hit && now - hit.at < this.config.tokenStatusCacheMs) return hit.status;
    const url = this.config.serviceUrls.personnel.replace(/\/graphql$/, '/internal/token-status');
    const res = await fetch(`${url}?userId=${encodeURIComponent(userId)}`, {
      headers: { [IDENTITY_HEADER]: await this.forwardedHeader(SERVICE_IDENTITY('gateway')) },
    }).catch(() => null);
    if (!res || !res.ok) {
      // Fail closed: without personnel nobody's token can be checked.
      throw new TokenError('无法校验令牌，请稍后再试 (cannot check token status)', 'invalid');
    }
    const status = (await res.json()) as TokenStatus;
    if (this.statusCache.size > 50_000) this.statusCache.clear();
    this.statusCache.set(userId, { at: now, status });
    return status;
  }

  forget(userId: string): void {
    this.statusCache.delete(userId);
  }
}
