/** 联合会商 rows (table cases.consultation), with their one decision. */
import type { ConsultationAttendee, ConsultationEntity } from './entities/consultation.entity';
import { queryRows, type Queryable } from '@zz/common';

const CONSULTATION_COLUMNS = `id, case_id AS "caseId", topic, department_ids AS "departmentIds", convened_by_center_id AS "convenedByCenterId",
  opened_at AS "openedAt", opened_by AS "openedBy", responsibility_split AS "responsibilitySplit", plan, decided_at AS "decidedAt",
  decided_by AS "decidedBy", attendees`;

export type NewConsultation = Omit<ConsultationEntity, 'responsibilitySplit' | 'plan' | 'decidedAt' | 'decidedBy' | 'attendees'>;

export interface ConsultationDecision {
  responsibilitySplit: string;
  plan: string;
  decidedAt: Date;
  decidedBy: string | null;
  attendees: readonly ConsultationAttendee[];
}

export class ConsultationStore {
  constructor(private readonly q: Queryable) {}

  byCaseIds(ids: readonly string[]): Promise<ConsultationEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.q.query(`SELECT ${CONSULTATION_COLUMNS} FROM cases.consultation WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, opened_at, id`, [ids]);
  }

  byIds(ids: readonly string[]): Promise<ConsultationEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.q.query(`SELECT ${CONSULTATION_COLUMNS} FROM cases.consultation WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async insert(row: NewConsultation): Promise<ConsultationEntity> {
    const rows = await this.q.query(
      `INSERT INTO cases.consultation (id, case_id, topic, department_ids, convened_by_center_id, opened_at, opened_by)
       VALUES ($1, $2, $3, $4::uuid[], $5, $6, $7) RETURNING ${CONSULTATION_COLUMNS}`,
      [row.id, row.caseId, row.topic, row.departmentIds, row.convenedByCenterId, row.openedAt, row.openedBy]);
    return rows[0];
  }

  /** Records the decision unless one is already there (null then: the caller answers CONFLICT). */
  async decide(id: string, decision: ConsultationDecision): Promise<ConsultationEntity | null> {
    const rows = await queryRows<ConsultationEntity>(this.q,
      `UPDATE cases.consultation SET responsibility_split = $2, plan = $3, decided_at = $4, decided_by = $5, attendees = $6::jsonb
        WHERE id = $1 AND decided_at IS NULL RETURNING ${CONSULTATION_COLUMNS}`,
      [id, decision.responsibilitySplit, decision.plan, decision.decidedAt, decision.decidedBy, JSON.stringify(decision.attendees)]);
    return rows[0] ?? null;
  }
}
