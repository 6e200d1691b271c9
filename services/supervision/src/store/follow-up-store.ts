/** Follow-up visits (回访) and the accountability they feed. */
import type { FollowUpRow } from './rows';
import { rows, toDate, str, strOrNull, type Db, type Row } from './sql';

const COLUMNS = `f.id, f.case_id, f.round, f.rating, f.comment, f.at, f.recorded_by, f.region_code, f.department_id, f.mediator_id::text AS mediator_id`;

function toFollowUpRow(r: Row): FollowUpRow {
  return {
    id: str(r.id),
    caseId: str(r.case_id),
    round: Number(r.round),
    rating: r.rating as FollowUpRow['rating'],
    comment: strOrNull(r.comment),
    at: toDate(r.at),
    recordedBy: strOrNull(r.recorded_by),
    regionCode: str(r.region_code),
    departmentId: strOrNull(r.department_id),
    mediatorId: strOrNull(r.mediator_id),
  };
}

export class FollowUpStore {
  /** Inserts the visit; false when the case already has one for this resolution round. */
  async insert(m: Db, f: FollowUpRow): Promise<boolean> {
    const found = await rows(
      m,
      `INSERT INTO supervision.follow_up (id, case_id, round, rating, comment, at, recorded_by, region_code, department_id, mediator_id)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT (case_id, round) DO NOTHING RETURNING id`,
      [f.id, f.caseId, f.round, f.rating, f.comment, f.at, f.recordedBy, f.regionCode, f.departmentId, f.mediatorId ?? null],
    );
    return found.length > 0;
  }

  /** The latest visit of each case. */
  async latestByCaseIds(db: Db, caseIds: readonly string[]): Promise<FollowUpRow[]> {
    if (!caseIds.length) return [];
    return (
      await rows(db, `SELECT DISTINCT ON (f.case_id) ${COLUMNS} FROM supervision.follow_up f WHERE f.case_id = ANY($1::uuid[])
        ORDER BY f.case_id, f.round DESC`, [[...caseIds]])
    ).map(toFollowUpRow);
  }

  /** Visits and unsatisfied ratings per (lead) department, for visits in [from, to) of cases in a subtree. */
  async perDepartment(db: Db, likePattern: string, from: Date, to: Date): Promise<{ departmentId: string; followUps: number; unsatisfied: number }[]> {
    const found = await rows(
      db,
      `SELECT f.department_id, count(*)::int AS follow_ups, count(*) FILTER (WHERE f.rating = 'UNSATISFIED')::int AS unsatisfied
       FROM supervision.follow_up f
       WHERE f.region_code LIKE $1 AND f.at >= $2 AND f.at < $3 AND f.department_id IS NOT NULL
       GROUP BY f.department_id
       ORDER BY unsatisfied DESC, f.department_id::text COLLATE "C"`,
      [likePattern, from, to],
    );
    return found.map((r) => ({ departmentId: str(r.department_id), followUps: Number(r.follow_ups), unsatisfied: Number(r.unsatisfied) }));
  }

  /** How many visits there are at all (the demo seeds its visits once). */
  async count(db: Db): Promise<number> {
    const [r] = await rows(db, `SELECT count(*)::int AS n FROM supervision.follow_up`);
    return Number(r.n);
  }

  /** Settled cases (化解 or 办结) of the current round without a visit, oldest resolution first. */
  async unvisitedSettled(db: Db): Promise<{ caseId: string; settledAt: Date }[]> {
    const found = await rows(db, `SELECT c.case_id, coalesce(c.resolved_at, c.closed_at) AS settled_at FROM supervision.case_read c
      WHERE c.status IN ('RESOLVED', 'CLOSED') AND coalesce(c.resolved_at, c.closed_at) IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM supervision.follow_up f WHERE f.case_id = c.case_id AND f.round = c.reopen_count)
      ORDER BY settled_at, c.case_id`);
    return found.map((r) => ({ caseId: str(r.case_id), settledAt: toDate(r.settled_at) }));
  }
}
