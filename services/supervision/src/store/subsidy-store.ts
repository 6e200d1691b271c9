/** 以案定补: a subtree's cases of a month per lead mediator and dispute type. */
import type { DisputeType } from '@zz/common';
import type { SubsidyFacts } from '../domain/subsidy';
import { rows, str, type Db } from './sql';

export class SubsidyStore {
  /**
   * handled: accepted before the month's end and not settled before its start (settled = resolved,
   * closed, or the deadline's settlement for a referral); closed: resolved in the month (化解, as the
   * statistics count it).
   */
  async facts(db: Db, likePattern: string, from: Date, to: Date): Promise<SubsidyFacts[]> {
    const found = await rows(
      db,
      `SELECT c.mediator_id::text AS mediator_id, c.type,
         count(*) FILTER (WHERE c.accepted_at < $3 AND (COALESCE(c.resolved_at, c.closed_at, d.settled_at) IS NULL
                            OR COALESCE(c.resolved_at, c.closed_at, d.settled_at) >= $2))::int AS handled,
         count(*) FILTER (WHERE c.resolved_at >= $2 AND c.resolved_at < $3
                            AND (c.status = 'RESOLVED' OR c.status = 'CLOSED'))::int AS closed
       FROM supervision.case_read c LEFT JOIN supervision.deadline d ON d.case_id = c.case_id
       WHERE c.region_code LIKE $1 AND c.mediator_id IS NOT NULL AND (c.accepted_at < $3 OR c.resolved_at < $3)
         AND c.status NOT IN ('REJECTED', 'WITHDRAWN')
       GROUP BY 1, 2`,
      [likePattern, from, to],
    );
    return found.map((r) => ({ mediatorId: str(r.mediator_id), type: r.type as DisputeType, handled: Number(r.handled), closed: Number(r.closed) }));
  }
}
