import { DateTimeScalar, DecimalScalar, GeoJSONScalar } from '@zz/common';
import type { Resolvers } from '../generated/resolvers-types';
import { Case } from './Case';
import { Query } from './Query';
import { Mutation } from './Mutation';
import { CenterMeeting, CenterMeetingAgendaItem, CenterMeetingConnection, CenterMeetingDecision } from './meetings';
import { Assignment, CaseConnection, CountyPolicy, CaseEvent, Consultation, EscalationLadder, JudicialConfirmation, MediationAgreement, MediationSession, Mediator, PossibleDuplicate, ResolutionModeChange, StepVisit } from './types';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar, Decimal: DecimalScalar, GeoJSON: GeoJSONScalar,
  Query, Mutation, Case, Assignment, CaseEvent, Consultation, MediationSession, MediationAgreement, JudicialConfirmation, PossibleDuplicate, StepVisit, EscalationLadder, CaseConnection, Mediator,
  ResolutionModeChange, CountyPolicy, CenterMeeting, CenterMeetingAgendaItem, CenterMeetingDecision, CenterMeetingConnection,
};
