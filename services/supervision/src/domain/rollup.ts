/**
 * The statistics rollup: what one case contributes to the published figures, per local day of
 * receipt (China Standard Time), for its county and its town, and per breakdown (channel, dispute
 * type, lead department). Every change of a case row moves its contribution from the old cell to the
 * new one (subtract before, add after), in the same transaction, so the rollup always equals an
 * aggregation of the rows (the integration tests compare both with computeStats).
 *
 * Why only county and town prefixes: a county-year is ~1,000,000 rows at the scale we size for, a
 * village-year a few thousand (read from the rows directly, through the region/received index).
 * Why per day: periods are arbitrary instants; whole local days come from here, the partial days at
 * both ends from the rows.
 */
import { localDate } from '@zz/common';
import { isSatisfied } from './accountability';
import { childCodeOf, isAccepted, isClosed, isResolved, shareLevelOf, type StatsRow } from './stats';

/**
 * C channel, T dispute type, D lead department, R child region of the prefix ('' = the prefix's own
 * region), P resolution mode ('' = not recorded), L leader ownership (LEADER_OWNED or '').
 */
export type RollupDim = 'C' | 'T' | 'D' | 'R' | 'P' | 'L';
export const ROLLUP_DIMS: readonly RollupDim[] = ['C', 'T', 'D', 'R', 'P', 'L'];
/** The L key of the cases a leader leads. */
export const LEADER_OWNED = 'LED';

export const COUNTER_NAMES = ['received', 'accepted', 'resolved', 'closed', 'overdue', 'rated', 'satisfied', 'village', 'town', 'county'] as const;
export type CounterName = (typeof COUNTER_NAMES)[number];
export type Counters = Record<CounterName, number>;

export type RollupRow = Pick<StatsRow, 'regionCode' | 'channel' | 'type' | 'leadDepartmentId' | 'receivedAt' | 'acceptedAt' | 'status' | 'resolvedAt' | 'resolvedLevel' | 'overdue' | 'rating' | 'resolutionMode' | 'leaderId'>;

export const zeroCounters = (): Counters => ({ received: 0, accepted: 0, resolved: 0, closed: 0, overdue: 0, rated: 0, satisfied: 0, village: 0, town: 0, county: 0 });

/** One case's contribution: the definitions of stats.ts, counter by counter. */
export function contributionOf(row: RollupRow): Counters {
  const resolved = isResolved(row);
  const level = resolved && row.resolvedLevel ? shareLevelOf(row.resolvedLevel) : null;
  return {
    received: 1,
    accepted: isAccepted(row) ? 1 : 0,
    resolved: resolved ? 1 : 0,
    closed: isClosed(row) ? 1 : 0,
    overdue: row.overdue ? 1 : 0,
    rated: row.rating !== null ? 1 : 0,
    satisfied: isSatisfied(row.rating) ? 1 : 0,
    village: level === 'VILLAGE' ? 1 : 0,
    town: level === 'TOWN' ? 1 : 0,
    county: level === 'COUNTY' ? 1 : 0,
  };
}

/** Region prefixes a case is rolled up under: its county, and its town when it lies in one. */
export function rollupPrefixes(regionCode: string): string[] {
  return regionCode.length >= 9 ? [regionCode.slice(0, 6), regionCode.slice(0, 9)] : [regionCode.slice(0, 6)];
}

/** Can a statistics query for this region code use the rollup (county or town)? */
export function isRollupPrefix(regionCode: string): boolean {
  return /^\d{6}(\d{3})?$/.test(regionCode);
}

export interface RollupCell {
  prefix: string;
  /** `YYYY-MM-DD`, local date of receipt. */
  day: string;
  dim: RollupDim;
  /** Channel, dispute type, lead department id ('' = none assigned), child region code ('' = the prefix itself), mode, or LEADER_OWNED. */
  key: string;
}

export function cellsOf(row: RollupRow): RollupCell[] {
  const day = localDate(row.receivedAt);
  const cells: RollupCell[] = [];
  for (const prefix of rollupPrefixes(row.regionCode)) {
    cells.push({ prefix, day, dim: 'C', key: row.channel });
    cells.push({ prefix, day, dim: 'T', key: row.type });
    cells.push({ prefix, day, dim: 'D', key: row.leadDepartmentId ?? '' });
    // The towns of a county, the villages of a town: Stats.byRegion of a county or town reads these.
    cells.push({ prefix, day, dim: 'R', key: childCodeOf(row.regionCode, prefix) });
    cells.push({ prefix, day, dim: 'P', key: row.resolutionMode ?? '' });
    cells.push({ prefix, day, dim: 'L', key: row.leaderId ? LEADER_OWNED : '' });
  }
  return cells;
}

const cellKey = (c: RollupCell) => `${c.prefix}\u0001${c.day}\u0001${c.dim}\u0001${c.key}`;

/**
 * The deltas of one transaction, merged per cell. `entries()` is sorted by the table's primary key,
 * so concurrent transactions lock rollup rows in the same order (no deadlock between them).
 */
export class RollupDeltas {
  private readonly cells = new Map<string, { cell: RollupCell; counters: Counters }>();

  /** Moves a case's contribution from `before` to `after` (either may be null: new / removed). */
  move(before: RollupRow | null, after: RollupRow | null): void {
    if (before) this.add(before, -1);
    if (after) this.add(after, 1);
  }

  private add(row: RollupRow, sign: 1 | -1): void {
    const c = contributionOf(row);
    for (const cell of cellsOf(row)) {
      const k = cellKey(cell);
      const entry = this.cells.get(k) ?? { cell, counters: zeroCounters() };
      for (const name of COUNTER_NAMES) entry.counters[name] += sign * c[name];
      this.cells.set(k, entry);
    }
  }

  /** Adds another transaction part's deltas (an event applied under a savepoint that was released). */
  absorb(other: RollupDeltas): void {
    for (const [k, e] of other.cells) {
      const entry = this.cells.get(k) ?? { cell: e.cell, counters: zeroCounters() };
      for (const name of COUNTER_NAMES) entry.counters[name] += e.counters[name];
      this.cells.set(k, entry);
    }
  }

  entries(): { cell: RollupCell; counters: Counters }[] {
    return [...this.cells.values()]
      .filter((e) => COUNTER_NAMES.some((n) => e.counters[n] !== 0))
      .sort((a, b) => compare(a.cell.prefix, b.cell.prefix) || compare(a.cell.day, b.cell.day) || compare(a.cell.dim, b.cell.dim) || compare(a.cell.key, b.cell.key));
  }

  get size(): number {
    return this.cells.size;
  }

  clear(): void {
    this.cells.clear();
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const DAY_MS = 24 * 3600_000;
const CST_MS = 8 * 3600_000;

/** The first local (CST) midnight at or after `at`. */
export function nextLocalMidnight(at: Date): Date {
  const local = at.getTime() + CST_MS;
  return new Date(Math.ceil(local / DAY_MS) * DAY_MS - CST_MS);
}

/** The last local (CST) midnight at or before `at`. */
export function previousLocalMidnight(at: Date): Date {
  const local = at.getTime() + CST_MS;
  return new Date(Math.floor(local / DAY_MS) * DAY_MS - CST_MS);
}

export interface StatsPlan {
  /** Whole local days [fromDay, toDay) read from the rollup; null when none. */
  rollup: { prefix: string; fromDay: string; toDay: string } | null;
  /** Instant ranges [from, to) read from the case rows. */
  rows: { from: Date; to: Date }[];
}

/** Splits a statistics period into whole days (rollup) and the partial days at both ends (rows). */
export function planStats(regionCode: string, from: Date, to: Date, useRollup = true): StatsPlan {
  if (!useRollup || !isRollupPrefix(regionCode)) return { rollup: null, rows: [{ from, to }] };
  const first = nextLocalMidnight(from);
  const last = previousLocalMidnight(to);
  if (first.getTime() >= last.getTime()) return { rollup: null, rows: [{ from, to }] };
  const rows = [
    { from, to: first },
    { from: last, to },
  ].filter((r) => r.from.getTime() < r.to.getTime());
  return { rollup: { prefix: regionCode, fromDay: localDate(first), toDay: localDate(last) }, rows };
}
