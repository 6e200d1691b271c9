/**
 * Signing in and out, and the login log.
 *
 * `login`: backoff per account and per client address (domain/login-throttle.ts), the login log, the
 * token, and the identity the rest of the request runs as (context.ts loginOnce). Two short transactions
 * around the password check, so no row lock is held during scrypt:
 *   1. lock both counters, admit or refuse (a refused attempt is logged here, the password unchecked);
 *   2. after the check: on success reset the account's counter and give the address its failure back;
 *      log the attempt.
 */
import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import {
  authorize, badInput, decodeKeyCursor, encodeKeyCursor, forbidden, inTransaction, pageSize, rateLimited, signUserToken, toConnection,
  unauthenticated, ValidationErrors, type Connection, type Identity, type Role,
} from '@zz/common';
import type { UserEntity } from '../store/entities/user.entity';
import type { LoginAttemptFilter, LoginAttemptRow } from '../store/login-store';
import { loginLogFilter } from '../domain/access';
import { normaliseUsername, outcomeOf, type LoginOutcome } from '../domain/login';
import { admit, succeeded, type Counter, type CounterKind } from '../domain/login-throttle';
import { verifyPassword } from '../domain/passwords';
import type { Actor, RequestState, ServiceDeps } from './request';

// A constant hash to compare against when the user does not exist, so timing does not reveal usernames.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function identityOf(u: UserEntity): Identity {
  return {
    kind: 'user', userId: u.id, username: u.username, roles: u.roles as Role[], regionId: u.regionId, regionCode: u.regionCode,
    mediatorId: u.mediatorId, departmentId: u.departmentId, partner: u.partner, tokenVersion: u.tokenVersion,
  };
}

export interface LoginResult {
  token: string;
  user: UserEntity;
  expiresAt: Date;
  /** The identity the token proves: the rest of the request runs as it. */
  identity: Identity;
}

export interface LoginAttemptArgs {
  filter?: { username?: string | null; success?: boolean | null; from?: Date | string | null; to?: Date | string | null; clientAddress?: string | null } | null;
  first?: number | null;
  after?: string | null;
}

function parseFilter(f: NonNullable<LoginAttemptArgs['filter']>): LoginAttemptFilter {
  const errors = new ValidationErrors();
  const from = f.from ? new Date(f.from) : null;
  const to = f.to ? new Date(f.to) : null;
  if (from && to && from > to) errors.add('filter.to', '结束时间不能早于开始时间 (to is before from)');
  const address = f.clientAddress?.trim().toLowerCase() || null;
  if (address && !isIP(address)) errors.add('filter.clientAddress', '不是有效的 IP 地址 (not an IP address)');
  errors.throwIfAny();
  // The log holds usernames normalised as login does: match them the same way.
  return { username: f.username ? normaliseUsername(f.username) : null, success: f.success ?? null, from, to, clientAddress: address };
}

export class LoginService {
  constructor(private readonly deps: ServiceDeps, private readonly req: RequestState) {}

  async login(_actor: Actor, typedUsername: string, password: string): Promise<LoginResult> {
    const { config, dataSource, stores: { users, logins } } = this.deps;
    const username = normaliseUsername(typedUsername);
    const address = this.req.clientAddress;
    const user = username ? await users.byUsername(username) : null;
    const log = (reason: LoginOutcome) => ({ username, userId: user?.id ?? null, regionCode: user?.regionCode ?? null, clientAddress: address, reason });
    const keys: [CounterKind, string][] = [['ACCOUNT', username], ...(address ? [['ADDRESS', address] as [CounterKind, string]] : [])];
    const policy = (kind: CounterKind) => ({ ...config.login, maxFailures: kind === 'ACCOUNT' ? config.login.maxFailures : config.login.maxFailuresPerAddress });

    const admission = await inTransaction(dataSource, async (m) => {
      const counters: Counter[] = [];
      for (const [kind, key] of keys) counters.push({ kind, state: await logins.lockCounter(m, kind, key), policy: policy(kind) });
      const d = admit(counters, new Date());
      for (const [i, [kind, key]] of keys.entries()) await logins.saveCounter(m, kind, key, d.next[i]);
      if (!d.admitted) await logins.record(m, log(d.refusedBy === 'ADDRESS' ? 'LOCKED_ADDRESS' : 'LOCKED_ACCOUNT'));
      return d;
    });
    // The same answer whether or not the account exists, and whatever the password.
    if (!admission.admitted) {
      throw rateLimited(`登录失败次数过多，请 ${admission.retryAfterSeconds} 秒后再试 (too many failed logins, retry in ${admission.retryAfterSeconds} s)`, admission.retryAfterSeconds);
    }

    const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH).catch(() => false);
    const outcome = outcomeOf(user, matches);
    await inTransaction(dataSource, async (m) => {
      if (outcome === 'SUCCESS') {
        for (const [kind, key] of keys) await logins.saveCounter(m, kind, key, succeeded(kind, await logins.lockCounter(m, kind, key)));
      }
      await logins.record(m, log(outcome));
    });
    if (outcome === 'ACCOUNT_DISABLED') throw unauthenticated('账号已停用 (account disabled)');
    if (outcome !== 'SUCCESS' || !user) throw unauthenticated('用户名或密码错误 (wrong username or password)');

    const ttl = config.tokenTtlSeconds;
    const expiresAt = new Date(Date.now() + ttl * 1000);
    const identity: Identity = { ...identityOf(user), jti: randomUUID(), expiresAt: expiresAt.getTime() };
    const token = await signUserToken(identity, config.jwtSecret, ttl);
    return { token, user, expiresAt, identity };
  }

  /**
   * Revokes the token of this request (its jti is kept until the token would expire), or with
   * `allDevices` every token of the account (the token version moves on, as on disable).
   */
  async logout(actor: Actor, allDevices: boolean): Promise<boolean> {
    authorize(actor.identity, 'Mutation.logout');
    const { identity } = actor;
    const { config, dataSource, stores } = this.deps;
    if (identity.kind !== 'user' || !identity.userId) throw unauthenticated('请先登录 (authentication required)');
    if (allDevices) {
      await inTransaction(dataSource, (m) => stores.users.bumpTokenVersion(m, identity.userId!));
    } else {
      if (!identity.jti) throw badInput('该令牌没有编号，请使用 allDevices: true 注销 (token has no jti: use allDevices)', 'allDevices');
      const expiresAt = new Date(identity.expiresAt ?? Date.now() + config.tokenTtlSeconds * 1000);
      await inTransaction(dataSource, (m) => stores.tokens.revoke(m, identity.jti!, identity.userId!, expiresAt));
    }
    this.req.tokenStatusChanged.add(identity.userId);
    return true;
  }

  /** `loginAttempts`: the login log as a SUPERVISOR or ADMIN may read it (domain/access.ts attemptReadScope). */
  async attempts(actor: Actor, args: LoginAttemptArgs): Promise<Connection<LoginAttemptRow>> {
    authorize(actor.identity, 'Query.loginAttempts');
    const within = loginLogFilter(actor.identity, actor.scope);
    if (!within) throw forbidden('账号没有辖区，不能查看登录记录 (the account has no jurisdiction)');
    const { config, stores: { logins } } = this.deps;
    const limit = pageSize(args.first, config.limits.maxFirst);
    const filter = parseFilter(args.filter ?? {});
    const after = decodeKeyCursor(args.after);
    if (after && (after.length !== 1 || typeof after[0] !== 'string' || !/^\d{1,19}$/.test(after[0]))) throw badInput('无效的分页游标 (invalid cursor)', 'after');
    const rows = await logins.page(within, filter, limit, after ? (after[0] as string) : null);
    return toConnection(rows, limit, (a) => encodeKeyCursor([a.id]), () => logins.count(within, filter));
  }
}
