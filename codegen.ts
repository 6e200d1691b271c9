/**
 * `npm run codegen`: resolver types generated from each subgraph's SDL (federation-aware), so a
 * resolver that drifts from its schema fails `tsc`; and the console's typed documents, generated
 * from the committed supergraph, so a renamed field fails `npm run check` instead of a user's
 * screen. The generated files are committed; the `codegen drift` test regenerates in memory and compares.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const SHARED = 'packages/common/src/graphql/shared.graphql';
const FEDERATION = 'packages/common/src/graphql/federation-directives.graphql';

/** Per service: the context type and the backing models (mappers) its resolvers return. */
const SERVICES: Record<string, { context: string; mappers?: Record<string, string> }> = {
  grid: {
    context: '../context#GridContext',
    mappers: {
      Region: '../store/entities/region.entity#RegionEntity',
      Grid: '../store/entities/grid.entity#GridEntity',
      GridBaseData: '../store/entities/grid.entity#GridEntity',
      GridLeader: '../resolvers/models#GridLeaderModel',
      GridWorker: '../store/entities/grid-worker.entity#GridWorkerEntity',
      BuildingHead: '../store/entities/building-head.entity#BuildingHeadEntity',
      KeyPerson: '../store/entities/key-person.entity#KeyPersonEntity',
      KeyPersonVisit: '../store/entities/key-person-visit.entity#KeyPersonVisitEntity',
      RiskWarning: '../resolvers/models#RiskWarningRefModel',
      KeyPersonRiskLink: '../store/entities/key-person-risk.entity#KeyPersonRiskEntity',
      GridReport: '../store/entities/grid-report.entity#GridReportEntity',
      PatrolTask: '../store/entities/patrol-task.entity#PatrolTaskEntity',
      GridConnection: '../resolvers/models#GridConnectionModel',
      KeyPersonConnection: '../resolvers/models#KeyPersonConnectionModel',
      GridReportConnection: '../resolvers/models#GridReportConnectionModel',
      PatrolTaskConnection: '../resolvers/models#PatrolTaskConnectionModel',
    },
  },
  personnel: {
    context: '../context#PersonnelContext',
    mappers: {
      User: '../store/entities/user.entity#UserEntity',
      Center: '../store/entities/center.entity#CenterEntity',
      Department: '../store/entities/department.entity#DepartmentEntity',
      Stationing: '../store/entities/stationing.entity#StationingEntity',
      Staff: '../store/entities/staff.entity#StaffEntity',
      Mediator: '../store/entities/mediator.entity#MediatorEntity',
      Appointment: '../store/entities/appointment.entity#AppointmentEntity',
      Evaluation: '../store/entities/evaluation.entity#EvaluationEntity',
      MediatorConnection: '../resolvers/models#MediatorConnectionModel',
      UserConnection: '../resolvers/models#UserConnectionModel',
      LoginAttempt: '../store/login-store#LoginAttemptRow',
      LoginAttemptConnection: '../resolvers/models#LoginAttemptConnectionModel',
      MediatorRecommendation: '../resolvers/models#MediatorRecommendationModel',
      TimeSlot: '../resolvers/models#TimeSlotModel',
      CenterWindow: '../store/entities/rota.entity#CenterWindowEntity',
      RotaAssignment: '../store/rota-store#RotaRow',
      DutyDepartment: '../service/rota-service#DutyModel',
    },
  },
  cases: {
    context: '../context#CasesContext',
    mappers: {
      Case: '../store/entities/case.entity#CaseEntity',
      Party: '../store/entities/party.entity#PartyEntity',
      Assignment: '../store/entities/assignment.entity#AssignmentEntity',
      CaseEvent: '../store/entities/case-event.entity#CaseEventEntity',
      Consultation: '../store/entities/consultation.entity#ConsultationEntity',
      MediationSession: '../store/entities/mediation-session.entity#MediationSessionEntity',
      JudicialConfirmation: '../store/entities/judicial-confirmation.entity#JudicialConfirmationEntity',
      MediationAgreement: '../resolvers/models#MediationAgreementModel',
      PossibleDuplicate: '../resolvers/models#PossibleDuplicateModel',
      StepVisit: '../store/entities/step-visit.entity#StepVisitEntity',
      StepTimes: '../resolvers/models#StepTimesModel',
      StepTime: '../domain/ladder#StepTimeSummary',
      LadderStep: '../domain/ladder#LadderStep as LadderStepModel',
      EscalationLadder: '../domain/ladder#Ladder',
      CaseConnection: '../resolvers/models#CaseConnectionModel',
      CaseEdge: '../resolvers/models#CaseEdgeModel',
      Mediator: '../resolvers/models#MediatorRef',
      ResolutionModeChange: '../domain/resolution-mode#ModeHistoryEntry',
      CountyPolicy: '../domain/policy-versions#CountyPolicyVersion',
      CenterMeeting: '../store/entities/center-meeting.entity#CenterMeetingEntity',
      CenterMeetingAgendaItem: '../resolvers/models#MeetingAgendaModel',
      CenterMeetingDecision: '../resolvers/models#MeetingDecisionModel',
      CenterMeetingConnection: '../resolvers/models#MeetingConnectionModel',
      CenterMeetingEdge: '../resolvers/models#MeetingEdgeModel',
    },
  },
  // DispatchEvent → the stored log row (issue 7, services/supervision/src/dispatch.graphql).
  supervision: {
    context: '../context#SupervisionContext',
    mappers: {
      Case: '../resolvers/models#CaseRef',
      CaseSupervision: '../domain/supervision-view#SupervisionView',
      SupervisionLetter: '../store/rows#LetterRow',
      FollowUp: '../store/rows#FollowUpRow',
      RiskWarning: '../store/rows#RiskHitRow',
      SensitiveRead: '../store/audit-store#SensitiveReadRow',
      Summons: '../store/accountability-store#SummonsRow',
      RegionStats: '../resolvers/models#RegionStatsModel',
      DispatchEvent: '@zz/events#StoredEvent',
    },
  },
};

/**
 * The console (console/src/gql/): client-preset over every `graphql(...)` document in console/src.
 * Codegen validates each document against the supergraph, so a document asking for a field the graph
 * no longer has fails `codegen --check`. Only the types operations use are emitted (the supergraph's
 * 3000 lines stay out of the bundle's types); fragments are masked so a component reads only what its
 * own colocated fragment asks for (`getFragmentData`).
 */
const CONSOLE: CodegenConfig['generates'] = {
  'console/src/gql/': {
    preset: 'client',
    schema: 'schema/supergraph.graphql',
    documents: ['console/src/**/*.{ts,tsx}', '!console/src/gql/**'],
    presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
    config: {
      scalars: { DateTime: 'string', Decimal: 'string', GeoJSON: 'unknown' },
      enumsAsTypes: true,
      onlyOperationTypes: true,
      useTypeImports: true,
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
    },
  },
};

/**
 * The vocabulary every subgraph shares (shared.graphql's enums) as types for @zz/common, whose runtime
 * lists (vocabulary.ts) the compiler holds to them: an enum value added to the SDL fails `tsc` there.
 */
const SHARED_VOCABULARY: CodegenConfig['generates'] = {
  'packages/common/src/generated/shared-enums.ts': {
    schema: [SHARED, FEDERATION],
    plugins: [{ add: { content: '/* eslint-disable */\n// Generated by `npm run codegen` from shared.graphql: do not edit.' } }, 'typescript'],
    config: { onlyEnums: true, enumsAsTypes: true },
  },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries([
    ...Object.entries(CONSOLE),
    ...Object.entries(SHARED_VOCABULARY),
    ...Object.entries(SERVICES).map(([name, s]) => [
      `services/${name}/src/generated/resolvers-types.ts`,
      {
        schema: [`services/${name}/src/**/*.graphql`, SHARED, FEDERATION],
        plugins: [{ add: { content: '/* eslint-disable */\n// Generated by `npm run codegen` from schema.graphql: do not edit.' } }, 'typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: true,
          contextType: s.context,
          mappers: s.mappers ?? {},
          scalars: { DateTime: 'Date | string', Decimal: 'string', GeoJSON: 'unknown', _Any: 'unknown', _FieldSet: 'string' },
          enumsAsTypes: true,
          avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
          maybeValue: 'T | null | undefined',
        },
      },
    ]),
  ]),
};

export default config;
