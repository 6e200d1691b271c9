/** Everything the services share (one instance per running service): configuration, clock, grid client and the stores. */
import type { DataSource } from 'typeorm';
import { createInternalClient, type Config, type InternalClient } from '@zz/common';
import { parseSupervisionPolicy, type SupervisionPolicy } from '../domain/policy';
import { AccountabilityStore } from '../store/accountability-store';
import { AuditStore } from '../store/audit-store';
import { EvaluationStore } from '../store/evaluation-store';
import { SubsidyStore } from '../store/subsidy-store';
import { EventLogStore } from '../store/event-log-store';
import { FollowUpStore } from '../store/follow-up-store';
import { LetterStore } from '../store/letter-store';
import { ReadModelStore } from '../store/read-model-store';
import { RiskStore } from '../store/risk-store';
import { StatsStore } from '../store/stats-store';
import { WorkerStore } from '../store/worker-store';
import { PrefixResolver } from './letter-prefixes';
import { PolicyVersionBook } from './policy-versions';
import { PolicyVersionStore } from '../store/policy-version-store';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export interface SupervisionDeps {
  dataSource: DataSource;
  config: Config;
  policy: SupervisionPolicy;
  clock: Clock;
  internal: InternalClient;
  readModel: ReadModelStore;
  letters: LetterStore;
  followUps: FollowUpStore;
  evaluations: EvaluationStore;
  accountability: AccountabilityStore;
  subsidies: SubsidyStore;
  risks: RiskStore;
  audit: AuditStore;
  stats: StatsStore;
  eventLog: EventLogStore;
  worker: WorkerStore;
  prefixes: PrefixResolver;
  /** The county policy versions cases run under (deadline rules per case). */
  versions: PolicyVersionBook;
}

export function createDeps(dataSource: DataSource, config: Config, options: { clock?: Clock; policy?: SupervisionPolicy } = {}): SupervisionDeps {
  const policy = options.policy ?? parseSupervisionPolicy(config.countyPolicyJson);
  const letters = new LetterStore();
  const internal = createInternalClient(config);
  return {
    dataSource,
    config,
    policy,
    clock: options.clock ?? systemClock,
    internal,
    readModel: new ReadModelStore(),
    letters,
    followUps: new FollowUpStore(),
    evaluations: new EvaluationStore(),
    accountability: new AccountabilityStore(),
    subsidies: new SubsidyStore(),
    risks: new RiskStore(),
    audit: new AuditStore(),
    stats: new StatsStore(),
    eventLog: new EventLogStore(),
    worker: new WorkerStore(),
    prefixes: new PrefixResolver(policy, letters, internal),
    versions: new PolicyVersionBook(policy, new PolicyVersionStore()),
  };
}
