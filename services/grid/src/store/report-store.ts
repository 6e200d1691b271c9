import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { GridReportEntity } from './entities/grid-report.entity';
import type { NormalisedReport } from '../domain/reports';
import { GridChildList } from './grid-child-list';
import { likePrefix, queryRows, type Params } from '@zz/common';

export interface ReportListFilter {
  prefix: string;
  gridId?: string | null;
  status?: string | null;
}

/**
 * Reports. The status changes are single conditional UPDATEs (… WHERE status = 'REPORTED' …): the row
 * lock they take makes settle-vs-convert and convert-vs-convert races resolve to exactly one winner.
 */
export class ReportStore extends GridChildList<GridReportEntity, ReportListFilter> {
  /** Newest first. */
  protected readonly order = 't.created_at DESC, t.id DESC';
  private readonly repo: Repository<GridReportEntity>;
  constructor(ds: DataSource) {
    super(ds, GridReportEntity, 'grid.grid_report');
    this.repo = ds.getRepository(GridReportEntity);
  }

  protected afterRow(after: [string, string], p: Params): string {
    return `(t.created_at, t.id) < (${p.add(after[0])}::timestamptz, ${p.add(after[1])}::uuid)`;
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
    const changed = await queryRows(manager, `UPDATE grid.grid_report SET status = 'SETTLED', settle_note = $2, settled_at = $3, settled_by_user_id = $4, updated_at = $3
      WHERE id = $1 AND status = 'REPORTED' AND conversion_started_at IS NULL RETURNING id`, [id, note, now, userId]);
    return changed.length ? manager.getRepository(GridReportEntity).findOneByOrFail({ id }) : null;
  }

  /**
   * Marks a conversion as begun (idempotent: a second call keeps the first time and complexity).
   * Returns the report when it is (still) REPORTED, null otherwise.
   */
  async beginConversion(id: string, complexity: string, now: Date): Promise<GridReportEntity | null> {
    const changed = await queryRows(this.ds, `UPDATE grid.grid_report SET conversion_started_at = coalesce(conversion_started_at, $2),
        complexity = coalesce(complexity, $3), updated_at = $2
      WHERE id = $1 AND status = 'REPORTED' RETURNING id`, [id, now, complexity]);
    return changed.length ? this.repo.findOneByOrFail({ id }) : null;
  }

  /** REPORTED → CONVERTED with the case; null when another call already linked it (or it is not REPORTED). */
  async linkCase(manager: EntityManager, id: string, caseId: string, userId: string | null, now: Date): Promise<GridReportEntity | null> {
    const changed = await queryRows(manager, `UPDATE grid.grid_report SET status = 'CONVERTED', case_id = $2, converted_at = $3, converted_by_user_id = $4, updated_at = $3
      WHERE id = $1 AND status = 'REPORTED' RETURNING id`, [id, caseId, now, userId]);
    return changed.length ? manager.getRepository(GridReportEntity).findOneByOrFail({ id }) : null;
  }

  async reload(id: string): Promise<GridReportEntity | null> {
    return this.repo.findOneBy({ id });
  }

  protected conditions(f: ReportListFilter, p: Params): string[] {
    const where = [`t.region_code LIKE ${p.add(likePrefix(f.prefix))}`];
    if (f.gridId) where.push(`t.grid_id = ${p.add(f.gridId)}`);
    if (f.status) where.push(`t.status = ${p.add(f.status)}`);
    return where;
  }
}
