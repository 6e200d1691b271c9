/**
 * Statistics periods as the centers publish them (月报、季报、年报, or any range of days), turned into
 * the half-open instant range [from, to) the graph's `stats` takes. Periods are local to China
 * (CST, UTC+8, no daylight saving) whatever the browser's own time zone: a county's March is
 * 03-01 00:00 to 04-01 00:00 Beijing time for every viewer, so the numbers match the published ones.
 */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

export interface Period {
  kind: PeriodKind;
  /** month `2026-03`, quarter `2026-Q1`, year `2026`; custom: the first day `2026-03-01`. */
  at: string;
  /** custom only: the last day, inclusive (`2026-03-31`). */
  end?: string;
}

const CST_MS = 8 * 3600_000;
const cst = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m, d) - CST_MS).toISOString();
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The period's [from, to) as ISO instants; null when the period is not well formed. */
export function periodRange(p: Period): { from: string; to: string } | null {
  if (p.kind === 'month') {
    const m = /^(\d{4})-(\d{2})$/.exec(p.at);
    if (!m || +m[2] < 1 || +m[2] > 12) return null;
    return { from: cst(+m[1], +m[2] - 1), to: cst(+m[1], +m[2]) };
  }
  if (p.kind === 'quarter') {
    const m = /^(\d{4})-Q([1-4])$/.exec(p.at);
    if (!m) return null;
    const first = (+m[2] - 1) * 3;
    return { from: cst(+m[1], first), to: cst(+m[1], first + 3) };
  }
  if (p.kind === 'year') {
    if (!/^\d{4}$/.test(p.at)) return null;
    return { from: cst(+p.at, 0), to: cst(+p.at + 1, 0) };
  }
  const a = DAY.exec(p.at);
  const b = DAY.exec(p.end ?? '');
  if (!a || !b) return null;
  const from = cst(+a[1], +a[2] - 1, +a[3]);
  // The last day counts whole: up to the next local midnight.
  const to = cst(+b[1], +b[2] - 1, +b[3] + 1);
  return from < to ? { from, to } : null;
}

/** The period as a Chinese heading: 2026年3月, 2026年第1季度, 2026年, 2026-03-01 至 2026-03-31. */
export function periodLabel(p: Period): string {
  if (p.kind === 'month') return `${p.at.slice(0, 4)}年${Number(p.at.slice(5, 7))}月`;
  if (p.kind === 'quarter') return `${p.at.slice(0, 4)}年第${p.at.slice(6)}季度`;
  if (p.kind === 'year') return `${p.at}年`;
  return `${p.at} 至 ${p.end ?? ''}`;
}

/** The current period of a kind, in Beijing time (the default when the URL names none). */
export function currentPeriod(kind: PeriodKind, now = new Date()): Period {
  const local = new Date(now.getTime() + CST_MS).toISOString();
  const y = local.slice(0, 4);
  const m = Number(local.slice(5, 7));
  if (kind === 'month') return { kind, at: local.slice(0, 7) };
  if (kind === 'quarter') return { kind, at: `${y}-Q${Math.ceil(m / 3)}` };
  if (kind === 'year') return { kind, at: y };
  return { kind, at: `${local.slice(0, 7)}-01`, end: local.slice(0, 10) };
}

/** `month=2026-03` style URL parameters ⇄ a period; anything malformed falls back to this year. */
export function parsePeriod(params: URLSearchParams, now = new Date()): Period {
  const kind = params.get('period') as PeriodKind | null;
  if (kind === 'month' || kind === 'quarter' || kind === 'year' || kind === 'custom') {
    const p: Period = { kind, at: params.get('at') ?? '', ...(kind === 'custom' ? { end: params.get('end') ?? '' } : {}) };
    if (periodRange(p)) return p;
  }
  return currentPeriod('year', now);
}

export function periodParams(p: Period): [string, string][] {
  return [['period', p.kind], ['at', p.at], ...(p.kind === 'custom' ? [['end', p.end ?? ''] as [string, string]] : [])];
}
