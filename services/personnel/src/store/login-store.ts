import type { DataSource, EntityManager } from 'typeorm';
import type { LoginLogFilter } from '../domain/access';
import type { LoginOutcome } from '../domain/login';
import type { CounterKind, ThrottleState } from '../domain/login-throttle';

export interface LoginAttemptRow {
  id: string;
  at: Date;
  username: string;
  userId: string | null;
  regionCode: string | null;
  clientAddress: string | null;
  success: boolean;
  reason: LoginOutcome;
}

export type NewLoginAttempt = Omit<LoginAttemptRow, 'id' | 'at' | 'success'>;

export interface LoginAttemptFilter {
  username?: string | null;
  success?: boolean | null;
  from?: Date | null;
  to?: Date | null;
  clientAddress?: string | null;
}

const COLUMNS = `id::text AS id, at, username, user_id AS "userId", region_code AS "regionCode", client_address AS "clientAddress", success, reason`;

/** Failed-login counters and the login log (personnel.login_throttle, personnel.login_attempt). */
export class LoginStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The counter, created when missing, locked FOR UPDATE until the transaction ends: concurrent
   * attempts on the same account or address (from any instance) take turns. Callers lock the account's
   * counter before the address's, always, so two attempts cannot deadlock.
   */
  async lockCounter(manager: EntityManager, kind: CounterKind, key: string): Promise<ThrottleState> {
    const [row] = (await manager.query(
      `INSERT INTO personnel.login_throttle (kind, key) VALUES ($1, $2)
       ON CONFLICT (kind, key) DO UPDATE SET failures = personnel.login_throttle.failures
       RETURNING failures, lockouts, locked_until AS "lockedUntil", last_failure_at AS "lastFailureAt"`,
      [kind, key],
    )) as ThrottleState[];
    return row;
  }

  async saveCounter(manager: EntityManager, kind: CounterKind, key: string, s: ThrottleState): Promise<void> {
    await manager.query(
      `UPDATE personnel.login_throttle SET failures = $3, lockouts = $4, locked_until = $5, last_failure_at = $6 WHERE kind = $1 AND key = $2`,
      [kind, key, s.failures, s.lockouts, s.lockedUntil, s.lastFailureAt],
    );
  }

  async record(manager: EntityManager, a: NewLoginAttempt): Promise<void> {
    await manager.query(
      `INSERT INTO personnel.login_attempt (username, user_id, region_code, client_address, success, reason) VALUES ($1, $2, $3, $4, $5, $6)`,
      [a.username, a.userId, a.regionCode, a.clientAddress, a.reason === 'SUCCESS', a.reason],
    );
  }

  /** Newest first; `limit + 1` rows after the cursor id. */
  async page(within: LoginLogFilter, filter: LoginAttemptFilter, limit: number, afterId: string | null): Promise<LoginAttemptRow[]> {
    const { where, params } = this.where(within, filter);
    if (afterId !== null) {
      params.push(afterId);
      where.push(`a.id < $${params.length}::bigint`);
    }
    params.push(limit + 1);
    return this.dataSource.query(
      // By the bigint column, not the text `id` of the output.
      `SELECT ${COLUMNS} FROM personnel.login_attempt a WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  async count(within: LoginLogFilter, filter: LoginAttemptFilter): Promise<number> {
    const { where, params } = this.where(within, filter);
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM personnel.login_attempt WHERE ${where.join(' AND ')}`, params);
    return row.n;
  }

  /** `within`: decided by domain/access.ts loginLogFilter. */
  private where(within: LoginLogFilter, filter: LoginAttemptFilter) {
    const params: unknown[] = [];
    const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
    const where: string[] = [];
    const { accounts } = within;
    if (accounts.kind !== 'EVERYWHERE') {
      // Accounts of the jurisdiction (the account's region at the time of the attempt); unknown usernames if allowed.
      const mine = accounts.kind === 'NOWHERE' ? 'false' : `region_code LIKE ${p(accounts.code + '%')}`;
      where.push(within.unknownUsernames ? `(${mine} OR user_id IS NULL)` : mine);
    }
    if (filter.username) where.push(`username = ${p(filter.username)}`);
    if (filter.success != null) where.push(`success = ${p(filter.success)}`);
    if (filter.from) where.push(`at >= ${p(filter.from)}`);
    if (filter.to) where.push(`at < ${p(filter.to)}`);
    if (filter.clientAddress) where.push(`client_address = ${p(filter.clientAddress)}`);
    if (!where.length) where.push('true');
    return { where, params };
  }

  /** Counters that are not locked and saw no failure for the window are the same as none. */
  async purgeStaleCounters(windowSeconds: number): Promise<number> {
    const [, count] = (await this.dataSource.query(
      `DELETE FROM personnel.login_throttle
        WHERE (locked_until IS NULL OR locked_until < now()) AND (last_failure_at IS NULL OR last_failure_at < now() - make_interval(secs => $1))`,
      [windowSeconds],
    )) as [unknown, number];
    return count ?? 0;
  }
}
