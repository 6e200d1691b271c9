/** The audit log of sensitive reads (audit.sensitive_read, written by every service, read here only). */
import { keysetPage, Params, toDate, str, strOrNull, type Db, type Row } from './sql';

export interface SensitiveReadRow {
  id: string;
  at: Date;
  service: string;
  kind: string;
  subjectType: string;
  subjectIds: string[];
  subjectCount: number;
  username: string | null;
  roles: string[];
  regionCode: string | null;
  clientAddress: string | null;
  reason: string | null;
}

const COLUMNS = `a.id, a.at, a.service, a.kind, a.subject_type, a.subject_ids, a.subject_count, a.actor_username, a.actor_roles, a.actor_region_code, a.client_address, a.reason`;

function toRow(r: Row): SensitiveReadRow {
  return {
    id: str(r.id), at: toDate(r.at), service: str(r.service), kind: str(r.kind), subjectType: str(r.subject_type),
    subjectIds: (r.subject_ids as string[]) ?? [], subjectCount: Number(r.subject_count), username: strOrNull(r.actor_username),
    roles: (r.actor_roles as string[]) ?? [], regionCode: strOrNull(r.actor_region_code), clientAddress: strOrNull(r.client_address), reason: strOrNull(r.reason),
  };
}

export interface SensitiveReadQuery {
  /** Readers' region-code prefix (the caller's jurisdiction, narrowed by the filter). */
  prefix: string;
  username: string | null;
  kind: string | null;
  from: Date | null;
  to: Date | null;
}

export class AuditStore {
  /** Entries of readers in the subtree, newest first (keyset paging on the id, which grows with every entry). */
  async page(db: Db, q: SensitiveReadQuery, limit: number, after: string | null) {
    const p = new Params();
    const where = [`a.actor_region_code LIKE ${p.add(`${q.prefix}%`)}`];
    if (q.username) where.push(`a.actor_username = ${p.add(q.username)}`);
    if (q.kind) where.push(`a.kind = ${p.add(q.kind)}`);
    if (q.from) where.push(`a.at >= ${p.add(q.from)}`);
    if (q.to) where.push(`a.at < ${p.add(q.to)}`);
    const cursor = after ? (c: Params) => `a.id < ${c.add(after)}::bigint` : null;
    return keysetPage(db, { columns: COLUMNS, from: 'audit.sensitive_read a', where, p, after: cursor, orderBy: 'a.id DESC', limit }, toRow);
  }
}
