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
    "\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      id\n      code\n      title\n      status\n    }\n  }\n": typeof types.CaseFileDocument,
    "\n  fragment CaseRow on Case {\n    id\n    code\n    title\n    type\n    status\n    level\n    receivedAt\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      overdue\n      warning\n    }\n  }\n": typeof types.CaseRowFragmentDoc,
    "\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseRow\n        }\n      }\n    }\n  }\n": typeof types.CaseListDocument,
    "\n  subscription BoardEvents($regionId: ID, $after: String) {\n    dispatchEvents(regionId: $regionId, after: $after) {\n      cursor\n      kind\n      occurredAt\n      region { id name }\n      case { id code title }\n      patrolTask { id title }\n      note\n    }\n  }\n": typeof types.BoardEventsDocument,
    "\n  fragment DuplicateCandidate on PossibleDuplicate {\n    daysApart\n    reasons\n    case {\n      id\n      code\n      title\n      status\n      receivedAt\n    }\n  }\n": typeof types.DuplicateCandidateFragmentDoc,
    "\n  query IntakeDuplicates($input: IntakeDuplicatesInput!) {\n    intakeDuplicates(input: $input) {\n      ...DuplicateCandidate\n    }\n  }\n": typeof types.IntakeDuplicatesDocument,
    "\n  mutation IntakeCase($input: IntakeCaseInput!) {\n    intakeCase(input: $input) {\n      id\n      code\n      possibleDuplicates {\n        daysApart\n      }\n    }\n  }\n": typeof types.IntakeCaseDocument,
    "\n  query IntakeNotice($id: ID!) {\n    case(id: $id) {\n      id\n      code\n      title\n      channel\n      type\n      complexity\n      complexityConfirmed\n      receivedAt\n      amountInDispute\n      region {\n        id\n        path {\n          id\n          name\n        }\n      }\n      handlingCenter {\n        id\n        name\n      }\n      parties {\n        name\n        role\n        phone\n        idNumber\n      }\n      history {\n        action\n        actor {\n          id\n          displayName\n        }\n      }\n      supervision {\n        deadlineAt\n        deadlineStarted\n      }\n    }\n  }\n": typeof types.IntakeNoticeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        region {\n          id\n          code\n          name\n          level\n          parent {\n            id\n            name\n            level\n          }\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment StatsBreakdowns on Stats {\n    byRegion {\n      code\n      own\n      region {\n        id\n        name\n      }\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n      overdue\n      satisfactionRate\n    }\n    byType {\n      type\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n    }\n    byChannel {\n      channel\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n    }\n    byDepartment {\n      department {\n        id\n        name\n      }\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n    }\n  }\n": typeof types.StatsBreakdownsFragmentDoc,
    "\n  fragment StatsFigures on Stats {\n    received\n    resolved\n    resolutionRate\n    closed\n    closureRate\n    overdue\n    rated\n    satisfactionRate\n  }\n": typeof types.StatsFiguresFragmentDoc,
    "\n  fragment StatsLevels on Stats {\n    resolved\n    byLevel {\n      level\n      count\n      share\n    }\n  }\n": typeof types.StatsLevelsFragmentDoc,
    "\n  fragment StatsTrend on Stats {\n    byMonth {\n      month\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n      overdue\n      satisfactionRate\n    }\n  }\n": typeof types.StatsTrendFragmentDoc,
    "\n  query Statistics($regionId: ID!, $from: DateTime!, $to: DateTime!) {\n    region(id: $regionId) {\n      id\n      name\n    }\n    stats(regionId: $regionId, from: $from, to: $to) {\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n      overdue\n      satisfactionRate\n      ...StatsFigures\n      ...StatsLevels\n      ...StatsTrend\n      ...StatsBreakdowns\n    }\n  }\n": typeof types.StatisticsDocument,
    "\n  query Accountability($regionId: ID!, $year: Int!) {\n    accountability(regionId: $regionId, year: $year) {\n      department {\n        id\n        name\n      }\n      year\n      followUps\n      unsatisfied\n      summoned\n      barred\n      status\n    }\n  }\n": typeof types.AccountabilityDocument,
    "\n  fragment SupervisedCase on Case {\n    id\n    code\n    title\n    type\n    status\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      overdue\n      warning\n      overdueNotifiedAt\n    }\n  }\n": typeof types.SupervisedCaseFragmentDoc,
    "\n  query OverdueCases($regionId: ID!, $first: Int, $after: String) {\n    overdueCases(regionId: $regionId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...SupervisedCase\n        }\n      }\n    }\n  }\n": typeof types.OverdueCasesDocument,
    "\n  query WarningCases($regionId: ID!, $first: Int, $after: String) {\n    warningCases(regionId: $regionId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...SupervisedCase\n        }\n      }\n    }\n  }\n": typeof types.WarningCasesDocument,
    "\n  query SupervisionLetters($regionId: ID!, $kind: LetterKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    supervisionLetters(regionId: $regionId, kind: $kind, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          kind\n          kindName\n          issuedAt\n          automatic\n          note\n          to {\n            id\n            name\n          }\n          case {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupervisionLettersDocument,
    "\n  query RiskWarnings($regionId: ID!, $level: RiskLevel, $first: Int, $after: String) {\n    riskWarnings(regionId: $regionId, level: $level, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          level\n          rule\n          ruleName\n          reason\n          raisedAt\n          letter {\n            id\n            number\n          }\n          case {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.RiskWarningsDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query RegionChildren($parentId: ID!) {\n    regions(parentId: $parentId) {\n      id\n      name\n      level\n    }\n  }\n": types.RegionChildrenDocument,
    "\n  query RegionPath($id: ID!) {\n    region(id: $id) {\n      id\n      path {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.RegionPathDocument,
    "\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      id\n      code\n      title\n      status\n    }\n  }\n": types.CaseFileDocument,
    "\n  fragment CaseRow on Case {\n    id\n    code\n    title\n    type\n    status\n    level\n    receivedAt\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      overdue\n      warning\n    }\n  }\n": types.CaseRowFragmentDoc,
    "\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseRow\n        }\n      }\n    }\n  }\n": types.CaseListDocument,
    "\n  subscription BoardEvents($regionId: ID, $after: String) {\n    dispatchEvents(regionId: $regionId, after: $after) {\n      cursor\n      kind\n      occurredAt\n      region { id name }\n      case { id code title }\n      patrolTask { id title }\n      note\n    }\n  }\n": types.BoardEventsDocument,
    "\n  fragment DuplicateCandidate on PossibleDuplicate {\n    daysApart\n    reasons\n    case {\n      id\n      code\n      title\n      status\n      receivedAt\n    }\n  }\n": types.DuplicateCandidateFragmentDoc,
    "\n  query IntakeDuplicates($input: IntakeDuplicatesInput!) {\n    intakeDuplicates(input: $input) {\n      ...DuplicateCandidate\n    }\n  }\n": types.IntakeDuplicatesDocument,
    "\n  mutation IntakeCase($input: IntakeCaseInput!) {\n    intakeCase(input: $input) {\n      id\n      code\n      possibleDuplicates {\n        daysApart\n      }\n    }\n  }\n": types.IntakeCaseDocument,
    "\n  query IntakeNotice($id: ID!) {\n    case(id: $id) {\n      id\n      code\n      title\n      channel\n      type\n      complexity\n      complexityConfirmed\n      receivedAt\n      amountInDispute\n      region {\n        id\n        path {\n          id\n          name\n        }\n      }\n      handlingCenter {\n        id\n        name\n      }\n      parties {\n        name\n        role\n        phone\n        idNumber\n      }\n      history {\n        action\n        actor {\n          id\n          displayName\n        }\n      }\n      supervision {\n        deadlineAt\n        deadlineStarted\n      }\n    }\n  }\n": types.IntakeNoticeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        region {\n          id\n          code\n          name\n          level\n          parent {\n            id\n            name\n            level\n          }\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  fragment StatsBreakdowns on Stats {\n    byRegion {\n      code\n      own\n      region {\n        id\n        name\n      }\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n      overdue\n      satisfactionRate\n    }\n    byType {\n      type\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n    }\n    byChannel {\n      channel\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n    }\n    byDepartment {\n      department {\n        id\n        name\n      }\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n    }\n  }\n": types.StatsBreakdownsFragmentDoc,
    "\n  fragment StatsFigures on Stats {\n    received\n    resolved\n    resolutionRate\n    closed\n    closureRate\n    overdue\n    rated\n    satisfactionRate\n  }\n": types.StatsFiguresFragmentDoc,
    "\n  fragment StatsLevels on Stats {\n    resolved\n    byLevel {\n      level\n      count\n      share\n    }\n  }\n": types.StatsLevelsFragmentDoc,
    "\n  fragment StatsTrend on Stats {\n    byMonth {\n      month\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n      overdue\n      satisfactionRate\n    }\n  }\n": types.StatsTrendFragmentDoc,
    "\n  query Statistics($regionId: ID!, $from: DateTime!, $to: DateTime!) {\n    region(id: $regionId) {\n      id\n      name\n    }\n    stats(regionId: $regionId, from: $from, to: $to) {\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n      overdue\n      satisfactionRate\n      ...StatsFigures\n      ...StatsLevels\n      ...StatsTrend\n      ...StatsBreakdowns\n    }\n  }\n": types.StatisticsDocument,
    "\n  query Accountability($regionId: ID!, $year: Int!) {\n    accountability(regionId: $regionId, year: $year) {\n      department {\n        id\n        name\n      }\n      year\n      followUps\n      unsatisfied\n      summoned\n      barred\n      status\n    }\n  }\n": types.AccountabilityDocument,
    "\n  fragment SupervisedCase on Case {\n    id\n    code\n    title\n    type\n    status\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      overdue\n      warning\n      overdueNotifiedAt\n    }\n  }\n": types.SupervisedCaseFragmentDoc,
    "\n  query OverdueCases($regionId: ID!, $first: Int, $after: String) {\n    overdueCases(regionId: $regionId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...SupervisedCase\n        }\n      }\n    }\n  }\n": types.OverdueCasesDocument,
    "\n  query WarningCases($regionId: ID!, $first: Int, $after: String) {\n    warningCases(regionId: $regionId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...SupervisedCase\n        }\n      }\n    }\n  }\n": types.WarningCasesDocument,
    "\n  query SupervisionLetters($regionId: ID!, $kind: LetterKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    supervisionLetters(regionId: $regionId, kind: $kind, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          kind\n          kindName\n          issuedAt\n          automatic\n          note\n          to {\n            id\n            name\n          }\n          case {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n": types.SupervisionLettersDocument,
    "\n  query RiskWarnings($regionId: ID!, $level: RiskLevel, $first: Int, $after: String) {\n    riskWarnings(regionId: $regionId, level: $level, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          level\n          rule\n          ruleName\n          reason\n          raisedAt\n          letter {\n            id\n            number\n          }\n          case {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n": types.RiskWarningsDocument,
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
export function graphql(source: "\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      id\n      code\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      id\n      code\n      title\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment DuplicateCandidate on PossibleDuplicate {\n    daysApart\n    reasons\n    case {\n      id\n      code\n      title\n      status\n      receivedAt\n    }\n  }\n"): (typeof documents)["\n  fragment DuplicateCandidate on PossibleDuplicate {\n    daysApart\n    reasons\n    case {\n      id\n      code\n      title\n      status\n      receivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeDuplicates($input: IntakeDuplicatesInput!) {\n    intakeDuplicates(input: $input) {\n      ...DuplicateCandidate\n    }\n  }\n"): (typeof documents)["\n  query IntakeDuplicates($input: IntakeDuplicatesInput!) {\n    intakeDuplicates(input: $input) {\n      ...DuplicateCandidate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntakeCase($input: IntakeCaseInput!) {\n    intakeCase(input: $input) {\n      id\n      code\n      possibleDuplicates {\n        daysApart\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IntakeCase($input: IntakeCaseInput!) {\n    intakeCase(input: $input) {\n      id\n      code\n      possibleDuplicates {\n        daysApart\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeNotice($id: ID!) {\n    case(id: $id) {\n      id\n      code\n      title\n      channel\n      type\n      complexity\n      complexityConfirmed\n      receivedAt\n      amountInDispute\n      region {\n        id\n        path {\n          id\n          name\n        }\n      }\n      handlingCenter {\n        id\n        name\n      }\n      parties {\n        name\n        role\n        phone\n        idNumber\n      }\n      history {\n        action\n        actor {\n          id\n          displayName\n        }\n      }\n      supervision {\n        deadlineAt\n        deadlineStarted\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntakeNotice($id: ID!) {\n    case(id: $id) {\n      id\n      code\n      title\n      channel\n      type\n      complexity\n      complexityConfirmed\n      receivedAt\n      amountInDispute\n      region {\n        id\n        path {\n          id\n          name\n        }\n      }\n      handlingCenter {\n        id\n        name\n      }\n      parties {\n        name\n        role\n        phone\n        idNumber\n      }\n      history {\n        action\n        actor {\n          id\n          displayName\n        }\n      }\n      supervision {\n        deadlineAt\n        deadlineStarted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        region {\n          id\n          code\n          name\n          level\n          parent {\n            id\n            name\n            level\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        region {\n          id\n          code\n          name\n          level\n          parent {\n            id\n            name\n            level\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatsBreakdowns on Stats {\n    byRegion {\n      code\n      own\n      region {\n        id\n        name\n      }\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n      overdue\n      satisfactionRate\n    }\n    byType {\n      type\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n    }\n    byChannel {\n      channel\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n    }\n    byDepartment {\n      department {\n        id\n        name\n      }\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n    }\n  }\n"): (typeof documents)["\n  fragment StatsBreakdowns on Stats {\n    byRegion {\n      code\n      own\n      region {\n        id\n        name\n      }\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n      overdue\n      satisfactionRate\n    }\n    byType {\n      type\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n    }\n    byChannel {\n      channel\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n    }\n    byDepartment {\n      department {\n        id\n        name\n      }\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatsFigures on Stats {\n    received\n    resolved\n    resolutionRate\n    closed\n    closureRate\n    overdue\n    rated\n    satisfactionRate\n  }\n"): (typeof documents)["\n  fragment StatsFigures on Stats {\n    received\n    resolved\n    resolutionRate\n    closed\n    closureRate\n    overdue\n    rated\n    satisfactionRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatsLevels on Stats {\n    resolved\n    byLevel {\n      level\n      count\n      share\n    }\n  }\n"): (typeof documents)["\n  fragment StatsLevels on Stats {\n    resolved\n    byLevel {\n      level\n      count\n      share\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatsTrend on Stats {\n    byMonth {\n      month\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n      overdue\n      satisfactionRate\n    }\n  }\n"): (typeof documents)["\n  fragment StatsTrend on Stats {\n    byMonth {\n      month\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n      overdue\n      satisfactionRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statistics($regionId: ID!, $from: DateTime!, $to: DateTime!) {\n    region(id: $regionId) {\n      id\n      name\n    }\n    stats(regionId: $regionId, from: $from, to: $to) {\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n      overdue\n      satisfactionRate\n      ...StatsFigures\n      ...StatsLevels\n      ...StatsTrend\n      ...StatsBreakdowns\n    }\n  }\n"): (typeof documents)["\n  query Statistics($regionId: ID!, $from: DateTime!, $to: DateTime!) {\n    region(id: $regionId) {\n      id\n      name\n    }\n    stats(regionId: $regionId, from: $from, to: $to) {\n      received\n      resolved\n      resolutionRate\n      closed\n      closureRate\n      overdue\n      satisfactionRate\n      ...StatsFigures\n      ...StatsLevels\n      ...StatsTrend\n      ...StatsBreakdowns\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accountability($regionId: ID!, $year: Int!) {\n    accountability(regionId: $regionId, year: $year) {\n      department {\n        id\n        name\n      }\n      year\n      followUps\n      unsatisfied\n      summoned\n      barred\n      status\n    }\n  }\n"): (typeof documents)["\n  query Accountability($regionId: ID!, $year: Int!) {\n    accountability(regionId: $regionId, year: $year) {\n      department {\n        id\n        name\n      }\n      year\n      followUps\n      unsatisfied\n      summoned\n      barred\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisedCase on Case {\n    id\n    code\n    title\n    type\n    status\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      overdue\n      warning\n      overdueNotifiedAt\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisedCase on Case {\n    id\n    code\n    title\n    type\n    status\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      overdue\n      warning\n      overdueNotifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueCases($regionId: ID!, $first: Int, $after: String) {\n    overdueCases(regionId: $regionId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...SupervisedCase\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverdueCases($regionId: ID!, $first: Int, $after: String) {\n    overdueCases(regionId: $regionId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...SupervisedCase\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarningCases($regionId: ID!, $first: Int, $after: String) {\n    warningCases(regionId: $regionId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...SupervisedCase\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WarningCases($regionId: ID!, $first: Int, $after: String) {\n    warningCases(regionId: $regionId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...SupervisedCase\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionLetters($regionId: ID!, $kind: LetterKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    supervisionLetters(regionId: $regionId, kind: $kind, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          kind\n          kindName\n          issuedAt\n          automatic\n          note\n          to {\n            id\n            name\n          }\n          case {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionLetters($regionId: ID!, $kind: LetterKind, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    supervisionLetters(regionId: $regionId, kind: $kind, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          kind\n          kindName\n          issuedAt\n          automatic\n          note\n          to {\n            id\n            name\n          }\n          case {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskWarnings($regionId: ID!, $level: RiskLevel, $first: Int, $after: String) {\n    riskWarnings(regionId: $regionId, level: $level, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          level\n          rule\n          ruleName\n          reason\n          raisedAt\n          letter {\n            id\n            number\n          }\n          case {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskWarnings($regionId: ID!, $level: RiskLevel, $first: Int, $after: String) {\n    riskWarnings(regionId: $regionId, level: $level, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          level\n          rule\n          ruleName\n          reason\n          raisedAt\n          letter {\n            id\n            number\n          }\n          case {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;