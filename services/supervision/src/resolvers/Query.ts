import type { QueryResolvers } from '../generated/resolvers-types';
import type { RiskLevel } from '../domain/risk-rules';
import { accountabilityRecordResult, evaluationQuarterResult, subsidyReportResult } from './evaluation';
import { departmentRef } from './models';

/** A DateTime argument as a Date (the scalar hands over either). */
const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const asDateOrNull = (v: Date | string | null | undefined) => (v ? asDate(v) : null);

export const Query: QueryResolvers = {
  async stats(_, args, ctx) {
    const { code, stats: s } = await ctx.services.stats.stats(ctx, { regionId: args.regionId, from: asDate(args.from), to: asDate(args.to) });
    return {
      received: s.received,
      accepted: s.accepted,
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
      byDepartment: s.byDepartment.map(({ key, ...b }) => ({ department: departmentRef(key), ...b })),
      byResolutionMode: s.byResolutionMode.map(({ key, ...b }) => ({ mode: key, ...b })),
      leaderOwned: s.leaderOwned,
      byRegion: s.byRegion.map((m) => ({ ...m, parentRegionId: args.regionId, parentCode: code })),
      byMonth: s.byMonth.map(({ key, ...m }) => ({ month: key, ...m })),
    };
  },

  async overdueCases(_, args, ctx) {
    return caseConnection(await ctx.services.deadlines.overdueCases(ctx, args));
  },

  async warningCases(_, args, ctx) {
    return caseConnection(await ctx.services.deadlines.warningCases(ctx, args));
  },

  supervisionLetters: (_, args, ctx) => ctx.services.letters.regionLetters(ctx, { ...args, from: asDateOrNull(args.from), to: asDateOrNull(args.to) }),

  async accountability(_, args, ctx) {
    const rows = await ctx.services.followUps.accountability(ctx, { regionId: args.regionId, year: args.year });
    return rows.map(({ departmentId, ...a }) => ({ department: { __typename: 'Department' as const, id: departmentId }, ...a }));
  },

  async accountabilityLedger(_, args, ctx) {
    const records = await ctx.services.accountability.ledger(ctx, { regionId: args.regionId, year: args.year, subjectKind: args.subjectKind ?? null });
    return records.map(accountabilityRecordResult);
  },

  evaluationQuarter: async (_, args, ctx) => evaluationQuarterResult(await ctx.services.evaluations.quarter(ctx, args)),

  caseSubsidies: async (_, args, ctx) => subsidyReportResult(await ctx.services.subsidies.report(ctx, args)),

  riskWarnings: (_, args, ctx) => ctx.services.risks.warnings(ctx, { ...args, level: (args.level as RiskLevel | null | undefined) ?? null }),

  lettersByDepartment: (_, args, ctx) => ctx.services.letters.departmentLetters(ctx, args),

  sensitiveReads(_, args, ctx) {
    const f = args.filter ?? {};
    return ctx.services.audit.sensitiveReads(ctx, { ...args, filter: { ...f, from: asDateOrNull(f.from), to: asDateOrNull(f.to) } });
  },

  supervisionLetter: (_, args, ctx) => ctx.services.letters.letter(ctx, args.id),

  /** Internal to the gateway's subscription server (issue 7): one log event, resolved with the subscriber's selection. */
  _dispatchEvent: (_, args, ctx) => ctx.services.dispatch.eventAt(ctx, args.cursor),
};

/** overdueCases / warningCases list deadlines; each node is its Case (the other subgraphs add their fields). */
function caseConnection(conn: { edges: { cursor: string; node: { caseId: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number }) {
  return {
    edges: conn.edges.map((e) => ({ cursor: e.cursor, node: { __typename: 'Case' as const, id: e.node.caseId } })),
    pageInfo: conn.pageInfo,
    totalCount: conn.totalCount,
  };
}
