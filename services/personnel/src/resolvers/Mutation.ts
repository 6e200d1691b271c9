import type { MutationResolvers } from '../generated/resolvers-types';
import { login } from '../application/login';
import { createUser, disableUser, enableUser, logout, resetPassword } from './auth';
import { createMediator, updateMediator } from './mediators';
import { bookAppointment, cancelAppointment } from './appointments';
import { recordEvaluation } from './evaluations';

export const Mutation: MutationResolvers = {
  login: (_, args, ctx) => login(ctx, args.username, args.password),
  logout: (_, args, ctx) => logout(ctx, args.allDevices ?? false),
  createUser: (_, args, ctx) => createUser(ctx, args.input),
  disableUser: (_, args, ctx) => disableUser(ctx, args.id),
  enableUser: (_, args, ctx) => enableUser(ctx, args.id),
  resetPassword: (_, args, ctx) => resetPassword(ctx, args.id, args.password),
  createMediator: (_, args, ctx) => createMediator(ctx, args.input),
  updateMediator: (_, args, ctx) => updateMediator(ctx, args.id, args.input),
  bookAppointment: (_, args, ctx) => bookAppointment(ctx, args.input),
  cancelAppointment: (_, args, ctx) => cancelAppointment(ctx, args.id, args.reason),
  recordEvaluation: (_, args, ctx) => recordEvaluation(ctx, args.input),
};
