/**
 * What the gateway asks of personnel outside GraphQL, and the cleaning up after logins: process-wide,
 * no request and no actor (server.ts checks the caller is a platform service).
 */
import { isUuid } from '@zz/common';
import type { TokenStatusRow } from '../store/token-store';
import type { PersonnelStores } from '../store';

export class TokenService {
  constructor(private readonly stores: Pick<PersonnelStores, 'tokens' | 'logins'>) {}

  /** Is a token still good: account active at that version, jti not logged out. Unknown accounts are inactive. */
  async status(userId: string, jti: string | null): Promise<TokenStatusRow> {
    if (!isUuid(userId)) return { active: false, tokenVersion: -1, revoked: true };
    return this.stores.tokens.status(userId, jti);
  }

  /**
   * Forgets logged-out jtis of tokens that have expired anyway, and failed-login counters that are
   * quiet and unlocked (the same as no counter). Any instance may run it; the deletes are idempotent.
   */
  async housekeeping(failureWindowSeconds: number): Promise<void> {
    await Promise.all([this.stores.tokens.purgeExpired(), this.stores.logins.purgeStaleCounters(failureWindowSeconds)]);
  }
}
