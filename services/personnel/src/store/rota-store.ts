import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import type { NormalisedRota, NormalisedStationing, NormalisedWindow } from '../domain/rota';
import type { CenterEntity } from './entities/center.entity';
import { CenterWindowEntity, RotaAssignmentEntity } from './entities/rota.entity';
import { StationingEntity } from './entities/stationing.entity';

export interface RotaRow extends RotaAssignmentEntity {
  staffIds: string[];
}

/**
 * Windows, stationings as the center's ADMIN/LEADER changes them, and the monthly rota. The
 * constraints of the tables decide conflicts: these statements do not read before they write.
 */
export class RotaStore {
  private readonly windows: Repository<CenterWindowEntity>;
  private readonly stationings: Repository<StationingEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.windows = dataSource.getRepository(CenterWindowEntity);
    this.stationings = dataSource.getRepository(StationingEntity);
  }

  windowsByCenterIds(centerIds: readonly string[]): Promise<CenterWindowEntity[]> {
    return centerIds.length
      ? this.windows.createQueryBuilder('w').where('w.center_id = ANY(:ids)', { ids: [...centerIds] }).orderBy('w.number').getMany()
      : Promise.resolve([]);
  }

  /** The rota of the given centers and months, each entry with its staff ids. */
  async rotaByCenterMonths(keys: readonly { centerId: string; year: number; month: number }[]): Promise<RotaRow[]> {
    if (!keys.length) return [];
    const rows: (Record<string, unknown> & { staff_ids: string[] | null })[] = await this.dataSource.query(
      `SELECT a.id, a.center_id, a.window_number, a.department_id, a.year, a.month, a.region_code, a.planned_by, a.planned_at,
              array_remove(array_agg(s.staff_id ORDER BY s.staff_id), NULL) AS staff_ids
         FROM personnel.rota_assignment a
         JOIN unnest($1::uuid[], $2::int[], $3::int[]) AS k(center_id, year, month)
           ON k.center_id = a.center_id AND k.year = a.year AND k.month = a.month
         LEFT JOIN personnel.rota_staff s ON s.assignment_id = a.id
        GROUP BY a.id ORDER BY a.window_number`,
      [keys.map((k) => k.centerId), keys.map((k) => k.year), keys.map((k) => k.month)],
    );
    return rows.map(toRota);
  }

  async rotaById(id: string): Promise<RotaRow | null> {
    const rows: (Record<string, unknown> & { staff_ids: string[] | null })[] = await this.dataSource.query(
      `SELECT a.*, array_remove(array_agg(s.staff_id ORDER BY s.staff_id), NULL) AS staff_ids
         FROM personnel.rota_assignment a LEFT JOIN personnel.rota_staff s ON s.assignment_id = a.id
        WHERE a.id = $1 GROUP BY a.id`, [id]);
    return rows.length ? toRota(rows[0]) : null;
  }

  /** Inserts or changes the stationing of a department at a center. */
  async upsertStationing(m: EntityManager, centerId: string, departmentId: string, s: NormalisedStationing): Promise<void> {
    await m.query(
      `INSERT INTO personnel.stationing (center_id, department_id, mode, staff_count, months, contact_staff_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (center_id, department_id) DO UPDATE
         SET mode = EXCLUDED.mode, staff_count = EXCLUDED.staff_count, months = EXCLUDED.months, contact_staff_id = EXCLUDED.contact_staff_id`,
      [centerId, departmentId, s.mode, s.staffCount, s.months, s.contactStaffId],
    );
  }

  stationing(centerId: string, departmentId: string): Promise<StationingEntity | null> {
    return this.stationings.findOneBy({ centerId, departmentId });
  }

  async upsertWindow(m: EntityManager, center: CenterEntity, w: NormalisedWindow & { label: string }): Promise<void> {
    await m.query(
      `INSERT INTO personnel.center_window (center_id, number, kind, department_id, label, region_code)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (center_id, number) DO UPDATE SET kind = EXCLUDED.kind, department_id = EXCLUDED.department_id, label = EXCLUDED.label`,
      [center.id, w.number, w.kind, w.departmentId, w.label, center.regionCode],
    );
  }

  window(centerId: string, number: number): Promise<CenterWindowEntity | null> {
    return this.windows.findOneBy({ centerId, number });
  }

  /**
   * Plans one window for one month. The same department at the same window replaces its staff; a
   * different department there makes the upsert return nothing (null: the window is taken). Every
   * other conflict is a constraint violation the caller maps to the field.
   */
  async plan(m: EntityManager, center: CenterEntity, r: NormalisedRota, by: string | null): Promise<string | null> {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO personnel.rota_assignment (id, center_id, window_number, department_id, year, month, region_code, planned_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ON CONSTRAINT rota_one_department_per_window DO UPDATE
         SET planned_by = EXCLUDED.planned_by, planned_at = now()
         WHERE rota_assignment.department_id = EXCLUDED.department_id
       RETURNING id`,
      [randomUUID(), center.id, r.windowNumber, r.departmentId, r.year, r.month, center.regionCode, by],
    );
    if (!rows.length) return null;
    const id = rows[0].id;
    await m.query(`DELETE FROM personnel.rota_staff WHERE assignment_id = $1`, [id]);
    await m.query(
      `INSERT INTO personnel.rota_staff (assignment_id, staff_id, center_id, department_id, year, month)
       SELECT $1, s, $2, $3, $4, $5 FROM unnest($6::uuid[]) AS s`,
      [id, center.id, r.departmentId, r.year, r.month, r.staffIds],
    );
    return id;
  }

  async removeRota(m: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`DELETE FROM personnel.rota_assignment WHERE id = $1 RETURNING id`, [id]);
    return rows.length > 0;
  }
}

function toRota(r: Record<string, unknown> & { staff_ids: string[] | null }): RotaRow {
  return {
    id: r.id as string, centerId: r.center_id as string, windowNumber: Number(r.window_number), departmentId: r.department_id as string,
    year: Number(r.year), month: Number(r.month), regionCode: r.region_code as string, plannedBy: (r.planned_by as string | null) ?? null,
    plannedAt: new Date(r.planned_at as string), staffIds: r.staff_ids ?? [],
  };
}
