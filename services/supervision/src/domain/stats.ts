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
 * - received (登记量): every row in scope, whatever its status (rejected and withdrawn registrations
 *   too: they came through the window).
 * - accepted (受理量, what centers report): rows with an acceptedAt — accepted at some point, whatever
 *   happened next (a case withdrawn after acceptance stays accepted); rejected requests and requests
 *   withdrawn or still waiting before acceptance are not. The rates below are over accepted cases.
 * - resolved (化解): status RESOLVED, or status CLOSED with a resolvedAt (closed after resolution).
 *   A referred case (REFERRED, or CLOSED without resolvedAt) is closed but not resolved; a reopened
 *   case is not resolved until it is resolved again.
 * - closed (办结): status CLOSED.
 * - overdue: rows flagged overdue.
 * - Rates are fractions 0..1 rounded half-up to 4 decimals (0.9583 = 95.83%), computed as
 *   round(numerator × 10000 / denominator) / 10000 — the same as SQL `ROUND(n::numeric / d, 4)`;
 *   0 when the denominator is 0 (nothing accepted), except satisfactionRate, which is null when no
 *   case was rated (no data is not 0% satisfied).
 * - resolutionRate (化解率) = resolved / accepted; closureRate (办结率) = closed / accepted.
 * - satisfactionRate = (SATISFIED + BASICALLY_SATISFIED) / rated.
 * - byLevel (631): resolved cases by the level they were resolved at — VILLAGE (GRID counts as
 *   village: 小事不出村), TOWN, COUNTY — always those three, in that order; share = count / resolved.
 *   A resolved row without a resolvedLevel counts in no bucket, so the shares then add up to less
 *   than 1 and the data gap stays visible instead of inflating a level.
 * - byChannel / byType / byDepartment (lead department; null key = none assigned): one entry per
 *   key with at least one received case (with its own received and accepted), ordered by received
 *   descending, then key ascending (null last).
 * - byRegion: the same per child region of the requested one (the next level of the nested codes:
 *   county → towns → villages → grids), a case counted under the child whose code its region code
 *   starts with; cases registered at the requested region itself form the '' entry (本级). Besides
 *   the counts, each entry carries overdue, rated and satisfactionRate (as the totals). Ordered like
 *   the other breakdowns ('' last among equals). The entries add up to the totals.
 * - byResolutionMode (化解方式): the same per the mode the case is being settled in (its current one:
 *   即时调解, 专业调解, 联合调解, or the referral routes); null key = not recorded (cases received before
 *   the mode was recorded). Ordered like the other breakdowns.
 * - leaderOwned (领导包案): the same counts over the cases a leader leads (a leaderId): how many were
 *   accepted, resolved and closed, and their rates over accepted.
 * - byMonth: the cohort by local (CST) month of receipt — one entry per month overlapping the period,
 *   in order, months without a case included (a trend line needs its zeros); for a period longer
 *   than MAX_SERIES_MONTHS only the months from the first to the last one with a case. Each entry
 *   has the month's part of the period [from, to) and the same measures as byRegion.
 */
import { badInput, CASE_STATUSES, CHANNELS, DISPUTE_TYPES, localDate, type CaseStatus, type Channel, type DisputeType, type RegionLevel, type ResolutionMode } from '@zz/common';
import { isSatisfied, type Satisfaction } from './accountability';

/** The shared vocabulary (SDL enums, @zz/common) the statistics break down by. */
export { CASE_STATUSES, CHANNELS, DISPUTE_TYPES, type CaseStatus, type Channel, type DisputeType, type ResolutionMode };

export type ResolvedLevel = RegionLevel;
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
  /** 化解方式 now (null: not recorded). */
  readonly resolutionMode: ResolutionMode | null;
  /** 领导包案: the leading leader, or null. */
  readonly leaderId: string | null;
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

/** The counts and rates of one set of cases (a breakdown entry without its key). */
export type Outcome = Omit<Breakdown<never>, 'key'>;

export interface Breakdown<K> {
  readonly key: K;
  readonly received: number;
  /** 受理量: the rates' denominator. */
  readonly accepted: number;
  readonly resolved: number;
  readonly resolutionRate: number;
  readonly closed: number;
  readonly closureRate: number;
}

/** A breakdown entry with the follow-up and deadline measures too (regions, months). */
export interface Measures<K> extends Breakdown<K> {
  readonly overdue: number;
  readonly rated: number;
  readonly satisfactionRate: number | null;
}

export interface MonthMeasures extends Measures<string> {
  /** The month's part of the period: [from, to). */
  readonly from: Date;
  readonly to: Date;
}

export interface Stats {
  readonly received: number;
  /** 受理量: the rates' denominator. */
  readonly accepted: number;
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
  readonly byResolutionMode: Breakdown<ResolutionMode | null>[];
  /** The cases a leader leads (领导包案). */
  readonly leaderOwned: Outcome;
  /** Key: the child region's code; '' = registered at the region itself (本级). */
  readonly byRegion: Measures<string>[];
  /** Key: the local month, `YYYY-MM`. */
  readonly byMonth: MonthMeasures[];
}

/** The codes nest by three digits a level: county 441422 → town 441422100 → village …001 → grid …001001. */
export const CODE_STEP = 3;

/** The child of `parentCode` a region lies in ('' for the parent itself); assumes regionCode starts with parentCode. */
export function childCodeOf(regionCode: string, parentCode: string): string {
  return regionCode.length > parentCode.length ? regionCode.slice(0, parentCode.length + CODE_STEP) : '';
}

/** Longest period whose months are all listed in byMonth (20 years). */
export const MAX_SERIES_MONTHS = 240;
const CST_MS = 8 * 3600_000;

/** `YYYY-MM` of an instant, in China Standard Time. */
export function localMonth(at: Date): string {
  return localDate(at).slice(0, 7);
}

/** The instant a local month begins (00:00 CST of its first day). */
export function monthStart(month: string): Date {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1) - CST_MS);
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function monthsFromTo(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}

type Counts = { received: number; accepted: number; resolved: number; closed: number; overdue: number; rated: number; satisfied: number };
const zeroCounts = (): Counts => ({ received: 0, accepted: 0, resolved: 0, closed: 0, overdue: 0, rated: 0, satisfied: 0 });

/** Rates of a set of counts, as the totals compute them. */
export function measuresOf<K>(key: K, c: Counts): Measures<K> {
  return {
    key,
    received: c.received,
    accepted: c.accepted,
    resolved: c.resolved,
    resolutionRate: rate(c.resolved, c.accepted),
    closed: c.closed,
    closureRate: rate(c.closed, c.accepted),
    overdue: c.overdue,
    rated: c.rated,
    satisfactionRate: c.rated === 0 ? null : rate(c.satisfied, c.rated),
  };
}

/**
 * The monthly series of a period from the months that have cases (`found`, keyed `YYYY-MM`): every
 * month of the period, zeros filled in (see byMonth above). Shared by computeStats and the SQL path,
 * which differ only in how they count.
 */
export function monthSeries(from: Date, to: Date, found: ReadonlyMap<string, Measures<string>>): MonthMeasures[] {
  if (from.getTime() >= to.getTime()) return [];
  let first = localMonth(from);
  let last = localMonth(new Date(to.getTime() - 1));
  if (monthsFromTo(first, last).length > MAX_SERIES_MONTHS) {
    const keys = [...found.keys()].sort();
    if (!keys.length) return [];
    [first, last] = [keys[0], keys[keys.length - 1]];
  }
  return monthsFromTo(first, last).map((month) => {
    const start = monthStart(month);
    const end = monthStart(nextMonth(month));
    const m = found.get(month) ?? measuresOf(month, zeroCounts());
    return { ...m, from: start < from ? from : start, to: end > to ? to : end };
  });
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

/** 受理: accepted at some point (an acceptedAt), whatever happened next. */
export function isAccepted(row: Pick<StatsRow, 'acceptedAt'>): boolean {
  return row.acceptedAt !== null;
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
  const accepted = scoped.filter(isAccepted).length;
  const resolvedRows = scoped.filter(isResolved);
  const resolved = resolvedRows.length;
  const closed = scoped.filter(isClosed).length;
  const overdue = scoped.filter((r) => r.overdue).length;
  const ratedRows = scoped.filter((r) => r.rating !== null);
  const satisfied = ratedRows.filter((r) => isSatisfied(r.rating)).length;

  const levelCounts: Record<ShareLevel, number> = { VILLAGE: 0, TOWN: 0, COUNTY: 0 };
  for (const r of resolvedRows) if (r.resolvedLevel !== null) levelCounts[shareLevelOf(r.resolvedLevel)]++;

  return {
    received,
    accepted,
    resolved,
    resolutionRate: rate(resolved, accepted),
    closed,
    closureRate: rate(closed, accepted),
    overdue,
    rated: ratedRows.length,
    satisfactionRate: ratedRows.length === 0 ? null : rate(satisfied, ratedRows.length),
    byLevel: SHARE_LEVELS.map((level) => ({ level, count: levelCounts[level], share: rate(levelCounts[level], resolved) })),
    byChannel: breakdown(scoped, (r) => r.channel),
    byType: breakdown(scoped, (r) => r.type),
    byDepartment: breakdown(scoped, (r) => r.leadDepartmentId),
    byResolutionMode: breakdown(scoped, (r) => r.resolutionMode),
    leaderOwned: outcomeOf(breakdown(scoped.filter((r) => r.leaderId !== null), () => 'LED')[0]),
    byRegion: sortBreakdown([...measures(scoped, (r) => childCodeOf(r.regionCode, regionCode)).values()], (k: string) => k || null),
    byMonth: monthSeries(from, to, measures(scoped, (r) => localMonth(r.receivedAt))),
  };
}

function measures(rows: readonly StatsRow[], keyOf: (r: StatsRow) => string): Map<string, Measures<string>> {
  const groups = new Map<string, Counts>();
  for (const r of rows) {
    const key = keyOf(r);
    const g = groups.get(key) ?? zeroCounts();
    g.received++;
    if (isAccepted(r)) g.accepted++;
    if (isResolved(r)) g.resolved++;
    if (isClosed(r)) g.closed++;
    if (r.overdue) g.overdue++;
    if (r.rating !== null) g.rated++;
    if (isSatisfied(r.rating)) g.satisfied++;
    groups.set(key, g);
  }
  return new Map([...groups].map(([k, c]) => [k, measuresOf(k, c)]));
}

/** Received descending, then key in code-unit order, a null sort key last (the order of every breakdown). */
export function sortBreakdown<K, B extends Breakdown<K>>(entries: B[], sortKey: (k: K) => string | null = (k) => k as string | null): B[] {
  return entries.sort((a, b) => b.received - a.received || compareKeys(sortKey(a.key), sortKey(b.key)));
}

function breakdown<K extends string | null>(rows: readonly StatsRow[], keyOf: (r: StatsRow) => K): Breakdown<K>[] {
  const groups = new Map<K, { received: number; accepted: number; resolved: number; closed: number }>();
  for (const r of rows) {
    const key = keyOf(r);
    const g = groups.get(key) ?? { received: 0, accepted: 0, resolved: 0, closed: 0 };
    g.received++;
    if (isAccepted(r)) g.accepted++;
    if (isResolved(r)) g.resolved++;
    if (isClosed(r)) g.closed++;
    groups.set(key, g);
  }
  return sortBreakdown(
    [...groups.entries()].map(([key, g]) => ({
      key,
      received: g.received,
      accepted: g.accepted,
      resolved: g.resolved,
      resolutionRate: rate(g.resolved, g.accepted),
      closed: g.closed,
      closureRate: rate(g.closed, g.accepted),
    })),
  );
}

/** An entry's counts without its key; all zero when there is no entry. */
export function outcomeOf(b: Breakdown<unknown> | undefined): Outcome {
  if (!b) return { received: 0, accepted: 0, resolved: 0, resolutionRate: 0, closed: 0, closureRate: 0 };
  const { key: _key, ...outcome } = b;
  return outcome;
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  // Code-unit order, like SQL COLLATE "C", so both implementations sort the same way.
  return a < b ? -1 : 1;
}
