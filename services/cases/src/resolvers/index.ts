import { DateTimeScalar, DecimalScalar, GeoJSONScalar } from '@zz/common';
import type { Resolvers } from '../generated/resolvers-types';
import { Case } from './Case';
import { Query } from './Query';
import { Mutation } from './Mutation';
import { Assignment, CaseConnection, CaseEvent, Consultation, EscalationLadder, Mediator, PossibleDuplicate, ResolutionModeChange, StepVisit } from './types';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar, Decimal: DecimalScalar, GeoJSON: GeoJSONScalar,
  Query, Mutation, Case, Assignment, CaseEvent, Consultation, PossibleDuplicate, StepVisit, EscalationLadder, CaseConnection, Mediator,
  ResolutionModeChange,
};
