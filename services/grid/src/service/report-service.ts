/** Reports (随手拍): filing, settling on the spot, converting into a case exactly once. */
import {
  authorize, conflict, DomainError, encodeKeyCursor, inTransaction, mayCall, noteSensitiveRead, notFound, pageSize, SERVICE_IDENTITY, toConnection, ValidationErrors,
} from '@zz/common';
import { appendEvents } from '@zz/events';
import type { GridReportEntity } from '../store/entities/grid-report.entity';
import type { GridEntity } from '../store/entities/grid.entity';
import { canSeeReporterPhone, inJurisdiction, jurisdictionPrefix, maskPhone } from '../domain/access';
import { buildIntake, validateNote, validateReportInput, type ReportInput } from '../domain/reports';
import type { GridService } from './grid-service';
import { actingUserId, loadVisible, requireId, timeCursor } from './input';
import type { Actor, GridDeps, GridReportPage, GridReportsInput, ReportListInput } from './types';

const SOURCE = 'grid';

const reportCursor = (r: GridReportEntity) => encodeKeyCursor([r.createdAt.toISOString(), r.id]);

const INTAKE = `mutation GridReportIntake($input: IntakeCaseInput!) { intakeCase(input: $input) { id status } }`;
const ACCEPT = `mutation GridReportAccept($id: ID!, $complexity: Complexity!) { acceptCase(id: $id, complexity: $complexity) { id status } }`;

export class ReportService {
  constructor(private readonly d: GridDeps, private readonly grids: GridService) {}

  visible(actor: Actor, id: string | null | undefined): Promise<GridReportEntity | null> {
    return loadVisible(actor, this.d.loaders.reportById, id);
  }

  async byId(actor: Actor, id: string): Promise<GridReportEntity | null> {
    authorize(actor.identity, 'Query.gridReport');
    requireId(id);
    return this.visible(actor, id);
  }

  /** In full for those who handle reports (an audited read), masked for everyone else. */
  reporterPhone(actor: Actor, r: GridReportEntity): string | null {
    if (!r.reporterPhone) return r.reporterPhone;
    if (!canSeeReporterPhone(actor.identity)) return maskPhone(r.reporterPhone);
    if (actor.identity.kind === 'user') noteSensitiveRead('REPORTER_PHONE', 'GridReport', [r.id]);
    return r.reporterPhone;
  }

  async reportIssue(actor: Actor, input: ReportInput): Promise<GridReportEntity> {
    authorize(actor.identity, 'Mutation.reportIssue');
    const report = validateReportInput(input);
    const userId = actingUserId(actor.identity);
    const { stores, now } = this.d;
    const worker = userId ? await stores.staff.workerOfUser(userId) : null;
    const saved = await inTransaction(this.d.dataSource, async (m) => {
      // Routed by the index over every grid: a point outside all of them is the reporter's mistake (typed
      // error); a point in a grid outside the caller's jurisdiction is not theirs to report.
      const grid = await stores.grids.at(report.lng, report.lat, '', m);
      if (!grid) {
        const errors = new ValidationErrors();
        errors.add('input.lat', '该位置不在任何网格内 (the point lies outside every grid)');
        errors.add('input.lng', '该位置不在任何网格内 (the point lies outside every grid)');
        errors.throwIfAny();
      }
      const g = grid as GridEntity;
      if (!inJurisdiction(actor.scope, g.regionCode)) throw new DomainError('FORBIDDEN', '该位置不在您的辖区内 (the point lies outside your jurisdiction)', 'input.lat');
      const row = await stores.reports.insert(m, {
        ...report, gridId: g.id, regionCode: g.regionCode, reportedByUserId: userId,
        reporterWorkerId: worker && worker.gridId === g.id ? worker.id : null,
      }, now);
      // The event's region is the grid's own region: its grid workers (scope = the grid) receive it at once.
      await appendEvents(m, [{
        kind: 'GRID_REPORT', source: SOURCE, regionId: g.id, regionCode: g.regionCode, gridReportId: row.id,
        actorId: userId, occurredAt: now,
        data: { gridId: g.id, gridName: g.name, category: row.category, status: row.status },
      }]);
      return row;
    });
    this.d.loaders.reportById.prime(saved.id, saved);
    return saved;
  }

  private async forChange(actor: Actor, id: string): Promise<GridReportEntity> {
    const r = await this.visible(actor, id);
    if (!r) throw notFound('上报事件不存在 (report not found)');
    return r;
  }

  async settleOnSite(actor: Actor, id: string, note: string): Promise<GridReportEntity> {
    authorize(actor.identity, 'Mutation.settleReportOnSite');
    const report = await this.forChange(actor, id);
    const text = validateNote(note, 'note');
    const userId = actingUserId(actor.identity);
    const { stores, now } = this.d;
    const settled = await inTransaction(this.d.dataSource, async (m) => {
      const row = await stores.reports.settle(m, report.id, text, userId, now);
      if (!row) {
        const current = await stores.reports.reload(report.id);
        if (current?.status === 'SETTLED') throw conflict('该事件已就地化解 (the report is already settled)');
        throw conflict('该事件已转为案件或正在转案，不能再就地化解 (the report is being or has been converted into a case)');
      }
      await appendEvents(m, [{
        kind: 'GRID_REPORT_SETTLED', source: SOURCE, regionId: row.gridId, regionCode: row.regionCode, gridReportId: row.id,
        actorId: userId, occurredAt: now, data: { gridId: row.gridId, note: text },
      }]);
      return row;
    });
    this.d.loaders.reportById.clear(settled.id).prime(settled.id, settled);
    return settled;
  }

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
  async convertToCase(actor: Actor, id: string, complexity: string): Promise<GridReportEntity> {
    authorize(actor.identity, 'Mutation.convertReportToCase');
    const report = await this.forChange(actor, id);
    if (report.status === 'CONVERTED') return report;
    if (report.status === 'SETTLED') throw conflict('该事件已就地化解，不能转为案件 (a settled report cannot be converted)');
    const { stores, loaders, internal } = this.d;

    const begun = await stores.reports.beginConversion(report.id, complexity, this.d.now);
    if (!begun) return this.finishedOrConflict(report.id);

    const grid = await loaders.gridById.load(begun.gridId);
    if (!grid) throw new DomainError('INTERNAL_SERVER_ERROR', `grid ${begun.gridId} of report ${begun.id} is missing`);
    const worker = begun.reporterWorkerId ? await loaders.workerById.load(begun.reporterWorkerId) : null;
    const intake = buildIntake({
      reportId: begun.id, category: begun.category, description: begun.description, reporterName: begun.reporterName,
      reporterPhone: begun.reporterPhone, reportingWorker: worker ? { name: worker.name, phone: worker.phone } : null,
      grid: { id: grid.id, name: grid.name, leaderName: grid.leaderName, leaderPhone: grid.leaderPhone },
      lat: begun.lat, lng: begun.lng, complexity: begun.complexity ?? complexity,
    });
    const created = await internal.call<{ intakeCase: { id: string; status: string } }>('cases', INTAKE, { input: intake }, actor.identity);
    const caseId = created.intakeCase.id;
    if (created.intakeCase.status === 'REGISTERED') {
      // Accepting (受理) is a desk role's act in cases (OPERATOR, DISPATCHER). A caller with that role accepts
      // as itself; a grid worker — whom this subgraph has just authorised to convert this report — has the
      // acceptance done by the grid service on its behalf (the report keeps who converted it).
      const accepter = mayCall(actor.identity, 'Mutation.acceptCase') ? actor.identity : SERVICE_IDENTITY(SOURCE);
      try {
        await internal.call('cases', ACCEPT, { id: caseId, complexity: intake.complexity }, accepter);
      } catch (err) {
        // Accepted meanwhile by a concurrent conversion (or by staff): the case exists, which is what counts.
        if (!(err instanceof DomainError && err.code === 'CONFLICT')) throw err;
      }
    }

    const userId = actingUserId(actor.identity);
    const linked = await inTransaction(this.d.dataSource, async (m) => {
      const row = await stores.reports.linkCase(m, begun.id, caseId, userId, new Date());
      if (!row) return null;
      await appendEvents(m, [{
        kind: 'GRID_REPORT_CONVERTED', source: SOURCE, regionId: row.gridId, regionCode: row.regionCode, gridReportId: row.id, caseId,
        actorId: userId, occurredAt: row.convertedAt ?? this.d.now, data: { gridId: row.gridId, caseId, complexity: row.complexity },
      }]);
      return row;
    });
    if (!linked) return this.finishedOrConflict(begun.id);
    loaders.reportById.clear(linked.id).prime(linked.id, linked);
    return linked;
  }

  private async finishedOrConflict(id: string): Promise<GridReportEntity> {
    const current = await this.d.stores.reports.reload(id);
    if (current?.status === 'CONVERTED') return current;
    if (current?.status === 'SETTLED') throw conflict('该事件已就地化解，不能转为案件 (a settled report cannot be converted)');
    throw conflict('上报事件状态已变化，请重试 (the report changed meanwhile; try again)');
  }

  async list(actor: Actor, args: ReportListInput): Promise<GridReportPage> {
    authorize(actor.identity, 'Query.gridReports');
    const limit = pageSize(args.first, this.d.maxFirst);
    const after = timeCursor(args.after);
    const where = await this.grids.listScope(actor, args);
    if (!where) return toConnection([], limit, () => '', 0);
    const { prefix, gridId } = where;
    const filter = { prefix, gridId, status: args.status ?? null };
    const rows = await this.d.stores.reports.page(filter, limit, after);
    return toConnection(rows, limit, reportCursor, () => this.d.stores.reports.count(filter));
  }

  /** `Grid.reports`: batched across the grids of a response (one statement per distinct argument set). */
  async ofGrid(actor: Actor, grid: GridEntity, args: GridReportsInput): Promise<GridReportPage> {
    const limit = pageSize(args.first, this.d.maxFirst);
    const after = timeCursor(args.after);
    // The grid is visible, so its reports are: the jurisdiction prefix is the same for every grid of the batch.
    const filter = { prefix: jurisdictionPrefix(actor.scope) ?? grid.regionCode, status: args.status ?? null };
    const key = JSON.stringify([args.status ?? null, limit, after]);
    const rows = await this.d.loaders.reportsOfGrid(key, { ...filter, limit, after }).load(grid.id);
    return toConnection(rows, limit, reportCursor, () => this.d.loaders.reportCountOfGrid(JSON.stringify([args.status ?? null]), filter).load(grid.id));
  }
}
