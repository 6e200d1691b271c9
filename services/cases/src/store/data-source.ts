import { AuditLog1763800000300, createDataSource, type Config } from '@zz/common';
import { EventLog1763800000000 } from '@zz/events';
import { CASE_ENTITIES } from './entities';
import { Cases1763800001001 } from './migrations/1763800001001-Cases';
import { StepEnteredAt1765000001002 } from './migrations/1765000001002-StepEnteredAt';
import { MediationSessions1763800001101 } from './migrations/1763800001101-MediationSessions';
import { ResolutionMode1763800001150 } from './migrations/1763800001150-ResolutionMode';
import { LeaderOwnership1763800001160 } from './migrations/1763800001160-LeaderOwnership';
import { RiskPlan1763800001170 } from './migrations/1763800001170-RiskPlan';
import { LeaderName1765000001180 } from './migrations/1765000001180-LeaderName';
import { JudicialConfirmation1765000001190 } from './migrations/1765000001190-JudicialConfirmation';
import { ConsultationAttendees1765000001070 } from './migrations/1765000001070-ConsultationAttendees';
import { CountyPolicyVersions1765000001080 } from './migrations/1765000001080-CountyPolicyVersions';
import { CaseHandlers1765000001210 } from './migrations/1765000001210-CaseHandlers';
import { CenterMeetings1765000001220 } from './migrations/1765000001220-CenterMeetings';
import { ResidentSelfService1766300003010 } from './migrations/1766300003010-ResidentSelfService';
import { ResidentSweep1766300003020 } from './migrations/1766300003020-ResidentSweep';

export const CASES_SCHEMA = 'cases';

export function createCasesDataSource(config: Config, url: string, options: { poolSize?: number } = {}) {
  return createDataSource({
    schema: CASES_SCHEMA,
    url,
    entities: CASE_ENTITIES,
    migrations: [EventLog1763800000000, AuditLog1763800000300, Cases1763800001001, MediationSessions1763800001101, ResolutionMode1763800001150,
      LeaderOwnership1763800001160, RiskPlan1763800001170, StepEnteredAt1765000001002, ConsultationAttendees1765000001070,
      CountyPolicyVersions1765000001080, LeaderName1765000001180, JudicialConfirmation1765000001190, CaseHandlers1765000001210,
      CenterMeetings1765000001220, ResidentSelfService1766300003010, ResidentSweep1766300003020],
    countSql: config.countSql,
    poolSize: options.poolSize,
  });
}
