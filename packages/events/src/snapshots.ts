/**
 * The latest case snapshot in the log per case (each case event carries the case as it stands after
 * the change): what a reader shows of a case before its own projection has caught up with the log.
 */
import type { CaseSnapshot } from './case-snapshot';
import { rowsOf, type Queryable } from './queryable';

export interface LoggedSnapshot {
  snapshot: CaseSnapshot;
  /** The event that carried it. */
  eventId: string;
  occurredAt: Date;
}

/** The latest snapshot of each case that has one, by case id (cases without one are absent). */
export async function readLatestSnapshots(db: Queryable, caseIds: readonly string[]): Promise<Map<string, LoggedSnapshot>> {
  const out = new Map<string, LoggedSnapshot>();
  if (!caseIds.length) return out;
  const found = rowsOf(await db.query(
    // Qualified columns: an ORDER BY on the `id` alias would sort the text ('10' < '9'); log order is (tx, id).
    `SELECT DISTINCT ON (e.case_id) e.case_id, e.id::text AS id, e.occurred_at, e.data->'case' AS snapshot FROM events.dispatch_event e
     WHERE e.case_id = ANY($1::uuid[]) AND e.data ? 'case' ORDER BY e.case_id, e.tx DESC, e.id DESC`,
    [[...caseIds]],
  ));
  for (const r of found) {
    out.set(String(r.case_id), { snapshot: r.snapshot as CaseSnapshot, eventId: String(r.id), occurredAt: new Date(r.occurred_at as string) });
  }
  return out;
}
