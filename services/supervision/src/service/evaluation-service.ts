/**
 * 季度考核: the ranking of a region's lead departments and lead mediators for a quarter, live until the
 * quarter is frozen (freezeEvaluationQuarter), read from the frozen copy afterwards.
 */
import { authorize, conflict, DomainError } from '@zz/common';
import { subtreePattern } from '../domain/access';
import type { SubjectKind } from '../domain/accountability-ledger';
import { quarterRange, rankSubjects, type EvaluationEntry, type EvaluationPolicy } from '../domain/evaluation';
import { evaluationPolicyFor } from '../domain/policy';
import type { Actor } from './actor';
import type { SupervisionDeps } from './deps';

export interface EvaluationQuarterModel {
  regionId: string;
  year: number;
  quarter: number;
  frozen: boolean;
  frozenAt: Date | null;
  policy: EvaluationPolicy;
  departments: EvaluationEntry[];
  mediators: EvaluationEntry[];
}

/** What a frozen quarter keeps (evaluation_quarter.ranking). */
interface StoredRanking {
  policy: EvaluationPolicy;
  departments: EvaluationEntry[];
  mediators: EvaluationEntry[];
}

export class EvaluationService {
  constructor(private readonly deps: SupervisionDeps) {}

  async quarter(actor: Actor, input: { regionId: string; year: number; quarter: number }): Promise<EvaluationQuarterModel> {
    authorize(actor.identity, 'Query.evaluationQuarter');
    const range = quarterRange(input.year, input.quarter);
    const code = await actor.regions.scopedCode(input.regionId, actor.scope);
    const frozen = await this.deps.evaluations.frozenQuarter(this.deps.dataSource, input.regionId, input.year, input.quarter);
    if (frozen) {
      const stored = frozen.ranking as StoredRanking;
      return { regionId: input.regionId, year: input.year, quarter: input.quarter, frozen: true, frozenAt: frozen.frozenAt, ...stored };
    }
    const live = await this.compute(this.deps.dataSource, code, range);
    return { regionId: input.regionId, year: input.year, quarter: input.quarter, frozen: false, frozenAt: null, ...live };
  }

  /**
   * Freezes a quarter that has ended: the ranking as it stands is stored, and every later read of the
   * quarter for this region answers it. CONFLICT when the quarter is still running or already frozen.
   */
  async freeze(actor: Actor, input: { regionId: string; year: number; quarter: number }): Promise<EvaluationQuarterModel> {
    authorize(actor.identity, 'Mutation.freezeEvaluationQuarter');
    const range = quarterRange(input.year, input.quarter, 'input.');
    const code = await actor.regions.scopedCode(input.regionId, actor.scope, 'input.regionId');
    const now = this.deps.clock();
    if (now.getTime() < range.to.getTime()) throw new DomainError('CONFLICT', '该季度尚未结束，不能封存考核结果', 'input.quarter');
    return this.deps.dataSource.transaction('REPEATABLE READ', async (m) => {
      const ranking = await this.compute(m, code, range);
      const stored = await this.deps.evaluations.freeze(m, {
        regionId: input.regionId, regionCode: code, year: input.year, quarter: input.quarter,
        frozenAt: now, frozenBy: actor.identity.userId, ranking,
      });
      if (!stored) throw conflict('该季度考核结果已封存');
      return { regionId: input.regionId, year: input.year, quarter: input.quarter, frozen: true, frozenAt: now, ...ranking };
    });
  }

  private async compute(db: Parameters<SupervisionDeps['evaluations']['facts']>[0], code: string, range: { from: Date; to: Date }): Promise<StoredRanking> {
    const policy = evaluationPolicyFor(this.deps.policy, code);
    const ranked = async (kind: SubjectKind) => rankSubjects(await this.deps.evaluations.facts(db, kind, subtreePattern(code), range.from, range.to), policy);
    return { policy, departments: await ranked('DEPARTMENT'), mediators: await ranked('MEDIATOR') };
  }
}
