import { DomainError, noteSensitiveRead } from '@zz/common';
import type { GridReportResolvers, PatrolTaskResolvers, KeyPersonResolvers } from '../generated/resolvers-types';
import { canSeeReporterPhone, maskPhone } from '../domain/access';
import { completedLate, isOverdue } from '../domain/patrol';
import { KEY_PERSON_CATEGORIES, type KeyPersonCategory } from '../domain/grid-input';
import { visibleReport } from '../app/reports';
import { visiblePatrolTask } from '../app/patrols';
import { assertCanReadKeyPersons } from '../app/key-persons';
import type { GridContext } from '../context';

async function gridOf(ctx: GridContext, id: string) {
  const g = await ctx.loaders.gridById.load(id);
  if (!g) throw new DomainError('INTERNAL_SERVER_ERROR', `grid ${id} is missing`);
  return g;
}

export const GridReport: GridReportResolvers = {
  __resolveReference: (ref, ctx) => visibleReport(ctx, ref.id),
  grid: (r, _, ctx) => gridOf(ctx, r.gridId),
  case: (r) => (r.caseId ? { __typename: 'Case', id: r.caseId } : null),
  location: (r) => ({ type: 'Point', coordinates: [r.lng, r.lat] }),
  reporterPhone(r, _, ctx) {
    if (!r.reporterPhone) return r.reporterPhone;
    if (!canSeeReporterPhone(ctx.identity)) return maskPhone(r.reporterPhone);
    if (ctx.identity.kind === 'user') noteSensitiveRead('REPORTER_PHONE', 'GridReport', [r.id]);
    return r.reporterPhone;
  },
  reportedAt: (r) => r.createdAt,
  complexity: (r) => (r.complexity as 'SIMPLE' | 'GENERAL' | 'COMPLEX' | 'DIFFICULT' | null),
};

export const PatrolTask: PatrolTaskResolvers = {
  __resolveReference: (ref, ctx) => visiblePatrolTask(ctx, ref.id),
  grid: (t, _, ctx) => gridOf(ctx, t.gridId),
  overdue: (t, _, ctx) => isOverdue(t, ctx.now),
  completedLate: (t) => completedLate(t),
};

/** Each field re-checks the rule (the record was already filtered by it): nothing leaks through a new path. */
/** Every key person whose name, plan or category is served is audited (one entry per request). */
export const KeyPerson: KeyPersonResolvers = {
  name: (k, _, ctx) => {
    assertCanReadKeyPersons(ctx, k.regionCode);
    noteSensitiveRead('KEY_PERSON', 'KeyPerson', [k.id]);
    return k.name;
  },
  plan: (k, _, ctx) => {
    assertCanReadKeyPersons(ctx, k.regionCode);
    noteSensitiveRead('KEY_PERSON', 'KeyPerson', [k.id]);
    return k.plan;
  },
  category: (k, _, ctx) => {
    assertCanReadKeyPersons(ctx, k.regionCode);
    noteSensitiveRead('KEY_PERSON', 'KeyPerson', [k.id]);
    return k.category as KeyPersonCategory;
  },
  categoryLabel: (k) => KEY_PERSON_CATEGORIES[k.category as KeyPersonCategory] ?? k.category,
  grid: (k, _, ctx) => gridOf(ctx, k.gridId),
};
