import { randomUUID } from 'node:crypto';
import {
  conflict, DomainError, inTransaction, notFound, pgErrorCode, PG_UNIQUE_VIOLATION, requireRole, requireUser, signUserToken,
  unauthenticated, badInput, Scope, type Identity, type Role,
} from '@zz/common';
import type { PersonnelContext } from '../context';
import type { UserEntity } from '../db/entities/user.entity';
import { validateNewUser, isUuid, type NewUserInput } from '../domain/accounts';
import { hashPassword, validateNewPassword, verifyPassword } from '../domain/passwords';
import { manageableUser } from './visibility';

// A constant hash to compare against when the user does not exist, so timing does not reveal usernames.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function identityOf(u: UserEntity): Identity {
  return {
    kind: 'user', userId: u.id, username: u.username, roles: u.roles as Role[], regionId: u.regionId, regionCode: u.regionCode,
    mediatorId: u.mediatorId, departmentId: u.departmentId, partner: u.partner, tokenVersion: u.tokenVersion,
  };
}

export async function login(ctx: PersonnelContext, username: string, password: string) {
  if (ctx.authenticated) throw badInput('一次请求只能登录一次 (one login per request)', 'username');
  const user = await ctx.users.byUsername(username.trim().toLowerCase());
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH).catch(() => false);
  if (!user || !ok) throw unauthenticated('用户名或密码错误 (wrong username or password)');
  if (!user.active) throw unauthenticated('账号已停用 (account disabled)');
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

/** ADMIN creates an account in its own jurisdiction; the region is checked with grid as the admin sees it. */
export async function createUser(ctx: PersonnelContext, input: NewUserInput): Promise<UserEntity> {
  requireUser(ctx.identity);
  requireRole(ctx.identity, 'ADMIN');
  const u = validateNewUser(input);
  const region = await ctx.peers.region(u.regionId, ctx.identity);
  if (!region || !ctx.scope.contains(region.code)) throw new DomainError('FORBIDDEN', '所属区域不在您的辖区内', 'input.regionId');
  if (region.level === 'GRID' && !u.roles.every((r) => r === 'GRID_WORKER')) {
    throw new DomainError('BAD_USER_INPUT', '网格级账号只能是网格员', 'input.regionId');
  }
  if (u.mediatorId) {
    const m = await ctx.loaders.mediatorById.load(u.mediatorId);
    if (!m || !ctx.scope.containsOrAbove(m.regionCode)) throw badInput('调解员档案不存在', 'input.mediatorId');
  }
  if (u.departmentId && !(await ctx.loaders.departmentById.load(u.departmentId))) throw badInput('部门不存在', 'input.departmentId');

  const passwordHash = await hashPassword(u.password);
  const id = randomUUID();
  try {
    await inTransaction(ctx.dataSource, (m) => ctx.users.insert(m, {
      id, username: u.username, displayName: u.displayName, passwordHash, roles: u.roles, regionId: region.id, regionCode: region.code,
      mediatorId: u.mediatorId, departmentId: u.departmentId, partner: u.partner,
    }));
  } catch (err) {
    if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw new DomainError('CONFLICT', `登录名 ${u.username} 已被使用`, 'input.username');
    throw err;
  }
  return (await ctx.users.byIds([id]))[0];
}

async function loadManageable(ctx: PersonnelContext, id: string): Promise<UserEntity> {
  requireUser(ctx.identity);
  requireRole(ctx.identity, 'ADMIN');
  const target = manageableUser(ctx, isUuid(id) ? await ctx.loaders.userById.load(id) : null);
  if (!target) throw notFound('账号不存在');
  return target;
}

async function reload(ctx: PersonnelContext, id: string): Promise<UserEntity> {
  ctx.loaders.userById.clear(id);
  return (await ctx.loaders.userById.load(id))!;
}

/**
 * Disabling bumps the token version in the same statement, so every token issued before is refused
 * by the gateway at once (it asks /internal/token-status, cached TOKEN_STATUS_CACHE_MS).
 */
export async function disableUser(ctx: PersonnelContext, id: string): Promise<UserEntity> {
  const target = await loadManageable(ctx, id);
  if (target.id === ctx.identity.userId) throw conflict('不能停用自己的账号');
  await inTransaction(ctx.dataSource, async (m) => {
    const locked = await ctx.users.lockById(m, target.id);
    if (locked?.active) await ctx.users.setActive(m, target.id, false, true);
  });
  ctx.tokenStatusChanged.add(target.id);
  return reload(ctx, target.id);
}

/** Re-enabling does not revive old tokens (their version was bumped at disable): the user logs in again. */
export async function enableUser(ctx: PersonnelContext, id: string): Promise<UserEntity> {
  const target = await loadManageable(ctx, id);
  await inTransaction(ctx.dataSource, async (m) => {
    const locked = await ctx.users.lockById(m, target.id);
    if (locked && !locked.active) await ctx.users.setActive(m, target.id, true, false);
  });
  return reload(ctx, target.id);
}

export async function resetPassword(ctx: PersonnelContext, id: string, password: string): Promise<UserEntity> {
  const target = await loadManageable(ctx, id);
  validateNewPassword(password, 'password');
  const hash = await hashPassword(password);
  await inTransaction(ctx.dataSource, (m) => ctx.users.setPassword(m, target.id, hash));
  ctx.tokenStatusChanged.add(target.id);
  return reload(ctx, target.id);
}

/**
 * Revokes the token of this request (its jti is kept until the token would expire), or with
 * `allDevices` every token of the account (the token version moves on, as on disable).
 */
export async function logout(ctx: PersonnelContext, allDevices: boolean): Promise<boolean> {
  const { identity } = ctx;
  if (identity.kind !== 'user' || !identity.userId) throw unauthenticated('请先登录 (authentication required)');
  if (allDevices) {
    await inTransaction(ctx.dataSource, (m) => ctx.users.bumpTokenVersion(m, identity.userId!));
  } else {
    if (!identity.jti) throw badInput('该令牌没有编号，请使用 allDevices: true 注销 (token has no jti: use allDevices)', 'allDevices');
    const expiresAt = new Date(identity.expiresAt ?? Date.now() + ctx.config.tokenTtlSeconds * 1000);
    await inTransaction(ctx.dataSource, (m) => ctx.tokens.revoke(m, identity.jti!, identity.userId!, expiresAt));
  }
  ctx.tokenStatusChanged.add(identity.userId);
  return true;
}
