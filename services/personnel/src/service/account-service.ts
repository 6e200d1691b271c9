/** Staff accounts (账号管理): reading them, and an ADMIN creating, disabling, enabling and resetting them in its jurisdiction. */
import { randomUUID } from 'node:crypto';
import {
  authorize, badInput, conflict, decodeKeyCursor, DomainError, encodeKeyCursor, inTransaction, isUuid, mayCall, notFound, pageSize, pgErrorCode,
  PG_UNIQUE_VIOLATION, selfAndAncestorCodes, toConnection, type Connection, type Role,
} from '@zz/common';
import type { UserEntity } from '../store/entities/user.entity';
import { inJurisdiction, inSight, jurisdictionFilter } from '../domain/access';
import { validateNewUser, type NewUserInput } from '../domain/accounts';
import { hashPassword, validateNewPassword } from '../domain/passwords';
import { loadIf, type Actor, type RequestState, type ServiceDeps } from './request';

export interface UserListArgs {
  filter?: { role?: Role | null; active?: boolean | null; regionId?: string | null } | null;
  first?: number | null;
  after?: string | null;
}

export class AccountService {
  constructor(private readonly deps: ServiceDeps, private readonly req: RequestState) {}

  async me(actor: Actor): Promise<UserEntity | null> {
    authorize(actor.identity, 'Query.me');
    return actor.identity.userId ? this.req.loaders.userById.load(actor.identity.userId) : null;
  }

  /** Accounts of the caller's jurisdiction; a region filter only narrows it. */
  async list(actor: Actor, args: UserListArgs): Promise<Connection<UserEntity>> {
    authorize(actor.identity, 'Query.users');
    const { config, peers, stores } = this.deps;
    const limit = pageSize(args.first, config.limits.maxFirst);
    const filter = { role: args.filter?.role ?? null, active: args.filter?.active ?? null, regionCode: null as string | null };
    if (args.filter?.regionId) {
      const region = isUuid(args.filter.regionId) ? await peers.region(args.filter.regionId, actor.identity) : null;
      // A filter only narrows: a region outside the jurisdiction gives an empty list.
      if (!region || !inJurisdiction(actor.scope, region.code)) return toConnection([], limit, () => '', 0);
      filter.regionCode = region.code;
    }
    const after = decodeKeyCursor(args.after);
    if (after && (after.length !== 1 || typeof after[0] !== 'string')) throw badInput('无效的分页游标 (invalid cursor)', 'after');
    const within = jurisdictionFilter(actor.scope);
    const rows = await stores.users.page(within, filter, limit, after ? (after[0] as string) : null);
    return toConnection(rows, limit, (u) => encodeKeyCursor([u.username]), () => stores.users.count(within, filter));
  }

  /**
   * 包案领导候选: the active leaders of a region and of the regions above it (a case of a village can be
   * led by its village's, town's or county's leader), as far as they lie in the caller's jurisdiction
   * (a town's supervisor does not name the county's leaders). A region out of sight is an empty list.
   */
  async leadersOf(actor: Actor, regionId: string): Promise<UserEntity[]> {
    authorize(actor.identity, 'Query.leadersOf');
    const region = isUuid(regionId) ? await this.deps.peers.region(regionId, actor.identity) : null;
    if (!region) return [];
    const leaders = await this.deps.stores.users.leadersAt(selfAndAncestorCodes(region.code));
    return leaders.filter((u) => inJurisdiction(actor.scope, u.regionCode));
  }

  async user(actor: Actor, id: string): Promise<UserEntity | null> {
    authorize(actor.identity, 'Query.user');
    return this.manageable(actor, await loadIf(id, (i) => this.req.loaders.userById.load(i)));
  }

  /**
   * A `User` reference. Staff of another jurisdiction are not listed by name, but the actor of a
   * visible case event is. Nobody resolves accounts without signing in (policy row Entity.User).
   */
  async userRef(actor: Actor, id: string): Promise<UserEntity | null> {
    if (!mayCall(actor.identity, 'Entity.User')) return null;
    return this.req.loaders.userById.load(id);
  }

  /** ADMIN creates an account in its own jurisdiction; the region is checked with grid as the admin sees it. */
  async create(actor: Actor, input: NewUserInput): Promise<UserEntity> {
    authorize(actor.identity, 'Mutation.createUser');
    const { dataSource, peers, stores } = this.deps;
    const { loaders } = this.req;
    const u = validateNewUser(input);
    const region = await peers.region(u.regionId, actor.identity);
    if (!region || !inJurisdiction(actor.scope, region.code)) throw new DomainError('FORBIDDEN', '所属区域不在您的辖区内', 'input.regionId');
    if (region.level === 'GRID' && !u.roles.every((r) => r === 'GRID_WORKER')) {
      throw new DomainError('BAD_USER_INPUT', '网格级账号只能是网格员', 'input.regionId');
    }
    if (u.mediatorId) {
      const m = await loaders.mediatorById.load(u.mediatorId);
      if (!m) throw badInput('调解员档案不存在', 'input.mediatorId');
      if (!inSight(actor.scope, m.regionCode)) throw new DomainError('FORBIDDEN', '调解员不在您的辖区内', 'input.mediatorId');
    }
    if (u.departmentId && !(await loaders.departmentById.load(u.departmentId))) throw badInput('部门不存在', 'input.departmentId');

    const passwordHash = await hashPassword(u.password);
    const id = randomUUID();
    try {
      await inTransaction(dataSource, (m) => stores.users.insert(m, {
        id, username: u.username, displayName: u.displayName, passwordHash, roles: u.roles, regionId: region.id, regionCode: region.code,
        mediatorId: u.mediatorId, departmentId: u.departmentId, partner: u.partner,
      }));
    } catch (err) {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw new DomainError('CONFLICT', `登录名 ${u.username} 已被使用`, 'input.username');
      throw err;
    }
    return (await stores.users.byIds([id]))[0];
  }

  /**
   * Disabling bumps the token version in the same statement, so every token issued before is refused
   * by the gateway at once (it asks /internal/token-status, cached TOKEN_STATUS_CACHE_MS).
   */
  async disable(actor: Actor, id: string): Promise<UserEntity> {
    const target = await this.loadManageable(actor, id, 'Mutation.disableUser');
    if (target.id === actor.identity.userId) throw conflict('不能停用自己的账号');
    const { users } = this.deps.stores;
    await inTransaction(this.deps.dataSource, async (m) => {
      const locked = await users.lockById(m, target.id);
      if (locked?.active) await users.setActive(m, target.id, false, true);
    });
    this.req.tokenStatusChanged.add(target.id);
    return this.reload(target.id);
  }

  /** Re-enabling does not revive old tokens (their version was bumped at disable): the user logs in again. */
  async enable(actor: Actor, id: string): Promise<UserEntity> {
    const target = await this.loadManageable(actor, id, 'Mutation.enableUser');
    const { users } = this.deps.stores;
    await inTransaction(this.deps.dataSource, async (m) => {
      const locked = await users.lockById(m, target.id);
      if (locked && !locked.active) await users.setActive(m, target.id, true, false);
    });
    return this.reload(target.id);
  }

  async resetPassword(actor: Actor, id: string, password: string): Promise<UserEntity> {
    const target = await this.loadManageable(actor, id, 'Mutation.resetPassword');
    validateNewPassword(password, 'password');
    const hash = await hashPassword(password);
    await inTransaction(this.deps.dataSource, (m) => this.deps.stores.users.setPassword(m, target.id, hash));
    this.req.tokenStatusChanged.add(target.id);
    return this.reload(target.id);
  }

  /** Admins manage accounts of their subtree only; elsewhere an account is not there (null). */
  private manageable(actor: Actor, u: UserEntity | null): UserEntity | null {
    return u && inJurisdiction(actor.scope, u.regionCode) ? u : null;
  }

  private async loadManageable(actor: Actor, id: string, field: string): Promise<UserEntity> {
    authorize(actor.identity, field);
    const target = this.manageable(actor, await loadIf(id, (i) => this.req.loaders.userById.load(i)));
    if (!target) throw notFound('账号不存在');
    return target;
  }

  private async reload(id: string): Promise<UserEntity> {
    this.req.loaders.userById.clear(id);
    return (await this.req.loaders.userById.load(id))!;
  }
}
