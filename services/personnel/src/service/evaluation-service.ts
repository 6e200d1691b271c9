/** The quarterly evaluation of stationed staff ("双重管理、以中心为主"): the center's own business, in its jurisdiction. */
import { authorize, badInput, conflict, inTransaction, notFound } from '@zz/common';
import type { EvaluationEntity } from '../store/entities/evaluation.entity';
import { inJurisdiction } from '../domain/access';
import { quarterOf, validateEvaluation, type EvaluationInput } from '../domain/evaluation';
import { loadIf, type Actor, type RequestState, type ServiceDeps } from './request';

export class EvaluationService {
  constructor(private readonly deps: ServiceDeps, private readonly req: RequestState) {}

  async forQuarter(actor: Actor, centerId: string, year: number, quarter: number): Promise<EvaluationEntity[]> {
    authorize(actor.identity, 'Query.evaluations');
    if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw badInput('季度须为 1–4', 'quarter');
    const center = await loadIf(centerId, (id) => this.req.loaders.centerById.load(id));
    // Evaluations are the center's own business: its jurisdiction and the levels above, not its neighbours or subordinates' peers.
    if (!center || !inJurisdiction(actor.scope, center.regionCode)) return [];
    return this.deps.stores.evaluations.byCenterQuarter(center.id, year, quarter);
  }

  /**
   * SUPERVISOR / LEADER / ADMIN of the center's jurisdiction rate a stationed staff member once per
   * quarter. A second recording of the same quarter is CONFLICT unless `replace` says it corrects the
   * first (the revision is counted and the last evaluator kept).
   */
  async record(actor: Actor, input: EvaluationInput & { replace?: boolean | null }): Promise<EvaluationEntity> {
    authorize(actor.identity, 'Mutation.recordEvaluation');
    const { evaluations } = this.deps.stores;
    const e = validateEvaluation(input);
    const current = quarterOf(this.req.now);
    if (e.year > current.year || (e.year === current.year && e.quarter > current.quarter)) {
      throw badInput('不能考核尚未开始的季度', 'input.quarter');
    }
    const staff = await loadIf(e.staffId, (id) => this.req.loaders.staffById.load(id));
    if (!staff || !inJurisdiction(actor.scope, staff.regionCode)) throw notFound('工作人员不存在');
    if (staff.kind !== 'STATIONED') throw badInput('季度考核只针对部门入驻人员（窗口人员由中心自行考核）', 'input.staffId');
    const id = await inTransaction(this.deps.dataSource, (m) => evaluations.record(m, e, staff, actor.identity.userId, input.replace ?? false));
    if (!id) throw conflict(`${staff.name} ${e.year} 年第 ${e.quarter} 季度已有考核记录；如需更正请设置 replace: true`);
    return (await evaluations.byIds([id]))[0];
  }
}
