import { authorize, authorizeOn, badInput, decodeKeyCursor, encodeKeyCursor, pageSize, toConnection } from '@zz/common';
import type { QueryResolvers } from '../generated/resolvers-types';
import { accountabilityFor } from '../domain/accountability';
import type { RiskLevel } from '../domain/risk-rules';
import { department } from './SupervisionLetter';
import type { SupervisionContext } from '../context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CST_MS = 8 * 3600_000;
const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/** Decodes a keyset cursor [ISO time, uuid]; BAD_USER_INPUT (field `after`) for anything else. */
function timeIdCursor(after: string | null | undefined): { at: string; id: string } | null {
  const v = decodeKeyCursor(after);
  if (!v) return null;
  const [at, id] = v;
  if (typeof at !== 'string' || Number.isNaN(new Date(at).getTime()) || typeof id !== 'string' || !UUID.test(id)) {
    throw badInput('无效的分页游标 (invalid cursor)', 'after');
  }
  return { at, id };
}

/** overdueCases / warningCases: open deadlines of the region's subtree, keyset-paged by (deadline, case). */
async function deadlineConnection(
  args: { regionId: string; first?: number | null; after?: string | null },
  ctx: SupervisionContext,
  which: 'overduePage' | 'warningPage',
) {
  const limit = pageSize(args.first, ctx.deps.config.limits.maxFirst);
  const after = timeIdCursor(args.after);
  const code = await ctx.regions.scopedCode(args.regionId, ctx.scope);
  const page = await ctx.deps.stats[which](ctx.deps.dataSource, code, ctx.now, limit + 1, after && { deadlineAt: after.at, caseId: after.id });
  const conn = toConnection(page.rows, limit, (r) => encodeKeyCursor([r.deadlineAt.toISOString(), r.caseId]), 0);
  return {
    edges: conn.edges.map((e) => ({ cursor: e.cursor, node: { __typename: 'Case' as const, id: e.node.caseId } })),
    pageInfo: conn.pageInfo,
    totalCount: await page.count(),
  };
}

export const Query: QueryResolvers = {
  async stats(_, args, ctx) {
    authorize(ctx.identity, 'Query.stats');
    const from = asDate(args.from);
    const to = asDate(args.to);
    if (from.getTime() > to.getTime()) throw badInput('开始时间不能晚于结束时间', 'from');
    const code = await ctx.regions.scopedCode(args.regionId, ctx.scope);
    const s = await ctx.deps.stats.stats(ctx.deps.dataSource, code, from, to);
    return {
      received: s.received,
      resolved: s.resolved,
      resolutionRate: s.resolutionRate,
      closed: s.closed,
      closureRate: s.closureRate,
      overdue: s.overdue,
      rated: s.rated,
      satisfactionRate: s.satisfactionRate,
      byLevel: s.byLevel.map((l) => ({ level: l.level, share: l.share, count: l.count })),
      byChannel: s.byChannel.map(({ key, ...b }) => ({ channel: key, ...b })),
      byType: s.byType.map(({ key, ...b }) => ({ type: key, ...b })),
      byDepartment: s.byDepartment.map(({ key, ...b }) => ({ department: department(key), ...b })),
      byRegion: s.byRegion.map((m) => ({ ...m, parentRegionId: args.regionId, parentCode: code })),
      byMonth: s.byMonth.map(({ key, ...m }) => ({ month: key, ...m })),
    };
  },

  async overdueCases(_, args, ctx) {
    authorize(ctx.identity, 'Query.overdueCases');
    return deadlineConnection(args, ctx, 'overduePage');
  },

  async warningCases(_, args, ctx) {
    authorize(ctx.identity, 'Query.warningCases');
    return deadlineConnection(args, ctx, 'warningPage');
  },

  async supervisionLetters(_, args, ctx) {
    authorize(ctx.identity, 'Query.supervisionLetters');
    const limit = pageSize(args.first, ctx.deps.config.limits.maxFirst);
    const after = timeIdCursor(args.after);
    const from = args.from ? asDate(args.from) : null;
    const to = args.to ? asDate(args.to) : null;
    if (from && to && from.getTime() > to.getTime()) throw badInput('开始时间不能晚于结束时间', 'from');
    const code = await ctx.regions.scopedCode(args.regionId, ctx.scope);
    const filter = { kind: args.kind ?? null, from, to };
    const page = await ctx.deps.letters.byRegionPage(ctx.deps.dataSource, `${code}%`, filter, limit + 1, after && { issuedAt: after.at, id: after.id });
    const conn = toConnection(page.rows, limit, (l) => encodeKeyCursor([l.issuedAt.toISOString(), l.id]), 0);
    return { edges: conn.edges, pageInfo: conn.pageInfo, totalCount: await page.count() };
  },

  async accountability(_, args, ctx) {
    authorize(ctx.identity, 'Query.accountability');
    if (!Number.isInteger(args.year) || args.year < 2000 || args.year > 2999) throw badInput('年份必须是四位数', 'year');
    const code = await ctx.regions.scopedCode(args.regionId, ctx.scope);
    // The year of the visit, in local time: [Y-01-01 00:00 CST, Y+1-01-01 00:00 CST).
    const from = new Date(Date.UTC(args.year, 0, 1) - CST_MS);
    const to = new Date(Date.UTC(args.year + 1, 0, 1) - CST_MS);
    const rows = await ctx.deps.followUps.perDepartment(ctx.deps.dataSource, `${code}%`, from, to);
    return rows.map((r) => {
      const a = accountabilityFor(r.unsatisfied, ctx.deps.policy.accountability);
      return { department: { __typename: 'Department' as const, id: r.departmentId }, year: args.year, followUps: r.followUps, ...a };
    });
  },

  async riskWarnings(_, args, ctx) {
    authorize(ctx.identity, 'Query.riskWarnings');
    const limit = pageSize(args.first, ctx.deps.config.limits.maxFirst);
    const after = timeIdCursor(args.after);
    const code = await ctx.regions.scopedCode(args.regionId, ctx.scope);
    const page = await ctx.deps.risks.page(ctx.deps.dataSource, `${code}%`, (args.level as RiskLevel | null) ?? null, limit + 1, after && { raisedAt: after.at, id: after.id });
    const conn = toConnection(page.rows, limit, (h) => encodeKeyCursor([h.raisedAt.toISOString(), h.id]), 0);
    return { edges: conn.edges, pageInfo: conn.pageInfo, totalCount: await page.count() };
  },

  async lettersByDepartment(_, args, ctx) {
    // Department staff read the letters sent to their own department; the center's staff any department's.
    authorize(ctx.identity, 'Query.lettersByDepartment');
    authorizeOn(ctx.identity, 'Query.lettersByDepartment', { OWN_DEPARTMENT: !!ctx.identity.departmentId && ctx.identity.departmentId === args.departmentId });
    if (!UUID.test(args.departmentId)) throw badInput('部门 ID 无效', 'departmentId');
    const limit = pageSize(args.first, ctx.deps.config.limits.maxFirst);
    const after = timeIdCursor(args.after);
    const page = await ctx.deps.letters.byDepartmentPage(ctx.deps.dataSource, args.departmentId, ctx.scope.likePattern, limit + 1, after && { issuedAt: after.at, id: after.id });
    const conn = toConnection(page.rows, limit, (l) => encodeKeyCursor([l.issuedAt.toISOString(), l.id]), 0);
    return { edges: conn.edges, pageInfo: conn.pageInfo, totalCount: await page.count() };
  },

  /** 敏感信息查阅记录: the jurisdiction's readers, narrowed by region (a region outside it lists nothing). */
  async sensitiveReads(_, args, ctx) {
    authorize(ctx.identity, 'Query.sensitiveReads');
    const limit = pageSize(args.first, ctx.deps.config.limits.maxFirst);
    const f = args.filter ?? {};
    const cursor = decodeKeyCursor(args.after);
    if (cursor && (cursor.length !== 1 || typeof cursor[0] !== 'string' || !/^\d{1,19}$/.test(cursor[0]))) throw badInput('无效的分页游标 (invalid cursor)', 'after');
    const from = f.from ? asDate(f.from) : null;
    const to = f.to ? asDate(f.to) : null;
    if (from && to && from.getTime() > to.getTime()) throw badInput('开始时间不能晚于结束时间', 'filter.from');
    if (f.username !== undefined && f.username !== null && [...f.username].length > 64) throw badInput('登录名过长', 'filter.username');
    let prefix = ctx.scope.all ? '' : ctx.scope.regionCode;
    if (prefix !== null && f.regionId) {
      const code = UUID.test(f.regionId) ? await ctx.regions.code(f.regionId) : null;
      prefix = code && ctx.scope.contains(code) ? code : null;
    }
    if (prefix === null) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const page = await ctx.deps.audit.page(ctx.deps.dataSource, { prefix, username: f.username ?? null, kind: f.kind ?? null, from, to }, limit + 1, cursor ? (cursor[0] as string) : null);
    const conn = toConnection(page.rows, limit, (r) => encodeKeyCursor([r.id]), 0);
    return { edges: conn.edges, pageInfo: conn.pageInfo, totalCount: await page.count() };
  },

  async supervisionLetter(_, args, ctx) {
    authorize(ctx.identity, 'Query.supervisionLetter');
    return ctx.loaders.letterById.load(args.id);
  },
};
