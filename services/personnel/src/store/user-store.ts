import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import type { Role } from '@zz/common';
import type { RegionFilter } from '../domain/access';
import { UserEntity } from './entities/user.entity';
import { whereRegion } from './region-sql';

export interface NewUserRow {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  regionId: string;
  regionCode: string;
  mediatorId: string | null;
  departmentId: string | null;
  partner: string | null;
}

export interface UserListFilter {
  regionCode?: string | null;
  role?: Role | null;
  active?: boolean | null;
}

export class UserStore {
  private readonly repo: Repository<UserEntity>;
  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(UserEntity);
  }
  byUsername(username: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ username });
  }
  byIds(ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length ? this.repo.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }
  /** Accounts within the filter the service decided (the caller's jurisdiction), by username; `limit + 1` rows. */
  page(within: RegionFilter, filter: UserListFilter, limit: number, afterUsername: string | null): Promise<UserEntity[]> {
    const qb = this.listQuery(within, filter).orderBy('u.username', 'ASC').limit(limit + 1);
    if (afterUsername !== null) qb.andWhere('u.username > :after', { after: afterUsername });
    return qb.getMany();
  }

  /** Active leaders (LEADER role) whose region is one of `codes`, nearest (longest code) first, then by name. */
  leadersAt(codes: readonly string[]): Promise<UserEntity[]> {
    if (!codes.length) return Promise.resolve([]);
    return this.repo.createQueryBuilder('u')
      .where('u.region_code IN (:...codes)', { codes: [...codes] })
      .andWhere(`'LEADER' = ANY(u.roles)`).andWhere('u.active')
      .orderBy('length(u.region_code)', 'DESC').addOrderBy('u.display_name', 'ASC').addOrderBy('u.id', 'ASC')
      .getMany();
  }

  count(within: RegionFilter, filter: UserListFilter): Promise<number> {
    return this.listQuery(within, filter).getCount();
  }

  private listQuery(within: RegionFilter, filter: UserListFilter) {
    const qb = this.repo.createQueryBuilder('u');
    if (filter.regionCode) qb.andWhere('u.region_code LIKE :sub', { sub: filter.regionCode + '%' });
    if (filter.role) qb.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.active != null) qb.andWhere('u.active = :active', { active: filter.active });
    return whereRegion(qb, 'u', within);
  }

  async insert(manager: EntityManager, row: NewUserRow): Promise<void> {
    await manager.getRepository(UserEntity).insert({ ...row, active: true, tokenVersion: 0 });
  }

  lockById(manager: EntityManager, id: string): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).createQueryBuilder('u').where('u.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** Disabling or a new password bumps the token version: every token issued before is refused by the gateway. */
  async setActive(manager: EntityManager, id: string, active: boolean, bumpTokenVersion: boolean): Promise<void> {
    await manager.getRepository(UserEntity).createQueryBuilder().update()
      .set({ active, ...(bumpTokenVersion ? { tokenVersion: () => 'token_version + 1' } : {}) })
      .where('id = :id', { id }).execute();
  }

  /** Logout on all devices: every token issued so far is refused (the account stays active). */
  async bumpTokenVersion(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(UserEntity).createQueryBuilder().update()
      .set({ tokenVersion: () => 'token_version + 1' })
      .where('id = :id', { id }).execute();
  }

  async setPassword(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.getRepository(UserEntity).createQueryBuilder().update()
      .set({ passwordHash, tokenVersion: () => 'token_version + 1' })
      .where('id = :id', { id }).execute();
  }
}
