import { AuditLog1763800000300, createDataSource, type Config } from '@zz/common';
import { EventLog1763800000000 } from '@zz/events';
import { RegionEntity } from './entities/region.entity';
import { GridEntity } from './entities/grid.entity';
import { GridWorkerEntity } from './entities/grid-worker.entity';
import { BuildingHeadEntity } from './entities/building-head.entity';
import { KeyPersonEntity } from './entities/key-person.entity';
import { GridReportEntity } from './entities/grid-report.entity';
import { PatrolTaskEntity } from './entities/patrol-task.entity';
import { KeyPersonVisitEntity } from './entities/key-person-visit.entity';
import { Territory1763800000100 } from './migrations/1763800000100-Territory';
import { Grids1763800003001 } from './migrations/1763800003001-Grids';
import { ReportsAndPatrols1763800003002 } from './migrations/1763800003002-ReportsAndPatrols';
import { KeyPersonCare1766300004010 } from './migrations/1766300004010-KeyPersonCare';
import { KeyPersonRisk1766300004020 } from './migrations/1766300004020-KeyPersonRisk';
import { KeyPersonRiskEntity } from './entities/key-person-risk.entity';

export const GRID_SCHEMA = 'grid';

export const GRID_ENTITIES = [RegionEntity, GridEntity, GridWorkerEntity, BuildingHeadEntity, KeyPersonEntity, GridReportEntity, PatrolTaskEntity, KeyPersonVisitEntity, KeyPersonRiskEntity];
export const GRID_MIGRATIONS = [EventLog1763800000000, AuditLog1763800000300, Territory1763800000100, Grids1763800003001, ReportsAndPatrols1763800003002, KeyPersonCare1766300004010, KeyPersonRisk1766300004020];

export function createGridDataSource(config: Config, url: string, options: { poolSize?: number } = {}) {
  return createDataSource({
    schema: GRID_SCHEMA,
    url,
    entities: GRID_ENTITIES,
    migrations: GRID_MIGRATIONS,
    countSql: config.countSql,
    poolSize: options.poolSize,
  });
}
