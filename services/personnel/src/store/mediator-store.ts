import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { RegionFilter } from '../domain/access';
import type { CandidateKind, DisputeType } from '../domain/matching';
import type { MediatorProfile } from '../domain/mediators';
import { MediatorEntity } from './entities/mediator.entity';
import type { CenterEntity } from './entities/center.entity';
import { whereRegion } from './region-sql';

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

/** The mediator pool and the expert pools. Lists take the region filter the service decided (domain/access.ts inSightFilter). */
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

  private filtered(within: RegionFilter, filter: MediatorListFilter): SelectQueryBuilder<MediatorEntity> {
    const qb = this.repo.createQueryBuilder('m');
    if (filter.centerId) qb.andWhere('m.center_id = :centerId', { centerId: filter.centerId });
    if (filter.specialty) qb.andWhere(':specialty = ANY(m.specialties)', { specialty: filter.specialty });
    if (filter.language) qb.andWhere(':language = ANY(m.languages)', { language: filter.language.trim() });
    if (filter.goldTeam != null) qb.andWhere('m.gold_team = :goldTeam', { goldTeam: filter.goldTeam });
    if (filter.kind) qb.andWhere('m.kind = :kind', { kind: filter.kind });
    if (filter.available != null) qb.andWhere('m.available = :available', { available: filter.available });
    return whereRegion(qb, 'm', within);
  }

  /** `limit + 1` rows after the cursor (the extra row says whether there is a next page). */
  page(within: RegionFilter, filter: MediatorListFilter, limit: number, after: MediatorCursor | null): Promise<MediatorEntity[]> {
    const qb = this.filtered(within, filter)
      .orderBy('m.region_code', 'ASC').addOrderBy('m.name', 'ASC').addOrderBy('m.id', 'ASC')
      .limit(limit + 1);
    if (after) qb.andWhere('(m.region_code, m.name, m.id) > (:c0, :c1, :c2::uuid)', { c0: after[0], c1: after[1], c2: after[2] });
    return qb.getMany();
  }

  count(within: RegionFilter, filter: MediatorListFilter): Promise<number> {
    return this.filtered(within, filter).getCount();
  }

  goldTeam(within: RegionFilter): Promise<MediatorEntity[]> {
    return whereRegion(this.repo.createQueryBuilder('m').where('m.gold_team'), 'm', within)
      .orderBy('m.region_code').addOrderBy('m.name').addOrderBy('m.id').getMany();
  }

  experts(within: RegionFilter, kinds: CandidateKind[]): Promise<MediatorEntity[]> {
    return whereRegion(this.repo.createQueryBuilder('m').where('m.kind = ANY(:kinds)', { kinds }), 'm', within)
      .orderBy('m.kind').addOrderBy('m.region_code').addOrderBy('m.name').addOrderBy('m.id').getMany();
  }

  /**
   * Matching candidates: available records of the given kinds whose center lies under `area.county`
   * or is one of `area.chain` (domain/regions.ts candidateArea), within the caller's filter.
   */
  candidates(within: RegionFilter, area: { county: string; chain: string[] }, kinds: CandidateKind[]): Promise<MediatorEntity[]> {
    const qb = this.repo.createQueryBuilder('m')
      .where('m.available')
      .andWhere('m.kind = ANY(:kinds)', { kinds })
      .andWhere('(m.region_code LIKE :county OR m.region_code = ANY(:chain))', {
        county: area.county + '%', chain: area.chain,
      })
      .orderBy('m.id');
    return whereRegion(qb, 'm', within).getMany();
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
