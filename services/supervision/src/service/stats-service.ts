/** The statistics centers publish (受理量、化解率、办结率、满意率、631), for a region subtree and a period. */
import { authorize, badInput } from '@zz/common';
import type { Stats } from '../domain/stats';
import type { Actor } from './actor';
import type { SupervisionDeps } from './deps';

export class StatsService {
  constructor(private readonly deps: SupervisionDeps) {}

  /** stats: the cohort received in [from, to) in the region subtree; `code` is the region's (its children's parent). */
  async stats(actor: Actor, input: { regionId: string; from: Date; to: Date }): Promise<{ code: string; stats: Stats }> {
    authorize(actor.identity, 'Query.stats');
    if (input.from.getTime() > input.to.getTime()) throw badInput('开始时间不能晚于结束时间', 'from');
    const code = await actor.regions.scopedCode(input.regionId, actor.scope);
    return { code, stats: await this.deps.stats.stats(this.deps.dataSource, code, input.from, input.to) };
  }
}
