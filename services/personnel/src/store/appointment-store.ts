import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import type { AppointmentFilter } from '../domain/access';
import { AppointmentEntity } from './entities/appointment.entity';

export interface TimeRange {
  start: Date;
  end: Date;
}

/** Studio appointments. The exclusion constraint on the table is the only double-booking guard. */
export class AppointmentStore {
  private readonly repo: Repository<AppointmentEntity>;
  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(AppointmentEntity);
  }

  byIds(ids: readonly string[]): Promise<AppointmentEntity[]> {
    return ids.length ? this.repo.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /**
   * Appointments starting in `range` within the filter the service decided (domain/access.ts
   * appointmentFilter: the caller's region, its own studio, its own bookings).
   */
  listForDay(within: AppointmentFilter, range: TimeRange, mediatorId: string | null): Promise<AppointmentEntity[]> {
    const qb = this.repo.createQueryBuilder('a')
      .where('a.starts_at >= :start AND a.starts_at < :end', { start: range.start, end: range.end })
      .orderBy('a.starts_at').addOrderBy('a.id');
    if (mediatorId) qb.andWhere('a.mediator_id = :mediatorId', { mediatorId });
    if (within.kind === 'NOWHERE') return Promise.resolve([]);
    if (within.kind === 'ANY_OF') {
      const ors: string[] = [];
      if (within.regionUnder !== null) ors.push('a.region_code LIKE :pattern');
      if (within.mediatorId) ors.push('a.mediator_id = :ownMediator');
      if (within.bookedBy) ors.push('a.booked_by = :uid');
      qb.andWhere(`(${ors.join(' OR ')})`, { pattern: within.regionUnder + '%', ownMediator: within.mediatorId, uid: within.bookedBy });
    }
    return qb.getMany();
  }

  /** BOOKED intervals of several mediators overlapping several ranges, for `Mediator.bookedSlots`. */
  async bookedBetween(mediatorIds: readonly string[], from: Date, to: Date): Promise<AppointmentEntity[]> {
    if (!mediatorIds.length) return [];
    return this.repo.createQueryBuilder('a')
      .where('a.mediator_id = ANY(:ids)', { ids: [...mediatorIds] })
      .andWhere(`a.status = 'BOOKED'`)
      .andWhere('a.starts_at < :to AND a.ends_at > :from', { from, to })
      .orderBy('a.starts_at').getMany();
  }

  async insert(manager: EntityManager, row: AppointmentEntity): Promise<void> {
    await manager.getRepository(AppointmentEntity).insert(row);
  }

  lockById(manager: EntityManager, id: string): Promise<AppointmentEntity | null> {
    return manager.getRepository(AppointmentEntity).createQueryBuilder('a').where('a.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async cancel(manager: EntityManager, id: string, by: string | null, reason: string | null, at: Date): Promise<void> {
    await manager.getRepository(AppointmentEntity).update({ id }, { status: 'CANCELLED', cancelledAt: at, cancelledBy: by, cancelReason: reason });
  }
}
