import { In, type DataSource, type Repository } from 'typeorm';
import type { RegionFilter } from '../domain/access';
import { CenterEntity, type CenterLevel } from './entities/center.entity';
import { DepartmentEntity } from './entities/department.entity';
import { StaffEntity } from './entities/staff.entity';
import { StationingEntity } from './entities/stationing.entity';
import { whereRegion } from './region-sql';

/** Centers, departments, stationing and staff. Lists of centers take the region filter the service decided. */
export class OrganisationStore {
  private readonly centers: Repository<CenterEntity>;
  private readonly departments: Repository<DepartmentEntity>;
  private readonly stationings: Repository<StationingEntity>;
  private readonly staff: Repository<StaffEntity>;

  constructor(dataSource: DataSource) {
    this.centers = dataSource.getRepository(CenterEntity);
    this.departments = dataSource.getRepository(DepartmentEntity);
    this.stationings = dataSource.getRepository(StationingEntity);
    this.staff = dataSource.getRepository(StaffEntity);
  }

  centersByIds(ids: readonly string[]): Promise<CenterEntity[]> {
    return ids.length ? this.centers.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  centersByRegionCodes(codes: readonly string[]): Promise<CenterEntity[]> {
    return codes.length ? this.centers.findBy({ regionCode: In([...codes]) }) : Promise.resolve([]);
  }

  listCenters(within: RegionFilter, level: CenterLevel | null): Promise<CenterEntity[]> {
    const qb = this.centers.createQueryBuilder('c').orderBy('c.region_code', 'ASC');
    if (level) qb.andWhere('c.level = :level', { level });
    return whereRegion(qb, 'c', within).getMany();
  }

  /** Of the centers at `codes` (a region and its chain upward), the one with the longest code (at `level` when given). */
  async centerFor(codes: string[], level: CenterLevel | null): Promise<CenterEntity | null> {
    const qb = this.centers.createQueryBuilder('c')
      .where('c.region_code = ANY(:codes)', { codes })
      .orderBy('length(c.region_code)', 'DESC')
      .limit(1);
    if (level) qb.andWhere('c.level = :level', { level });
    return qb.getOne();
  }

  allDepartments(): Promise<DepartmentEntity[]> {
    return this.departments.find({ order: { name: 'ASC', id: 'ASC' } });
  }

  departmentsByIds(ids: readonly string[]): Promise<DepartmentEntity[]> {
    return ids.length ? this.departments.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  stationingsByCenterIds(centerIds: readonly string[]): Promise<StationingEntity[]> {
    return centerIds.length
      ? this.stationings.createQueryBuilder('s').innerJoin(DepartmentEntity, 'd', 'd.id = s.department_id')
        .where('s.center_id = ANY(:ids)', { ids: [...centerIds] })
        .orderBy(`CASE s.mode WHEN 'RESIDENT' THEN 0 WHEN 'ROTATING' THEN 1 WHEN 'ON_CALL' THEN 2 ELSE 3 END`).addOrderBy('d.name').addOrderBy('s.department_id')
        .getMany()
      : Promise.resolve([]);
  }

  staffByCenterIds(centerIds: readonly string[]): Promise<StaffEntity[]> {
    return centerIds.length
      ? this.staff.createQueryBuilder('s').where('s.center_id = ANY(:ids)', { ids: [...centerIds] }).andWhere('s.active')
        .orderBy('s.kind', 'DESC').addOrderBy('s.department_id').addOrderBy('s.id').getMany()
      : Promise.resolve([]);
  }

  staffByIds(ids: readonly string[]): Promise<StaffEntity[]> {
    return ids.length ? this.staff.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }
}
