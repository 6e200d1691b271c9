/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query RegionChildren($parentId: ID!) {\n    regions(parentId: $parentId) {\n      id\n      name\n      level\n    }\n  }\n": typeof types.RegionChildrenDocument,
    "\n  query RegionPath($id: ID!) {\n    region(id: $id) {\n      id\n      path {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.RegionPathDocument,
    "\n  fragment CaseAssignments on Case {\n    assignments {\n      id\n      role\n      assignedAt\n      note\n      department {\n        id\n        name\n      }\n      mediator {\n        id\n        name\n        goldTeam\n        brand\n      }\n      assignedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CaseAssignmentsFragmentDoc,
    "\n  query CaseFileBookingSlots($mediatorId: ID!, $day: String!, $caseId: ID!) {\n    mediator(id: $mediatorId) {\n      id\n      bookedSlots(day: $day) {\n        startsAt\n        endsAt\n      }\n    }\n    case(id: $caseId) {\n      id\n      parties {\n        name\n        role\n        phone\n      }\n    }\n  }\n": typeof types.CaseFileBookingSlotsDocument,
    "\n  mutation CaseFileBook($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n    }\n  }\n": typeof types.CaseFileBookDocument,
    "\n  fragment CaseActionsState on Case {\n    id\n    status\n    allowedActions\n    complexity\n    complexityConfirmed\n    resolvedAt\n    supervision {\n      followUp {\n        at\n      }\n    }\n  }\n": typeof types.CaseActionsStateFragmentDoc,
    "\n  fragment CaseHeader on Case {\n    id\n    code\n    title\n    description\n    status\n    level\n    channel\n    type\n    complexity\n    complexityConfirmed\n    amountInDispute\n    receivedAt\n    acceptedAt\n    resolvedAt\n    closedAt\n    agreement\n    referralRoute\n    escalationCount\n    reopenCount\n    mediationFailed\n    version\n    ladderStep {\n      key\n      name\n    }\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      deadlineStarted\n      overdue\n      warning\n      riskLevel\n    }\n  }\n": typeof types.CaseHeaderFragmentDoc,
    "\n  fragment CaseConsultations on Case {\n    consultations {\n      id\n      topic\n      status\n      openedAt\n      departments {\n        id\n        name\n      }\n      convenedBy {\n        id\n        name\n      }\n      decision {\n        responsibilitySplit\n        plan\n        decidedAt\n      }\n    }\n  }\n": typeof types.CaseConsultationsFragmentDoc,
    "\n  fragment CaseDuplicates on Case {\n    possibleDuplicates {\n      daysApart\n      reasons\n      case {\n        id\n        code\n        title\n        status\n      }\n    }\n  }\n": typeof types.CaseDuplicatesFragmentDoc,
    "\n  fragment CaseLedger on Case {\n    history {\n      id\n      at\n      action\n      actionLabel\n      fromStatus\n      toStatus\n      note\n      version\n      actor {\n        id\n        displayName\n        roles\n      }\n    }\n    supervision {\n      followUp {\n        rating\n        comment\n        at\n      }\n      letters {\n        id\n        number\n        kindName\n        issuedAt\n        automatic\n        to {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CaseLedgerFragmentDoc,
    "\n  fragment CaseParties on Case {\n    parties {\n      name\n      role\n      phone\n      idNumber\n    }\n  }\n": typeof types.CasePartiesFragmentDoc,
    "\n  query CaseFileRecommendations($caseId: ID!) {\n    recommendMediators(caseId: $caseId, first: 5) {\n      score\n      reasons\n      mediator {\n        id\n        name\n        title\n        brand\n        goldTeam\n        bookable\n        available\n        activeCaseCount\n        specialties\n        languages\n        center {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CaseFileRecommendationsDocument,
    "\n  fragment CaseSupervisionPanel on Case {\n    id\n    code\n    title\n    status\n    handlingCenter {\n      id\n      name\n    }\n    region {\n      id\n      path {\n        id\n        name\n        level\n      }\n    }\n    supervision {\n      deadlineAt\n      deadlineStarted\n      startedAt\n      warningAt\n      state\n      overdue\n      warning\n      riskLevel\n      riskWarnings {\n        id\n        ruleName\n        level\n        reason\n        raisedAt\n      }\n      followUp {\n        rating\n        comment\n        at\n      }\n      letters {\n        id\n        number\n        kind\n        kindName\n        issuedAt\n        note\n        automatic\n        to {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CaseSupervisionPanelFragmentDoc,
    "\n  mutation CaseFileAccept($id: ID!, $complexity: Complexity!, $expectedVersion: Int) {\n    acceptCase(id: $id, complexity: $complexity, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": typeof types.CaseFileAcceptDocument,
    "\n  mutation CaseFileReject($id: ID!, $reason: String!, $routeToLevel: RegionLevel, $expectedVersion: Int) {\n    rejectCase(id: $id, reason: $reason, routeToLevel: $routeToLevel, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": typeof types.CaseFileRejectDocument,
    "\n  mutation CaseFileStartMediation($id: ID!, $expectedVersion: Int) {\n    startMediation(id: $id, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": typeof types.CaseFileStartMediationDocument,
    "\n  mutation CaseFileEscalate($id: ID!, $reason: String!, $expectedVersion: Int) {\n    escalateCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": typeof types.CaseFileEscalateDocument,
    "\n  mutation CaseFileRefer($id: ID!, $route: ReferralRoute!, $note: String, $expectedVersion: Int) {\n    referCase(id: $id, route: $route, note: $note, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": typeof types.CaseFileReferDocument,
    "\n  mutation CaseFileClose($id: ID!, $note: String, $expectedVersion: Int) {\n    closeCase(id: $id, note: $note, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": typeof types.CaseFileCloseDocument,
    "\n  mutation CaseFileReopen($id: ID!, $reason: String!, $expectedVersion: Int) {\n    reopenCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": typeof types.CaseFileReopenDocument,
    "\n  mutation CaseFileWithdraw($id: ID!, $reason: String, $expectedVersion: Int) {\n    withdrawCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": typeof types.CaseFileWithdrawDocument,
    "\n  mutation CaseFileFollowUp($caseId: ID!, $rating: Satisfaction!, $comment: String) {\n    recordFollowUp(caseId: $caseId, rating: $rating, comment: $comment) {\n      rating\n      comment\n      at\n    }\n  }\n": typeof types.CaseFileFollowUpDocument,
    "\n  mutation CaseFileIssueLetter($caseId: ID!, $kind: LetterKind!, $note: String) {\n    issueSupervisionLetter(caseId: $caseId, kind: $kind, note: $note) {\n      id\n      number\n    }\n  }\n": typeof types.CaseFileIssueLetterDocument,
    "\n  mutation CaseFileAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { id ...CaseFileFields }\n  }\n": typeof types.CaseFileAssignDocument,
    "\n  mutation CaseFileOutcome($input: MediationOutcomeInput!) {\n    recordMediationOutcome(input: $input) { id ...CaseFileFields }\n  }\n": typeof types.CaseFileOutcomeDocument,
    "\n  mutation CaseFileDecideConsultation($input: RecordConsultationDecisionInput!) {\n    recordConsultationDecision(input: $input) { id case { id ...CaseFileFields } }\n  }\n": typeof types.CaseFileDecideConsultationDocument,
    "\n  mutation CaseFileConsult($input: OpenConsultationInput!) {\n    openConsultation(input: $input) { id case { id ...CaseFileFields } }\n  }\n": typeof types.CaseFileConsultDocument,
    "\n  query CaseFileDepartments {\n    departments {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.CaseFileDepartmentsDocument,
    "\n  query CaseFileMediatorChoices($caseId: ID!) {\n    recommendMediators(caseId: $caseId, first: 5) {\n      score\n      mediator {\n        id\n        name\n        brand\n        goldTeam\n        activeCaseCount\n      }\n    }\n    mediators(first: 100, filter: { kind: MEDIATOR, available: true }) {\n      edges {\n        node {\n          id\n          name\n          brand\n          goldTeam\n          activeCaseCount\n          center {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseFileMediatorChoicesDocument,
    "\n  fragment CaseFileFields on Case {\n    id\n    version\n    ...CaseHeader\n    ...CaseActionsState\n    ...CaseParties\n    ...CaseAssignments\n    ...CaseConsultations\n    ...CaseDuplicates\n    ...CaseSupervisionPanel\n    ...CaseLedger\n  }\n": typeof types.CaseFileFieldsFragmentDoc,
    "\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      allowedActions\n      ...CaseFileFields\n    }\n  }\n": typeof types.CaseFileDocument,
    "\n  fragment CaseRow on Case {\n    id\n    code\n    title\n    type\n    status\n    level\n    receivedAt\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      overdue\n      warning\n    }\n  }\n": typeof types.CaseRowFragmentDoc,
    "\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseRow\n        }\n      }\n    }\n  }\n": typeof types.CaseListDocument,
    "\n  subscription BoardEvents($regionId: ID, $after: String) {\n    dispatchEvents(regionId: $regionId, after: $after) {\n      cursor\n      kind\n      occurredAt\n      region { id name }\n      case { id code title }\n      patrolTask { id title }\n      note\n    }\n  }\n": typeof types.BoardEventsDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        region {\n          id\n          code\n          name\n          level\n          parent {\n            id\n            name\n            level\n          }\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query RegionChildren($parentId: ID!) {\n    regions(parentId: $parentId) {\n      id\n      name\n      level\n    }\n  }\n": types.RegionChildrenDocument,
    "\n  query RegionPath($id: ID!) {\n    region(id: $id) {\n      id\n      path {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.RegionPathDocument,
    "\n  fragment CaseAssignments on Case {\n    assignments {\n      id\n      role\n      assignedAt\n      note\n      department {\n        id\n        name\n      }\n      mediator {\n        id\n        name\n        goldTeam\n        brand\n      }\n      assignedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.CaseAssignmentsFragmentDoc,
    "\n  query CaseFileBookingSlots($mediatorId: ID!, $day: String!, $caseId: ID!) {\n    mediator(id: $mediatorId) {\n      id\n      bookedSlots(day: $day) {\n        startsAt\n        endsAt\n      }\n    }\n    case(id: $caseId) {\n      id\n      parties {\n        name\n        role\n        phone\n      }\n    }\n  }\n": types.CaseFileBookingSlotsDocument,
    "\n  mutation CaseFileBook($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n    }\n  }\n": types.CaseFileBookDocument,
    "\n  fragment CaseActionsState on Case {\n    id\n    status\n    allowedActions\n    complexity\n    complexityConfirmed\n    resolvedAt\n    supervision {\n      followUp {\n        at\n      }\n    }\n  }\n": types.CaseActionsStateFragmentDoc,
    "\n  fragment CaseHeader on Case {\n    id\n    code\n    title\n    description\n    status\n    level\n    channel\n    type\n    complexity\n    complexityConfirmed\n    amountInDispute\n    receivedAt\n    acceptedAt\n    resolvedAt\n    closedAt\n    agreement\n    referralRoute\n    escalationCount\n    reopenCount\n    mediationFailed\n    version\n    ladderStep {\n      key\n      name\n    }\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      deadlineStarted\n      overdue\n      warning\n      riskLevel\n    }\n  }\n": types.CaseHeaderFragmentDoc,
    "\n  fragment CaseConsultations on Case {\n    consultations {\n      id\n      topic\n      status\n      openedAt\n      departments {\n        id\n        name\n      }\n      convenedBy {\n        id\n        name\n      }\n      decision {\n        responsibilitySplit\n        plan\n        decidedAt\n      }\n    }\n  }\n": types.CaseConsultationsFragmentDoc,
    "\n  fragment CaseDuplicates on Case {\n    possibleDuplicates {\n      daysApart\n      reasons\n      case {\n        id\n        code\n        title\n        status\n      }\n    }\n  }\n": types.CaseDuplicatesFragmentDoc,
    "\n  fragment CaseLedger on Case {\n    history {\n      id\n      at\n      action\n      actionLabel\n      fromStatus\n      toStatus\n      note\n      version\n      actor {\n        id\n        displayName\n        roles\n      }\n    }\n    supervision {\n      followUp {\n        rating\n        comment\n        at\n      }\n      letters {\n        id\n        number\n        kindName\n        issuedAt\n        automatic\n        to {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CaseLedgerFragmentDoc,
    "\n  fragment CaseParties on Case {\n    parties {\n      name\n      role\n      phone\n      idNumber\n    }\n  }\n": types.CasePartiesFragmentDoc,
    "\n  query CaseFileRecommendations($caseId: ID!) {\n    recommendMediators(caseId: $caseId, first: 5) {\n      score\n      reasons\n      mediator {\n        id\n        name\n        title\n        brand\n        goldTeam\n        bookable\n        available\n        activeCaseCount\n        specialties\n        languages\n        center {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CaseFileRecommendationsDocument,
    "\n  fragment CaseSupervisionPanel on Case {\n    id\n    code\n    title\n    status\n    handlingCenter {\n      id\n      name\n    }\n    region {\n      id\n      path {\n        id\n        name\n        level\n      }\n    }\n    supervision {\n      deadlineAt\n      deadlineStarted\n      startedAt\n      warningAt\n      state\n      overdue\n      warning\n      riskLevel\n      riskWarnings {\n        id\n        ruleName\n        level\n        reason\n        raisedAt\n      }\n      followUp {\n        rating\n        comment\n        at\n      }\n      letters {\n        id\n        number\n        kind\n        kindName\n        issuedAt\n        note\n        automatic\n        to {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CaseSupervisionPanelFragmentDoc,
    "\n  mutation CaseFileAccept($id: ID!, $complexity: Complexity!, $expectedVersion: Int) {\n    acceptCase(id: $id, complexity: $complexity, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": types.CaseFileAcceptDocument,
    "\n  mutation CaseFileReject($id: ID!, $reason: String!, $routeToLevel: RegionLevel, $expectedVersion: Int) {\n    rejectCase(id: $id, reason: $reason, routeToLevel: $routeToLevel, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": types.CaseFileRejectDocument,
    "\n  mutation CaseFileStartMediation($id: ID!, $expectedVersion: Int) {\n    startMediation(id: $id, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": types.CaseFileStartMediationDocument,
    "\n  mutation CaseFileEscalate($id: ID!, $reason: String!, $expectedVersion: Int) {\n    escalateCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": types.CaseFileEscalateDocument,
    "\n  mutation CaseFileRefer($id: ID!, $route: ReferralRoute!, $note: String, $expectedVersion: Int) {\n    referCase(id: $id, route: $route, note: $note, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": types.CaseFileReferDocument,
    "\n  mutation CaseFileClose($id: ID!, $note: String, $expectedVersion: Int) {\n    closeCase(id: $id, note: $note, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": types.CaseFileCloseDocument,
    "\n  mutation CaseFileReopen($id: ID!, $reason: String!, $expectedVersion: Int) {\n    reopenCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": types.CaseFileReopenDocument,
    "\n  mutation CaseFileWithdraw($id: ID!, $reason: String, $expectedVersion: Int) {\n    withdrawCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n": types.CaseFileWithdrawDocument,
    "\n  mutation CaseFileFollowUp($caseId: ID!, $rating: Satisfaction!, $comment: String) {\n    recordFollowUp(caseId: $caseId, rating: $rating, comment: $comment) {\n      rating\n      comment\n      at\n    }\n  }\n": types.CaseFileFollowUpDocument,
    "\n  mutation CaseFileIssueLetter($caseId: ID!, $kind: LetterKind!, $note: String) {\n    issueSupervisionLetter(caseId: $caseId, kind: $kind, note: $note) {\n      id\n      number\n    }\n  }\n": types.CaseFileIssueLetterDocument,
    "\n  mutation CaseFileAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { id ...CaseFileFields }\n  }\n": types.CaseFileAssignDocument,
    "\n  mutation CaseFileOutcome($input: MediationOutcomeInput!) {\n    recordMediationOutcome(input: $input) { id ...CaseFileFields }\n  }\n": types.CaseFileOutcomeDocument,
    "\n  mutation CaseFileDecideConsultation($input: RecordConsultationDecisionInput!) {\n    recordConsultationDecision(input: $input) { id case { id ...CaseFileFields } }\n  }\n": types.CaseFileDecideConsultationDocument,
    "\n  mutation CaseFileConsult($input: OpenConsultationInput!) {\n    openConsultation(input: $input) { id case { id ...CaseFileFields } }\n  }\n": types.CaseFileConsultDocument,
    "\n  query CaseFileDepartments {\n    departments {\n      id\n      name\n      kind\n    }\n  }\n": types.CaseFileDepartmentsDocument,
    "\n  query CaseFileMediatorChoices($caseId: ID!) {\n    recommendMediators(caseId: $caseId, first: 5) {\n      score\n      mediator {\n        id\n        name\n        brand\n        goldTeam\n        activeCaseCount\n      }\n    }\n    mediators(first: 100, filter: { kind: MEDIATOR, available: true }) {\n      edges {\n        node {\n          id\n          name\n          brand\n          goldTeam\n          activeCaseCount\n          center {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CaseFileMediatorChoicesDocument,
    "\n  fragment CaseFileFields on Case {\n    id\n    version\n    ...CaseHeader\n    ...CaseActionsState\n    ...CaseParties\n    ...CaseAssignments\n    ...CaseConsultations\n    ...CaseDuplicates\n    ...CaseSupervisionPanel\n    ...CaseLedger\n  }\n": types.CaseFileFieldsFragmentDoc,
    "\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      allowedActions\n      ...CaseFileFields\n    }\n  }\n": types.CaseFileDocument,
    "\n  fragment CaseRow on Case {\n    id\n    code\n    title\n    type\n    status\n    level\n    receivedAt\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      overdue\n      warning\n    }\n  }\n": types.CaseRowFragmentDoc,
    "\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseRow\n        }\n      }\n    }\n  }\n": types.CaseListDocument,
    "\n  subscription BoardEvents($regionId: ID, $after: String) {\n    dispatchEvents(regionId: $regionId, after: $after) {\n      cursor\n      kind\n      occurredAt\n      region { id name }\n      case { id code title }\n      patrolTask { id title }\n      note\n    }\n  }\n": types.BoardEventsDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        region {\n          id\n          code\n          name\n          level\n          parent {\n            id\n            name\n            level\n          }\n        }\n      }\n    }\n  }\n": types.LoginDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionChildren($parentId: ID!) {\n    regions(parentId: $parentId) {\n      id\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  query RegionChildren($parentId: ID!) {\n    regions(parentId: $parentId) {\n      id\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPath($id: ID!) {\n    region(id: $id) {\n      id\n      path {\n        id\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionPath($id: ID!) {\n    region(id: $id) {\n      id\n      path {\n        id\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseAssignments on Case {\n    assignments {\n      id\n      role\n      assignedAt\n      note\n      department {\n        id\n        name\n      }\n      mediator {\n        id\n        name\n        goldTeam\n        brand\n      }\n      assignedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseAssignments on Case {\n    assignments {\n      id\n      role\n      assignedAt\n      note\n      department {\n        id\n        name\n      }\n      mediator {\n        id\n        name\n        goldTeam\n        brand\n      }\n      assignedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFileBookingSlots($mediatorId: ID!, $day: String!, $caseId: ID!) {\n    mediator(id: $mediatorId) {\n      id\n      bookedSlots(day: $day) {\n        startsAt\n        endsAt\n      }\n    }\n    case(id: $caseId) {\n      id\n      parties {\n        name\n        role\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseFileBookingSlots($mediatorId: ID!, $day: String!, $caseId: ID!) {\n    mediator(id: $mediatorId) {\n      id\n      bookedSlots(day: $day) {\n        startsAt\n        endsAt\n      }\n    }\n    case(id: $caseId) {\n      id\n      parties {\n        name\n        role\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileBook($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CaseFileBook($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      id\n      startsAt\n      endsAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseActionsState on Case {\n    id\n    status\n    allowedActions\n    complexity\n    complexityConfirmed\n    resolvedAt\n    supervision {\n      followUp {\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseActionsState on Case {\n    id\n    status\n    allowedActions\n    complexity\n    complexityConfirmed\n    resolvedAt\n    supervision {\n      followUp {\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseHeader on Case {\n    id\n    code\n    title\n    description\n    status\n    level\n    channel\n    type\n    complexity\n    complexityConfirmed\n    amountInDispute\n    receivedAt\n    acceptedAt\n    resolvedAt\n    closedAt\n    agreement\n    referralRoute\n    escalationCount\n    reopenCount\n    mediationFailed\n    version\n    ladderStep {\n      key\n      name\n    }\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      deadlineStarted\n      overdue\n      warning\n      riskLevel\n    }\n  }\n"): (typeof documents)["\n  fragment CaseHeader on Case {\n    id\n    code\n    title\n    description\n    status\n    level\n    channel\n    type\n    complexity\n    complexityConfirmed\n    amountInDispute\n    receivedAt\n    acceptedAt\n    resolvedAt\n    closedAt\n    agreement\n    referralRoute\n    escalationCount\n    reopenCount\n    mediationFailed\n    version\n    ladderStep {\n      key\n      name\n    }\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      deadlineStarted\n      overdue\n      warning\n      riskLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseConsultations on Case {\n    consultations {\n      id\n      topic\n      status\n      openedAt\n      departments {\n        id\n        name\n      }\n      convenedBy {\n        id\n        name\n      }\n      decision {\n        responsibilitySplit\n        plan\n        decidedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseConsultations on Case {\n    consultations {\n      id\n      topic\n      status\n      openedAt\n      departments {\n        id\n        name\n      }\n      convenedBy {\n        id\n        name\n      }\n      decision {\n        responsibilitySplit\n        plan\n        decidedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDuplicates on Case {\n    possibleDuplicates {\n      daysApart\n      reasons\n      case {\n        id\n        code\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDuplicates on Case {\n    possibleDuplicates {\n      daysApart\n      reasons\n      case {\n        id\n        code\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseLedger on Case {\n    history {\n      id\n      at\n      action\n      actionLabel\n      fromStatus\n      toStatus\n      note\n      version\n      actor {\n        id\n        displayName\n        roles\n      }\n    }\n    supervision {\n      followUp {\n        rating\n        comment\n        at\n      }\n      letters {\n        id\n        number\n        kindName\n        issuedAt\n        automatic\n        to {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseLedger on Case {\n    history {\n      id\n      at\n      action\n      actionLabel\n      fromStatus\n      toStatus\n      note\n      version\n      actor {\n        id\n        displayName\n        roles\n      }\n    }\n    supervision {\n      followUp {\n        rating\n        comment\n        at\n      }\n      letters {\n        id\n        number\n        kindName\n        issuedAt\n        automatic\n        to {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseParties on Case {\n    parties {\n      name\n      role\n      phone\n      idNumber\n    }\n  }\n"): (typeof documents)["\n  fragment CaseParties on Case {\n    parties {\n      name\n      role\n      phone\n      idNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFileRecommendations($caseId: ID!) {\n    recommendMediators(caseId: $caseId, first: 5) {\n      score\n      reasons\n      mediator {\n        id\n        name\n        title\n        brand\n        goldTeam\n        bookable\n        available\n        activeCaseCount\n        specialties\n        languages\n        center {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseFileRecommendations($caseId: ID!) {\n    recommendMediators(caseId: $caseId, first: 5) {\n      score\n      reasons\n      mediator {\n        id\n        name\n        title\n        brand\n        goldTeam\n        bookable\n        available\n        activeCaseCount\n        specialties\n        languages\n        center {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseSupervisionPanel on Case {\n    id\n    code\n    title\n    status\n    handlingCenter {\n      id\n      name\n    }\n    region {\n      id\n      path {\n        id\n        name\n        level\n      }\n    }\n    supervision {\n      deadlineAt\n      deadlineStarted\n      startedAt\n      warningAt\n      state\n      overdue\n      warning\n      riskLevel\n      riskWarnings {\n        id\n        ruleName\n        level\n        reason\n        raisedAt\n      }\n      followUp {\n        rating\n        comment\n        at\n      }\n      letters {\n        id\n        number\n        kind\n        kindName\n        issuedAt\n        note\n        automatic\n        to {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseSupervisionPanel on Case {\n    id\n    code\n    title\n    status\n    handlingCenter {\n      id\n      name\n    }\n    region {\n      id\n      path {\n        id\n        name\n        level\n      }\n    }\n    supervision {\n      deadlineAt\n      deadlineStarted\n      startedAt\n      warningAt\n      state\n      overdue\n      warning\n      riskLevel\n      riskWarnings {\n        id\n        ruleName\n        level\n        reason\n        raisedAt\n      }\n      followUp {\n        rating\n        comment\n        at\n      }\n      letters {\n        id\n        number\n        kind\n        kindName\n        issuedAt\n        note\n        automatic\n        to {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileAccept($id: ID!, $complexity: Complexity!, $expectedVersion: Int) {\n    acceptCase(id: $id, complexity: $complexity, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"): (typeof documents)["\n  mutation CaseFileAccept($id: ID!, $complexity: Complexity!, $expectedVersion: Int) {\n    acceptCase(id: $id, complexity: $complexity, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileReject($id: ID!, $reason: String!, $routeToLevel: RegionLevel, $expectedVersion: Int) {\n    rejectCase(id: $id, reason: $reason, routeToLevel: $routeToLevel, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"): (typeof documents)["\n  mutation CaseFileReject($id: ID!, $reason: String!, $routeToLevel: RegionLevel, $expectedVersion: Int) {\n    rejectCase(id: $id, reason: $reason, routeToLevel: $routeToLevel, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileStartMediation($id: ID!, $expectedVersion: Int) {\n    startMediation(id: $id, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"): (typeof documents)["\n  mutation CaseFileStartMediation($id: ID!, $expectedVersion: Int) {\n    startMediation(id: $id, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileEscalate($id: ID!, $reason: String!, $expectedVersion: Int) {\n    escalateCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"): (typeof documents)["\n  mutation CaseFileEscalate($id: ID!, $reason: String!, $expectedVersion: Int) {\n    escalateCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileRefer($id: ID!, $route: ReferralRoute!, $note: String, $expectedVersion: Int) {\n    referCase(id: $id, route: $route, note: $note, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"): (typeof documents)["\n  mutation CaseFileRefer($id: ID!, $route: ReferralRoute!, $note: String, $expectedVersion: Int) {\n    referCase(id: $id, route: $route, note: $note, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileClose($id: ID!, $note: String, $expectedVersion: Int) {\n    closeCase(id: $id, note: $note, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"): (typeof documents)["\n  mutation CaseFileClose($id: ID!, $note: String, $expectedVersion: Int) {\n    closeCase(id: $id, note: $note, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileReopen($id: ID!, $reason: String!, $expectedVersion: Int) {\n    reopenCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"): (typeof documents)["\n  mutation CaseFileReopen($id: ID!, $reason: String!, $expectedVersion: Int) {\n    reopenCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileWithdraw($id: ID!, $reason: String, $expectedVersion: Int) {\n    withdrawCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"): (typeof documents)["\n  mutation CaseFileWithdraw($id: ID!, $reason: String, $expectedVersion: Int) {\n    withdrawCase(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id ...CaseFileFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileFollowUp($caseId: ID!, $rating: Satisfaction!, $comment: String) {\n    recordFollowUp(caseId: $caseId, rating: $rating, comment: $comment) {\n      rating\n      comment\n      at\n    }\n  }\n"): (typeof documents)["\n  mutation CaseFileFollowUp($caseId: ID!, $rating: Satisfaction!, $comment: String) {\n    recordFollowUp(caseId: $caseId, rating: $rating, comment: $comment) {\n      rating\n      comment\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileIssueLetter($caseId: ID!, $kind: LetterKind!, $note: String) {\n    issueSupervisionLetter(caseId: $caseId, kind: $kind, note: $note) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation CaseFileIssueLetter($caseId: ID!, $kind: LetterKind!, $note: String) {\n    issueSupervisionLetter(caseId: $caseId, kind: $kind, note: $note) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { id ...CaseFileFields }\n  }\n"): (typeof documents)["\n  mutation CaseFileAssign($input: AssignCaseInput!) {\n    assignCase(input: $input) { id ...CaseFileFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileOutcome($input: MediationOutcomeInput!) {\n    recordMediationOutcome(input: $input) { id ...CaseFileFields }\n  }\n"): (typeof documents)["\n  mutation CaseFileOutcome($input: MediationOutcomeInput!) {\n    recordMediationOutcome(input: $input) { id ...CaseFileFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileDecideConsultation($input: RecordConsultationDecisionInput!) {\n    recordConsultationDecision(input: $input) { id case { id ...CaseFileFields } }\n  }\n"): (typeof documents)["\n  mutation CaseFileDecideConsultation($input: RecordConsultationDecisionInput!) {\n    recordConsultationDecision(input: $input) { id case { id ...CaseFileFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseFileConsult($input: OpenConsultationInput!) {\n    openConsultation(input: $input) { id case { id ...CaseFileFields } }\n  }\n"): (typeof documents)["\n  mutation CaseFileConsult($input: OpenConsultationInput!) {\n    openConsultation(input: $input) { id case { id ...CaseFileFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFileDepartments {\n    departments {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query CaseFileDepartments {\n    departments {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFileMediatorChoices($caseId: ID!) {\n    recommendMediators(caseId: $caseId, first: 5) {\n      score\n      mediator {\n        id\n        name\n        brand\n        goldTeam\n        activeCaseCount\n      }\n    }\n    mediators(first: 100, filter: { kind: MEDIATOR, available: true }) {\n      edges {\n        node {\n          id\n          name\n          brand\n          goldTeam\n          activeCaseCount\n          center {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseFileMediatorChoices($caseId: ID!) {\n    recommendMediators(caseId: $caseId, first: 5) {\n      score\n      mediator {\n        id\n        name\n        brand\n        goldTeam\n        activeCaseCount\n      }\n    }\n    mediators(first: 100, filter: { kind: MEDIATOR, available: true }) {\n      edges {\n        node {\n          id\n          name\n          brand\n          goldTeam\n          activeCaseCount\n          center {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFileFields on Case {\n    id\n    version\n    ...CaseHeader\n    ...CaseActionsState\n    ...CaseParties\n    ...CaseAssignments\n    ...CaseConsultations\n    ...CaseDuplicates\n    ...CaseSupervisionPanel\n    ...CaseLedger\n  }\n"): (typeof documents)["\n  fragment CaseFileFields on Case {\n    id\n    version\n    ...CaseHeader\n    ...CaseActionsState\n    ...CaseParties\n    ...CaseAssignments\n    ...CaseConsultations\n    ...CaseDuplicates\n    ...CaseSupervisionPanel\n    ...CaseLedger\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      allowedActions\n      ...CaseFileFields\n    }\n  }\n"): (typeof documents)["\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      allowedActions\n      ...CaseFileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRow on Case {\n    id\n    code\n    title\n    type\n    status\n    level\n    receivedAt\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      overdue\n      warning\n    }\n  }\n"): (typeof documents)["\n  fragment CaseRow on Case {\n    id\n    code\n    title\n    type\n    status\n    level\n    receivedAt\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      overdue\n      warning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardEvents($regionId: ID, $after: String) {\n    dispatchEvents(regionId: $regionId, after: $after) {\n      cursor\n      kind\n      occurredAt\n      region { id name }\n      case { id code title }\n      patrolTask { id title }\n      note\n    }\n  }\n"): (typeof documents)["\n  subscription BoardEvents($regionId: ID, $after: String) {\n    dispatchEvents(regionId: $regionId, after: $after) {\n      cursor\n      kind\n      occurredAt\n      region { id name }\n      case { id code title }\n      patrolTask { id title }\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        region {\n          id\n          code\n          name\n          level\n          parent {\n            id\n            name\n            level\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        region {\n          id\n          code\n          name\n          level\n          parent {\n            id\n            name\n            level\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;