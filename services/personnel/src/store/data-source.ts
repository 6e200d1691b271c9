import { AuditLog1763800000300, createDataSource, type Config } from '@zz/common';
import { EventLog1763800000000 } from '@zz/events';
import { ENTITIES } from './entities';
import { Users1763800000200 } from './migrations/1763800000200-Users';
import { Organisation1763800002001 } from './migrations/1763800002001-Organisation';
import { Appointments1763800002002 } from './migrations/1763800002002-Appointments';
import { Evaluations1763800002003 } from './migrations/1763800002003-Evaluations';
import { TokenRevocation1763800002004 } from './migrations/1763800002004-TokenRevocation';
import { LoginAttempts1763800002005 } from './migrations/1763800002005-LoginAttempts';
import { Rota1766300001010 } from './migrations/1766300001010-Rota';

export function createPersonnelDataSource(config: Config, url: string, options: { poolSize?: number } = {}) {
  return createDataSource({
    schema: 'personnel',
    url,
    entities: ENTITIES,
    migrations: [EventLog1763800000000, AuditLog1763800000300, Users1763800000200, Organisation1763800002001, Appointments1763800002002, Evaluations1763800002003, TokenRevocation1763800002004, LoginAttempts1763800002005, Rota1766300001010],
    countSql: config.countSql,
    poolSize: options.poolSize,
  });
}
