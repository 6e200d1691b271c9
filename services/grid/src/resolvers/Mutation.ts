import type { MutationResolvers } from '../generated/resolvers-types';

/** Thin: every rule lives in service/ (use cases) and domain/ (pure rules). */
export const Mutation: MutationResolvers = {
  createGrid: (_, { input }, { actor, services }) => services.grids.create(actor, input),
  updateGrid: (_, { id, input }, { actor, services }) => services.grids.update(actor, id, input),
  addGridWorker: (_, { input }, { actor, services }) => services.staff.addWorker(actor, input),
  updateGridWorker: (_, { id, input }, { actor, services }) => services.staff.updateWorker(actor, id, input),
  addKeyPerson: (_, { input }, { actor, services }) => services.keyPersons.add(actor, input),
  updateKeyPerson: (_, { id, input }, { actor, services }) => services.keyPersons.update(actor, id, input),
  recordKeyPersonVisit: (_, { input }, { actor, services }) => services.keyPersons.recordVisit(actor, input),
  reportIssue: (_, { input }, { actor, services }) => services.reports.reportIssue(actor, input),
  settleReportOnSite: (_, { id, note }, { actor, services }) => services.reports.settleOnSite(actor, id, note),
  convertReportToCase: (_, { id, complexity }, { actor, services }) => services.reports.convertToCase(actor, id, complexity),
  dispatchPatrolTask: (_, { input }, { actor, services }) => services.patrols.dispatch(actor, input),
  completePatrolTask: (_, { id, note }, { actor, services }) => services.patrols.complete(actor, id, note),
};
