/** Accountability of departments and persons: the visits behind the counts, and the 约谈 records. */
import type { SubjectKind } from '../domain/accountability-ledger';
import { rows, str, strOrNull, toDate, type Db, type Row } from './sql';

export interface LedgerVisitRow {
  caseId: string;
  code: string;
  at: Date;
  unsatisfied: boolean;
  departmentId: string | null;
  mediatorId: string | null;
}

export interface SummonsRow {
  id: string;
  subjectKind: SubjectKind;
  subjectId: string;
  regionId: string;
  regionCode: string;
  heldAt: Date;
  heldBy: string;
  outcome: string;
  unsatisfiedCount: number;
  recordedBy: string | null;
  recordedAt: Date;
}

const SUMMONS_COLUMNS = `s.id, s.subject_kind, s.subject_id::text AS subject_id, s.region_id, s.region_code, s.held_at, s.held_by, s.outcome,
  s.unsatisfied_count, s.recorded_by::text AS recorded_by, s.recorded_at`;

function toSummonsRow(r: Row): SummonsRow {
  return {
    id: str(r.id),
    subjectKind: r.subject_kind as SubjectKind,
    subjectId: str(r.subject_id),
    regionId: str(r.region_id),
    regionCode: str(r.region_code),
    heldAt: toDate(r.held_at),
    heldBy: str(r.held_by),
    outcome: str(r.outcome),
    unsatisfiedCount: Number(r.unsatisfied_count),
    recordedBy: strOrNull(r.recorded_by),
    recordedAt: toDate(r.recorded_at),
  };
}

export class AccountabilityStore {
  /**
   * The visits of cases in a subtree that matter for a year: every unsatisfied one before `to` (累计), and
   * every visit in [from, to) (the year's count). Oldest first.
   */
  async visits(db: Db, likePattern: string, from: Date, to: Date): Promise<LedgerVisitRow[]> {
    const found = await rows(
      db,
      `SELECT f.case_id, c.code, f.at, f.rating = 'UNSATISFIED' AS unsatisfied, f.department_id::text AS department_id, f.mediator_id::text AS mediator_id
       FROM supervision.follow_up f JOIN supervision.case_read c ON c.case_id = f.case_id
       WHERE f.region_code LIKE $1 AND f.at < $3 AND (f.rating = 'UNSATISFIED' OR f.at >= $2)
       ORDER BY f.at, f.id`,
      [likePattern, from, to],
    );
    return found.map((r) => ({
      caseId: str(r.case_id), code: str(r.code), at: toDate(r.at), unsatisfied: Boolean(r.unsatisfied),
      departmentId: strOrNull(r.department_id), mediatorId: strOrNull(r.mediator_id),
    }));
  }

  /** Unsatisfied visits charged to one subject in a subtree, up to `to`. */
  async unsatisfiedCount(db: Db, kind: SubjectKind, subjectId: string, likePattern: string, to: Date): Promise<number> {
    const col = kind === 'DEPARTMENT' ? 'department_id' : 'mediator_id';
    const [r] = await rows(
      db,
      `SELECT count(*)::int AS n FROM supervision.follow_up WHERE ${col} = $1 AND region_code LIKE $2 AND rating = 'UNSATISFIED' AND at <= $3`,
      [subjectId, likePattern, to],
    );
    return Number(r.n);
  }

  async insertSummons(m: Db, s: SummonsRow): Promise<void> {
    await m.query(
      `INSERT INTO supervision.summons (id, subject_kind, subject_id, region_id, region_code, held_at, held_by, outcome, unsatisfied_count, recorded_by, recorded_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
      [s.id, s.subjectKind, s.subjectId, s.regionId, s.regionCode, s.heldAt, s.heldBy, s.outcome, s.unsatisfiedCount, s.recordedBy, s.recordedAt],
    );
  }

  /** The 约谈 records held in a subtree up to `to`, newest first. */
  async summonses(db: Db, likePattern: string, to: Date): Promise<SummonsRow[]> {
    return (
      await rows(db, `SELECT ${SUMMONS_COLUMNS} FROM supervision.summons s WHERE s.region_code LIKE $1 AND s.held_at < $2 ORDER BY s.held_at DESC, s.id`, [likePattern, to])
    ).map(toSummonsRow);
  }
}
