import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { GridReportEntity } from './entities/grid-report.entity';
import type { NormalisedReport } from '../domain/reports';
import { countAll, countPerGrid, hydrate, likePrefix, listPage, listPagePerGrid, Params, selectList, updatedRows, type PageQuery } from './sql';

export interface ReportListFilter {
  prefix: string;
  gridId?: string | null;
  status?: string | null;
}

/**
 * Reports. The status changes are single conditional UPDATEs (… WHERE status = 'REPORTED' …): the row
 * lock they take makes settle-vs-convert and convert-vs-convert races resolve to exactly one winner.
 */
export class ReportStore {
  private readonly repo: Repository<GridReportEntity>;
  private readonly cols: string;
  constructor(private readonly ds: DataSource) {
    this.repo = ds.getRepository(GridReportEntity);
    this.cols = selectList(ds, GridReportEntity, 't');
  }

  async byIds(ids: readonly string[]): Promise<GridReportEntity[]> {
    if (!ids.length) return [];
    return this.repo.findBy({ id: In([...ids]) });
  }

  async insert(manager: EntityManager, r: NormalisedReport & { gridId: string; regionCode: string; reportedByUserId: string | null; reporterWorkerId: string | null }, now: Date): Promise<GridReportEntity> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO grid.grid_report (id, grid_id, region_code, lat, lng, category, description, reporter_name, reporter_phone,
         reported_by_user_id, reporter_worker_id, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'REPORTED', $12, $12)`,
      [id, r.gridId, r.regionCode, r.lat, r.lng, r.category, r.description, r.reporterName, r.reporterPhone, r.reportedByUserId, r.reporterWorkerId, now],
    );
    return manager.getRepository(GridReportEntity).findOneByOrFail({ id });
  }

  /** REPORTED (and no conversion under way) → SETTLED; null when the report was not in that state. */
  async settle(manager: EntityManager, id: string, note: string, userId: string | null, now: Date): Promise<GridReportEntity | null> {
    const changed = await updatedRows(manager, `UPDATE grid.grid_report SET status = 'SETTLED', settle_note = $2, settled_at = $3, settled_by_user_id = $4, updated_at = $3
      WHERE id = $1 AND status = 'REPORTED' AND conversion_started_at IS NULL RETURNING id`, [id, note, now, userId]);
    return changed.length ? manager.getRepository(GridReportEntity).findOneByOrFail({ id }) : null;
  }

  /**
   * Marks a conversion as begun (idempotent: a second call keeps the first time and complexity).
   * Returns the report when it is (still) REPORTED, null otherwise.
   */
  async beginConversion(id: string, complexity: string, now: Date): Promise<GridReportEntity | null> {
    const changed = await updatedRows(this.ds, `UPDATE grid.grid_report SET conversion_started_at = coalesce(conversion_started_at, $2),
        complexity = coalesce(complexity, $3), updated_at = $2
      WHERE id = $1 AND status = 'REPORTED' RETURNING id`, [id, now, complexity]);
    return changed.length ? this.repo.findOneByOrFail({ id }) : null;
  }

  /** REPORTED → CONVERTED with the case; null when another call already linked it (or it is not REPORTED). */
  async linkCase(manager: EntityManager, id: string, caseId: string, userId: string | null, now: Date): Promise<GridReportEntity | null> {
    const changed = await updatedRows(manager, `UPDATE grid.grid_report SET status = 'CONVERTED', case_id = $2, converted_at = $3, converted_by_user_id = $4, updated_at = $3
      WHERE id = $1 AND status = 'REPORTED' RETURNING id`, [id, caseId, now, userId]);
    return changed.length ? manager.getRepository(GridReportEntity).findOneByOrFail({ id }) : null;
  }

  async reload(id: string): Promise<GridReportEntity | null> {
    return this.repo.findOneBy({ id });
  }

  private conditions(f: ReportListFilter, p: Params): string[] {
    const where = [`t.region_code LIKE ${p.add(likePrefix(f.prefix))}`];
    if (f.gridId) where.push(`t.grid_id = ${p.add(f.gridId)}`);
    if (f.status) where.push(`t.status = ${p.add(f.status)}`);
    return where;
  }

  /** Newest first; `after` = [createdAt ISO, id] of the last row seen. */
  private spec(f: ReportListFilter, limit: number, after: [string, string] | null): PageQuery {
    const params = new Params();
    const where = this.conditions(f, params);
    if (after) where.push(`(t.created_at, t.id) < (${params.add(after[0])}::timestamptz, ${params.add(after[1])}::uuid)`);
    return { table: 'grid.grid_report', cols: this.cols, where, params, order: 't.created_at DESC, t.id DESC', fetch: limit + 1 };
  }

  async page(f: ReportListFilter, limit: number, after: [string, string] | null): Promise<GridReportEntity[]> {
    return hydrate(GridReportEntity, await listPage(this.ds, this.spec(f, limit, after)));
  }

  async count(f: ReportListFilter): Promise<number> {
    const p = new Params();
    return countAll(this.ds, 'grid.grid_report', this.conditions(f, p), p);
  }

  async pagePerGrid(gridIds: readonly string[], f: ReportListFilter, limit: number, after: [string, string] | null): Promise<Map<string, GridReportEntity[]>> {
    const found = await listPagePerGrid(this.ds, this.spec(f, limit, after), gridIds);
    return new Map([...found].map(([k, v]) => [k, hydrate(GridReportEntity, v)]));
  }

  async countPerGrid(gridIds: readonly string[], f: ReportListFilter): Promise<Map<string, number>> {
    const p = new Params();
    return countPerGrid(this.ds, 'grid.grid_report', this.conditions(f, p), p, gridIds);
  }
}
