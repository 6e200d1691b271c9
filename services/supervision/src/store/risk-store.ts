/** Risk hits (三级预警), raised once per dedupe key. */
import type { RiskHitRow } from './rows';
import { keysetPage, Params, rows, toDate, str, strOrNull, type Db, type Row } from './sql';

const COLUMNS = `r.id, r.dedupe_key, r.case_id, r.rule, r.level, r.reason, r.raised_at, r.region_code, r.letter_id`;

function toRiskHitRow(r: Row): RiskHitRow {
  return {
    id: str(r.id),
    dedupeKey: str(r.dedupe_key),
    caseId: str(r.case_id),
    rule: r.rule as RiskHitRow['rule'],
    level: r.level as RiskHitRow['level'],
    reason: str(r.reason),
    raisedAt: toDate(r.raised_at),
    regionCode: str(r.region_code),
    letterId: strOrNull(r.letter_id),
  };
}

export class RiskStore {
  /** Inserts the hit unless its dedupe key was raised before; true when it is new. */
  async insertIfNew(m: Db, h: RiskHitRow): Promise<boolean> {
    const found = await rows(
      m,
      `INSERT INTO supervision.risk_hit (id, dedupe_key, case_id, rule, level, reason, raised_at, region_code, letter_id)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [h.id, h.dedupeKey, h.caseId, h.rule, h.level, h.reason, h.raisedAt, h.regionCode, h.letterId],
    );
    return found.length > 0;
  }

  async setLetter(m: Db, hitId: string, letterId: string): Promise<void> {
    await m.query(`UPDATE supervision.risk_hit SET letter_id = $2 WHERE id = $1`, [hitId, letterId]);
  }

  async byCaseIds(db: Db, caseIds: readonly string[]): Promise<RiskHitRow[]> {
    if (!caseIds.length) return [];
    return (
      await rows(db, `SELECT ${COLUMNS} FROM supervision.risk_hit r WHERE r.case_id = ANY($1::uuid[]) ORDER BY r.raised_at, r.id`, [[...caseIds]])
    ).map(toRiskHitRow);
  }

  async byIds(db: Db, ids: readonly string[]): Promise<RiskHitRow[]> {
    if (!ids.length) return [];
    return (await rows(db, `SELECT ${COLUMNS} FROM supervision.risk_hit r WHERE r.id = ANY($1::uuid[])`, [[...ids]])).map(toRiskHitRow);
  }

  /** Hits in a subtree, newest first, optionally of one level (keyset paging). */
  async page(db: Db, likePattern: string, level: string | null, limit: number, after: { raisedAt: string; id: string } | null) {
    const p = new Params();
    const where = [`r.region_code LIKE ${p.add(likePattern)}`];
    if (level) where.push(`r.level = ${p.add(level)}`);
    const cursor = after ? (q: Params) => `(r.raised_at, r.id) < (${q.add(after.raisedAt)}::timestamptz, ${q.add(after.id)}::uuid)` : null;
    return keysetPage(db, { columns: COLUMNS, from: 'supervision.risk_hit r', where, p, after: cursor, orderBy: 'r.raised_at DESC, r.id DESC', limit }, toRiskHitRow);
  }
}
