import { AuditLog1763800000300, createDataSource, type Config } from '@zz/common';
import { EventLog1763800000000 } from '@zz/events';
import { ReadModel1763800004001 } from './migrations/1763800004001-ReadModel';
import { ReceivedIndex1763800004002 } from './migrations/1763800004002-ReceivedIndex';
import { RegionRollup1763800004003 } from './migrations/1763800004003-RegionRollup';
import { LetterRegionIndex1763800004004 } from './migrations/1763800004004-LetterRegionIndex';
import { AcceptedCount1763800004010 } from './migrations/1763800004010-AcceptedCount';
import { LadderDeadlines1765000004005 } from './migrations/1765000004005-LadderDeadlines';
import { ModeAndLeaderStats1765000004030 } from './migrations/1765000004030-ModeAndLeaderStats';
import { CountyPolicyVersions1765000004020 } from './migrations/1765000004020-CountyPolicyVersions';
import { LetterDocuments1766100004020 } from './migrations/1766100004020-LetterDocuments';
import { AcceptanceNotice1766200004040 } from './migrations/1766200004040-AcceptanceNotice';
import { CenterLetterSeries1766200004050 } from './migrations/1766200004050-CenterLetterSeries';
import { EvaluationAccountability1766300002001 } from './migrations/1766300002001-EvaluationAccountability';

export const SUPERVISION_SCHEMA = 'supervision';
export const SUPERVISION_MIGRATIONS = [EventLog1763800000000, AuditLog1763800000300, ReadModel1763800004001, ReceivedIndex1763800004002, RegionRollup1763800004003,
  LetterRegionIndex1763800004004, AcceptedCount1763800004010, LadderDeadlines1765000004005,
  CountyPolicyVersions1765000004020, ModeAndLeaderStats1765000004030, LetterDocuments1766100004020,
  AcceptanceNotice1766200004040, CenterLetterSeries1766200004050, EvaluationAccountability1766300002001];

/**
 * Supervision reads the event log and writes its read model in ONE transaction (exactly-once), so
 * its schema lives in the database that holds `events.dispatch_event` (the platform's one database).
 * No TypeORM entities: the stores speak SQL and return the row types of ./rows.
 */
export function createSupervisionDataSource(config: Config, url: string, options: { poolSize?: number } = {}) {
  return createDataSource({
    schema: SUPERVISION_SCHEMA,
    url,
    entities: [],
    migrations: SUPERVISION_MIGRATIONS,
    countSql: config.countSql,
    poolSize: options.poolSize,
  });
}
