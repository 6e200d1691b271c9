/**
 * Writing to and reading from the durable dispatch event log (see migration.ts for the ordering rule).
 */
import { maskPiiDeep } from '../pii-text';
import type { EntityManager, DataSource } from 'typeorm';
import type { DispatchEventKind } from './kinds';

export const EVENTS_CHANNEL = 'zz_events';

export interface NewEvent {
  kind: DispatchEventKind;
  source: string;
  regionId: string;
  regionCode: string;
  caseId?: string | null;
  patrolTaskId?: string | null;
  gridReportId?: string | null;
  appointmentId?: string | null;
  letterId?: string | null;
  actorId?: string | null;
  occurredAt?: Date;
  data?: Record<string, unknown>;
}

export interface StoredEvent {
  cursor: string;
  tx: string;
  id: string;
  kind: DispatchEventKind;
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
  data: Record<string, unknown>;
}

/** A position in the log: after (tx, id). Opaque to clients; `tx_id` in decimal. */
export interface Position {
  tx: string;
  id: string;
}

export function encodeCursor(p: Position): string {
  return `${p.tx}_${p.id}`;
}

const MAX_XID8 = 18446744073709551615n;
const MAX_BIGINT = 9223372036854775807n;

/** Parses a cursor; null when malformed or out of range (so a bad cursor is a typed error, not a SQL one). */
export function decodeCursor(cursor: string): Position | null {
  const m = /^(\d{1,20})_(\d{1,19})$/.exec(cursor);
  if (!m || BigInt(m[1]) > MAX_XID8 || BigInt(m[2]) > MAX_BIGINT) return null;
  return { tx: BigInt(m[1]).toString(), id: BigInt(m[2]).toString() };
}

/** Log order of two positions: negative when a comes first. */
export function comparePositions(a: Position, b: Position): number {
  const ta = BigInt(a.tx), tb = BigInt(b.tx);
  if (ta !== tb) return ta < tb ? -1 : 1;
  const ia = BigInt(a.id), ib = BigInt(b.id);
  return ia === ib ? 0 : ia < ib ? -1 : 1;
}

/**
 * Appends events inside the caller's transaction (the outbox): they become visible, and NOTIFY is
 * delivered, only if that transaction commits.
 */
export async function appendEvents(manager: EntityManager, events: NewEvent[]): Promise<void> {
  if (!events.length) return;
  const cols = ['kind', 'source', 'region_id', 'region_code', 'case_id', 'patrol_task_id', 'grid_report_id', 'appointment_id', 'letter_id', 'actor_id', 'occurred_at', 'data'];
  const params: unknown[] = [];
  const rows = events.map((e) => {
    const values = [e.kind, e.source, e.regionId, e.regionCode, e.caseId ?? null, e.patrolTaskId ?? null, e.gridReportId ?? null,
      // Free text in the payload (reasons, notes, agreements) may carry a number a user typed: partners read
      // and keep this log for years, so ID numbers and phones are masked here, for every writer at once.
      e.appointmentId ?? null, e.letterId ?? null, e.actorId ?? null, e.occurredAt ?? new Date(), JSON.stringify(maskPiiDeep(e.data ?? {}))];
    const placeholders = values.map((v) => { params.push(v); return `$${params.length}`; });
    return `(${placeholders.join(', ')})`;
  });
  params.push(EVENTS_CHANNEL);
  // One round trip: the INSERT runs as a data-modifying CTE whether or not the SELECT reads it.
  await manager.query(
    `WITH appended AS (INSERT INTO events.dispatch_event (${cols.join(', ')}) VALUES ${rows.join(', ')})
     SELECT pg_notify($${params.length}, '')`, params);
}

export interface ReadFilter {
  /** Only events whose region code starts with this prefix. */
  regionPrefix?: string;
  kinds?: string[];
  caseId?: string;
  /** Only events at or before this position (a replay that stops where a live tail took over). */
  until?: Position;
}

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
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
    data: (r.data as Record<string, unknown>) ?? {},
  };
}

/** Rows from either a pg client/pool (`rows`) or TypeORM (`array`). */
function rowsOf(result: unknown): Record<string, unknown>[] {
  return Array.isArray(result) ? result : ((result as { rows: Record<string, unknown>[] }).rows ?? []);
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
export async function headPosition(db: Queryable): Promise<Position> {
  const rows = rowsOf(await db.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`));
  const xmin = BigInt(String(rows[0].xmin));
  return { tx: (xmin - 1n).toString(), id: '9223372036854775807' };
}

export const START_POSITION: Position = { tx: '0', id: '0' };

/** A transaction snapshot (pg_current_snapshot()): which transactions had committed at that instant. */
export interface LogSnapshot {
  xmin: string;
  xmax: string;
  /** Transactions in progress at that instant (between xmin and xmax). */
  xip: string[];
}

export async function currentSnapshot(db: Queryable): Promise<LogSnapshot> {
  const rows = rowsOf(await db.query(`SELECT pg_current_snapshot()::text AS s`));
  const [xmin, xmax, xip] = String(rows[0].s).split(':');
  return { xmin, xmax, xip: xip ? xip.split(',') : [] };
}

/**
 * Had transaction `tx` finished when the snapshot was taken? For an event of the log (a committed
 * row), true means it committed before that instant. Used to start a subscriber "from now" exactly:
 * events of transactions already committed when it subscribed are not delivered, later ones all are.
 */
export function finishedIn(snapshot: LogSnapshot, tx: string): boolean {
  const t = BigInt(tx);
  if (t < BigInt(snapshot.xmin)) return true;
  if (t >= BigInt(snapshot.xmax)) return false;
  return !snapshot.xip.includes(tx);
}

/** A named consumer's saved position (exactly-once processing: save it in the same transaction as the effect). */
export async function loadConsumerPosition(db: Queryable, consumer: string): Promise<Position> {
  const rows = rowsOf(await db.query(`SELECT tx::text AS tx, id::text AS id FROM events.consumer_cursor WHERE consumer = $1`, [consumer]));
  return rows.length ? { tx: String(rows[0].tx), id: String(rows[0].id) } : START_POSITION;
}

export async function saveConsumerPosition(db: Queryable, consumer: string, p: Position): Promise<void> {
  await db.query(
    `INSERT INTO events.consumer_cursor (consumer, tx, id) VALUES ($1, $2::text::xid8, $3)
     ON CONFLICT (consumer) DO UPDATE SET tx = EXCLUDED.tx, id = EXCLUDED.id, updated_at = now()`,
    [consumer, p.tx, p.id],
  );
}

/**
 * Moves events older than the retention window to the archive table (never deletes them outright),
 * in one transaction per batch so a reader never sees them in neither table. Returns how many moved.
 *
 * Only a PREFIX of the log order is ever archived: everything strictly before the first event that
 * is either recorded within the window or not yet final. So every archived event lies before every
 * live one, a resume cursor is valid exactly when it is at or after the archive's last position
 * (see archivedHorizon), and an event whose `occurred_at` was backdated by its writer (an imported
 * historical case) is still kept for the whole window after it was recorded: the rule looks at
 * `recorded_at` (set by the database at insert), not at the business time.
 */
export async function archiveOldEvents(dataSource: DataSource, retentionDays: number, batchSize = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const moved = await dataSource.transaction(async (m) => rowsOf(await m.query(
      `WITH snap AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
       boundary AS (
         SELECT e.tx, e.id FROM events.dispatch_event e, snap
         WHERE e.recorded_at >= now() - make_interval(days => $1) OR e.tx >= snap.xmin
         ORDER BY e.tx, e.id LIMIT 1),
       victims AS (
         SELECT e.tx, e.id FROM events.dispatch_event e, snap
         WHERE e.tx < snap.xmin AND NOT EXISTS (SELECT 1 FROM boundary b WHERE (e.tx, e.id) >= (b.tx, b.id))
         ORDER BY e.tx, e.id LIMIT $2),
       moved AS (
         DELETE FROM events.dispatch_event d USING victims v WHERE d.tx = v.tx AND d.id = v.id
         RETURNING d.id, d.tx, d.kind, d.occurred_at, d.recorded_at, d.source, d.region_id, d.region_code, d.case_id,
           d.patrol_task_id, d.grid_report_id, d.appointment_id, d.letter_id, d.actor_id, d.data)
       INSERT INTO events.dispatch_event_archive (id, tx, kind, occurred_at, recorded_at, source, region_id, region_code, case_id,
           patrol_task_id, grid_report_id, appointment_id, letter_id, actor_id, data)
       SELECT * FROM moved RETURNING id`,
      [retentionDays, batchSize],
    )).length);
    total += moved;
    if (moved < batchSize) return total;
  }
}

/**
 * The last archived position, or null when nothing was ever archived. Archived events are a prefix
 * of the log, so a resume cursor before this position would skip archived events: it has expired.
 */
export async function archivedHorizon(db: Queryable): Promise<Position | null> {
  const rows = rowsOf(await db.query(`SELECT a.tx::text AS tx, a.id::text AS id FROM events.dispatch_event_archive a ORDER BY a.tx DESC, a.id DESC LIMIT 1`));
  return rows.length ? { tx: String(rows[0].tx), id: String(rows[0].id) } : null;
}
