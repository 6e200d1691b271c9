/**
 * What the seed stories share: the whole platform on a controlled clock (cases and supervision read the
 * same instant; supervision's consumer and scheduler are driven by hand), signed-in accounts the story
 * creates (a department's liaison, a court's system), and the reads every step checks — the ledger
 * (Case.history), the dispatch log, the deadline (Case.supervision), the documents and the statistics.
 */
import { generateWorld } from '@zz/demo-world';
import { startTestPlatform, type TestPlatform } from '@zz/platform/testing';
import type { SupervisionServer } from '@zz/supervision';

export const world = generateWorld();
export const county = world.regions.find((r) => r.level === 'COUNTY')!;
export const department = (kind: string) => world.departments.find((d) => d.kind === kind)!;
export const userId = (username: string) => world.users.find((u) => u.username === username)!.id;

/** A day of March 2026 (day 0 = Monday 2 March) at a local (CST) hour, as an instant. */
export const cst = (day: number, hour: number) => new Date(Date.UTC(2026, 2, 2 + day) + (hour - 8) * 3600_000);
export const iso = (d: Date) => d.toISOString();

export type Gql = { data?: any; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };

export class Story {
  p!: TestPlatform;
  now = cst(0, 9);
  private tokens: Record<string, string> = {};

  async start(): Promise<void> {
    this.p = await startTestPlatform({ clock: () => new Date(this.now.getTime()) });
  }

  stop(): Promise<void> | undefined {
    return this.p?.stop();
  }

  /** Creates an account (password-signed, not a demo one) and keeps its token under `username`. */
  async account(username: string, displayName: string, roles: string[], extra: Record<string, unknown>): Promise<void> {
    await this.ok('admin', `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { username, displayName, password: 'story-2026-pass', roles, regionId: county.id, ...extra },
    });
    const r = await this.p.gql<{ login: { token: string } }>(`mutation($u: String!) { login(username: $u, password: "story-2026-pass") { token } }`, { u: username });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    this.tokens[username] = r.data.login.token;
  }

  async run(user: string, query: string, variables: Record<string, unknown> = {}): Promise<Gql> {
    return this.p.gql(query, variables, this.tokens[user] ?? (await this.p.login(user)));
  }

  async ok(user: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
    const r = await this.run(user, query, variables);
    if (r.errors?.length) throw new Error(`${user}: ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  /** The first error's code and field. */
  async fail(user: string, query: string, variables: Record<string, unknown> = {}): Promise<[unknown, unknown]> {
    const r = await this.run(user, query, variables);
    if (!r.errors?.length) throw new Error(`${user}: expected an error, got ${JSON.stringify(r.data)}`);
    return [r.errors[0].extensions?.code, r.errors[0].extensions?.field];
  }

  /**
   * Moves the clock once supervision's read model has taken in the whole log (its consumer only reads
   * below every open transaction on the server, so on a shared machine it may lag for seconds), then
   * lets the scheduler run at that instant.
   */
  async at(when: Date): Promise<void> {
    const runtime = (this.p.services.supervision as SupervisionServer).runtime;
    const until = Date.now() + 30_000;
    for (;;) {
      await runtime.drain();
      const [head] = await this.p.sql(`SELECT e.tx::text AS tx, e.id::text AS id FROM events.dispatch_event e ORDER BY e.tx DESC, e.id DESC LIMIT 1`);
      const [pos] = await this.p.sql(`SELECT tx::text AS tx, id::text AS id FROM events.consumer_cursor WHERE consumer = 'supervision-read-model'`);
      if (!head || (pos && pos.tx === head.tx && pos.id === head.id)) break;
      if (Date.now() > until) throw new Error(`supervision did not catch up with the log (at ${JSON.stringify(pos)}, head ${JSON.stringify(head)})`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    this.now = when;
    await runtime.tick(when);
  }

  /** The ledger: [action, note] of each entry, oldest first, with versions 1…n checked. */
  async ledger(caseId: string): Promise<string[]> {
    const h = (await this.ok('county-supervisor', `query($id: ID!) { case(id: $id) { history { action version actor { id } } } }`, { id: caseId })).case.history as
      { action: string; version: number; actor: { id: string } | null }[];
    expect(h.map((e) => e.version)).toEqual(h.map((_, i) => i + 1));
    return h.map((e) => e.action);
  }

  async dispatchKinds(caseId: string): Promise<string[]> {
    return (await this.p.sql<{ kind: string }>(`SELECT kind FROM events.dispatch_event WHERE case_id = $1 ORDER BY tx, id`, [caseId])).map((r) => r.kind);
  }

  async supervision(caseId: string): Promise<Supervision> {
    return (await this.ok('county-supervisor', `query($id: ID!) { case(id: $id) { supervision { ${SUPERVISION} } } }`, { id: caseId })).case.supervision;
  }

  /** The headline counts of March's statistics, as a step leaves them. */
  async counts(): Promise<{ received: number; accepted: number; resolved: number; closed: number }> {
    const { received, accepted, resolved, closed } = await this.stats();
    return { received, accepted, resolved, closed };
  }

  /** The county's statistics for March 2026 (local time). */
  async stats(): Promise<any> {
    return (await this.ok('county-supervisor', `query($r: ID!) { stats(regionId: $r, from: "2026-03-01T00:00:00+08:00", to: "2026-04-01T00:00:00+08:00") {
      received accepted resolved resolutionRate closed rated satisfactionRate overdue
      byLevel { level count } byType { type received } byChannel { channel received }
      byResolutionMode { mode received accepted resolved } leaderOwned { received accepted resolved }
      byDepartment { department { id } received resolved } } }`, { r: county.id })).stats;
  }
}

const SUPERVISION = `state overdue deadlineStarted deadlineAt warningAt stepDeadlineAt overallDeadlineAt ladderStepKey ladderStepName riskLevel
  riskWarnings { rule level reason letter { kind number } }
  followUp { rating }
  letters { id number kind state dueAt issuer addressee title body answer to { id } answeredBy { id kind } answers { id kind } }`;

export type Letter = {
  id: string; number: string; kind: string; state: string; dueAt: string | null; issuer: string; addressee: string | null; title: string; body: string; answer: string | null;
  to: { id: string } | null; answeredBy: { id: string; kind: string } | null; answers: { id: string; kind: string } | null;
};
export type Supervision = {
  state: string; overdue: boolean; deadlineStarted: boolean; deadlineAt: string; warningAt: string; stepDeadlineAt: string | null; overallDeadlineAt: string;
  ladderStepKey: string | null; ladderStepName: string | null; riskLevel: string | null;
  riskWarnings: { rule: string; level: string; reason: string; letter: { kind: string; number: string } | null }[];
  followUp: { rating: string } | null; letters: Letter[];
};

export const M = {
  intake: `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id code status level version resolutionMode ladderStep { key }
    possibleDuplicates { case { id } reasons } } }`,
  accept: `mutation($id: ID!, $complexity: Complexity!) { acceptCase(id: $id, complexity: $complexity) { id status version } }`,
  assign: `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id status version } }`,
  mode: `mutation($input: ChangeResolutionModeInput!) { changeResolutionMode(input: $input) { id version resolutionMode } }`,
  take: `mutation($id: ID!, $note: String) { takeCase(id: $id, note: $note) { id version leader { id } } }`,
  merge: `mutation($input: MergeCasesInput!) { mergeCases(input: $input) { id status mergedInto { id } } }`,
  consult: `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { id status } }`,
  decide: `mutation($input: RecordConsultationDecisionInput!) { recordConsultationDecision(input: $input) { id status } }`,
  start: `mutation($id: ID!) { startMediation(id: $id) { id status } }`,
  session: `mutation($input: RecordMediationSessionInput!) { recordMediationSession(input: $input) { id sequence outcome } }`,
  outcome: `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id status resolvedLevel agreement } }`,
  close: `mutation($id: ID!) { closeCase(id: $id) { id status } }`,
  followUp: `mutation($c: ID!, $rating: Satisfaction!, $comment: String) { recordFollowUp(caseId: $c, rating: $rating, comment: $comment) { rating } }`,
  answer: `mutation($input: AnswerLetterInput!) { answerLetter(input: $input) { id kind number state answers { id kind state } } }`,
  apply: `mutation($input: ApplyJudicialConfirmationInput!) { applyJudicialConfirmation(input: $input) { id sequence status viaPartner court { id } } }`,
  judge: `mutation($input: DecideJudicialConfirmationInput!) { decideJudicialConfirmation(input: $input) { id status rulingNumber decidedAt } }`,
};
