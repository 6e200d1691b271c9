/** A small client for the cases API through the gateway, shared by the end-to-end tests. */
import type { GraphQLResult, TestPlatform } from '@zz/platform/testing';
import { phone, villageA } from './world-fixtures';

export const CASE = `id code title status version complexity complexityConfirmed level channel type receivedAt acceptedAt resolvedAt closedAt
  escalationCount reopenCount mediationFailed resolvedLevel agreement referralRoute amountInDispute
  ladderStep { key name level centerLevel days } handlingCenter { id } region { id }
  mergedInto { id } allowedActions`;

export const M = {
  intake: `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { ${CASE} } }`,
  accept: `mutation($id: ID!, $complexity: Complexity!) { acceptCase(id: $id, complexity: $complexity) { ${CASE} } }`,
  reject: `mutation($id: ID!, $reason: String!, $level: RegionLevel) { rejectCase(id: $id, reason: $reason, routeToLevel: $level) { ${CASE} } }`,
  assign: `mutation($input: AssignCaseInput!) { assignCase(input: $input) { ${CASE} } }`,
  reroute: `mutation($input: RerouteCaseInput!) { rerouteCase(input: $input) { ${CASE} } }`,
  start: `mutation($id: ID!) { startMediation(id: $id) { ${CASE} } }`,
  outcome: `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { ${CASE} } }`,
  escalate: `mutation($id: ID!, $reason: String!) { escalateCase(id: $id, reason: $reason) { ${CASE} } }`,
  refer: `mutation($id: ID!, $route: ReferralRoute!, $note: String) { referCase(id: $id, route: $route, note: $note) { ${CASE} } }`,
  close: `mutation($id: ID!) { closeCase(id: $id) { ${CASE} } }`,
  withdraw: `mutation($id: ID!, $reason: String) { withdrawCase(id: $id, reason: $reason) { ${CASE} } }`,
  reopen: `mutation($id: ID!, $reason: String!) { reopenCase(id: $id, reason: $reason) { ${CASE} } }`,
  merge: `mutation($input: MergeCasesInput!) { mergeCases(input: $input) { ${CASE} } }`,
  consult: `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { id topic status departments { id } case { id } } }`,
  decide: `mutation($input: RecordConsultationDecisionInput!) { recordConsultationDecision(input: $input) { id status decision { responsibilitySplit plan decidedAt } } }`,
};

export type CaseData = {
  id: string; code: string; title: string; status: string; version: number; complexity: string; complexityConfirmed: boolean; level: string;
  escalationCount: number; reopenCount: number; mediationFailed: boolean; resolvedLevel: string | null; agreement: string | null;
  referralRoute: string | null; ladderStep: { key: string; centerLevel: string }; handlingCenter: { id: string }; region: { id: string };
  allowedActions: string[]; resolvedAt: string | null; closedAt: string | null; acceptedAt: string | null; amountInDispute: string | null;
};

export class Api {
  constructor(readonly p: TestPlatform) {}

  async run<T = Record<string, any>>(user: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    return this.p.gql<T>(query, variables, await this.p.login(user));
  }

  /** The data, or a thrown error listing the GraphQL errors. */
  async ok<T = Record<string, any>>(user: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.run<T>(user, query, variables);
    if (r.errors?.length) throw new Error(`${user}: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  /** The first error's code and field (expects the operation to fail). */
  async fail(user: string, query: string, variables: Record<string, unknown> = {}): Promise<{ code?: string; field?: string; message: string }> {
    const r = await this.run(user, query, variables);
    if (!r.errors?.length) throw new Error(`${user}: expected an error, got ${JSON.stringify(r.data)}`);
    const e = r.errors[0];
    return { code: e.extensions?.code, field: e.extensions?.field as string | undefined, message: e.message };
  }

  async intake(user: string, input: Record<string, unknown>): Promise<CaseData> {
    return (await this.ok<{ intakeCase: CaseData }>(user, M.intake, { input })).intakeCase;
  }

  /** One mutation of M by name; returns the first (only) field of its data. */
  async do<T = CaseData>(user: string, name: keyof typeof M, variables: Record<string, unknown>): Promise<T> {
    const data = await this.ok<Record<string, T>>(user, M[name], variables);
    return Object.values(data)[0];
  }

  /** Rows written for a case: its version, ledger entries and dispatch events. */
  async footprint(caseId: string): Promise<{ version: number; ledger: number; events: number }> {
    const [row] = await this.p.sql<{ version: number; ledger: string; events: string }>(
      `SELECT c.version, (SELECT count(*) FROM cases.case_event e WHERE e.case_id = c.id) AS ledger,
              (SELECT count(*) FROM events.dispatch_event d WHERE d.case_id = c.id) AS events
         FROM cases."case" c WHERE c.id = $1`, [caseId]);
    return { version: row.version, ledger: Number(row.ledger), events: Number(row.events) };
  }

  async dispatchKinds(caseId: string): Promise<string[]> {
    return (await this.p.sql<{ kind: string }>(`SELECT kind FROM events.dispatch_event WHERE case_id = $1 ORDER BY tx, id`, [caseId])).map((r) => r.kind);
  }
}

/** A valid intake input at village A (override anything). */
export function intakeInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '邻里排水沟堵塞纠纷', description: '雨季邻居填埋屋后排水沟，导致房屋进水，要求恢复排水沟并赔偿损失。', channel: 'WINDOW', type: 'NEIGHBOUR',
    regionId: villageA.id, parties: [{ name: '钟伟', role: 'APPLICANT', phone: phone() }, { name: '温强', role: 'RESPONDENT' }], ...over,
  };
}
