/** Letters (督办文书), their gapless numbering, county prefixes. */
import type { LetterKind } from '../domain/accountability';
import type { LetterState } from '../domain/documents';
import type { LetterRow } from './rows';
import { keysetPage, Params, rows, toDate, str, strOrNull, type Db, type KeysetPage, type Row } from './sql';

const COLUMNS = `l.id, l.number, l.prefix, l.kind, l.year, l.seq, l.case_id, l.region_id, l.region_code, l.to_department_id,
  l.issued_at, l.issued_by, l.automatic, l.trigger, l.note, l.step_key, l.step_name, l.issuer, l.addressee, l.title, l.body, l.template_version,
  l.due_at, l.answered_at, l.answer, l.answered_by, l.answer_letter_id, l.answers_letter_id`;

export function toLetterRow(r: Row): LetterRow {
  return {
    id: str(r.id),
    number: str(r.number),
    prefix: str(r.prefix),
    kind: r.kind as LetterKind,
    year: Number(r.year),
    seq: Number(r.seq),
    caseId: str(r.case_id),
    regionId: str(r.region_id),
    regionCode: str(r.region_code),
    toDepartmentId: strOrNull(r.to_department_id),
    issuedAt: toDate(r.issued_at),
    issuedBy: strOrNull(r.issued_by),
    automatic: Boolean(r.automatic),
    trigger: strOrNull(r.trigger),
    note: strOrNull(r.note),
    stepKey: strOrNull(r.step_key),
    stepName: strOrNull(r.step_name),
    issuer: strOrNull(r.issuer),
    addressee: strOrNull(r.addressee),
    title: strOrNull(r.title),
    body: strOrNull(r.body),
    templateVersion: r.template_version === null || r.template_version === undefined ? null : Number(r.template_version),
    dueAt: r.due_at ? toDate(r.due_at) : null,
    answeredAt: r.answered_at ? toDate(r.answered_at) : null,
    answer: strOrNull(r.answer),
    answeredBy: strOrNull(r.answered_by),
    answerLetterId: strOrNull(r.answer_letter_id),
    answersLetterId: strOrNull(r.answers_letter_id),
  };
}

export class LetterStore {
  /**
   * The next number of a (prefix, kind, year) sequence. The counter row stays locked until the
   * transaction ends, so numbers are gapless and unique: a rolled-back letter gives its number back.
   */
  async nextSeq(m: Db, prefix: string, kind: LetterKind, year: number): Promise<number> {
    const [r] = await rows(
      m,
      `INSERT INTO supervision.letter_sequence (prefix, kind, year, last) VALUES ($1, $2, $3, 1)
       ON CONFLICT (prefix, kind, year) DO UPDATE SET last = letter_sequence.last + 1 RETURNING last`,
      [prefix, kind, year],
    );
    return Number(r.last);
  }

  async insert(m: Db, l: LetterRow): Promise<void> {
    await m.query(
      `INSERT INTO supervision.letter (id, number, prefix, kind, year, seq, case_id, region_id, region_code, to_department_id, issued_at,
         issued_by, automatic, trigger, note, step_key, step_name, issuer, addressee, title, body, template_version, due_at, answers_letter_id)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24)`,
      [l.id, l.number, l.prefix, l.kind, l.year, l.seq, l.caseId, l.regionId, l.regionCode, l.toDepartmentId, l.issuedAt, l.issuedBy,
        l.automatic, l.trigger, l.note, l.stepKey, l.stepName, l.issuer, l.addressee, l.title, l.body, l.templateVersion, l.dueAt, l.answersLetterId],
    );
  }

  /** A letter locked for an answer (the row stays locked until the transaction ends: two answers queue). */
  async lockForAnswer(m: Db, id: string): Promise<LetterRow | null> {
    const [r] = await rows(m, `SELECT ${COLUMNS} FROM supervision.letter l WHERE l.id = $1 FOR UPDATE`, [id]);
    return r ? toLetterRow(r) : null;
  }

  /** Closes a letter with its answer; false when it was answered already (nothing written). */
  async markAnswered(m: Db, id: string, a: { at: Date; answer: string; by: string | null; letterId: string }): Promise<boolean> {
    const done = await rows(
      m,
      `UPDATE supervision.letter SET answered_at = $2, answer = $3, answered_by = $4, answer_letter_id = $5
       WHERE id = $1 AND answered_at IS NULL RETURNING id`,
      [id, a.at, a.answer, a.by, a.letterId],
    );
    return done.length > 0;
  }

  /** The case's letters still waiting for an answer, oldest first, locked. */
  async openForCase(m: Db, caseId: string): Promise<LetterRow[]> {
    return (
      await rows(
        m,
        `SELECT ${COLUMNS} FROM supervision.letter l WHERE l.case_id = $1 AND l.due_at IS NOT NULL AND l.answered_at IS NULL
         ORDER BY l.issued_at, l.id FOR UPDATE`,
        [caseId],
      )
    ).map(toLetterRow);
  }

  /** The oldest letters of a kind still waiting for an answer (the demo seed answers one). */
  async oldestOpen(db: Db, kind: LetterKind, limit: number): Promise<LetterRow[]> {
    return (
      await rows(db, `SELECT ${COLUMNS} FROM supervision.letter l WHERE l.kind = $1 AND l.due_at IS NOT NULL AND l.answered_at IS NULL
        ORDER BY l.issued_at, l.id LIMIT $2`, [kind, limit])
    ).map(toLetterRow);
  }

  /** How many 反馈单 were recorded by hand (answering a letter), not issued by an outcome. */
  async handAnswerCount(db: Db): Promise<number> {
    const [r] = await rows(db, `SELECT count(*)::int AS n FROM supervision.letter WHERE kind = 'FEEDBACK' AND NOT automatic AND answers_letter_id IS NOT NULL`);
    return Number(r.n);
  }

  /** Has an automatic letter with this trigger been issued already? */
  async triggered(m: Db, trigger: string): Promise<boolean> {
    return (await rows(m, `SELECT 1 FROM supervision.letter WHERE trigger = $1`, [trigger])).length > 0;
  }

  async byIds(db: Db, ids: readonly string[]): Promise<LetterRow[]> {
    if (!ids.length) return [];
    return (await rows(db, `SELECT ${COLUMNS} FROM supervision.letter l WHERE l.id = ANY($1::uuid[])`, [[...ids]])).map(toLetterRow);
  }

  async byCaseIds(db: Db, caseIds: readonly string[]): Promise<LetterRow[]> {
    if (!caseIds.length) return [];
    return (
      await rows(db, `SELECT ${COLUMNS} FROM supervision.letter l WHERE l.case_id = ANY($1::uuid[]) ORDER BY l.issued_at, l.id`, [[...caseIds]])
    ).map(toLetterRow);
  }

  /** Letters addressed to a department, within a region subtree, newest first (keyset paging). */
  async byDepartmentPage(db: Db, departmentId: string, likePattern: string, limit: number, after: { issuedAt: string; id: string } | null) {
    const p = new Params();
    const where = [`l.to_department_id = ${p.add(departmentId)}`, `l.region_code LIKE ${p.add(likePattern)}`];
    return this.newestFirst(db, p, where, limit, after);
  }

  /**
   * Letters about the cases of a region subtree, newest first (keyset paging), optionally of one kind
   * and issued in [from, to): the (region, issued) index serves the order.
   */
  async byRegionPage(
    db: Db,
    likePattern: string,
    filter: { kind: LetterKind | null; from: Date | null; to: Date | null; state?: LetterState | null; now?: Date },
    limit: number,
    after: { issuedAt: string; id: string } | null,
  ) {
    const p = new Params();
    const where = [`l.region_code LIKE ${p.add(likePattern)}`];
    if (filter.kind) where.push(`l.kind = ${p.add(filter.kind)}`);
    if (filter.from) where.push(`l.issued_at >= ${p.add(filter.from)}`);
    if (filter.to) where.push(`l.issued_at < ${p.add(filter.to)}`);
    // The SQL twin of domain/documents.ts letterState.
    if (filter.state === 'ANSWERED') where.push(`l.answered_at IS NOT NULL`);
    if (filter.state === 'NONE') where.push(`l.answered_at IS NULL AND l.due_at IS NULL`);
    if (filter.state === 'OPEN') where.push(`l.answered_at IS NULL AND l.due_at >= ${p.add(filter.now ?? new Date())}`);
    if (filter.state === 'OVERDUE') where.push(`l.answered_at IS NULL AND l.due_at < ${p.add(filter.now ?? new Date())}`);
    return this.newestFirst(db, p, where, limit, after);
  }

  /** Letters matching `where`, newest first, past the cursor. */
  private newestFirst(db: Db, p: Params, where: string[], limit: number, after: { issuedAt: string; id: string } | null): Promise<KeysetPage<LetterRow>> {
    const cursor = after ? (q: Params) => `(l.issued_at, l.id) < (${q.add(after.issuedAt)}::timestamptz, ${q.add(after.id)}::uuid)` : null;
    return keysetPage(db, { columns: COLUMNS, from: 'supervision.letter l', where, p, after: cursor, orderBy: 'l.issued_at DESC, l.id DESC', limit }, toLetterRow);
  }

  async countyName(db: Db, countyCode: string): Promise<string | null> {
    const [r] = await rows(db, `SELECT name FROM supervision.county WHERE code = $1`, [countyCode]);
    return r ? strOrNull(r.name) : null;
  }

  async countyPrefix(db: Db, countyCode: string): Promise<string | null> {
    const [r] = await rows(db, `SELECT letter_prefix FROM supervision.county WHERE code = $1`, [countyCode]);
    return r ? str(r.letter_prefix) : null;
  }

  /** The name of a center and the series (prefix) its documents are numbered in; null when not known. */
  async center(db: Db, id: string): Promise<{ name: string; prefix: string } | null> {
    const [r] = await rows(db, `SELECT name, letter_prefix FROM supervision.center WHERE id = $1`, [id]);
    return r ? { name: str(r.name), prefix: str(r.letter_prefix) } : null;
  }

  /** Remembers a center's name and series; an existing series is kept (numbers must not change series). */
  async saveCenter(db: Db, id: string, name: string, prefix: string): Promise<void> {
    await db.query(
      `INSERT INTO supervision.center (id, name, letter_prefix) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name`,
      [id, name, prefix],
    );
  }

  /** Remembers a county's name and prefix; an existing prefix is kept (numbers must not change series). */
  async saveCounty(db: Db, code: string, name: string | null, prefix: string): Promise<void> {
    await db.query(
      `INSERT INTO supervision.county (code, name, letter_prefix) VALUES ($1, $2, $3) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
      [code, name, prefix],
    );
  }
}
