/**
 * Reading the durable dispatch event log (see migration.ts for the ordering rule): pages in log order
 * for tails and consumers, one event by position, the head position and the transaction snapshot.
 */
import type { DispatchEventKind, EventPayloads } from './payloads';
import { encodeCursor, type LogSnapshot, type Position } from './position';
import { rowsOf, type Queryable } from './queryable';

interface StoredEventOf<K extends DispatchEventKind> {
  cursor: string;
  tx: string;
  id: string;
  kind: K;
  occurredAt: Date;
  source: string;
  regionId: string;
  regionCode: string;
  caseId: string | null;
  patrolTaskId: string | null;
  gridReportId: string | null;
  appointmentId: string | null;
  letterId: string | null;
  actorId: string | null;
  data: EventPayloads[K];
}

/** An event as read back: a union over the kinds, so checking `kind` narrows `data` to that kind's payload. */
export type StoredEvent<K extends DispatchEventKind = DispatchEventKind> = { [P in K]: StoredEventOf<P> }[K];

export interface ReadFilter {
  /** Only events whose region code starts with this prefix. */
  regionPrefix?: string;
  kinds?: string[];
  caseId?: string;
  /** Only events at or before this position (a replay that stops where a live tail took over). */
  until?: Position;
}

// The table is aliased `d` and every ORDER BY names `d.tx, d.id`: a bare `ORDER BY tx, id` would sort
// by the TEXT output columns of the same names ('10' < '7', '10000' < '9999'), so pages would come out
// of log order and a reader's cursor would both repeat and skip events.
const COLUMNS = `d.id::text AS id, d.tx::text AS tx, d.kind, d.occurred_at, d.source, d.region_id, d.region_code, d.case_id, d.patrol_task_id,
  d.grid_report_id, d.appointment_id, d.letter_id, d.actor_id, d.data`;
const SELECT = `SELECT ${COLUMNS} FROM events.dispatch_event d`;
const LOG_ORDER = 'ORDER BY d.tx, d.id';

function toEvent(r: Record<string, unknown>): StoredEvent {
  const tx = String(r.tx), id = String(r.id);
  return {
    cursor: encodeCursor({ tx, id }), tx, id,
    kind: r.kind as DispatchEventKind,
    occurredAt: new Date(r.occurred_at as string),
    source: r.source as string,
    regionId: r.region_id as string,
    regionCode: r.region_code as string,
    caseId: (r.case_id as string) ?? null,
    patrolTaskId: (r.patrol_task_id as string) ?? null,
    gridReportId: (r.grid_report_id as string) ?? null,
    appointmentId: (r.appointment_id as string) ?? null,
    letterId: (r.letter_id as string) ?? null,
    actorId: (r.actor_id as string) ?? null,
    // Rows are trusted to match their kind: appendEvents is the only writer and checks it at compile time.
    data: (r.data ?? {}) as EventPayloads[DispatchEventKind],
  } as StoredEvent;
}

/**
 * Events strictly after `after`, in log order, that can no longer be overtaken by a transaction
 * still in flight. Returns at most `limit` events; an empty page means "caught up for now".
 */
export async function readEventsAfter(db: Queryable, after: Position, limit: number, filter: ReadFilter = {}): Promise<StoredEvent[]> {
  const params: unknown[] = [after.tx, after.id, limit];
  let where = `(d.tx, d.id) > ($1::text::xid8, $2::bigint) AND d.tx < pg_snapshot_xmin(pg_current_snapshot())`;
  if (filter.regionPrefix) { params.push(filter.regionPrefix + '%'); where += ` AND d.region_code LIKE $${params.length}`; }
  if (filter.kinds?.length) { params.push(filter.kinds); where += ` AND d.kind = ANY($${params.length}::text[])`; }
  if (filter.caseId) { params.push(filter.caseId); where += ` AND d.case_id = $${params.length}`; }
  if (filter.until) {
    params.push(filter.until.tx, filter.until.id);
    where += ` AND (d.tx, d.id) <= ($${params.length - 1}::text::xid8, $${params.length}::bigint)`;
  }
  return rowsOf(await db.query(`${SELECT} WHERE ${where} ${LOG_ORDER} LIMIT $3`, params)).map(toEvent);
}

/**
 * One page of the whole log after `after` for a tailing reader: the events that are final (as
 * readEventsAfter), plus whether committed events are already visible behind them but held back by
 * an older transaction still in flight (`heldBack`). That older transaction may write no events and
 * so send no NOTIFY when it ends: a reader that sees `heldBack` should look again soon rather than
 * wait for the next notification or poll.
 */
export async function readLogPage(db: Queryable, after: Position, limit: number): Promise<{ events: StoredEvent[]; heldBack: boolean }> {
  // Final rows (tx below the snapshot's xmin) form a prefix of the (tx, id) order, so one ordered scan
  // gives both the deliverable page and the first held-back row; xmin and visibility come from the
  // same statement snapshot.
  const rows = rowsOf(await db.query(
    `SELECT ${COLUMNS}, d.tx < pg_snapshot_xmin(pg_current_snapshot()) AS final FROM events.dispatch_event d
     WHERE (d.tx, d.id) > ($1::text::xid8, $2::bigint) ${LOG_ORDER} LIMIT $3`,
    [after.tx, after.id, limit],
  ));
  const events: StoredEvent[] = [];
  for (const r of rows) {
    if (!r.final) return { events, heldBack: true };
    events.push(toEvent(r));
  }
  return { events, heldBack: false };
}

/** One event by cursor (for resolving a subscription payload through the gateway). */
export async function readEventAt(db: Queryable, position: Position): Promise<StoredEvent | null> {
  const rows = rowsOf(await db.query(`${SELECT} WHERE d.tx = $1::text::xid8 AND d.id = $2::bigint`, [position.tx, position.id]));
  return rows.length ? toEvent(rows[0]) : null;
}

/** Every event of one case, in order (the ledger view of the log). */
export async function readCaseEvents(db: Queryable, caseId: string): Promise<StoredEvent[]> {
  return rowsOf(await db.query(`${SELECT} WHERE d.case_id = $1 ${LOG_ORDER}`, [caseId])).map(toEvent);
}

/**
 * The position "now": everything before it is final. A subscriber without a cursor starts here,
 * so it sees every event that commits from now on (and possibly a few that committed just before).
 */
/**
 * The position of the newest event written so far (committed, final or not yet): what a one-off reader that
 * must see everything written before it started waits for. START_POSITION for an empty log.
 */
export async function lastLoggedPosition(db: Queryable): Promise<Position> {
  const rows = rowsOf(await db.query(`SELECT d.tx::text AS tx, d.id::text AS id FROM events.dispatch_event d ORDER BY d.tx DESC, d.id DESC LIMIT 1`));
  return rows.length ? { tx: String(rows[0].tx), id: String(rows[0].id) } : { tx: '0', id: '0' };
}

export async function headPosition(db: Queryable): Promise<Position> {
  const rows = rowsOf(await db.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`));
  const xmin = BigInt(String(rows[0].xmin));
  return { tx: (xmin - 1n).toString(), id: '9223372036854775807' };
}



export async function currentSnapshot(db: Queryable): Promise<LogSnapshot> {
  const rows = rowsOf(await db.query(`SELECT pg_current_snapshot()::text AS s`));
  const [xmin, xmax, xip] = String(rows[0].s).split(':');
  return { xmin, xmax, xip: xip ? xip.split(',') : [] };
}




