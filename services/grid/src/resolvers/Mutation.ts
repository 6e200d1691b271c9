import type { MutationResolvers } from '../generated/resolvers-types';
import { addGridWorker, createGrid, updateGrid, updateGridWorker } from '../app/grids';
import { convertReportToCase, reportIssue, settleReportOnSite } from '../app/reports';
import { completePatrolTask, dispatchPatrolTask } from '../app/patrols';
import { addKeyPerson, updateKeyPerson } from '../app/key-persons';

/** Thin: every rule lives in app/ (use cases) and domain/ (pure rules). */
export const Mutation: MutationResolvers = {
  createGrid: (_, { input }, ctx) => createGrid(ctx, input),
  updateGrid: (_, { id, input }, ctx) => updateGrid(ctx, id, input),
  addGridWorker: (_, { input }, ctx) => addGridWorker(ctx, input),
  updateGridWorker: (_, { id, input }, ctx) => updateGridWorker(ctx, id, input),
  addKeyPerson: (_, { input }, ctx) => addKeyPerson(ctx, input),
  updateKeyPerson: (_, { id, input }, ctx) => updateKeyPerson(ctx, id, input),
  reportIssue: (_, { input }, ctx) => reportIssue(ctx, input),
  settleReportOnSite: (_, { id, note }, ctx) => settleReportOnSite(ctx, id, note),
  convertReportToCase: (_, { id, complexity }, ctx) => convertReportToCase(ctx, id, complexity),
  dispatchPatrolTask: (_, { input }, ctx) => dispatchPatrolTask(ctx, input),
  completePatrolTask: (_, { id, note }, ctx) => completePatrolTask(ctx, id, note),
};
