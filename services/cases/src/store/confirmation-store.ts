/** 司法确认 rows (table cases.judicial_confirmation). */
import { rowsOf, type Queryable } from '@zz/common';
import type { JudicialConfirmationEntity } from './entities/judicial-confirmation.entity';

const COLUMNS = `id, case_id AS "caseId", sequence, court_department_id AS "courtDepartmentId", via_partner AS "viaPartner", status,
  applied_at AS "appliedAt", applied_by AS "appliedBy", note, accepted_at AS "acceptedAt", decided_at AS "decidedAt",
  decided_by AS "decidedBy", ruling_number AS "rulingNumber", refusal_reason AS "refusalReason"`;

export type NewConfirmation = Pick<JudicialConfirmationEntity, 'id' | 'caseId' | 'courtDepartmentId' | 'viaPartner' | 'appliedAt' | 'appliedBy' | 'note'>;
export type ConfirmationChange = Pick<JudicialConfirmationEntity, 'status' | 'acceptedAt' | 'decidedAt' | 'decidedBy' | 'rulingNumber' | 'refusalReason'>;

export class ConfirmationStore {
  constructor(private readonly q: Queryable) {}

  byCaseIds(ids: readonly string[]): Promise<JudicialConfirmationEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.q.query(`SELECT ${COLUMNS} FROM cases.judicial_confirmation WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, sequence`, [ids]);
  }

  async byId(id: string): Promise<JudicialConfirmationEntity | null> {
    const rows = await this.q.query(`SELECT ${COLUMNS} FROM cases.judicial_confirmation WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Numbered in the statement; the partial unique index keeps one application in progress per case. */
  async insert(row: NewConfirmation): Promise<JudicialConfirmationEntity> {
    const rows = await this.q.query(
      `INSERT INTO cases.judicial_confirmation (id, case_id, sequence, court_department_id, via_partner, status, applied_at, applied_by, note)
       VALUES ($1, $2, (SELECT coalesce(max(sequence), 0) + 1 FROM cases.judicial_confirmation WHERE case_id = $2), $3, $4, 'APPLIED', $5, $6, $7)
       RETURNING ${COLUMNS}`,
      [row.id, row.caseId, row.courtDepartmentId, row.viaPartner, row.appliedAt, row.appliedBy, row.note]);
    return rows[0];
  }

  /** Moves the application on, only from the status it was read in (null: someone moved it meanwhile). */
  async update(id: string, from: string, change: ConfirmationChange): Promise<JudicialConfirmationEntity | null> {
    const result = await this.q.query(
      `UPDATE cases.judicial_confirmation SET status = $3, accepted_at = $4, decided_at = $5, decided_by = $6, ruling_number = $7, refusal_reason = $8
       WHERE id = $1 AND status = $2 RETURNING ${COLUMNS}`,
      [id, from, change.status, change.acceptedAt, change.decidedAt, change.decidedBy, change.rulingNumber, change.refusalReason]);
    return rowsOf<JudicialConfirmationEntity>(result)[0] ?? null;
  }
}
