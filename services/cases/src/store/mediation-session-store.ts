/** 调解会 rows (table cases.mediation_session). */
import type { MediationSessionEntity } from './entities/mediation-session.entity';
import type { Queryable } from '@zz/common';

const SESSION_COLUMNS = `id, case_id AS "caseId", sequence, held_at AS "heldAt", place, parties, mediators,
  department_ids AS "departmentIds", minutes, outcome, recorded_at AS "recordedAt", recorded_by AS "recordedBy"`;

export type NewMediationSession = Omit<MediationSessionEntity, 'sequence'>;

export class MediationSessionStore {
  constructor(private readonly q: Queryable) {}

  byCaseIds(ids: readonly string[]): Promise<MediationSessionEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.q.query(`SELECT ${SESSION_COLUMNS} FROM cases.mediation_session WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, sequence`, [ids]);
  }

  /**
   * The next number of the case is taken in the same statement; the case row's version check in the
   * same transaction already serialises changes of one case, and UNIQUE (case_id, sequence) holds it.
   */
  async insert(row: NewMediationSession): Promise<MediationSessionEntity> {
    const rows = await this.q.query(
      `INSERT INTO cases.mediation_session (id, case_id, sequence, held_at, place, parties, mediators, department_ids, minutes, outcome, recorded_at, recorded_by)
       VALUES ($1, $2, (SELECT coalesce(max(sequence), 0) + 1 FROM cases.mediation_session WHERE case_id = $2), $3, $4, $5::jsonb, $6::jsonb, $7::uuid[], $8, $9, $10, $11)
       RETURNING ${SESSION_COLUMNS}`,
      [row.id, row.caseId, row.heldAt, row.place, JSON.stringify(row.parties), JSON.stringify(row.mediators), row.departmentIds,
        row.minutes, row.outcome, row.recordedAt, row.recordedBy]);
    return rows[0];
  }
}
