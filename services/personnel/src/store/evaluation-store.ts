import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import type { NormalisedEvaluation } from '../domain/evaluation';
import { EvaluationEntity } from './entities/evaluation.entity';
import type { StaffEntity } from './entities/staff.entity';

/** Quarterly evaluations of stationed staff. */
export class EvaluationStore {
  private readonly repo: Repository<EvaluationEntity>;
  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(EvaluationEntity);
  }

  byCenterQuarter(centerId: string, year: number, quarter: number): Promise<EvaluationEntity[]> {
    return this.repo.find({ where: { centerId, year, quarter }, order: { staffId: 'ASC' } });
  }

  byIds(ids: readonly string[]): Promise<EvaluationEntity[]> {
    return ids.length ? this.repo.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /**
   * Records the evaluation. Without `replace`, an existing one for that person and quarter is left
   * alone and null is returned (the caller answers CONFLICT); with it, the score and comment are
   * corrected and the revision counted. One statement, so two concurrent first recordings cannot
   * both insert (the unique constraint decides).
   */
  async record(manager: EntityManager, e: NormalisedEvaluation, staff: StaffEntity, by: string | null, replace: boolean): Promise<string | null> {
    const onConflict = replace
      ? `DO UPDATE SET score = EXCLUDED.score, comment = EXCLUDED.comment, evaluated_by = EXCLUDED.evaluated_by,
           evaluated_at = now(), revision = evaluation.revision + 1`
      : 'DO NOTHING';
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO personnel.evaluation (id, staff_id, center_id, department_id, region_code, year, quarter, score, comment, evaluated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT ON CONSTRAINT evaluation_once_per_quarter ${onConflict}
       RETURNING id`,
      [randomUUID(), staff.id, staff.centerId, staff.departmentId, staff.regionCode, e.year, e.quarter, e.score, e.comment, by],
    );
    return rows.length ? rows[0].id : null;
  }
}
