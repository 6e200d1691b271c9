/**
 * Positions in the durable log (see migration.ts for the ordering rule): a position is "after
 * (tx, id)", opaque to clients as a cursor.
 */

/** A position in the log: after (tx, id). Opaque to clients; `tx_id` in decimal. */
export interface Position {
  tx: string;
  id: string;
}

export const START_POSITION: Position = { tx: '0', id: '0' };

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

/** A transaction snapshot (pg_current_snapshot()): which transactions had committed at that instant. */
export interface LogSnapshot {
  xmin: string;
  xmax: string;
  /** Transactions in progress at that instant (between xmin and xmax). */
  xip: string[];
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
