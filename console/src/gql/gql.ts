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
    "\n  subscription GridEvents($regionId: ID, $kinds: [DispatchEventKind!]) {\n    dispatchEvents(regionId: $regionId, kinds: $kinds) {\n      cursor\n      kind\n    }\n  }\n": typeof types.GridEventsDocument,
    "\n  query RegionChildren($parentId: ID!) {\n    regions(parentId: $parentId) {\n      id\n      name\n      level\n    }\n  }\n": typeof types.RegionChildrenDocument,
    "\n  query RegionPath($id: ID!) {\n    region(id: $id) {\n      id\n      path {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.RegionPathDocument,
    "\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      id\n      code\n      title\n      status\n    }\n  }\n": typeof types.CaseFileDocument,
    "\n  fragment CaseRow on Case {\n    id\n    code\n    title\n    type\n    status\n    level\n    receivedAt\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      overdue\n      warning\n    }\n  }\n": typeof types.CaseRowFragmentDoc,
    "\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseRow\n        }\n      }\n    }\n  }\n": typeof types.CaseListDocument,
    "\n  subscription BoardEvents($regionId: ID, $after: String) {\n    dispatchEvents(regionId: $regionId, after: $after) {\n      cursor\n      kind\n      occurredAt\n      region { id name }\n      case { id code title }\n      patrolTask { id title }\n      note\n    }\n  }\n": typeof types.BoardEventsDocument,
    "\n  mutation DispatchPatrolTask($input: DispatchPatrolTaskInput!) {\n    dispatchPatrolTask(input: $input) {\n      id\n      title\n      dueAt\n      overdue\n      status\n    }\n  }\n": typeof types.DispatchPatrolTaskDocument,
    "\n  query GridPanel($id: ID!) {\n    grid(id: $id) {\n      id\n      code\n      name\n      households\n      residents\n      village {\n        id\n        name\n      }\n      leader {\n        name\n      }\n      workers {\n        id\n        name\n        kind\n        active\n      }\n      reports(status: REPORTED, first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            category\n            description\n            reportedAt\n          }\n        }\n      }\n      patrolTasks(status: DISPATCHED, first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            dueAt\n            overdue\n          }\n        }\n      }\n    }\n  }\n": typeof types.GridPanelDocument,
    "\n  query GridMapAreas($parentId: ID!) {\n    regions(parentId: $parentId) {\n      id\n      code\n      name\n      level\n    }\n  }\n": typeof types.GridMapAreasDocument,
    "\n  query GridMapRegion($id: ID!) {\n    region(id: $id) {\n      id\n      code\n      level\n    }\n  }\n": typeof types.GridMapRegionDocument,
    "\n  query MapGrids($regionId: ID, $after: String) {\n    grids(regionId: $regionId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          households\n          boundary\n        }\n      }\n    }\n  }\n": typeof types.MapGridsDocument,
    "\n  query MapReports($regionId: ID, $after: String) {\n    gridReports(regionId: $regionId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          category\n          description\n          status\n          lat\n          lng\n          reportedAt\n          grid {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.MapReportsDocument,
    "\n  query MapTasks($regionId: ID, $after: String) {\n    patrolTasks(regionId: $regionId, status: DISPATCHED, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          dueAt\n          overdue\n          grid {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.MapTasksDocument,
    "\n  query MyReports($gridId: ID!, $status: GridReportStatus, $after: String) {\n    gridReports(gridId: $gridId, status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...MyReportItem\n        }\n      }\n    }\n  }\n": typeof types.MyReportsDocument,
    "\n  query MyTasks($gridId: ID!, $status: PatrolTaskStatus) {\n    patrolTasks(gridId: $gridId, status: $status, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          note\n          dueAt\n          status\n          overdue\n          completedAt\n          completionNote\n          completedLate\n        }\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  mutation CompletePatrol($id: ID!, $note: String!) {\n    completePatrolTask(id: $id, note: $note) {\n      id\n      status\n      overdue\n      completedAt\n      completionNote\n      completedLate\n    }\n  }\n": typeof types.CompletePatrolDocument,
    "\n  fragment MyReportItem on GridReport {\n    id\n    category\n    description\n    status\n    reportedAt\n    reporterName\n    reporterPhone\n    settleNote\n    complexity\n    case {\n      id\n      code\n    }\n  }\n": typeof types.MyReportItemFragmentDoc,
    "\n  mutation SettleReport($id: ID!, $note: String!) {\n    settleReportOnSite(id: $id, note: $note) {\n      id\n      ...MyReportItem\n    }\n  }\n": typeof types.SettleReportDocument,
    "\n  mutation ConvertReport($id: ID!, $complexity: Complexity!) {\n    convertReportToCase(id: $id, complexity: $complexity) {\n      id\n      ...MyReportItem\n    }\n  }\n": typeof types.ConvertReportDocument,
    "\n  mutation ReportIssue($input: ReportIssueInput!) {\n    reportIssue(input: $input) {\n      id\n      status\n      ...MyReportItem\n    }\n  }\n": typeof types.ReportIssueDocument,
    "\n  query MyGrid($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      boundary\n    }\n  }\n": typeof types.MyGridDocument,
    "\n  query GridWorkerCounts($gridId: ID!) {\n    openReports: gridReports(gridId: $gridId, status: REPORTED, first: 1) {\n      totalCount\n    }\n    openTasks: patrolTasks(gridId: $gridId, status: DISPATCHED, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.GridWorkerCountsDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        region {\n          id\n          code\n          name\n          level\n          parent {\n            id\n            name\n            level\n          }\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  subscription GridEvents($regionId: ID, $kinds: [DispatchEventKind!]) {\n    dispatchEvents(regionId: $regionId, kinds: $kinds) {\n      cursor\n      kind\n    }\n  }\n": types.GridEventsDocument,
    "\n  query RegionChildren($parentId: ID!) {\n    regions(parentId: $parentId) {\n      id\n      name\n      level\n    }\n  }\n": types.RegionChildrenDocument,
    "\n  query RegionPath($id: ID!) {\n    region(id: $id) {\n      id\n      path {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.RegionPathDocument,
    "\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      id\n      code\n      title\n      status\n    }\n  }\n": types.CaseFileDocument,
    "\n  fragment CaseRow on Case {\n    id\n    code\n    title\n    type\n    status\n    level\n    receivedAt\n    region {\n      id\n      name\n    }\n    handlingCenter {\n      id\n      name\n    }\n    supervision {\n      deadlineAt\n      overdue\n      warning\n    }\n  }\n": types.CaseRowFragmentDoc,
    "\n  query CaseList($filter: CaseFilter, $first: Int, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseRow\n        }\n      }\n    }\n  }\n": types.CaseListDocument,
    "\n  subscription BoardEvents($regionId: ID, $after: String) {\n    dispatchEvents(regionId: $regionId, after: $after) {\n      cursor\n      kind\n      occurredAt\n      region { id name }\n      case { id code title }\n      patrolTask { id title }\n      note\n    }\n  }\n": types.BoardEventsDocument,
    "\n  mutation DispatchPatrolTask($input: DispatchPatrolTaskInput!) {\n    dispatchPatrolTask(input: $input) {\n      id\n      title\n      dueAt\n      overdue\n      status\n    }\n  }\n": types.DispatchPatrolTaskDocument,
    "\n  query GridPanel($id: ID!) {\n    grid(id: $id) {\n      id\n      code\n      name\n      households\n      residents\n      village {\n        id\n        name\n      }\n      leader {\n        name\n      }\n      workers {\n        id\n        name\n        kind\n        active\n      }\n      reports(status: REPORTED, first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            category\n            description\n            reportedAt\n          }\n        }\n      }\n      patrolTasks(status: DISPATCHED, first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            dueAt\n            overdue\n          }\n        }\n      }\n    }\n  }\n": types.GridPanelDocument,
    "\n  query GridMapAreas($parentId: ID!) {\n    regions(parentId: $parentId) {\n      id\n      code\n      name\n      level\n    }\n  }\n": types.GridMapAreasDocument,
    "\n  query GridMapRegion($id: ID!) {\n    region(id: $id) {\n      id\n      code\n      level\n    }\n  }\n": types.GridMapRegionDocument,
    "\n  query MapGrids($regionId: ID, $after: String) {\n    grids(regionId: $regionId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          households\n          boundary\n        }\n      }\n    }\n  }\n": types.MapGridsDocument,
    "\n  query MapReports($regionId: ID, $after: String) {\n    gridReports(regionId: $regionId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          category\n          description\n          status\n          lat\n          lng\n          reportedAt\n          grid {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.MapReportsDocument,
    "\n  query MapTasks($regionId: ID, $after: String) {\n    patrolTasks(regionId: $regionId, status: DISPATCHED, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          dueAt\n          overdue\n          grid {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.MapTasksDocument,
    "\n  query MyReports($gridId: ID!, $status: GridReportStatus, $after: String) {\n    gridReports(gridId: $gridId, status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...MyReportItem\n        }\n      }\n    }\n  }\n": types.MyReportsDocument,
    "\n  query MyTasks($gridId: ID!, $status: PatrolTaskStatus) {\n    patrolTasks(gridId: $gridId, status: $status, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          note\n          dueAt\n          status\n          overdue\n          completedAt\n          completionNote\n          completedLate\n        }\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  mutation CompletePatrol($id: ID!, $note: String!) {\n    completePatrolTask(id: $id, note: $note) {\n      id\n      status\n      overdue\n      completedAt\n      completionNote\n      completedLate\n    }\n  }\n": types.CompletePatrolDocument,
    "\n  fragment MyReportItem on GridReport {\n    id\n    category\n    description\n    status\n    reportedAt\n    reporterName\n    reporterPhone\n    settleNote\n    complexity\n    case {\n      id\n      code\n    }\n  }\n": types.MyReportItemFragmentDoc,
    "\n  mutation SettleReport($id: ID!, $note: String!) {\n    settleReportOnSite(id: $id, note: $note) {\n      id\n      ...MyReportItem\n    }\n  }\n": types.SettleReportDocument,
    "\n  mutation ConvertReport($id: ID!, $complexity: Complexity!) {\n    convertReportToCase(id: $id, complexity: $complexity) {\n      id\n      ...MyReportItem\n    }\n  }\n": types.ConvertReportDocument,
    "\n  mutation ReportIssue($input: ReportIssueInput!) {\n    reportIssue(input: $input) {\n      id\n      status\n      ...MyReportItem\n    }\n  }\n": types.ReportIssueDocument,
    "\n  query MyGrid($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      boundary\n    }\n  }\n": types.MyGridDocument,
    "\n  query GridWorkerCounts($gridId: ID!) {\n    openReports: gridReports(gridId: $gridId, status: REPORTED, first: 1) {\n      totalCount\n    }\n    openTasks: patrolTasks(gridId: $gridId, status: DISPATCHED, first: 1) {\n      totalCount\n    }\n  }\n": types.GridWorkerCountsDocument,
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
export function graphql(source: "\n  subscription GridEvents($regionId: ID, $kinds: [DispatchEventKind!]) {\n    dispatchEvents(regionId: $regionId, kinds: $kinds) {\n      cursor\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription GridEvents($regionId: ID, $kinds: [DispatchEventKind!]) {\n    dispatchEvents(regionId: $regionId, kinds: $kinds) {\n      cursor\n      kind\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation DispatchPatrolTask($input: DispatchPatrolTaskInput!) {\n    dispatchPatrolTask(input: $input) {\n      id\n      title\n      dueAt\n      overdue\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchPatrolTask($input: DispatchPatrolTaskInput!) {\n    dispatchPatrolTask(input: $input) {\n      id\n      title\n      dueAt\n      overdue\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridPanel($id: ID!) {\n    grid(id: $id) {\n      id\n      code\n      name\n      households\n      residents\n      village {\n        id\n        name\n      }\n      leader {\n        name\n      }\n      workers {\n        id\n        name\n        kind\n        active\n      }\n      reports(status: REPORTED, first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            category\n            description\n            reportedAt\n          }\n        }\n      }\n      patrolTasks(status: DISPATCHED, first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            dueAt\n            overdue\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridPanel($id: ID!) {\n    grid(id: $id) {\n      id\n      code\n      name\n      households\n      residents\n      village {\n        id\n        name\n      }\n      leader {\n        name\n      }\n      workers {\n        id\n        name\n        kind\n        active\n      }\n      reports(status: REPORTED, first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            category\n            description\n            reportedAt\n          }\n        }\n      }\n      patrolTasks(status: DISPATCHED, first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            dueAt\n            overdue\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridMapAreas($parentId: ID!) {\n    regions(parentId: $parentId) {\n      id\n      code\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  query GridMapAreas($parentId: ID!) {\n    regions(parentId: $parentId) {\n      id\n      code\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridMapRegion($id: ID!) {\n    region(id: $id) {\n      id\n      code\n      level\n    }\n  }\n"): (typeof documents)["\n  query GridMapRegion($id: ID!) {\n    region(id: $id) {\n      id\n      code\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapGrids($regionId: ID, $after: String) {\n    grids(regionId: $regionId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          households\n          boundary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapGrids($regionId: ID, $after: String) {\n    grids(regionId: $regionId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          households\n          boundary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapReports($regionId: ID, $after: String) {\n    gridReports(regionId: $regionId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          category\n          description\n          status\n          lat\n          lng\n          reportedAt\n          grid {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapReports($regionId: ID, $after: String) {\n    gridReports(regionId: $regionId, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          category\n          description\n          status\n          lat\n          lng\n          reportedAt\n          grid {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapTasks($regionId: ID, $after: String) {\n    patrolTasks(regionId: $regionId, status: DISPATCHED, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          dueAt\n          overdue\n          grid {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapTasks($regionId: ID, $after: String) {\n    patrolTasks(regionId: $regionId, status: DISPATCHED, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          dueAt\n          overdue\n          grid {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReports($gridId: ID!, $status: GridReportStatus, $after: String) {\n    gridReports(gridId: $gridId, status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...MyReportItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReports($gridId: ID!, $status: GridReportStatus, $after: String) {\n    gridReports(gridId: $gridId, status: $status, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...MyReportItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($gridId: ID!, $status: PatrolTaskStatus) {\n    patrolTasks(gridId: $gridId, status: $status, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          note\n          dueAt\n          status\n          overdue\n          completedAt\n          completionNote\n          completedLate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks($gridId: ID!, $status: PatrolTaskStatus) {\n    patrolTasks(gridId: $gridId, status: $status, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          note\n          dueAt\n          status\n          overdue\n          completedAt\n          completionNote\n          completedLate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePatrol($id: ID!, $note: String!) {\n    completePatrolTask(id: $id, note: $note) {\n      id\n      status\n      overdue\n      completedAt\n      completionNote\n      completedLate\n    }\n  }\n"): (typeof documents)["\n  mutation CompletePatrol($id: ID!, $note: String!) {\n    completePatrolTask(id: $id, note: $note) {\n      id\n      status\n      overdue\n      completedAt\n      completionNote\n      completedLate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyReportItem on GridReport {\n    id\n    category\n    description\n    status\n    reportedAt\n    reporterName\n    reporterPhone\n    settleNote\n    complexity\n    case {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment MyReportItem on GridReport {\n    id\n    category\n    description\n    status\n    reportedAt\n    reporterName\n    reporterPhone\n    settleNote\n    complexity\n    case {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettleReport($id: ID!, $note: String!) {\n    settleReportOnSite(id: $id, note: $note) {\n      id\n      ...MyReportItem\n    }\n  }\n"): (typeof documents)["\n  mutation SettleReport($id: ID!, $note: String!) {\n    settleReportOnSite(id: $id, note: $note) {\n      id\n      ...MyReportItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertReport($id: ID!, $complexity: Complexity!) {\n    convertReportToCase(id: $id, complexity: $complexity) {\n      id\n      ...MyReportItem\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertReport($id: ID!, $complexity: Complexity!) {\n    convertReportToCase(id: $id, complexity: $complexity) {\n      id\n      ...MyReportItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportIssue($input: ReportIssueInput!) {\n    reportIssue(input: $input) {\n      id\n      status\n      ...MyReportItem\n    }\n  }\n"): (typeof documents)["\n  mutation ReportIssue($input: ReportIssueInput!) {\n    reportIssue(input: $input) {\n      id\n      status\n      ...MyReportItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGrid($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      boundary\n    }\n  }\n"): (typeof documents)["\n  query MyGrid($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      boundary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridWorkerCounts($gridId: ID!) {\n    openReports: gridReports(gridId: $gridId, status: REPORTED, first: 1) {\n      totalCount\n    }\n    openTasks: patrolTasks(gridId: $gridId, status: DISPATCHED, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query GridWorkerCounts($gridId: ID!) {\n    openReports: gridReports(gridId: $gridId, status: REPORTED, first: 1) {\n      totalCount\n    }\n    openTasks: patrolTasks(gridId: $gridId, status: DISPATCHED, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        region {\n          id\n          code\n          name\n          level\n          parent {\n            id\n            name\n            level\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        displayName\n        roles\n        region {\n          id\n          code\n          name\n          level\n          parent {\n            id\n            name\n            level\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;