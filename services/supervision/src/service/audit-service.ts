/** 敏感信息查阅记录: the audit log of sensitive reads (written by every service), listed for the jurisdiction's readers. */
import { authorize, badInput, decodeKeyCursor, encodeKeyCursor, pageSize, toConnection } from '@zz/common';
import { narrowedReadersPrefix, readersPrefix } from '../domain/access';
import type { Actor } from './actor';
import type { SupervisionDeps } from './deps';

export interface SensitiveReadFilter {
  regionId?: string | null;
  username?: string | null;
  kind?: string | null;
  from: Date | null;
  to: Date | null;
}

export class AuditService {
  constructor(private readonly deps: SupervisionDeps) {}

  /** sensitiveReads: the jurisdiction's readers, newest first, narrowed by region (a region outside it lists nothing). */
  async sensitiveReads(actor: Actor, args: { filter: SensitiveReadFilter; first?: number | null; after?: string | null }) {
    authorize(actor.identity, 'Query.sensitiveReads');
    const limit = pageSize(args.first, this.deps.config.limits.maxFirst);
    const f = args.filter;
    const cursor = decodeKeyCursor(args.after);
    if (cursor && (cursor.length !== 1 || typeof cursor[0] !== 'string' || !/^\d{1,19}$/.test(cursor[0]))) throw badInput('无效的分页游标 (invalid cursor)', 'after');
    const { from, to } = f;
    if (from && to && from.getTime() > to.getTime()) throw badInput('开始时间不能晚于结束时间', 'filter.from');
    if (f.username !== undefined && f.username !== null && [...f.username].length > 64) throw badInput('登录名过长', 'filter.username');
    let prefix = readersPrefix(actor.scope);
    if (prefix !== null && f.regionId) prefix = narrowedReadersPrefix(actor.scope, await actor.regions.visibleCode(f.regionId));
    if (prefix === null) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const query = { prefix, username: f.username ?? null, kind: f.kind ?? null, from, to };
    const page = await this.deps.audit.page(this.deps.dataSource, query, limit + 1, cursor ? (cursor[0] as string) : null);
    const conn = toConnection(page.rows, limit, (r) => encodeKeyCursor([r.id]), 0);
    return { edges: conn.edges, pageInfo: conn.pageInfo, totalCount: await page.count() };
  }
}
