/**
 * What the board remembers per region, in sessionStorage: the events shown and the last cursor, so a
 * reload or a dropped socket resumes with `after` (the server replays what came meanwhile). Replays
 * may repeat what is already shown (graphql-ws resubscribes with the first `after`), so merging
 * drops any cursor already held: no gap, no duplicate.
 */
export interface BoardEvent {
  cursor: string;
  kind: string;
  occurredAt: string;
  regionName: string;
  caseId: string | null;
  caseCode: string | null;
  subject: string | null;
  /** The key person an event names, for those who may read key persons (absent in boards saved before). */
  person?: string | null;
}

export interface BoardState {
  events: BoardEvent[]; // newest first
  lastCursor: string | null;
}

/** A wall board runs for days: keep what a screen can show, not the whole day. */
export const MAX_EVENTS = 300;

export const storageKey = (regionId: string) => `zz.board.${regionId}`;

export function loadBoard(storage: Pick<Storage, 'getItem'>, regionId: string): BoardState {
  try {
    const raw = JSON.parse(storage.getItem(storageKey(regionId)) ?? 'null') as BoardState | null;
    if (raw && Array.isArray(raw.events)) return { events: raw.events, lastCursor: raw.lastCursor ?? null };
  } catch {
    // A damaged entry starts the board afresh rather than breaking it.
  }
  return { events: [], lastCursor: null };
}

export function saveBoard(storage: Pick<Storage, 'setItem'>, regionId: string, state: BoardState): void {
  storage.setItem(storageKey(regionId), JSON.stringify(state));
}

/** Adds an event arriving in stream order; one already held (same cursor) changes nothing. */
export function addEvent(state: BoardState, event: BoardEvent): BoardState {
  if (state.events.some((e) => e.cursor === event.cursor)) return state;
  return { events: [event, ...state.events].slice(0, MAX_EVENTS), lastCursor: event.cursor };
}

/** Counters by kind for the events of the local calendar day of `now`. */
export function todayCounts(events: readonly BoardEvent[], now: Date): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    const d = new Date(e.occurredAt);
    if (d.getFullYear() !== now.getFullYear() || d.getMonth() !== now.getMonth() || d.getDate() !== now.getDate()) continue;
    counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  }
  return counts;
}
