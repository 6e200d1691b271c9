import type { QueryResolvers } from '../generated/resolvers-types';

export const Query: QueryResolvers = {
  me: (_, __, ctx) => ctx.services.accounts.me(ctx),
  users: (_, args, ctx) => ctx.services.accounts.list(ctx, args),
  user: (_, args, ctx) => ctx.services.accounts.user(ctx, args.id),
  leadersOf: (_, args, ctx) => ctx.services.accounts.leadersOf(ctx, args.regionId),
  loginAttempts: (_, args, ctx) => ctx.services.login.attempts(ctx, args),

  centers: (_, args, ctx) => ctx.services.organisation.centers(ctx, args.level),
  center: (_, args, ctx) => ctx.services.organisation.center(ctx, args.id),
  centerFor: (_, args, ctx) => ctx.services.organisation.centerFor(ctx, args.regionCode, args.level),
  departments: (_, __, ctx) => ctx.services.organisation.departments(ctx),
  department: (_, args, ctx) => ctx.services.organisation.department(ctx, args.id),
  departmentsByIds: (_, args, ctx) => ctx.services.organisation.departmentsByIds(ctx, args.ids),
  staff: (_, args, ctx) => ctx.services.organisation.staff(ctx, args.id),

  mediators: (_, args, ctx) => ctx.services.mediators.list(ctx, args),
  mediator: (_, args, ctx) => ctx.services.mediators.mediator(ctx, args.id),
  goldTeam: (_, __, ctx) => ctx.services.mediators.goldTeam(ctx),
  experts: (_, args, ctx) => ctx.services.mediators.experts(ctx, args.kind),
  recommendMediators: (_, args, ctx) => ctx.services.matching.recommend(ctx, args),
  recommendMediatorTeam: (_, args, ctx) => ctx.services.matching.recommendTeam(ctx, args),

  appointment: (_, args, ctx) => ctx.services.appointments.appointment(ctx, args.id),
  appointments: (_, args, ctx) => ctx.services.appointments.forDay(ctx, args.day, args.mediatorId),

  evaluations: (_, args, ctx) => ctx.services.evaluations.forQuarter(ctx, args.centerId, args.year, args.quarter),
  departmentsOnDuty: (_, args, ctx) => ctx.services.rota.departmentsOnDuty(ctx, args.regionId, args.day),
};
