/** A named consumer's saved position (exactly-once processing: save it in the same transaction as the effect). */
import { START_POSITION, type Position } from './position';
import { rowsOf, type Queryable } from './queryable';

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
