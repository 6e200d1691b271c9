import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Logged-out tokens (`logout`): a token's jti is kept until the token would have expired anyway, then
 * it can go (an expired token is refused on its own). The gateway asks for it with the account status
 * (/internal/token-status), so every personnel instance and every gateway sees a logout.
 */
export class TokenRevocation1763800002004 implements MigrationInterface {
  name = 'TokenRevocation1763800002004';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE personnel.revoked_token (
      jti text PRIMARY KEY CHECK (length(jti) BETWEEN 1 AND 100),
      user_id uuid NOT NULL REFERENCES personnel.app_user (id),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX revoked_token_expiry ON personnel.revoked_token (expires_at)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE personnel.revoked_token`);
  }
}
