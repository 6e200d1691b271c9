import { randomUUID } from 'node:crypto';
import {
  authorize, conflict, DomainError, inTransaction, notFound, pgErrorCode, PG_UNIQUE_VIOLATION, unauthenticated, badInput,
} from '@zz/common';
import type { PersonnelContext } from '../context';
import type { UserEntity } from '../store/entities/user.entity';
import { validateNewUser, isUuid, type NewUserInput } from '../domain/accounts';
import { hashPassword, validateNewPassword } from '../domain/passwords';
import { manageableUser } from './visibility';

/** ADMIN creates an account in its own jurisdiction; the region is checked with grid as the admin sees it. */
export async function createUser(ctx: PersonnelContext, input: NewUserInput): Promise<UserEntity> {
  authorize(ctx.identity, 'Mutation.createUser');
  const u = validateNewUser(input);
  const region = await ctx.peers.region(u.regionId, ctx.identity);
  if (!region || !ctx.scope.contains(region.code)) throw new DomainError('FORBIDDEN', '所属区域不在您的辖区内', 'input.regionId');
  if (region.level === 'GRID' && !u.roles.every((r) => r === 'GRID_WORKER')) {
    throw new DomainError('BAD_USER_INPUT', '网格级账号只能是网格员', 'input.regionId');
  }
  if (u.mediatorId) {
    const m = await ctx.loaders.mediatorById.load(u.mediatorId);
    if (!m) throw badInput('调解员档案不存在', 'input.mediatorId');
    if (!ctx.scope.containsOrAbove(m.regionCode)) throw new DomainError('FORBIDDEN', '调解员不在您的辖区内', 'input.mediatorId');
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

async function loadManageable(ctx: PersonnelContext, id: string, field: string): Promise<UserEntity> {
  authorize(ctx.identity, field);
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
  const target = await loadManageable(ctx, id, 'Mutation.disableUser');
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
  const target = await loadManageable(ctx, id, 'Mutation.enableUser');
  await inTransaction(ctx.dataSource, async (m) => {
    const locked = await ctx.users.lockById(m, target.id);
    if (locked && !locked.active) await ctx.users.setActive(m, target.id, true, false);
  });
  return reload(ctx, target.id);
}

export async function resetPassword(ctx: PersonnelContext, id: string, password: string): Promise<UserEntity> {
  const target = await loadManageable(ctx, id, 'Mutation.resetPassword');
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
  authorize(ctx.identity, 'Mutation.logout');
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
