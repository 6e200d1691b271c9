import type { MutationResolvers } from '../generated/resolvers-types';
import { loginOnce } from '../context';

export const Mutation: MutationResolvers = {
  login: (_, args, ctx) => loginOnce(ctx, () => ctx.services.login.login(ctx, args.username, args.password)),
  logout: (_, args, ctx) => ctx.services.login.logout(ctx, args.allDevices ?? false),
  createUser: (_, args, ctx) => ctx.services.accounts.create(ctx, args.input),
  disableUser: (_, args, ctx) => ctx.services.accounts.disable(ctx, args.id),
  enableUser: (_, args, ctx) => ctx.services.accounts.enable(ctx, args.id),
  resetPassword: (_, args, ctx) => ctx.services.accounts.resetPassword(ctx, args.id, args.password),
  createMediator: (_, args, ctx) => ctx.services.mediators.create(ctx, args.input),
  updateMediator: (_, args, ctx) => ctx.services.mediators.update(ctx, args.id, args.input),
  bookAppointment: (_, args, ctx) => ctx.services.appointments.book(ctx, args.input),
  cancelAppointment: (_, args, ctx) => ctx.services.appointments.cancel(ctx, args.id, args.reason),
  recordEvaluation: (_, args, ctx) => ctx.services.evaluations.record(ctx, args.input),
  setStationing: (_, args, ctx) => ctx.services.rota.setStationing(ctx, args.input),
  setCenterWindow: (_, args, ctx) => ctx.services.rota.setWindow(ctx, args.input),
  planRota: (_, args, ctx) => ctx.services.rota.plan(ctx, args.input),
  removeRotaAssignment: (_, args, ctx) => ctx.services.rota.removeRota(ctx, args.id),
};
