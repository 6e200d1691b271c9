/** 交办 rows (table cases.assignment): departments and mediators on a case; ended rows stay for the record. */
import crypto from 'node:crypto';
import type { AssignmentEntity } from './entities/assignment.entity';
import { queryRows, type Queryable } from '@zz/common';

const ASSIGNMENT_SELECT = `a.id, a.case_id AS "caseId", a.department_id AS "departmentId", a.mediator_id AS "mediatorId", a.role,
  a.assigned_at AS "assignedAt", a.assigned_by AS "assignedBy", a.note, a.joint_kind AS "jointKind", a.active, a.ended_at AS "endedAt", a.end_reason AS "endReason"`;

export type NewAssignment = Omit<AssignmentEntity, 'id' | 'active' | 'endedAt' | 'endReason' | 'jointKind'> & { jointKind?: AssignmentEntity['jointKind'] };

export class AssignmentStore {
  constructor(private readonly q: Queryable) {}

  byCaseIds(ids: readonly string[]): Promise<AssignmentEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.q.query(
      `SELECT ${ASSIGNMENT_SELECT} FROM cases.assignment a WHERE a.case_id = ANY($1::uuid[])
       ORDER BY a.case_id, a.seq`, [ids]);
  }

  /** Ends the active assignments matching `which`; returns the ended rows. */
  async end(caseId: string, which: 'departments' | 'mediator' | 'all' | { departmentIds: string[] }, at: Date, reason: string): Promise<AssignmentEntity[]> {
    let filter = '';
    const params: unknown[] = [caseId, at, reason];
    if (which === 'departments') filter = 'AND department_id IS NOT NULL';
    else if (which === 'mediator') filter = 'AND mediator_id IS NOT NULL';
    else if (which !== 'all') {
      params.push(which.departmentIds);
      filter = `AND department_id = ANY($4::uuid[])`;
    }
    return queryRows<AssignmentEntity>(this.q,
      `UPDATE cases.assignment a SET active = false, ended_at = $2, end_reason = $3 WHERE a.case_id = $1 AND a.active ${filter} RETURNING ${ASSIGNMENT_SELECT}`,
      params,
    );
  }

  async insert(rows: readonly NewAssignment[]): Promise<void> {
    if (!rows.length) return;
    const params: unknown[] = [];
    const values = rows.map((r) => {
      params.push(crypto.randomUUID(), r.caseId, r.departmentId, r.mediatorId, r.role, r.assignedAt, r.assignedBy, r.note, r.jointKind ?? null);
      const n = params.length;
      return `(${Array.from({ length: 9 }, (_, i) => `$${n - 8 + i}`).join(', ')})`;
    });
    await this.q.query(
      `INSERT INTO cases.assignment (id, case_id, department_id, mediator_id, role, assigned_at, assigned_by, note, joint_kind) VALUES ${values.join(', ')}`, params);
  }
}
