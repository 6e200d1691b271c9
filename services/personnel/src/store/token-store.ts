import type { DataSource, EntityManager } from 'typeorm';

export interface TokenStatusRow {
  active: boolean;
  tokenVersion: number;
  revoked: boolean;
}

/** Token revocation: the account's status and version, and logged-out jtis (personnel.revoked_token). */
export class TokenStore {
  constructor(private readonly dataSource: DataSource) {}

  /** What the gateway asks on every request (cached there): one statement. Unknown accounts are inactive. `userId`: a UUID. */
  async status(userId: string, jti: string | null): Promise<TokenStatusRow> {
    const rows: TokenStatusRow[] = await this.dataSource.query(
      `SELECT u.active, u.token_version AS "tokenVersion",
              EXISTS (SELECT 1 FROM personnel.revoked_token r WHERE r.jti = $2 AND r.user_id = u.id) AS revoked
         FROM personnel.app_user u WHERE u.id = $1`,
      [userId, jti ?? ''],
    );
    return rows[0] ?? { active: false, tokenVersion: -1, revoked: true };
  }

  /** Idempotent: logging out twice is not an error. */
  async revoke(manager: EntityManager, jti: string, userId: string, expiresAt: Date): Promise<void> {
    await manager.query(
      `INSERT INTO personnel.revoked_token (jti, user_id, expires_at) VALUES ($1, $2, $3) ON CONFLICT (jti) DO NOTHING`,
      [jti, userId, expiresAt],
    );
  }

  /** Forgets jtis of tokens that have expired anyway (kept a minute longer against clock skew). */
  async purgeExpired(): Promise<number> {
    const [, count] = (await this.dataSource.query(`DELETE FROM personnel.revoked_token WHERE expires_at < now() - interval '1 minute'`)) as [unknown, number];
    return count ?? 0;
  }
}
