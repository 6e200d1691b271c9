/**
 * The read model: case rows (from the cases subgraph's snapshots), their party keys, their current
 * deadline, and the statistics rollup that follows every row change.
 */
import type { CaseRow } from '../domain/read-model';
import { COUNTER_NAMES, ROLLUP_DIMS, RollupDeltas } from '../domain/rollup';
import type { DeadlineRow } from './rows';
import { rollupInsertSql } from './stats-store';
import { rows, toDate, toDateOrNull, str, strOrNull, type Db, type Row } from './sql';

export const CASE_COLUMNS = `c.case_id, c.code, c.region_id, c.region_code, c.channel, c.type, c.complexity, c.status, c.level,
  c.resolved_level, c.lead_department_id, c.department_ids::text[] AS department_ids, c.received_at, c.accepted_at, c.resolved_at,
  c.closed_at, c.reopened_at, c.reopen_count, c.escalation_count, c.applicant_count, c.amount_in_dispute::text AS amount_in_dispute,
  c.party_keys, c.overdue, c.rating, c.resolution_mode, c.leader_id::text AS leader_id, c.last_event_id::text AS last_event_id, c.policy_version,
  c.mediator_id::text AS mediator_id`;

export function toCaseRow(r: Row): CaseRow {
  return {
    caseId: str(r.case_id),
    code: str(r.code),
    regionId: str(r.region_id),
    regionCode: str(r.region_code),
    channel: r.channel as CaseRow['channel'],
    type: r.type as CaseRow['type'],
    complexity: (r.complexity as CaseRow['complexity']) ?? null,
    status: r.status as CaseRow['status'],
    level: strOrNull(r.level),
    resolvedLevel: (r.resolved_level as CaseRow['resolvedLevel']) ?? null,
    leadDepartmentId: strOrNull(r.lead_department_id),
    departmentIds: (r.department_ids as string[] | null) ?? [],
    receivedAt: toDate(r.received_at),
    acceptedAt: toDateOrNull(r.accepted_at),
    resolvedAt: toDateOrNull(r.resolved_at),
    closedAt: toDateOrNull(r.closed_at),
    reopenedAt: toDateOrNull(r.reopened_at),
    reopenCount: Number(r.reopen_count),
    escalationCount: Number(r.escalation_count),
    applicantCount: Number(r.applicant_count),
    amountInDispute: strOrNull(r.amount_in_dispute),
    partyKeys: (r.party_keys as string[] | null) ?? [],
    overdue: Boolean(r.overdue),
    rating: (r.rating as CaseRow['rating']) ?? null,
    resolutionMode: (r.resolution_mode as CaseRow['resolutionMode']) ?? null,
    leaderId: strOrNull(r.leader_id),
    lastEventId: str(r.last_event_id),
    policyVersion: Number(r.policy_version ?? 0),
    mediatorId: strOrNull(r.mediator_id),
  };
}

const DEADLINE_COLUMNS = `d.case_id, d.region_code, d.started_at, d.complexity, d.deadline_at, d.warning_at, d.warned_at, d.overdue_at, d.open, d.settled_at,
  d.step_key, d.step_name, d.step_deadline_at, d.overall_deadline_at`;

export function toDeadlineRow(r: Row): DeadlineRow {
  return {
    caseId: str(r.case_id),
    regionCode: str(r.region_code),
    startedAt: toDate(r.started_at),
    complexity: r.complexity as DeadlineRow['complexity'],
    deadlineAt: toDate(r.deadline_at),
    warningAt: toDate(r.warning_at),
    warnedAt: toDateOrNull(r.warned_at),
    overdueAt: toDateOrNull(r.overdue_at),
    open: Boolean(r.open),
    settledAt: toDateOrNull(r.settled_at),
    stepKey: strOrNull(r.step_key),
    stepName: strOrNull(r.step_name),
    stepDeadlineAt: toDateOrNull(r.step_deadline_at),
    overallDeadlineAt: toDate(r.overall_deadline_at),
  };
}

export class ReadModelStore {
  /** The row, locked for this transaction (every change of a row goes through a lock: rollup deltas stay exact). */
  async lockCase(m: Db, caseId: string): Promise<CaseRow | null> {
    const [r] = await rows(m, `SELECT ${CASE_COLUMNS} FROM supervision.case_read c WHERE c.case_id = $1 FOR UPDATE`, [caseId]);
    return r ? toCaseRow(r) : null;
  }

  async casesByIds(db: Db, ids: readonly string[]): Promise<CaseRow[]> {
    if (!ids.length) return [];
    return (await rows(db, `SELECT ${CASE_COLUMNS} FROM supervision.case_read c WHERE c.case_id = ANY($1::uuid[])`, [[...ids]])).map(toCaseRow);
  }

  /** Writes the row (insert or replace), its party keys when they changed, and moves its rollup contribution. */
  async saveCase(m: Db, row: CaseRow, previous: CaseRow | null, deltas: RollupDeltas): Promise<void> {
    await m.query(
      `INSERT INTO supervision.case_read (case_id, code, region_id, region_code, channel, type, complexity, status, level, resolved_level,
         lead_department_id, department_ids, received_at, accepted_at, resolved_at, closed_at, reopened_at, reopen_count, escalation_count,
         applicant_count, amount_in_dispute, party_keys, overdue, rating, last_event_id, resolution_mode, leader_id, policy_version, mediator_id)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12::uuid[],$13,$14,$15,$16,$17,$18,$19,$20,$21::numeric,$22::text[],$23,$24,$25,$26,$27::uuid,$28,$29::uuid)
       ON CONFLICT (case_id) DO UPDATE SET code = EXCLUDED.code, region_id = EXCLUDED.region_id, region_code = EXCLUDED.region_code,
         channel = EXCLUDED.channel, type = EXCLUDED.type, complexity = EXCLUDED.complexity, status = EXCLUDED.status, level = EXCLUDED.level,
         resolved_level = EXCLUDED.resolved_level, lead_department_id = EXCLUDED.lead_department_id, department_ids = EXCLUDED.department_ids,
         received_at = EXCLUDED.received_at, accepted_at = EXCLUDED.accepted_at, resolved_at = EXCLUDED.resolved_at, closed_at = EXCLUDED.closed_at,
         reopened_at = EXCLUDED.reopened_at, reopen_count = EXCLUDED.reopen_count, escalation_count = EXCLUDED.escalation_count,
         applicant_count = EXCLUDED.applicant_count, amount_in_dispute = EXCLUDED.amount_in_dispute, party_keys = EXCLUDED.party_keys,
         overdue = EXCLUDED.overdue, rating = EXCLUDED.rating, last_event_id = EXCLUDED.last_event_id,
         resolution_mode = EXCLUDED.resolution_mode, leader_id = EXCLUDED.leader_id, policy_version = EXCLUDED.policy_version, mediator_id = EXCLUDED.mediator_id, updated_at = now()`,
      [
        row.caseId, row.code, row.regionId, row.regionCode, row.channel, row.type, row.complexity, row.status, row.level, row.resolvedLevel,
        row.leadDepartmentId, row.departmentIds, row.receivedAt, row.acceptedAt, row.resolvedAt, row.closedAt, row.reopenedAt, row.reopenCount,
        row.escalationCount, row.applicantCount, row.amountInDispute, row.partyKeys, row.overdue, row.rating, row.lastEventId,
        row.resolutionMode, row.leaderId, row.policyVersion ?? 0, row.mediatorId ?? null,
      ],
    );
    const keysChanged =
      !previous || previous.receivedAt.getTime() !== row.receivedAt.getTime() || previous.partyKeys.join('\u0001') !== row.partyKeys.join('\u0001');
    if (keysChanged) {
      if (previous) await m.query(`DELETE FROM supervision.party_key WHERE case_id = $1`, [row.caseId]);
      if (row.partyKeys.length) {
        await m.query(
          `INSERT INTO supervision.party_key (case_id, key, received_at) SELECT $1, k, $3 FROM unnest($2::text[]) AS k ON CONFLICT DO NOTHING`,
          [row.caseId, row.partyKeys, row.receivedAt],
        );
      }
    }
    deltas.move(previous, row);
  }

  /** Sets the sticky overdue flag (no-op when already set). */
  async setOverdue(m: Db, row: CaseRow, deltas: RollupDeltas): Promise<CaseRow> {
    if (row.overdue) return row;
    await m.query(`UPDATE supervision.case_read SET overdue = true, updated_at = now() WHERE case_id = $1`, [row.caseId]);
    const after = { ...row, overdue: true };
    deltas.move(row, after);
    return after;
  }

  async setRating(m: Db, row: CaseRow, rating: CaseRow['rating'], deltas: RollupDeltas): Promise<CaseRow> {
    await m.query(`UPDATE supervision.case_read SET rating = $2, updated_at = now() WHERE case_id = $1`, [row.caseId, rating]);
    const after = { ...row, rating };
    deltas.move(row, after);
    return after;
  }

  async deadline(m: Db, caseId: string): Promise<DeadlineRow | null> {
    const [r] = await rows(m, `SELECT ${DEADLINE_COLUMNS} FROM supervision.deadline d WHERE d.case_id = $1`, [caseId]);
    return r ? toDeadlineRow(r) : null;
  }

  async deadlinesByCaseIds(db: Db, ids: readonly string[]): Promise<DeadlineRow[]> {
    if (!ids.length) return [];
    return (await rows(db, `SELECT ${DEADLINE_COLUMNS} FROM supervision.deadline d WHERE d.case_id = ANY($1::uuid[])`, [[...ids]])).map(toDeadlineRow);
  }

  async saveDeadline(m: Db, d: DeadlineRow): Promise<void> {
    await m.query(
      `INSERT INTO supervision.deadline (case_id, region_code, started_at, complexity, deadline_at, warning_at, warned_at, overdue_at, open, settled_at,
         step_key, step_name, step_deadline_at, overall_deadline_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)
       ON CONFLICT (case_id) DO UPDATE SET region_code = EXCLUDED.region_code, started_at = EXCLUDED.started_at, complexity = EXCLUDED.complexity,
         deadline_at = EXCLUDED.deadline_at, warning_at = EXCLUDED.warning_at, warned_at = EXCLUDED.warned_at, overdue_at = EXCLUDED.overdue_at,
         open = EXCLUDED.open, settled_at = EXCLUDED.settled_at, step_key = EXCLUDED.step_key, step_name = EXCLUDED.step_name,
         step_deadline_at = EXCLUDED.step_deadline_at, overall_deadline_at = EXCLUDED.overall_deadline_at`,
      [d.caseId, d.regionCode, d.startedAt, d.complexity, d.deadlineAt, d.warningAt, d.warnedAt, d.overdueAt, d.open, d.settledAt,
        d.stepKey, d.stepName, d.stepDeadlineAt, d.overallDeadlineAt],
    );
  }

  /**
   * Open deadlines with an alert due at `now` (the SQL mirror of dueAlerts, which makes the final
   * decision), oldest deadline first, locked; rows another transaction holds are skipped.
   */
  async dueDeadlines(m: Db, now: Date, limit: number): Promise<{ deadline: DeadlineRow; row: CaseRow }[]> {
    const found = await rows(
      m,
      // d.case_id = c.case_id and d.region_code = c.region_code: the duplicate names carry the same values.
      `SELECT ${DEADLINE_COLUMNS}, ${CASE_COLUMNS}
       FROM supervision.deadline d JOIN supervision.case_read c ON c.case_id = d.case_id
       WHERE d.open AND (
         (d.deadline_at < $1 AND (d.overdue_at IS NULL OR d.overdue_at <= d.deadline_at))
         OR (d.warning_at <= $1 AND d.deadline_at >= $1 AND NOT (d.warned_at IS NOT NULL AND d.warned_at >= d.warning_at AND d.warned_at <= d.deadline_at)))
       ORDER BY d.deadline_at, d.case_id
       LIMIT $2
       FOR UPDATE OF d, c SKIP LOCKED`,
      [now, limit],
    );
    return found.map((r) => ({ deadline: toDeadlineRow(r), row: toCaseRow(r) }));
  }

  async markWarned(m: Db, caseId: string, at: Date): Promise<void> {
    await m.query(`UPDATE supervision.deadline SET warned_at = $2 WHERE case_id = $1`, [caseId, at]);
  }

  async markOverdueNotified(m: Db, caseId: string, at: Date): Promise<void> {
    await m.query(`UPDATE supervision.deadline SET overdue_at = $2 WHERE case_id = $1`, [caseId, at]);
  }

  /** Other cases sharing a party key with the subject, received in [from, to]. */
  async casesSharingKeys(m: Db, keys: readonly string[], from: Date, to: Date, excludeCaseId: string): Promise<CaseRow[]> {
    if (!keys.length) return [];
    return (
      await rows(
        m,
        `SELECT ${CASE_COLUMNS} FROM supervision.case_read c
         WHERE c.case_id IN (SELECT DISTINCT pk.case_id FROM supervision.party_key pk
                             WHERE pk.key = ANY($1::text[]) AND pk.received_at >= $2 AND pk.received_at <= $3 AND pk.case_id <> $4)`,
        [[...keys], from, to, excludeCaseId],
      )
    ).map(toCaseRow);
  }

  /** Applies a transaction's rollup deltas in primary-key order (one statement). */
  async flushRollups(m: Db, deltas: RollupDeltas): Promise<void> {
    const entries = deltas.entries();
    deltas.clear();
    if (!entries.length) return;
    const cols: unknown[][] = [[], [], [], [], ...COUNTER_NAMES.map(() => [])];
    for (const { cell, counters } of entries) {
      cols[0].push(cell.prefix);
      cols[1].push(cell.day);
      cols[2].push(cell.dim);
      cols[3].push(cell.key);
      COUNTER_NAMES.forEach((n, i) => cols[4 + i].push(counters[n]));
    }
    const counterList = COUNTER_NAMES.join(', ');
    await m.query(
      `INSERT INTO supervision.stats_rollup (prefix, day, dim, key, ${counterList})
       SELECT p, d, m::"char", k, ${COUNTER_NAMES.map((n) => `c_${n}`).join(', ')}
       FROM unnest($1::text[], $2::date[], $3::text[], $4::text[], ${COUNTER_NAMES.map((_, i) => `$${5 + i}::int[]`).join(', ')})
         AS u(p, d, m, k, ${COUNTER_NAMES.map((n) => `c_${n}`).join(', ')})
       ON CONFLICT (prefix, day, dim, key) DO UPDATE SET ${COUNTER_NAMES.map((n) => `${n} = stats_rollup.${n} + EXCLUDED.${n}`).join(', ')}`,
      cols,
    );
  }

  /** Rebuilds the whole rollup from the rows (repair, bulk loads). */
  async rebuildRollups(db: Db): Promise<void> {
    await db.query(`DELETE FROM supervision.stats_rollup`);
    await db.query(rollupInsertSql(ROLLUP_DIMS));
  }
}
