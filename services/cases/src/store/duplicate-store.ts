/**
 * Possible duplicates (table cases.possible_duplicate): the candidates intake judges (domain/duplicates),
 * the links it stores, and the links of a page of cases in both directions.
 */
import type { Queryable } from '@zz/common';
import { CASE_TABLE as T } from './sql';

export interface DuplicateLink {
  caseId: string;
  otherCaseId: string;
  reasons: string[];
  daysApart: number;
  otherCode: string;
  otherRegionCode: string;
  otherReceivedAt: Date;
}

export interface DuplicateCandidateRow {
  id: string;
  code: string;
  regionCode: string;
  type: string;
  receivedAt: Date;
}

export interface DuplicateSearch {
  excludeId?: string | null;
  at: Date;
  windowDays: number;
  phones: string[];
  idNumbers: string[];
  respondentNames: string[];
  regionCode: string;
  type: string;
}

export class DuplicateStore {
  constructor(private readonly q: Queryable) {}

  /**
   * Cases received within `windowDays` of `at` that share an applicant phone or ID number, or (same
   * region and type) a respondent name: the candidates domain/duplicates judges.
   *
   * Starts from the party indexes (party_phone, party_id_number, party_respondent_name) and joins the
   * window after, so its cost follows the number of matching parties, not the number of cases in the
   * window (at 1,000,000 cases the window holds ~43,000 of them: 140 ms when walked, see bench/plans).
   */
  candidates(facts: DuplicateSearch): Promise<DuplicateCandidateRow[]> {
    if (!facts.phones.length && !facts.idNumbers.length && !facts.respondentNames.length) return Promise.resolve([]);
    const cols = `c.id, c.code, c.region_code AS "regionCode", c.type, c.received_at AS "receivedAt"`;
    const window = `c.received_at BETWEEN $1::timestamptz - make_interval(days => $2) AND $1::timestamptz + make_interval(days => $2)
          AND ($3::uuid IS NULL OR c.id <> $3::uuid)`;
    return this.q.query(
      `SELECT ${cols} FROM ${T} c
        WHERE c.id IN (SELECT p.case_id FROM cases.party p
                        WHERE p.role = 'APPLICANT' AND p.phone IS NOT NULL AND replace(p.phone, '-', '') = ANY($4::text[])
                       UNION ALL
                       SELECT p.case_id FROM cases.party p
                        WHERE p.role = 'APPLICANT' AND p.id_number IS NOT NULL AND p.id_number = ANY($5::text[]))
          AND ${window}
       UNION
       SELECT ${cols} FROM ${T} c
        WHERE c.id IN (SELECT p.case_id FROM cases.party p
                        WHERE p.role = 'RESPONDENT' AND lower(regexp_replace(p.name, '\\s+', '', 'g')) = ANY($6::text[]))
          AND c.region_code = $7 AND c.type = $8 AND ${window}
       ORDER BY "receivedAt" DESC LIMIT 50`,
      [facts.at, facts.windowDays, facts.excludeId ?? null, facts.phones, facts.idNumbers, facts.respondentNames, facts.regionCode, facts.type],
    );
  }

  async insert(caseId: string, links: readonly { otherCaseId: string; reasons: string[]; daysApart: number }[], at: Date): Promise<void> {
    if (!links.length) return;
    const params: unknown[] = [caseId, at];
    const values = links.map((l) => {
      params.push(l.otherCaseId, l.reasons, l.daysApart);
      const n = params.length;
      return `($1::uuid, $${n - 2}::uuid, $${n - 1}::text[], $${n}::int, $2::timestamptz)`;
    });
    await this.q.query(`INSERT INTO cases.possible_duplicate (case_id, other_case_id, reasons, days_apart, detected_at) VALUES ${values.join(', ')} ON CONFLICT DO NOTHING`, params);
  }

  /** Duplicate links in both directions: flagged on the case, or on a later case that named it. */
  byCaseIds(ids: readonly string[]): Promise<DuplicateLink[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.q.query(
      `SELECT l.case_id AS "caseId", l.other_id AS "otherCaseId", l.reasons, l.days_apart AS "daysApart",
              o.code AS "otherCode", o.region_code AS "otherRegionCode", o.received_at AS "otherReceivedAt"
         FROM (SELECT d.case_id, d.other_case_id AS other_id, d.reasons, d.days_apart FROM cases.possible_duplicate d WHERE d.case_id = ANY($1::uuid[])
               UNION ALL
               SELECT d.other_case_id, d.case_id, d.reasons, d.days_apart FROM cases.possible_duplicate d WHERE d.other_case_id = ANY($1::uuid[])) l
         JOIN ${T} o ON o.id = l.other_id
        ORDER BY l.case_id, o.received_at DESC, o.id`, [ids]);
  }
}
