/** Everything the jobs, commands and resolvers share (one instance per running service). */
import type { DataSource } from 'typeorm';
import { createInternalClient, type Config, type InternalClient } from '@zz/common';
import { parseSupervisionPolicy, type SupervisionPolicy } from '../domain/policy';
import { FollowUpRepository } from '../db/repositories/follow-up-repository';
import { LetterRepository } from '../db/repositories/letter-repository';
import { ReadModelRepository } from '../db/repositories/read-model-repository';
import { AuditRepository } from '../db/repositories/audit-repository';
import { RiskRepository } from '../db/repositories/risk-repository';
import { StatsRepository } from '../db/repositories/stats-repository';
import { PrefixResolver } from './prefixes';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export interface SupervisionDeps {
  dataSource: DataSource;
  config: Config;
  policy: SupervisionPolicy;
  clock: Clock;
  internal: InternalClient;
  readModel: ReadModelRepository;
  letters: LetterRepository;
  followUps: FollowUpRepository;
  risks: RiskRepository;
  audit: AuditRepository;
  stats: StatsRepository;
  prefixes: PrefixResolver;
}

export function createDeps(dataSource: DataSource, config: Config, options: { clock?: Clock; policy?: SupervisionPolicy } = {}): SupervisionDeps {
  const policy = options.policy ?? parseSupervisionPolicy(config.countyPolicyJson);
  const letters = new LetterRepository();
  const internal = createInternalClient(config);
  return {
    dataSource,
    config,
    policy,
    clock: options.clock ?? systemClock,
    internal,
    readModel: new ReadModelRepository(),
    letters,
    followUps: new FollowUpRepository(),
    risks: new RiskRepository(),
    audit: new AuditRepository(),
    stats: new StatsRepository(),
    prefixes: new PrefixResolver(policy, letters, internal),
  };
}
