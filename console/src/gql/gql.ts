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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;