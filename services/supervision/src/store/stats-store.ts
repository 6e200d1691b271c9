/**
 * The published statistics in SQL, exactly as stats.ts defines them (the integration tests compare
 * both on the same fixture): whole local days from the rollup, partial days and villages/grids from
 * the case rows, merged, with the rates rounded by PostgreSQL (ROUND(n::numeric / d, 4)).
 */
import { COUNTER_NAMES, LEADER_OWNED, planStats, type Counters, type RollupDim } from '../domain/rollup';
import { CODE_STEP, monthSeries, outcomeOf, sortBreakdown, type Breakdown, type Channel, type DisputeType, type LevelShare, type Measures, type ResolutionMode, type Stats } from '../domain/stats';
import { keysetPage, Params, rows, str, type Db } from './sql';

/**
 * One case row's contribution, column by column (the SQL twin of rollup.contributionOf):
 * resolved = RESOLVED, or CLOSED with a resolvedAt; 631 levels of resolved cases, GRID as VILLAGE.
 */
const RESOLVED_SQL = `(status = 'RESOLVED' OR (status = 'CLOSED' AND resolved_at IS NOT NULL))`;
const CONTRIBUTION_COLUMNS = [
  `1 AS received`,
  `(accepted_at IS NOT NULL)::int AS accepted`,
  `${RESOLVED_SQL}::int AS resolved`,
  `(status = 'CLOSED')::int AS closed`,
  `overdue::int AS overdue`,
  `(rating IS NOT NULL)::int AS rated`,
  // coalesce: a NULL rating / level must count 0, not NULL.
  `coalesce(rating IN ('SATISFIED', 'BASICALLY_SATISFIED'), false)::int AS satisfied`,
  `coalesce(${RESOLVED_SQL} AND resolved_level IN ('VILLAGE', 'GRID'), false)::int AS village`,
  `coalesce(${RESOLVED_SQL} AND resolved_level = 'TOWN', false)::int AS town`,
  `coalesce(${RESOLVED_SQL} AND resolved_level = 'COUNTY', false)::int AS county`,
];
export const CONTRIBUTION_SQL = CONTRIBUTION_COLUMNS.join(', ');

/** The contribution columns of the given counters only (for a migration's frozen counter list). */
const contributionSql = (counters: readonly string[]) =>
  CONTRIBUTION_COLUMNS.filter((c) => counters.includes(c.slice(c.lastIndexOf(' AS ') + 4))).join(', ');

/** The child region a row lies in under a prefix (SQL twin of stats.childCodeOf): '' for the prefix itself. */
const childSql = (prefixLength: string) =>
  `CASE WHEN length(region_code) > ${prefixLength} THEN left(region_code, ${prefixLength} + ${CODE_STEP}) ELSE '' END`;
/** The L key of a row (rollup.cellsOf): LEADER_OWNED when a leader leads it, else ''. */
const LEADER_KEY_SQL = `CASE WHEN leader_id IS NULL THEN '' ELSE '${LEADER_OWNED}' END`;
/** Local (CST) date of receipt, as rollup.cellsOf's localDate. */
const LOCAL_DAY_SQL = `((received_at AT TIME ZONE 'UTC') + interval '8 hours')::date`;

/**
 * Inserts the rollup cells of the given dimensions computed from every case row (rollup rebuild; the
 * migrations that added a dimension or a counter). The SQL twin of rollup.cellsOf over all rows. A
 * migration passes the counters its table had then (`counters`), so a later counter cannot break it.
 */
export function rollupInsertSql(dims: readonly RollupDim[], counters: readonly string[] = COUNTER_NAMES): string {
  const sums = counters.map((n) => `sum(${n})::int`).join(', ');
  // Only the columns the requested dimensions read: an earlier migration runs before later columns exist.
  const columnOf: Partial<Record<RollupDim, string>> = {
    C: 'channel', T: 'type', D: `coalesce(lead_department_id::text, '') AS dept`, P: `coalesce(resolution_mode, '') AS mode`, L: `${LEADER_KEY_SQL} AS led`,
  };
  const keyOf: Record<RollupDim, string> = { C: 'channel', T: 'type', D: 'dept', R: childSql('length(prefix)'), P: 'mode', L: 'led' };
  const columns = dims.map((d) => columnOf[d]).filter(Boolean).map((c) => `${c}, `).join('');
  return `WITH c AS (
      SELECT region_code, ${LOCAL_DAY_SQL} AS day, ${columns}${contributionSql(counters)}
      FROM supervision.case_read),
    p AS (SELECT left(region_code, 6) AS prefix, c.* FROM c
          UNION ALL SELECT left(region_code, 9), c.* FROM c WHERE length(region_code) >= 9)
    INSERT INTO supervision.stats_rollup (prefix, day, dim, key, ${counters.join(', ')})
    ${dims.map((d) => `SELECT prefix, day, '${d}', ${keyOf[d]}, ${sums} FROM p GROUP BY prefix, day, 4`).join(' UNION ALL ')}`;
}

const SUMS = COUNTER_NAMES.map((n) => `sum(${n})::int AS ${n}`).join(', ');
const rate = (n: string, d: string) => `coalesce(ROUND(${n}::numeric / NULLIF(${d}, 0), 4), 0)::float8`;

export interface StatsOptions {
  /** false: aggregate the rows only (the bench compares both paths). */
  useRollup?: boolean;
}

export class StatsStore {
  async stats(db: Db, regionCode: string, from: Date, to: Date, options: StatsOptions = {}): Promise<Stats> {
    const { sql, params } = this.statsQuery(regionCode, from, to, options);
    return this.toStats(await rows(db, sql, params), from, to);
  }

  /** The one statement behind `stats` (exposed for the bench's EXPLAIN). */
  statsQuery(regionCode: string, from: Date, to: Date, options: StatsOptions = {}): { sql: string; params: unknown[] } {
    const plan = planStats(regionCode, from, to, options.useRollup ?? true);
    const p = new Params();
    const like = p.add(`${regionCode}%`);
    const ranges = plan.rows.map((r) => `(received_at >= ${p.add(r.from)} AND received_at < ${p.add(r.to)})`);
    const prefixLength = p.add(regionCode.length);
    // C/T/D/R/P/L: the breakdowns (rollup dims); M: the months of receipt (byMonth).
    const parts = [
      `SELECT 'C' AS dim, channel AS key, ${SUMS} FROM edge GROUP BY channel`,
      `SELECT 'T', type, ${SUMS} FROM edge GROUP BY type`,
      `SELECT 'D', dept, ${SUMS} FROM edge GROUP BY dept`,
      `SELECT 'R', child, ${SUMS} FROM edge GROUP BY child`,
      `SELECT 'P', mode, ${SUMS} FROM edge GROUP BY mode`,
      `SELECT 'L', led, ${SUMS} FROM edge GROUP BY led`,
      `SELECT 'M', month, ${SUMS} FROM edge GROUP BY month`,
    ];
    if (plan.rollup) {
      const range = `prefix = ${p.add(plan.rollup.prefix)} AND day >= ${p.add(plan.rollup.fromDay)}::date AND day < ${p.add(plan.rollup.toDay)}::date`;
      parts.push(
        `SELECT dim::text, key, ${SUMS} FROM supervision.stats_rollup WHERE ${range} GROUP BY dim, key`,
        // Any one dimension's cells of a day add up to the day: the channel cells make the months.
        `SELECT 'M', to_char(day, 'YYYY-MM'), ${SUMS} FROM supervision.stats_rollup WHERE ${range} AND dim = 'C' GROUP BY 2`,
      );
    }
    const sql = `
      WITH edge AS (
        SELECT channel, type, coalesce(lead_department_id::text, '') AS dept, ${childSql(`${prefixLength}::int`)} AS child,
          coalesce(resolution_mode, '') AS mode, ${LEADER_KEY_SQL} AS led,
          to_char(${LOCAL_DAY_SQL}, 'YYYY-MM') AS month, ${CONTRIBUTION_SQL}
        FROM supervision.case_read
        WHERE region_code LIKE ${like} AND (${ranges.length ? ranges.join(' OR ') : 'false'})
      ),
      parts AS (${parts.join('\n UNION ALL ')}),
      merged AS (SELECT dim, key, ${SUMS} FROM parts GROUP BY dim, key HAVING sum(received) > 0),
      total AS (SELECT ${COUNTER_NAMES.map((n) => `coalesce(sum(${n}), 0)::int AS ${n}`).join(', ')} FROM merged WHERE dim = 'C')
      SELECT * FROM (
        SELECT 'ALL' AS dim, NULL::text AS key, total.*,
          ${rate('resolved', 'accepted')} AS resolution_rate, ${rate('closed', 'accepted')} AS closure_rate,
          CASE WHEN rated = 0 THEN NULL ELSE ROUND(satisfied::numeric / rated, 4)::float8 END AS satisfaction_rate,
          ${rate('village', 'resolved')} AS village_share, ${rate('town', 'resolved')} AS town_share, ${rate('county', 'resolved')} AS county_share
        FROM total
        UNION ALL
        SELECT dim, key, ${COUNTER_NAMES.join(', ')},
          ${rate('resolved', 'accepted')}, ${rate('closed', 'accepted')},
          CASE WHEN rated = 0 THEN NULL ELSE ROUND(satisfied::numeric / rated, 4)::float8 END, NULL::float8, NULL::float8, NULL::float8
        FROM merged) u
      -- stats.ts: received descending, then key in code-unit order (COLLATE "C"), no department last.
      ORDER BY (dim <> 'ALL'), dim, received DESC, NULLIF(key, '') COLLATE "C" NULLS LAST`;
    return { sql, params: p.values };
  }

  private toStats(found: Record<string, unknown>[], from: Date, to: Date): Stats {
    const total = found[0];
    const n = (r: Record<string, unknown>, k: string) => Number(r[k]);
    const breakdown = <K>(dim: string, keyOf: (k: string) => K): Breakdown<K>[] =>
      found
        .filter((r) => r.dim === dim)
        .map((r) => ({
          key: keyOf(str(r.key)),
          received: n(r, 'received'),
          accepted: n(r, 'accepted'),
          resolved: n(r, 'resolved'),
          resolutionRate: n(r, 'resolution_rate'),
          closed: n(r, 'closed'),
          closureRate: n(r, 'closure_rate'),
        }));
    // Regions and months carry the follow-up and deadline measures too.
    const measures = (dim: string): Measures<string>[] =>
      breakdown(dim, (k) => k).map((b) => {
        const r = found.find((x) => x.dim === dim && x.key === b.key)!;
        return { ...b, overdue: n(r, 'overdue'), rated: n(r, 'rated'), satisfactionRate: r.satisfaction_rate === null ? null : n(r, 'satisfaction_rate') };
      });
    const byLevel: LevelShare[] = [
      { level: 'VILLAGE', count: n(total, 'village'), share: n(total, 'village_share') },
      { level: 'TOWN', count: n(total, 'town'), share: n(total, 'town_share') },
      { level: 'COUNTY', count: n(total, 'county'), share: n(total, 'county_share') },
    ];
    return {
      received: n(total, 'received'),
      accepted: n(total, 'accepted'),
      resolved: n(total, 'resolved'),
      resolutionRate: n(total, 'resolution_rate'),
      closed: n(total, 'closed'),
      closureRate: n(total, 'closure_rate'),
      overdue: n(total, 'overdue'),
      rated: n(total, 'rated'),
      satisfactionRate: total.satisfaction_rate === null ? null : n(total, 'satisfaction_rate'),
      byLevel,
      byChannel: breakdown('C', (k) => k as Channel),
      byType: breakdown('T', (k) => k as DisputeType),
      byDepartment: breakdown('D', (k) => (k === '' ? null : k)),
      byResolutionMode: breakdown('P', (k) => (k === '' ? null : (k as ResolutionMode))),
      leaderOwned: outcomeOf(breakdown('L', (k) => k).find((b) => b.key === LEADER_OWNED)),
      // The SQL sorts the months by received like the rest; the series puts them in calendar order.
      byRegion: sortBreakdown(measures('R'), (k: string) => k || null),
      byMonth: monthSeries(from, to, new Map(measures('M').map((m) => [m.key, m]))),
    };
  }

  /** The rollup's totals for one prefix and day range (tests check it equals the rows). */
  async rollupTotals(db: Db, prefix: string, fromDay: string, toDay: string): Promise<Counters> {
    const [r] = await rows(
      db,
      `SELECT ${COUNTER_NAMES.map((n) => `coalesce(sum(${n}), 0)::int AS ${n}`).join(', ')} FROM supervision.stats_rollup
       WHERE prefix = $1 AND day >= $2::date AND day < $3::date AND dim = 'C'`,
      [prefix, fromDay, toDay],
    );
    return Object.fromEntries(COUNTER_NAMES.map((k) => [k, Number(r[k])])) as Counters;
  }

  /** Open cases past their deadline at `now` in a subtree, longest overdue first (keyset paging). */
  async overduePage(db: Db, regionCode: string, now: Date, limit: number, after: { deadlineAt: string; caseId: string } | null) {
    return this.deadlinePage(db, regionCode, limit, after, (p) => [`d.deadline_at < ${p.add(now)}`]);
  }

  /**
   * Open cases in their warning window at `now` (临期预警: the warning time reached, the deadline not
   * passed; CaseSupervision.warning), nearest deadline first (keyset paging).
   */
  async warningPage(db: Db, regionCode: string, now: Date, limit: number, after: { deadlineAt: string; caseId: string } | null) {
    return this.deadlinePage(db, regionCode, limit, after, (p) => {
      const at = p.add(now);
      return [`d.warning_at <= ${at}`, `d.deadline_at >= ${at}`];
    });
  }

  /** Open deadlines of a subtree matching `when`, by (deadline, case), through the (region, deadline) index of open deadlines. */
  private async deadlinePage(db: Db, regionCode: string, limit: number, after: { deadlineAt: string; caseId: string } | null, when: (p: Params) => string[]) {
    const p = new Params();
    const where = [`d.open`, `d.region_code LIKE ${p.add(`${regionCode}%`)}`, ...when(p)];
    const cursor = after ? (q: Params) => `(d.deadline_at, d.case_id) > (${q.add(after.deadlineAt)}::timestamptz, ${q.add(after.caseId)}::uuid)` : null;
    return keysetPage(db, { columns: 'd.case_id, d.deadline_at', from: 'supervision.deadline d', where, p, after: cursor, orderBy: 'd.deadline_at, d.case_id', limit }, (r) => ({
      caseId: str(r.case_id),
      deadlineAt: r.deadline_at as Date,
    }));
  }
}
