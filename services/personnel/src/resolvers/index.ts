import { DateTimeScalar, DecimalScalar, GeoJSONScalar } from '@zz/common';
import type { Resolvers } from '../generated/resolvers-types';
import { Query } from './Query';
import { Mutation } from './Mutation';
import { User, UserConnection } from './User';
import { Center } from './Center';
import { Department, Stationing } from './Department';
import { Staff } from './Staff';
import { Mediator, MediatorConnection } from './Mediator';
import { Appointment } from './Appointment';
import { Evaluation } from './Evaluation';
import { LoginAttempt, LoginAttemptConnection } from './LoginAttempt';
import { CenterWindow, DutyDepartment, RotaAssignment } from './Rota';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar, Decimal: DecimalScalar, GeoJSON: GeoJSONScalar,
  Query, Mutation, User, UserConnection, Center, Department, Stationing, Staff, Mediator, MediatorConnection, Appointment, Evaluation,
  LoginAttempt, LoginAttemptConnection, CenterWindow, RotaAssignment, DutyDepartment,
};
