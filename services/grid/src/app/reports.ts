/** Reports (随手拍): filing, settling on the spot, converting into a case exactly once. */
import {
  appendEvents, authorize, conflict, DomainError, encodeKeyCursor, inTransaction, mayCall, notFound, pageSize,
  SERVICE_IDENTITY, toConnection, ValidationErrors,
} from '@zz/common';
import type { GridContext } from '../context';
import type { GridReportEntity } from '../store/entities/grid-report.entity';
import type { GridEntity } from '../store/entities/grid.entity';
import { buildIntake, validateNote, validateReportInput, type ReportInput } from '../domain/reports';
import { isUuid, scopePrefix, timeCursor } from './common';
import { listScope } from './grids';
import type { GridReportConnectionModel } from '../resolvers/models';

const SOURCE = 'grid';

export async function visibleReport(ctx: GridContext, id: string | null | undefined): Promise<GridReportEntity | null> {
  if (!isUuid(id)) return null;
  const r = await ctx.loaders.reportById.load(id);
  return r && ctx.scope.contains(r.regionCode) ? r : null;
}

export async function reportIssue(ctx: GridContext, input: ReportInput): Promise<GridReportEntity> {
  authorize(ctx.identity, 'Mutation.reportIssue');
  const report = validateReportInput(input);
  const { identity } = ctx;
  const worker = identity.userId && isUuid(identity.userId) ? await ctx.staff.workerOfUser(identity.userId) : null;
  const saved = await inTransaction(ctx.dataSource, async (m) => {
    // Routed by the index over every grid: a point outside all of them is the reporter's mistake (typed
    // error); a point in a grid outside the caller's jurisdiction is not theirs to report.
    const grid = await ctx.grids.at(report.lng, report.lat, '', m);
    if (!grid) {
      const errors = new ValidationErrors();
      errors.add('input.lat', '该位置不在任何网格内 (the point lies outside every grid)');
      errors.add('input.lng', '该位置不在任何网格内 (the point lies outside every grid)');
      errors.throwIfAny();
    }
    const g = grid as GridEntity;
    if (!ctx.scope.contains(g.regionCode)) throw new DomainError('FORBIDDEN', '该位置不在您的辖区内 (the point lies outside your jurisdiction)', 'input.lat');
    const row = await ctx.reports.insert(m, {
      ...report, gridId: g.id, regionCode: g.regionCode, reportedByUserId: isUuid(identity.userId) ? identity.userId : null,
      reporterWorkerId: worker && worker.gridId === g.id ? worker.id : null,
    }, ctx.now);
    // The event's region is the grid's own region: its grid workers (scope = the grid) receive it at once.
    await appendEvents(m, [{
      kind: 'GRID_REPORT', source: SOURCE, regionId: g.id, regionCode: g.regionCode, gridReportId: row.id,
      actorId: isUuid(identity.userId) ? identity.userId : null, occurredAt: ctx.now,
      data: { gridId: g.id, gridName: g.name, category: row.category, status: row.status },
    }]);
    return row;
  });
  ctx.loaders.reportById.prime(saved.id, saved);
  return saved;
}

async function reportForChange(ctx: GridContext, id: string): Promise<GridReportEntity> {
  const r = await visibleReport(ctx, id);
  if (!r) throw notFound('上报事件不存在 (report not found)');
  return r;
}

export async function settleReportOnSite(ctx: GridContext, id: string, note: string): Promise<GridReportEntity> {
  authorize(ctx.identity, 'Mutation.settleReportOnSite');
  const report = await reportForChange(ctx, id);
  const text = validateNote(note, 'note');
  const userId = isUuid(ctx.identity.userId) ? ctx.identity.userId : null;
  const settled = await inTransaction(ctx.dataSource, async (m) => {
    const row = await ctx.reports.settle(m, report.id, text, userId, ctx.now);
    if (!row) {
      const current = await ctx.reports.reload(report.id);
      if (current?.status === 'SETTLED') throw conflict('该事件已就地化解 (the report is already settled)');
      throw conflict('该事件已转为案件或正在转案，不能再就地化解 (the report is being or has been converted into a case)');
    }
    await appendEvents(m, [{
      kind: 'GRID_REPORT_SETTLED', source: SOURCE, regionId: row.gridId, regionCode: row.regionCode, gridReportId: row.id,
      actorId: userId, occurredAt: ctx.now, data: { gridId: row.gridId, note: text },
    }]);
    return row;
  });
  ctx.loaders.reportById.clear(settled.id).prime(settled.id, settled);
  return settled;
}

const INTAKE = `mutation GridReportIntake($input: IntakeCaseInput!) { intakeCase(input: $input) { id status } }`;
const ACCEPT = `mutation GridReportAccept($id: ID!, $complexity: Complexity!) { acceptCase(id: $id, complexity: $complexity) { id status } }`;

/**
 * Converts a report into a case, exactly once:
 * 1. mark the conversion begun (the report can no longer be settled; the first complexity is kept);
 * 2. `intakeCase` in the cases subgraph with idempotencyKey = the report id, as the calling user — the
 *    key guarantees one case whatever happens after (retry, restart, a concurrent second call);
 * 3. `acceptCase` with the complexity when the case is still REGISTERED (a CONFLICT there means another
 *    call accepted it first) — as the caller when it holds a desk role, else as the grid service;
 * 4. link the case to the report with a conditional UPDATE: only the first linker appends the
 *    GRID_REPORT_CONVERTED event; later ones return the linked report.
 * A failure at 2–4 leaves the report REPORTED with the conversion begun: calling again finishes it.
 */
export async function convertReportToCase(ctx: GridContext, id: string, complexity: string): Promise<GridReportEntity> {
  authorize(ctx.identity, 'Mutation.convertReportToCase');
  const report = await reportForChange(ctx, id);
  if (report.status === 'CONVERTED') return report;
  if (report.status === 'SETTLED') throw conflict('该事件已就地化解，不能转为案件 (a settled report cannot be converted)');

  const begun = await ctx.reports.beginConversion(report.id, complexity, ctx.now);
  if (!begun) return finishedOrConflict(ctx, report.id);

  const grid = await ctx.loaders.gridById.load(begun.gridId);
  if (!grid) throw new DomainError('INTERNAL_SERVER_ERROR', `grid ${begun.gridId} of report ${begun.id} is missing`);
  const worker = begun.reporterWorkerId ? await ctx.loaders.workerById.load(begun.reporterWorkerId) : null;
  const intake = buildIntake({
    reportId: begun.id, category: begun.category, description: begun.description, reporterName: begun.reporterName,
    reporterPhone: begun.reporterPhone, reportingWorker: worker ? { name: worker.name, phone: worker.phone } : null,
    grid: { id: grid.id, name: grid.name, leaderName: grid.leaderName, leaderPhone: grid.leaderPhone },
    lat: begun.lat, lng: begun.lng, complexity: begun.complexity ?? complexity,
  });
  const created = await ctx.internal.call<{ intakeCase: { id: string; status: string } }>('cases', INTAKE, { input: intake }, ctx.identity);
  const caseId = created.intakeCase.id;
  if (created.intakeCase.status === 'REGISTERED') {
    // Accepting (受理) is a desk role's act in cases (OPERATOR, DISPATCHER). A caller with that role accepts
    // as itself; a grid worker — whom this subgraph has just authorised to convert this report — has the
    // acceptance done by the grid service on its behalf (the report keeps who converted it).
    const accepter = mayCall(ctx.identity, 'Mutation.acceptCase') ? ctx.identity : SERVICE_IDENTITY(SOURCE);
    try {
      await ctx.internal.call('cases', ACCEPT, { id: caseId, complexity: intake.complexity }, accepter);
    } catch (err) {
      // Accepted meanwhile by a concurrent conversion (or by staff): the case exists, which is what counts.
      if (!(err instanceof DomainError && err.code === 'CONFLICT')) throw err;
    }
  }

  const userId = isUuid(ctx.identity.userId) ? ctx.identity.userId : null;
  const linked = await inTransaction(ctx.dataSource, async (m) => {
    const row = await ctx.reports.linkCase(m, begun.id, caseId, userId, new Date());
    if (!row) return null;
    await appendEvents(m, [{
      kind: 'GRID_REPORT_CONVERTED', source: SOURCE, regionId: row.gridId, regionCode: row.regionCode, gridReportId: row.id, caseId,
      actorId: userId, occurredAt: row.convertedAt ?? ctx.now, data: { gridId: row.gridId, caseId, complexity: row.complexity },
    }]);
    return row;
  });
  if (!linked) return finishedOrConflict(ctx, begun.id);
  ctx.loaders.reportById.clear(linked.id).prime(linked.id, linked);
  return linked;
}

async function finishedOrConflict(ctx: GridContext, id: string): Promise<GridReportEntity> {
  const current = await ctx.reports.reload(id);
  if (current?.status === 'CONVERTED') return current;
  if (current?.status === 'SETTLED') throw conflict('该事件已就地化解，不能转为案件 (a settled report cannot be converted)');
  throw conflict('上报事件状态已变化，请重试 (the report changed meanwhile; try again)');
}

export interface ReportListArgs {
  gridId?: string | null;
  regionId?: string | null;
  status?: string | null;
  first?: number | null;
  after?: string | null;
}

export async function listReports(ctx: GridContext, args: ReportListArgs): Promise<GridReportConnectionModel> {
  authorize(ctx.identity, 'Query.gridReports');
  const limit = pageSize(args.first, ctx.config.limits.maxFirst);
  const after = timeCursor(args.after);
  const where = await listScope(ctx, args);
  if (!where) return toConnection([], limit, () => '', 0);
  const { prefix, gridId } = where;
  const filter = { prefix, gridId, status: args.status ?? null };
  const rows = await ctx.reports.page(filter, limit, after);
  return toConnection(rows, limit, reportCursor, () => ctx.reports.count(filter));
}

export const reportCursor = (r: GridReportEntity) => encodeKeyCursor([r.createdAt.toISOString(), r.id]);

/** `Grid.reports`: batched across the grids of a response (one statement per distinct argument set). */
export async function reportsOfGrid(ctx: GridContext, grid: GridEntity, args: { status?: string | null; first?: number | null; after?: string | null }): Promise<GridReportConnectionModel> {
  const limit = pageSize(args.first, ctx.config.limits.maxFirst);
  const after = timeCursor(args.after);
  // The grid is visible, so its reports are: the jurisdiction prefix is the same for every grid of the batch.
  const filter = { prefix: scopePrefix(ctx.scope) ?? grid.regionCode, status: args.status ?? null };
  const key = JSON.stringify([args.status ?? null, limit, after]);
  const rows = await ctx.loaders.reportsOfGrid(key, { ...filter, limit, after }).load(grid.id);
  return toConnection(rows, limit, reportCursor, () => ctx.loaders.reportCountOfGrid(JSON.stringify([args.status ?? null]), filter).load(grid.id));
}

