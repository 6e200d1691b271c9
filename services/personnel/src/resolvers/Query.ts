import {
  authorize, badInput, decodeKeyCursor, encodeKeyCursor, notFound, pageSize, toConnection,
} from '@zz/common';
import type { QueryResolvers } from '../generated/resolvers-types';
import type { PersonnelContext } from '../context';
import { rankMediatorsForCase } from '../application/recommend';
import { loginAttempts } from '../application/login-attempts';
import { appointmentFilter, inSightFilter, jurisdictionFilter } from '../domain/access';
import { isUuid } from '../domain/accounts';
import { selfAndAncestorCodes } from '../domain/regions';
import { localDayRange } from '../domain/days';
import { validatePartyLanguages } from '../domain/languages';
import type { MediatorCursor } from '../store/mediator-store';
import { manageableUser, visibleAppointment, visibleCenter, visibleMediator, visibleStaff } from './visibility';

const REGION_CODE = /^\d{6}(\d{3}){0,3}$/;

function mediatorCursor(after: string | null | undefined): MediatorCursor | null {
  const v = decodeKeyCursor(after);
  if (v === null) return null;
  if (v.length !== 3 || !v.every((x) => typeof x === 'string') || !isUuid(v[2] as string)) throw badInput('无效的分页游标 (invalid cursor)', 'after');
  return v as MediatorCursor;
}

/** Loads by id, treating a malformed id like an unknown one (null) rather than a database error. */
const loadIf = <T>(id: string, load: (id: string) => Promise<T | null>) => (isUuid(id) ? load(id) : Promise.resolve(null));

export const Query: QueryResolvers = {
  async me(_, __, ctx) {
    authorize(ctx.identity, 'Query.me');
    return ctx.identity.userId ? ctx.loaders.userById.load(ctx.identity.userId) : null;
  },

  async users(_, args, ctx) {
    authorize(ctx.identity, 'Query.users');
    const limit = pageSize(args.first, ctx.config.limits.maxFirst);
    const filter = { role: args.filter?.role ?? null, active: args.filter?.active ?? null, regionCode: null as string | null };
    if (args.filter?.regionId) {
      const region = isUuid(args.filter.regionId) ? await ctx.peers.region(args.filter.regionId, ctx.identity) : null;
      // A filter only narrows: a region outside the jurisdiction gives an empty list.
      if (!region || !ctx.scope.contains(region.code)) return toConnection([], limit, () => '', 0);
      filter.regionCode = region.code;
    }
    const after = decodeKeyCursor(args.after);
    if (after && (after.length !== 1 || typeof after[0] !== 'string')) throw badInput('无效的分页游标 (invalid cursor)', 'after');
    const rows = await ctx.users.page(jurisdictionFilter(ctx.scope), filter, limit, after ? (after[0] as string) : null);
    return toConnection(rows, limit, (u) => encodeKeyCursor([u.username]), () => ctx.users.count(jurisdictionFilter(ctx.scope), filter));
  },

  async user(_, args, ctx) {
    authorize(ctx.identity, 'Query.user');
    return manageableUser(ctx, await loadIf(args.id, (id) => ctx.loaders.userById.load(id)));
  },

  loginAttempts: (_, args, ctx) => loginAttempts(ctx, args),

  async centers(_, args, ctx) {
    authorize(ctx.identity, 'Query.centers');
    if (args.level === 'GRID') return [];
    return ctx.organisation.listCenters(inSightFilter(ctx.scope), args.level ?? null);
  },

  async center(_, args, ctx) {
    authorize(ctx.identity, 'Query.center');
    return visibleCenter(ctx, await loadIf(args.id, (id) => ctx.loaders.centerById.load(id)));
  },

  async centerFor(_, args, ctx) {
    authorize(ctx.identity, 'Query.centerFor');
    const code = args.regionCode.trim();
    if (!REGION_CODE.test(code)) throw badInput('区划编码应为 6、9、12 或 15 位数字', 'regionCode');
    if (args.level === 'GRID') return null;
    return visibleCenter(ctx, await ctx.organisation.centerFor(selfAndAncestorCodes(code), args.level ?? null));
  },

  async departments(_, __, ctx) {
    authorize(ctx.identity, 'Query.departments');
    return ctx.organisation.allDepartments();
  },

  async department(_, args, ctx) {
    authorize(ctx.identity, 'Query.department');
    return loadIf(args.id, (id) => ctx.loaders.departmentById.load(id));
  },

  async departmentsByIds(_, args, ctx) {
    authorize(ctx.identity, 'Query.departmentsByIds');
    if (args.ids.length > ctx.config.limits.maxFirst) throw badInput(`一次最多查询 ${ctx.config.limits.maxFirst} 个部门`, 'ids');
    return Promise.all(args.ids.map((id) => loadIf(id, (i) => ctx.loaders.departmentById.load(i))));
  },

  async staff(_, args, ctx) {
    authorize(ctx.identity, 'Query.staff');
    return visibleStaff(ctx, await loadIf(args.id, (id) => ctx.loaders.staffById.load(id)));
  },

  async mediators(_, args, ctx) {
    authorize(ctx.identity, 'Query.mediators');
    const limit = pageSize(args.first, ctx.config.limits.maxFirst);
    const f = args.filter ?? {};
    if (f.centerId && !isUuid(f.centerId)) return toConnection([], limit, () => '', 0);
    const filter = { centerId: f.centerId, specialty: f.specialty, language: f.language, goldTeam: f.goldTeam, kind: f.kind, available: f.available };
    const rows = await ctx.mediators.page(inSightFilter(ctx.scope), filter, limit, mediatorCursor(args.after));
    for (const m of rows) ctx.loaders.mediatorById.prime(m.id, m);
    return toConnection(rows, limit, (m) => encodeKeyCursor([m.regionCode, m.name, m.id]), () => ctx.mediators.count(inSightFilter(ctx.scope), filter));
  },

  async mediator(_, args, ctx) {
    authorize(ctx.identity, 'Query.mediator');
    return visibleMediator(ctx, await loadIf(args.id, (id) => ctx.loaders.mediatorById.load(id)));
  },

  async goldTeam(_, __, ctx) {
    authorize(ctx.identity, 'Query.goldTeam');
    return ctx.mediators.goldTeam(inSightFilter(ctx.scope));
  },

  async experts(_, args, ctx) {
    authorize(ctx.identity, 'Query.experts');
    if (args.kind === 'MEDIATOR') throw badInput('专家库只有 LEGAL_EXPERT 和 PSYCHOLOGIST', 'kind');
    return ctx.mediators.experts(inSightFilter(ctx.scope), args.kind ? [args.kind] : ['LEGAL_EXPERT', 'PSYCHOLOGIST']);
  },

  async recommendMediators(_, args, ctx) {
    authorize(ctx.identity, 'Query.recommendMediators');
    if (!isUuid(args.caseId)) throw notFound('案件不存在或不在辖区内');
    if (args.first != null) pageSize(args.first, ctx.config.limits.maxFirst);
    const partyLanguages = validatePartyLanguages(args.partyLanguages ?? []);
    return recommendForCase(ctx, args.caseId, { first: args.first ?? undefined, partyLanguages, kinds: args.kinds ?? undefined });
  },

  async appointment(_, args, ctx) {
    authorize(ctx.identity, 'Query.appointment');
    return visibleAppointment(ctx, await loadIf(args.id, (id) => ctx.loaders.appointmentById.load(id)));
  },

  async appointments(_, args, ctx) {
    authorize(ctx.identity, 'Query.appointments');
    const range = localDayRange(args.day);
    if (args.mediatorId) {
      const m = visibleMediator(ctx, await loadIf(args.mediatorId, (id) => ctx.loaders.mediatorById.load(id)));
      if (!m) return [];
    }
    return ctx.appointments.listForDay(appointmentFilter(ctx.identity, ctx.scope), range, args.mediatorId ?? null);
  },

  async evaluations(_, args, ctx) {
    authorize(ctx.identity, 'Query.evaluations');
    if (!Number.isInteger(args.quarter) || args.quarter < 1 || args.quarter > 4) throw badInput('季度须为 1–4', 'quarter');
    const center = await loadIf(args.centerId, (id) => ctx.loaders.centerById.load(id));
    // Evaluations are the center's own business: its jurisdiction and the levels above, not its neighbours or subordinates' peers.
    if (!center || !ctx.scope.contains(center.regionCode)) return [];
    return ctx.evaluations.byCenterQuarter(center.id, args.year, args.quarter);
  },
};

/** Case facts from cases and grid (as the caller), candidates and loads, then the domain ranking. */
async function recommendForCase(ctx: PersonnelContext, caseId: string, options: { first?: number; partyLanguages: string[]; kinds?: ('MEDIATOR' | 'LEGAL_EXPERT' | 'PSYCHOLOGIST')[] }) {
  const facts = await ctx.peers.caseFacts(caseId, ctx.identity);
  if (!facts) throw notFound('案件不存在或不在辖区内');
  const region = await ctx.peers.region(facts.regionId, ctx.identity);
  if (!region) throw notFound('案件所在区域不在辖区内');
  const ranked = await rankMediatorsForCase(ctx.mediators, ctx.scope, {
    id: facts.id, type: facts.type, complexity: facts.complexity, regionCode: region.code, partyLanguages: options.partyLanguages,
  }, ctx.peers, { first: options.first, kinds: options.kinds });
  for (const r of ranked) ctx.loaders.mediatorById.prime(r.mediator.id, r.mediator);
  return ranked;
}
