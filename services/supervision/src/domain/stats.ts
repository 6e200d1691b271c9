/**
 * The statistics centers publish (受理量、化解量、化解率、办结率、满意率、631 分布), as a pure aggregation
 * over case rows. The SQL implementation is checked against this one, so every definition below is
 * meant to be read as the specification:
 *
 * - Scope: rows whose regionCode starts with the requested code (the region and its subtree, since
 *   administrative codes nest: county 441422 → town 441422100 → village 441422100001), received in
 *   the half-open period [from, to).
 * - Cohort view: every measure is about the cases *received* in the period, in their state now (a
 *   case received in March and resolved in April counts as resolved for March).
 * - received: every row in scope, whatever its status (rejected and withdrawn registrations too:
 *   they came through the window).
 * - resolved (化解): status RESOLVED, or status CLOSED with a resolvedAt (closed after resolution).
 *   A referred case (REFERRED, or CLOSED without resolvedAt) is closed but not resolved; a reopened
 *   case is not resolved until it is resolved again.
 * - closed (办结): status CLOSED.
 * - overdue: rows flagged overdue.
 * - Rates are fractions 0..1 rounded half-up to 4 decimals (0.9583 = 95.83%), computed as
 *   round(numerator × 10000 / denominator) / 10000 — the same as SQL `ROUND(n::numeric / d, 4)`;
 *   0 when the denominator is 0 (nothing received), except satisfactionRate, which is null when no
 *   case was rated (no data is not 0% satisfied).
 * - satisfactionRate = (SATISFIED + BASICALLY_SATISFIED) / rated.
 * - byLevel (631): resolved cases by the level they were resolved at — VILLAGE (GRID counts as
 *   village: 小事不出村), TOWN, COUNTY — always those three, in that order; share = count / resolved.
 *   A resolved row without a resolvedLevel counts in no bucket, so the shares then add up to less
 *   than 1 and the data gap stays visible instead of inflating a level.
 * - byChannel / byType / byDepartment (lead department; null key = none assigned): one entry per
 *   key with at least one received case, ordered by received descending, then key ascending
 *   (null last).
 */
import { badInput } from '@zz/common';
import type { Satisfaction } from './accountability';

export const CHANNELS = ['WINDOW', 'HOTLINE_12345', 'POLICE_110', 'ONLINE', 'GRID', 'PETITION', 'COURT', 'PARTNER'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DISPUTE_TYPES = [
  'MARRIAGE_FAMILY', 'NEIGHBOUR', 'DEBT', 'LABOUR_WAGES', 'LAND', 'TRAFFIC_ACCIDENT', 'MEDICAL', 'CONSUMER',
  'PROPERTY_MANAGEMENT', 'CONSTRUCTION_PAYMENT', 'OTHER',
] as const;
export type DisputeType = (typeof DISPUTE_TYPES)[number];

export const CASE_STATUSES = [
  'REGISTERED', 'ACCEPTED', 'ASSIGNED', 'IN_MEDIATION', 'RESOLVED', 'REFERRED', 'CLOSED', 'REJECTED', 'WITHDRAWN',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export type ResolvedLevel = 'VILLAGE' | 'TOWN' | 'COUNTY' | 'GRID';
/** The three levels of the 631 target (60% village, 30% town, 10% county). */
export type ShareLevel = 'VILLAGE' | 'TOWN' | 'COUNTY';
export const SHARE_LEVELS: readonly ShareLevel[] = ['VILLAGE', 'TOWN', 'COUNTY'];

export interface StatsRow {
  readonly caseId: string;
  readonly regionCode: string;
  readonly channel: Channel;
  readonly type: DisputeType;
  readonly leadDepartmentId: string | null;
  readonly receivedAt: Date;
  readonly acceptedAt: Date | null;
  readonly resolvedAt: Date | null;
  readonly closedAt: Date | null;
  /** Level at which the case was resolved. */
  readonly resolvedLevel: ResolvedLevel | null;
  readonly status: CaseStatus;
  readonly overdue: boolean;
  readonly rating: Satisfaction | null;
}

export interface StatsQuery {
  readonly regionCode: string;
  /** Inclusive. */
  readonly from: Date;
  /** Exclusive. */
  readonly to: Date;
}

export interface LevelShare {
  readonly level: ShareLevel;
  readonly count: number;
  readonly share: number;
}

export interface Breakdown<K> {
  readonly key: K;
  readonly received: number;
  readonly resolved: number;
  readonly resolutionRate: number;
  readonly closed: number;
  readonly closureRate: number;
}

export interface Stats {
  readonly received: number;
  readonly resolved: number;
  readonly resolutionRate: number;
  readonly closed: number;
  readonly closureRate: number;
  readonly overdue: number;
  /** Cases with a follow-up rating: the satisfactionRate's denominator. */
  readonly rated: number;
  readonly satisfactionRate: number | null;
  readonly byLevel: LevelShare[];
  readonly byChannel: Breakdown<Channel>[];
  readonly byType: Breakdown<DisputeType>[];
  readonly byDepartment: Breakdown<string | null>[];
}

/** numerator / denominator rounded half-up to 4 decimals; 0 for an empty denominator. */
export function rate(numerator: number, denominator: number): number {
  if (denominator === 0) return 0;
  // Dividing the scaled integer (not rounding a float fraction) keeps exact halves exact, like SQL numeric.
  return Math.round((numerator * 10000) / denominator) / 10000;
}

/** 化解: reached RESOLVED, including closed after resolution; referred cases are not resolved. */
export function isResolved(row: Pick<StatsRow, 'status' | 'resolvedAt'>): boolean {
  return row.status === 'RESOLVED' || (row.status === 'CLOSED' && row.resolvedAt !== null);
}

export function isClosed(row: Pick<StatsRow, 'status'>): boolean {
  return row.status === 'CLOSED';
}

/** The 631 bucket of a resolution level; a grid settles "in the village". */
export function shareLevelOf(level: ResolvedLevel): ShareLevel {
  return level === 'GRID' ? 'VILLAGE' : level;
}

export function computeStats(rows: readonly StatsRow[], query: StatsQuery): Stats {
  const { regionCode, from, to } = query;
  if (typeof regionCode !== 'string' || regionCode.trim() === '') throw badInput('区域编码不能为空', 'regionId');
  if (!(from instanceof Date) || Number.isNaN(from.getTime())) throw badInput('开始时间无效', 'from');
  if (!(to instanceof Date) || Number.isNaN(to.getTime())) throw badInput('结束时间无效', 'to');
  if (from.getTime() > to.getTime()) throw badInput('开始时间不能晚于结束时间', 'from');

  const scoped = rows.filter(
    (r) => r.regionCode.startsWith(regionCode) && r.receivedAt.getTime() >= from.getTime() && r.receivedAt.getTime() < to.getTime(),
  );

  const received = scoped.length;
  const resolvedRows = scoped.filter(isResolved);
  const resolved = resolvedRows.length;
  const closed = scoped.filter(isClosed).length;
  const overdue = scoped.filter((r) => r.overdue).length;
  const ratedRows = scoped.filter((r) => r.rating !== null);
  const satisfied = ratedRows.filter((r) => r.rating === 'SATISFIED' || r.rating === 'BASICALLY_SATISFIED').length;

  const levelCounts: Record<ShareLevel, number> = { VILLAGE: 0, TOWN: 0, COUNTY: 0 };
  for (const r of resolvedRows) if (r.resolvedLevel !== null) levelCounts[shareLevelOf(r.resolvedLevel)]++;

  return {
    received,
    resolved,
    resolutionRate: rate(resolved, received),
    closed,
    closureRate: rate(closed, received),
    overdue,
    rated: ratedRows.length,
    satisfactionRate: ratedRows.length === 0 ? null : rate(satisfied, ratedRows.length),
    byLevel: SHARE_LEVELS.map((level) => ({ level, count: levelCounts[level], share: rate(levelCounts[level], resolved) })),
    byChannel: breakdown(scoped, (r) => r.channel),
    byType: breakdown(scoped, (r) => r.type),
    byDepartment: breakdown(scoped, (r) => r.leadDepartmentId),
  };
}

function breakdown<K extends string | null>(rows: readonly StatsRow[], keyOf: (r: StatsRow) => K): Breakdown<K>[] {
  const groups = new Map<K, { received: number; resolved: number; closed: number }>();
  for (const r of rows) {
    const key = keyOf(r);
    const g = groups.get(key) ?? { received: 0, resolved: 0, closed: 0 };
    g.received++;
    if (isResolved(r)) g.resolved++;
    if (isClosed(r)) g.closed++;
    groups.set(key, g);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      received: g.received,
      resolved: g.resolved,
      resolutionRate: rate(g.resolved, g.received),
      closed: g.closed,
      closureRate: rate(g.closed, g.received),
    }))
    .sort((a, b) => b.received - a.received || compareKeys(a.key, b.key));
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  // Code-unit order, like SQL COLLATE "C", so both implementations sort the same way.
  return a < b ? -1 : 1;
}
