import { authorize, badInput, DomainError, forbidden, inTransaction, notFound } from '@zz/common';
import type { PersonnelContext } from '../context';
import type { MediatorEntity } from '../store/entities/mediator.entity';
import { isUuid } from '../domain/accounts';
import { applyMediatorChanges, validateNewMediator, type MediatorChanges, type NewMediatorInput } from '../domain/mediators';

/** ADMIN adds a pool member to a center of its own jurisdiction. */
export async function createMediator(ctx: PersonnelContext, input: NewMediatorInput): Promise<MediatorEntity> {
  authorize(ctx.identity, 'Mutation.createMediator');
  const profile = validateNewMediator(input);
  const center = isUuid(profile.centerId) ? await ctx.loaders.centerById.load(profile.centerId) : null;
  if (!center) throw badInput('中心不存在', 'input.centerId');
  if (!ctx.scope.contains(center.regionCode)) throw new DomainError('FORBIDDEN', '只能在本辖区的中心新增调解人员', 'input.centerId');
  return ctx.mediators.create(profile, center);
}

/** ADMIN edits a record of its own jurisdiction (records above it are visible, not editable). */
export async function updateMediator(ctx: PersonnelContext, id: string, changes: MediatorChanges): Promise<MediatorEntity> {
  authorize(ctx.identity, 'Mutation.updateMediator');
  const current = isUuid(id) ? await ctx.loaders.mediatorById.load(id) : null;
  if (!current || !ctx.scope.containsOrAbove(current.regionCode)) throw notFound('调解人员不存在');
  if (!ctx.scope.contains(current.regionCode)) throw forbidden('只能修改本辖区的调解人员档案');
  await inTransaction(ctx.dataSource, async (m) => {
    const locked = await ctx.mediators.lockById(m, id);
    if (!locked) throw notFound('调解人员不存在');
    await ctx.mediators.update(m, id, applyMediatorChanges(locked, changes));
  });
  ctx.loaders.mediatorById.clear(id);
  return (await ctx.loaders.mediatorById.load(id))!;
}
