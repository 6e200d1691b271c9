import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Scope } from '@zz/common';
import type { CandidateKind, DisputeType } from '../domain/matching';
import type { MediatorProfile } from '../domain/mediators';
import { MediatorEntity } from './entities/mediator.entity';
import type { CenterEntity } from './entities/center.entity';
import { selfAndAncestorCodes, whereInScope } from './scope-sql';

export interface MediatorListFilter {
  centerId?: string | null;
  specialty?: DisputeType | null;
  language?: string | null;
  goldTeam?: boolean | null;
  kind?: CandidateKind | null;
  available?: boolean | null;
}

/** Page order: by center region code (county first), then name, then id. */
export type MediatorCursor = [string, string, string];

/** The mediator pool and the expert pools. Visible: the caller's subtree and its chain upward. */
export class MediatorStore {
  private readonly repo: Repository<MediatorEntity>;
  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(MediatorEntity);
  }

  byIds(ids: readonly string[]): Promise<MediatorEntity[]> {
    return ids.length ? this.repo.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  byCenterIds(centerIds: readonly string[]): Promise<MediatorEntity[]> {
    return centerIds.length
      ? this.repo.createQueryBuilder('m').where('m.center_id = ANY(:ids)', { ids: [...centerIds] })
        .orderBy('m.kind').addOrderBy('m.gold_team', 'DESC').addOrderBy('m.name').addOrderBy('m.id').getMany()
      : Promise.resolve([]);
  }

  private filtered(scope: Scope, filter: MediatorListFilter): SelectQueryBuilder<MediatorEntity> {
    const qb = this.repo.createQueryBuilder('m');
    if (filter.centerId) qb.andWhere('m.center_id = :centerId', { centerId: filter.centerId });
    if (filter.specialty) qb.andWhere(':specialty = ANY(m.specialties)', { specialty: filter.specialty });
    if (filter.language) qb.andWhere(':language = ANY(m.languages)', { language: filter.language.trim() });
    if (filter.goldTeam != null) qb.andWhere('m.gold_team = :goldTeam', { goldTeam: filter.goldTeam });
    if (filter.kind) qb.andWhere('m.kind = :kind', { kind: filter.kind });
    if (filter.available != null) qb.andWhere('m.available = :available', { available: filter.available });
    return whereInScope(qb, 'm', scope, 'containsOrAbove');
  }

  /** `limit + 1` rows after the cursor (the extra row says whether there is a next page). */
  page(scope: Scope, filter: MediatorListFilter, limit: number, after: MediatorCursor | null): Promise<MediatorEntity[]> {
    const qb = this.filtered(scope, filter)
      .orderBy('m.region_code', 'ASC').addOrderBy('m.name', 'ASC').addOrderBy('m.id', 'ASC')
      .limit(limit + 1);
    if (after) qb.andWhere('(m.region_code, m.name, m.id) > (:c0, :c1, :c2::uuid)', { c0: after[0], c1: after[1], c2: after[2] });
    return qb.getMany();
  }

  count(scope: Scope, filter: MediatorListFilter): Promise<number> {
    return this.filtered(scope, filter).getCount();
  }

  goldTeam(scope: Scope): Promise<MediatorEntity[]> {
    return whereInScope(this.repo.createQueryBuilder('m').where('m.gold_team'), 'm', scope, 'containsOrAbove')
      .orderBy('m.region_code').addOrderBy('m.name').addOrderBy('m.id').getMany();
  }

  experts(scope: Scope, kinds: CandidateKind[]): Promise<MediatorEntity[]> {
    return whereInScope(this.repo.createQueryBuilder('m').where('m.kind = ANY(:kinds)', { kinds }), 'm', scope, 'containsOrAbove')
      .orderBy('m.kind').addOrderBy('m.region_code').addOrderBy('m.name').addOrderBy('m.id').getMany();
  }

  /**
   * Matching candidates for a case at `caseRegionCode`: available records of the given kinds whose
   * center lies in the case's county or on the case's chain upward, and which the caller may see.
   * Mediators of other counties would score 0 for proximity anyway; leaving them out keeps the
   * candidate set one county's pool at any scale.
   */
  candidates(scope: Scope, caseRegionCode: string, kinds: CandidateKind[]): Promise<MediatorEntity[]> {
    const qb = this.repo.createQueryBuilder('m')
      .where('m.available')
      .andWhere('m.kind = ANY(:kinds)', { kinds })
      .andWhere('(m.region_code LIKE :county OR m.region_code = ANY(:chain))', {
        county: caseRegionCode.slice(0, 6) + '%', chain: selfAndAncestorCodes(caseRegionCode),
      })
      .orderBy('m.id');
    return whereInScope(qb, 'm', scope, 'containsOrAbove').getMany();
  }

  async create(profile: MediatorProfile, center: CenterEntity): Promise<MediatorEntity> {
    const row = this.repo.create({
      id: randomUUID(), name: profile.name, kind: profile.kind, centerId: center.id, regionCode: center.regionCode,
      specialties: profile.specialties, languages: profile.languages, goldTeam: profile.goldTeam, brand: profile.brand,
      available: profile.available, title: profile.title, phone: profile.phone, studioHours: null,
    });
    return this.repo.save(row);
  }

  /** Locks the row for an update in `manager`'s transaction. */
  lockById(manager: EntityManager, id: string): Promise<MediatorEntity | null> {
    return manager.getRepository(MediatorEntity).createQueryBuilder('m').where('m.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async update(manager: EntityManager, id: string, profile: MediatorProfile): Promise<void> {
    await manager.getRepository(MediatorEntity).update({ id }, {
      specialties: profile.specialties, languages: profile.languages, goldTeam: profile.goldTeam, brand: profile.brand,
      available: profile.available, title: profile.title, phone: profile.phone,
    });
  }
}
