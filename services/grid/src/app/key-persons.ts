/** 重点人群: every read passes the rule of domain/access.ts, in SQL for lists and per record for fields. */
import { authorize, encodeKeyCursor, forbidden, inTransaction, notFound, pageSize, toConnection, ValidationErrors } from '@zz/common';
import type { GridContext } from '../context';
import type { GridEntity } from '../store/entities/grid.entity';
import type { KeyPersonEntity } from '../store/entities/key-person.entity';
import { canReadKeyPersons, keyPersonReadFilter } from '../domain/access';
import { intersectPrefix } from '../store/sql';
import { isUuid, pairCursor, scopePrefix } from './common';
import { gridForInput, visibleGrid } from './grids';
import { validateKeyPersonFields, type KeyPersonFieldsInput } from '../domain/grid-input';
import type { KeyPersonConnectionModel } from '../resolvers/models';

const REFUSED = '无权查看重点人群信息：仅限本网格网格员及上级领导、督办人员 (key persons are readable only by this grid\'s workers and leaders/supervisors above it)';

export function assertCanReadKeyPersons(ctx: GridContext, gridCode: string): void {
  if (!canReadKeyPersons(ctx.identity, gridCode)) throw forbidden(REFUSED);
}

export const keyPersonCursor = (k: KeyPersonEntity) => encodeKeyCursor([k.name, k.id]);

export async function listKeyPersons(ctx: GridContext, args: { gridId?: string | null; regionId?: string | null; category?: string | null; first?: number | null; after?: string | null }): Promise<KeyPersonConnectionModel> {
  authorize(ctx.identity, 'Query.keyPersons');
  const access = keyPersonReadFilter(ctx.identity);
  if (!access) throw forbidden(REFUSED);
  const limit = pageSize(args.first, ctx.config.limits.maxFirst);
  const after = pairCursor(args.after);
  let prefix = scopePrefix(ctx.scope);
  if (prefix !== null && args.regionId) {
    const region = isUuid(args.regionId) ? await ctx.loaders.regionById.load(args.regionId) : null;
    prefix = region ? intersectPrefix(prefix, region.code) : null;
  }
  let gridId: string | null = null;
  if (prefix !== null && args.gridId) {
    const grid = await visibleGrid(ctx, args.gridId);
    if (!grid) prefix = null;
    else {
      // Naming a grid one may see but not read is refused outright, as the Grid.keyPersons field is.
      assertCanReadKeyPersons(ctx, grid.regionCode);
      gridId = grid.id;
    }
  }
  if (prefix === null) return toConnection([], limit, () => '', 0);
  const filter = { prefix, access, category: args.category ?? null, gridId };
  const rows = await ctx.keyPersons.page(filter, limit, after);
  return toConnection(rows, limit, keyPersonCursor, () => ctx.keyPersons.count(filter));
}

export async function keyPersonsOfGrid(ctx: GridContext, grid: GridEntity, args: { category?: string | null; first?: number | null; after?: string | null }): Promise<KeyPersonConnectionModel> {
  assertCanReadKeyPersons(ctx, grid.regionCode);
  const access = keyPersonReadFilter(ctx.identity)!;
  const limit = pageSize(args.first, ctx.config.limits.maxFirst);
  const after = pairCursor(args.after);
  const filter = { prefix: scopePrefix(ctx.scope) ?? grid.regionCode, access, category: args.category ?? null };
  const rows = await ctx.loaders.keyPersonsOfGrid(JSON.stringify([args.category ?? null, limit, after]), { ...filter, limit, after }).load(grid.id);
  return toConnection(rows, limit, keyPersonCursor, () => ctx.loaders.keyPersonCountOfGrid(JSON.stringify([args.category ?? null]), filter).load(grid.id));
}

export async function addKeyPerson(ctx: GridContext, input: KeyPersonFieldsInput & { gridId: string }): Promise<KeyPersonEntity> {
  authorize(ctx.identity, 'Mutation.addKeyPerson');
  const errors = new ValidationErrors();
  const grid = await gridForInput(ctx, input.gridId, 'input.gridId', errors);
  if (grid) assertCanReadKeyPersons(ctx, grid.regionCode);
  const fields = validateKeyPersonFields(input, true, errors);
  const g = grid as GridEntity;
  return inTransaction(ctx.dataSource, (m) => ctx.keyPersons.insert(m, {
    gridId: g.id, regionCode: g.regionCode, name: fields.name!, category: fields.category!, plan: fields.plan!,
  }, ctx.now));
}

export async function updateKeyPerson(ctx: GridContext, id: string, input: KeyPersonFieldsInput): Promise<KeyPersonEntity> {
  authorize(ctx.identity, 'Mutation.updateKeyPerson');
  const current = isUuid(id) ? await ctx.keyPersons.byId(id) : null;
  if (!current || !ctx.scope.contains(current.regionCode)) throw notFound('重点人群记录不存在 (key person not found)');
  assertCanReadKeyPersons(ctx, current.regionCode);
  const changes = validateKeyPersonFields(input, false);
  return inTransaction(ctx.dataSource, (m) => ctx.keyPersons.update(m, current.id, changes, ctx.now));
}
