/**
 * The case list's state lives in the URL, so a view can be bookmarked and sent to a colleague:
 * `/cases?status=ASSIGNED,IN_MEDIATION&type=LABOUR_WAGES&from=2026-01-01&to=2026-01-31&q=欠薪&page=2&after=…`.
 * Parsing is forgiving (an unknown value in a pasted URL is dropped, not an error); dates are
 * calendar days in Beijing time, turned into the filter's UTC `receivedFrom` (inclusive) and
 * `receivedTo` (exclusive: the day after `to`). `mine=1` lists the cases the signed-in leader leads
 * (包案), `mine=0` all: absent, a leader sees their own first (领导包案) and everyone else sees all.
 */
import type { CaseFilter, CaseStatus, Channel, DisputeType, RegionLevel } from '../../gql/graphql';
import { CASE_STATUS, CHANNEL, DISPUTE_TYPE, REGION_LEVEL } from '../../locales/zh-CN/enums';

export interface CaseListState {
  regionId: string | null;
  status: CaseStatus[];
  type: DisputeType[];
  channel: Channel[];
  level: RegionLevel | null;
  overdue: boolean | null;
  /** YYYY-MM-DD, Beijing calendar day. */
  from: string | null;
  to: string | null;
  search: string;
  /** 我包案的: true own cases, false all, null the default of the role (own for a leader). */
  mine: boolean | null;
  /** Paging: the page shown (1-based), its start cursor (null on page 1) and its size. */
  page: number;
  after: string | null;
  size: number;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_SIZE = 20;

export const EMPTY_STATE: CaseListState = {
  regionId: null, status: [], type: [], channel: [], level: null, overdue: null, from: null, to: null, search: '', mine: null, page: 1, after: null, size: DEFAULT_SIZE,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: string | null): v is string => !!v && DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00+08:00`));

function list<T extends string>(raw: string | null, labels: Record<T, string>): T[] {
  if (!raw) return [];
  const known = new Set(Object.keys(labels));
  return [...new Set(raw.split(',').map((s) => s.trim()).filter((s) => known.has(s)))] as T[];
}

export function parseState(params: URLSearchParams): CaseListState {
  const level = params.get('level');
  const overdue = params.get('overdue');
  const size = Number(params.get('size'));
  const page = Number(params.get('page'));
  const after = params.get('after');
  const mine = params.get('mine');
  const validPage = Number.isInteger(page) && page > 1 && !!after;
  return {
    regionId: params.get('region') || null,
    status: list(params.get('status'), CASE_STATUS),
    type: list(params.get('type'), DISPUTE_TYPE),
    channel: list(params.get('channel'), CHANNEL),
    level: level && level in REGION_LEVEL ? (level as RegionLevel) : null,
    overdue: overdue === '1' ? true : overdue === '0' ? false : null,
    from: isDay(params.get('from')) ? params.get('from') : null,
    to: isDay(params.get('to')) ? params.get('to') : null,
    search: (params.get('q') ?? '').trim(),
    mine: mine === '1' ? true : mine === '0' ? false : null,
    // A page number without its cursor cannot be fetched (cursors are opaque): back to page 1.
    page: validPage ? page : 1,
    after: validPage ? after : null,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_SIZE,
  };
}

/** The URL of a state: only what differs from the defaults, in a fixed order. */
export function toSearchParams(s: CaseListState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.regionId) p.set('region', s.regionId);
  if (s.status.length) p.set('status', s.status.join(','));
  if (s.type.length) p.set('type', s.type.join(','));
  if (s.channel.length) p.set('channel', s.channel.join(','));
  if (s.level) p.set('level', s.level);
  if (s.overdue !== null) p.set('overdue', s.overdue ? '1' : '0');
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.search) p.set('q', s.search);
  if (s.mine !== null) p.set('mine', s.mine ? '1' : '0');
  if (s.size !== DEFAULT_SIZE) p.set('size', String(s.size));
  if (s.page > 1 && s.after) {
    p.set('page', String(s.page));
    p.set('after', s.after);
  }
  return p;
}

/** Beijing midnight of a calendar day, as the UTC instant the graph expects. */
export function beijingMidnight(day: string, addDays = 0): string {
  const t = Date.parse(`${day}T00:00:00+08:00`) + addDays * 86_400_000;
  return new Date(t).toISOString();
}

/** The signed-in user as the list needs them: their id, and whether they are a leader (who may lead cases). */
export interface Viewer {
  id: string;
  leader: boolean;
}

/** Whether the list shows only the viewer's own 包案 cases: as chosen, else by default for a leader. */
export const showsOwn = (s: CaseListState, viewer: Viewer | null) => !!viewer?.leader && (s.mine ?? true);

/** The GraphQL `CaseFilter` of a state (paging is not part of it). */
export function toCaseFilter(s: CaseListState, viewer: Viewer | null = null): CaseFilter {
  const f: CaseFilter = {};
  if (showsOwn(s, viewer)) f.leaderId = viewer!.id;
  if (s.regionId) f.regionId = s.regionId;
  if (s.status.length) f.status = s.status;
  if (s.type.length) f.type = s.type;
  if (s.channel.length) f.channel = s.channel;
  if (s.level) f.level = s.level;
  if (s.overdue !== null) f.overdue = s.overdue;
  if (s.from) f.receivedFrom = beijingMidnight(s.from);
  if (s.to) f.receivedTo = beijingMidnight(s.to, 1);
  if (s.search) f.search = s.search;
  return f;
}

/** A filter change starts again at page 1 (the old cursor belongs to another result). */
export function withFilter(s: CaseListState, change: Partial<Omit<CaseListState, 'page' | 'after' | 'size'>>): CaseListState {
  return { ...s, ...change, page: 1, after: null };
}

/** Identifies a result set: the cursors of its pages are only valid for the same filter and size. */
export const resultKey = (s: CaseListState, viewer: Viewer | null = null) => JSON.stringify([toCaseFilter(s, viewer), s.size]);
