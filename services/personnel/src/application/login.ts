/**
 * `login`: backoff per account and per client address (domain/login-throttle.ts), the login log, the
 * token, and the request's new identity. Two short transactions around the password check, so no
 * row lock is held during scrypt:
 *   1. lock both counters, admit or refuse (a refused attempt is logged here, the password unchecked);
 *   2. after the check: on success reset the account's counter and give the address its failure back;
 *      log the attempt.
 */
import { randomUUID } from 'node:crypto';
import { badInput, inTransaction, rateLimited, Scope, signUserToken, unauthenticated, type Identity, type Role } from '@zz/common';
import type { PersonnelContext } from '../context';
import type { UserEntity } from '../store/entities/user.entity';
import { normaliseUsername, outcomeOf, type LoginOutcome } from '../domain/login';
import { admit, succeeded, type Counter, type CounterKind } from '../domain/login-throttle';
import { verifyPassword } from '../domain/passwords';

// A constant hash to compare against when the user does not exist, so timing does not reveal usernames.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function identityOf(u: UserEntity): Identity {
  return {
    kind: 'user', userId: u.id, username: u.username, roles: u.roles as Role[], regionId: u.regionId, regionCode: u.regionCode,
    mediatorId: u.mediatorId, departmentId: u.departmentId, partner: u.partner, tokenVersion: u.tokenVersion,
  };
}

export async function login(ctx: PersonnelContext, typedUsername: string, password: string) {
  if (ctx.authenticated) throw badInput('一次请求只能登录一次 (one login per request)', 'username');
  const username = normaliseUsername(typedUsername);
  const address = ctx.clientAddress;
  const user = username ? await ctx.users.byUsername(username) : null;
  const log = (reason: LoginOutcome) => ({ username, userId: user?.id ?? null, regionCode: user?.regionCode ?? null, clientAddress: address, reason });
  const keys: [CounterKind, string][] = [['ACCOUNT', username], ...(address ? [['ADDRESS', address] as [CounterKind, string]] : [])];
  const policy = (kind: CounterKind) => ({ ...ctx.config.login, maxFailures: kind === 'ACCOUNT' ? ctx.config.login.maxFailures : ctx.config.login.maxFailuresPerAddress });

  const admission = await inTransaction(ctx.dataSource, async (m) => {
    const counters: Counter[] = [];
    for (const [kind, key] of keys) counters.push({ kind, state: await ctx.logins.lockCounter(m, kind, key), policy: policy(kind) });
    const d = admit(counters, new Date());
    for (const [i, [kind, key]] of keys.entries()) await ctx.logins.saveCounter(m, kind, key, d.next[i]);
    if (!d.admitted) await ctx.logins.record(m, log(d.refusedBy === 'ADDRESS' ? 'LOCKED_ADDRESS' : 'LOCKED_ACCOUNT'));
    return d;
  });
  // The same answer whether or not the account exists, and whatever the password.
  if (!admission.admitted) {
    throw rateLimited(`登录失败次数过多，请 ${admission.retryAfterSeconds} 秒后再试 (too many failed logins, retry in ${admission.retryAfterSeconds} s)`, admission.retryAfterSeconds);
  }

  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH).catch(() => false);
  const outcome = outcomeOf(user, matches);
  await inTransaction(ctx.dataSource, async (m) => {
    if (outcome === 'SUCCESS') {
      for (const [kind, key] of keys) await ctx.logins.saveCounter(m, kind, key, succeeded(kind, await ctx.logins.lockCounter(m, kind, key)));
    }
    await ctx.logins.record(m, log(outcome));
  });
  if (outcome === 'ACCOUNT_DISABLED') throw unauthenticated('账号已停用 (account disabled)');
  if (outcome !== 'SUCCESS' || !user) throw unauthenticated('用户名或密码错误 (wrong username or password)');

  const ttl = ctx.config.tokenTtlSeconds;
  const expiresAt = new Date(Date.now() + ttl * 1000);
  const identity: Identity = { ...identityOf(user), jti: randomUUID(), expiresAt: expiresAt.getTime() };
  const token = await signUserToken(identity, ctx.config.jwtSecret, ttl);
  actAs(ctx, identity, token);
  return { token, user, expiresAt };
}

/**
 * From here on the request is the user's: the payload's own fields (e.g. `user { mediator }`) are
 * scoped to the new identity, and the gateway, told by AUTHENTICATED_HEADER, resolves the entities that
 * follow (`user { region }` in grid) as that user too. One login per request, so that every part of
 * the answer belongs to one identity.
 */
function actAs(ctx: PersonnelContext, identity: Identity, token: string): void {
  ctx.authenticated = { token, identity };
  ctx.identity = identity;
  ctx.scope = Scope.of(identity);
}
