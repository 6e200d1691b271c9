import type { Complexity, GridReportResolvers } from '../generated/resolvers-types';

export const GridReport: GridReportResolvers = {
  __resolveReference: (ref, { actor, services }) => services.reports.visible(actor, ref.id),
  grid: (r, _, { services }) => services.grids.required(r.gridId),
  case: (r) => (r.caseId ? { __typename: 'Case', id: r.caseId } : null),
  location: (r) => ({ type: 'Point', coordinates: [r.lng, r.lat] }),
  reporterPhone: (r, _, { actor, services }) => services.reports.reporterPhone(actor, r),
  reportedAt: (r) => r.createdAt,
  complexity: (r) => r.complexity as Complexity | null,
};
