/** 以案定补: the monthly list of a region's lead mediators, their cases handled and resolved, and the amounts. */
import { authorize } from '@zz/common';
import { subtreePattern } from '../domain/access';
import { subsidyPolicyFor } from '../domain/policy';
import { monthRange, subsidyReport, type MediatorSubsidy, type SubsidyPolicy } from '../domain/subsidy';
import type { Actor } from './actor';
import type { SupervisionDeps } from './deps';

export interface SubsidyReportModel {
  month: string;
  policy: SubsidyPolicy;
  mediators: MediatorSubsidy[];
}

export class SubsidyService {
  constructor(private readonly deps: SupervisionDeps) {}

  async report(actor: Actor, input: { regionId: string; month: string }): Promise<SubsidyReportModel> {
    authorize(actor.identity, 'Query.caseSubsidies');
    const { from, to } = monthRange(input.month);
    const code = await actor.regions.scopedCode(input.regionId, actor.scope);
    const facts = await this.deps.subsidies.facts(this.deps.dataSource, subtreePattern(code), from, to);
    const policy = subsidyPolicyFor(this.deps.policy, code);
    return { month: input.month, policy, mediators: subsidyReport(facts, policy) };
  }
}
