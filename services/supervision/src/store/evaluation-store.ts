/** Quarterly evaluation: the facts per lead department / lead mediator of a subtree's quarter, and the frozen quarters. */
import type { EvaluationFacts } from '../domain/evaluation';
import type { SubjectKind } from '../domain/accountability-ledger';
import { rows, str, toDate, strOrNull, type Db } from './sql';

export interface FrozenQuarterRow {
  regionId: string;
  regionCode: string;
  year: number;
  quarter: number;
  frozenAt: Date;
  frozenBy: string | null;
  /** As the service stored it (the ranking of both kinds, the policy it used). */
  ranking: unknown;
}

/** The column a subject is found by: the case's lead department or lead mediator. */
const SUBJECT_COLUMN: Record<SubjectKind, string> = { DEPARTMENT: 'c.lead_department_id', MEDIATOR: 'c.mediator_id' };

export class EvaluationStore {
  /** Per subject: the cases accepted in [from, to) in the subtree, each in its state now, and the 督办函 of the period. */
  async facts(db: Db, kind: SubjectKind, likePattern: string, from: Date, to: Date): Promise<EvaluationFacts[]> {
    const col = SUBJECT_COLUMN[kind];
    const cases = await rows(
      db,
      `SELECT ${col}::text AS subject_id, count(*)::int AS accepted,
         count(*) FILTER (WHERE NOT c.overdue)::int AS on_time,
         count(*) FILTER (WHERE c.status = 'RESOLVED' OR (c.status = 'CLOSED' AND c.resolved_at IS NOT NULL))::int AS resolved,
         count(*) FILTER (WHERE c.rating IS NOT NULL)::int AS rated,
         count(*) FILTER (WHERE c.rating IN ('SATISFIED', 'BASICALLY_SATISFIED'))::int AS satisfied
       FROM supervision.case_read c
       WHERE c.region_code LIKE $1 AND c.accepted_at >= $2 AND c.accepted_at < $3 AND ${col} IS NOT NULL
       GROUP BY 1`,
      [likePattern, from, to],
    );
    // A department receives the 督办函 (to_department_id); a mediator answers for those about the cases he leads.
    const letters = await rows(
      db,
      kind === 'DEPARTMENT'
        ? `SELECT l.to_department_id::text AS subject_id, count(*)::int AS n FROM supervision.letter l
           WHERE l.kind = 'SUPERVISION' AND l.region_code LIKE $1 AND l.issued_at >= $2 AND l.issued_at < $3 AND l.to_department_id IS NOT NULL
           GROUP BY 1`
        : `SELECT c.mediator_id::text AS subject_id, count(*)::int AS n FROM supervision.letter l JOIN supervision.case_read c ON c.case_id = l.case_id
           WHERE l.kind = 'SUPERVISION' AND l.region_code LIKE $1 AND l.issued_at >= $2 AND l.issued_at < $3 AND c.mediator_id IS NOT NULL
           GROUP BY 1`,
      [likePattern, from, to],
    );
    const letterCount = new Map(letters.map((r) => [str(r.subject_id), Number(r.n)]));
    return cases.map((r) => ({
      subjectId: str(r.subject_id),
      accepted: Number(r.accepted),
      onTime: Number(r.on_time),
      resolved: Number(r.resolved),
      rated: Number(r.rated),
      satisfied: Number(r.satisfied),
      letters: letterCount.get(str(r.subject_id)) ?? 0,
    }));
  }

  async frozenQuarter(db: Db, regionId: string, year: number, quarter: number): Promise<FrozenQuarterRow | null> {
    const [r] = await rows(
      db,
      `SELECT region_id, region_code, year, quarter, frozen_at, frozen_by::text AS frozen_by, ranking
       FROM supervision.evaluation_quarter WHERE region_id = $1 AND year = $2 AND quarter = $3`,
      [regionId, year, quarter],
    );
    return r
      ? { regionId: str(r.region_id), regionCode: str(r.region_code), year: Number(r.year), quarter: Number(r.quarter), frozenAt: toDate(r.frozen_at), frozenBy: strOrNull(r.frozen_by), ranking: r.ranking }
      : null;
  }

  /** Stores a frozen quarter; false when it was frozen already (by anyone, at any time). */
  async freeze(m: Db, q: FrozenQuarterRow): Promise<boolean> {
    const found = await rows(
      m,
      `INSERT INTO supervision.evaluation_quarter (region_id, region_code, year, quarter, frozen_at, frozen_by, ranking)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) ON CONFLICT (region_id, year, quarter) DO NOTHING RETURNING year`,
      [q.regionId, q.regionCode, q.year, q.quarter, q.frozenAt, q.frozenBy, JSON.stringify(q.ranking)],
    );
    return found.length > 0;
  }
}
