import { authorize, badInput, conflict, inTransaction, notFound } from '@zz/common';
import type { PersonnelContext } from '../context';
import type { EvaluationEntity } from '../store/entities/evaluation.entity';
import { isUuid } from '../domain/accounts';
import { quarterOf, validateEvaluation, type EvaluationInput } from '../domain/evaluation';

/**
 * SUPERVISOR / LEADER / ADMIN of the center's jurisdiction rate a stationed staff member once per
 * quarter. A second recording of the same quarter is CONFLICT unless `replace` says it corrects the
 * first (the revision is counted and the last evaluator kept).
 */
export async function recordEvaluation(ctx: PersonnelContext, input: EvaluationInput & { replace?: boolean | null }): Promise<EvaluationEntity> {
  authorize(ctx.identity, 'Mutation.recordEvaluation');
  const e = validateEvaluation(input);
  const current = quarterOf(ctx.now);
  if (e.year > current.year || (e.year === current.year && e.quarter > current.quarter)) {
    throw badInput('不能考核尚未开始的季度', 'input.quarter');
  }
  const staff = isUuid(e.staffId) ? await ctx.loaders.staffById.load(e.staffId) : null;
  if (!staff || !ctx.scope.contains(staff.regionCode)) throw notFound('工作人员不存在');
  if (staff.kind !== 'STATIONED') throw badInput('季度考核只针对部门入驻人员（窗口人员由中心自行考核）', 'input.staffId');
  const id = await inTransaction(ctx.dataSource, (m) => ctx.evaluations.record(m, e, staff, ctx.identity.userId, input.replace ?? false));
  if (!id) throw conflict(`${staff.name} ${e.year} 年第 ${e.quarter} 季度已有考核记录；如需更正请设置 replace: true`);
  return (await ctx.evaluations.byIds([id]))[0];
}
