/**
 * The world the authorization matrix runs in: one account per role at town A (the grid worker at a
 * grid of town A), and builders that put records inside town A ("in") or town B ("out") through the
 * gateway, as the county's own staff would. Records for conditional grants are made related to the
 * caller: its mediator assigned, its department leading, its own partner ticket or booking.
 */
import crypto from 'node:crypto';
import { idNumberCheckChar, type Role } from '@zz/common';
import { appendEvents, type CaseSnapshot } from '@zz/events';
import { generateWorld, type GridRow, type RegionRow } from '@zz/demo-world';
import type { GraphQLResult, TestPlatform } from '@zz/platform/testing';
import type { SupervisionServer } from '@zz/supervision';

export const world = generateWorld();
export const MATRIX_ROLES: Role[] = ['ADMIN', 'OPERATOR', 'DISPATCHER', 'MEDIATOR', 'GRID_WORKER', 'DEPARTMENT', 'SUPERVISOR', 'LEADER', 'PARTNER'];

export interface Actor {
  role: Role | 'ANONYMOUS';
  roles: Role[] | null;
  username: string | null;
  token: string | null;
  userId: string | null;
  mediatorId?: string | null;
  departmentId?: string | null;
}

export interface Place {
  side: 'in' | 'out';
  town: RegionRow;
  village: RegionRow;
  grid: GridRow;
  gridRegion: RegionRow;
  centerId: string;
  /** A pool mediator of the town's center (assigned to cases no matrix mediator works on). */
  poolMediatorId: string;
  /** A point inside the grid, [lat, lng]. */
  point: { lat: number; lng: number };
  /** A gold-team mediator created in the town's center for the matrix (bookable studio). */
  goldMediatorId: string;
}

const regions = (level: string) => world.regions.filter((r) => r.level === level);
const childOf = (id: string) => world.regions.find((r) => r.parentId === id)!;
const JUSTICE = world.departments.find((d) => d.kind === 'JUSTICE')!.id;
const HOUSING = world.departments.find((d) => d.kind === 'HOUSING')!.id;
export const COURT = world.departments.find((d) => d.kind === 'COURT')!.id;
/** The matrix's partner account's system code. */
const MATRIX_PARTNER = 'matrix12345';
export const DEPARTMENT_IDS = { justice: JUSTICE, housing: HOUSING };
/** A 1+5+N consultation's members: the five required kinds plus HOUSING as the N. */
export const CONSULTATION_DEPARTMENTS = [...['COURT', 'PROCURATORATE', 'POLICE', 'PETITION'].map((k) => world.departments.find((d) => d.kind === k)!.id), JUSTICE, HOUSING];
const COUNTY_GOLD = world.users.find((u) => u.username === 'mediator-gold')!.mediatorId!;

let counter = 0;
export const unique = () => `${process.pid % 10000}-${++counter}`;
const phone = () => `137${String(process.pid % 10000).padStart(4, '0')}${String(++counter).padStart(4, '0')}`;
export function idNumber(): string {
  const first17 = `44142219${String(70 + (counter % 29)).padStart(2, '0')}0101${String(100 + (++counter % 899)).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

const M = {
  intake: `mutation($input: IntakeCaseInput!) { intakeCase(input: $input) { id code } }`,
  accept: `mutation($id: ID!) { acceptCase(id: $id, complexity: GENERAL) { id } }`,
  assign: `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`,
  start: `mutation($id: ID!) { startMediation(id: $id) { id } }`,
  outcome: `mutation($input: MediationOutcomeInput!) { recordMediationOutcome(input: $input) { id } }`,
  consult: `mutation($input: OpenConsultationInput!) { openConsultation(input: $input) { id } }`,
  report: `mutation($input: ReportIssueInput!) { reportIssue(input: $input) { id } }`,
  patrol: `mutation($input: DispatchPatrolTaskInput!) { dispatchPatrolTask(input: $input) { id } }`,
  keyPerson: `mutation($input: AddKeyPersonInput!) { addKeyPerson(input: $input) { id } }`,
  book: `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }`,
  user: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
  mediator: `mutation($input: CreateMediatorInput!) { createMediator(input: $input) { id } }`,
  letter: `mutation($c: ID!) { issueSupervisionLetter(caseId: $c, kind: REMINDER, note: "矩阵测试") { id } }`,
};

export type CaseStage = 'REGISTERED' | 'ACCEPTED' | 'ASSIGNED' | 'IN_MEDIATION' | 'RESOLVED';

export class MatrixEnv {
  actors: Actor[] = [];
  anonymous: Actor = { role: 'ANONYMOUS', roles: null, username: null, token: null, userId: null };
  inside!: Place;
  outside!: Place;
  private admin!: string;
  private supervisor!: string;
  private slot = 0;
  private readonly leaders = new Map<string, Promise<string>>();

  constructor(readonly p: TestPlatform) {}

  gql<T = Record<string, any>>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    return this.p.gql<T>(query, variables, token);
  }

  /** The data of a setup call; setup must not fail (a failure there is a broken fixture, not a finding). */
  async must<T = Record<string, any>>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.gql<T>(token, query, variables);
    if (r.errors?.length || !r.data) throw new Error(`matrix setup failed: ${query.slice(0, 60)} → ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  async setUp(): Promise<void> {
    this.admin = await this.p.login('admin');
    this.supervisor = await this.p.login('county-supervisor');
    const [townA, townB] = regions('TOWN');
    this.inside = await this.place('in', townA);
    this.outside = await this.place('out', townB);
    const a = this.inside;
    const account = async (role: Role, extra: Record<string, unknown> = {}, region = a.town.id): Promise<Actor> => {
      const username = `matrix-${role.toLowerCase().replace('_', '-')}-${process.pid % 10000}`;
      const input = { username, displayName: `矩阵${role}`, password: 'matrix2026', roles: [role], regionId: region, ...extra };
      const { createUser } = await this.must<{ createUser: { id: string } }>(this.admin, M.user, { input });
      const { login } = await this.must<{ login: { token: string } }>(null, `mutation($u: String!) { login(username: $u, password: "matrix2026") { token } }`, { u: username });
      return { role, roles: [role], username, token: login.token, userId: createUser.id, mediatorId: (extra.mediatorId as string) ?? null, departmentId: (extra.departmentId as string) ?? null };
    };
    this.actors = [
      await account('ADMIN'),
      await account('OPERATOR'),
      await account('DISPATCHER'),
      await account('MEDIATOR', { mediatorId: a.goldMediatorId }),
      await account('GRID_WORKER', {}, a.gridRegion.id),
      await account('DEPARTMENT', { departmentId: JUSTICE }),
      await account('SUPERVISOR'),
      await account('LEADER'),
      await account('PARTNER', { partner: MATRIX_PARTNER }),
    ];
  }

  private async place(side: 'in' | 'out', town: RegionRow): Promise<Place> {
    const village = childOf(town.id);
    const grid = world.grids.find((g) => g.villageRegionId === village.id)!;
    const gridRegion = world.regions.find((r) => r.id === grid.regionId)!;
    const center = world.centers.find((c) => c.regionId === town.id)!;
    const pool = world.mediators.find((m) => m.centerId === center.id && m.kind === 'MEDIATOR' && m.available && !m.goldTeam)!;
    const ring = grid.boundary.slice(0, -1);
    const point = { lng: ring.reduce((s, p) => s + p[0], 0) / ring.length, lat: ring.reduce((s, p) => s + p[1], 0) / ring.length };
    const { createMediator } = await this.must<{ createMediator: { id: string } }>(this.admin, M.mediator, { input: {
      name: `矩阵金牌${side}`, kind: 'MEDIATOR', centerId: center.id, specialties: ['NEIGHBOUR'], languages: ['普通话'], goldTeam: true,
      brand: `矩阵工作室${side}`, title: '人民调解员', phone: phone(),
    } });
    return { side, town, village, grid, gridRegion, centerId: center.id, poolMediatorId: pool.id, point, goldMediatorId: createMediator.id };
  }

  /** A new token of the actor's account (matrix accounts share one password). */
  async freshToken(actor: Actor): Promise<string | null> {
    if (!actor.username) return null;
    const { login } = await this.must<{ login: { token: string } }>(null, `mutation($u: String!) { login(username: $u, password: "matrix2026") { token } }`, { u: actor.username });
    return login.token;
  }

  actor(role: Role): Actor {
    return this.actors.find((a) => a.role === role)!;
  }

  place_(where: 'in' | 'unrelated' | 'out'): Place {
    return where === 'out' ? this.outside : this.inside;
  }

  /** A case in the place's grid, brought to `stage`; related to `to` (its mediator, department, partner ticket) when given. */
  async caseAt(place: Place, stage: CaseStage, to?: Actor | null): Promise<{ id: string; code: string }> {
    const intaker = to?.role === 'PARTNER' ? to.token : this.admin;
    const { intakeCase } = await this.must<{ intakeCase: { id: string; code: string } }>(intaker, M.intake, { input: {
      title: `矩阵案件 ${unique()}`, description: '邻里之间因排水沟堵塞发生纠纷，请求协调处理。', channel: to?.role === 'PARTNER' ? 'HOTLINE_12345' : 'WINDOW',
      type: 'NEIGHBOUR', regionId: place.gridRegion.id,
      parties: [{ name: '陈某', role: 'APPLICANT', phone: phone(), idNumber: idNumber() }, { name: '李某', role: 'RESPONDENT', phone: phone() }],
    } });
    const id = intakeCase.id;
    if (stage === 'REGISTERED') return intakeCase;
    await this.must(this.admin, M.accept, { id });
    if (stage === 'ACCEPTED') return intakeCase;
    const lead = to?.role === 'DEPARTMENT' ? to.departmentId! : HOUSING;
    const mediatorId = to?.role === 'MEDIATOR' ? to.mediatorId! : place.poolMediatorId;
    await this.must(this.admin, M.assign, { input: { caseId: id, leadDepartmentId: lead, departmentIds: [lead], mediatorId } });
    if (stage === 'ASSIGNED') return intakeCase;
    await this.must(this.admin, M.start, { id });
    if (stage === 'IN_MEDIATION') return intakeCase;
    await this.must(this.admin, M.outcome, { input: { caseId: id, outcome: 'RESOLVED', agreement: '双方同意共同清理排水沟' } });
    return intakeCase;
  }

  /**
   * A 司法确认 application for a settled case of the place, sent to the county court; the court's system
   * may answer it when `to` is a partner (its partner code is named), else only the court's own accounts.
   */
  async confirmationAt(place: Place, to?: Actor | null): Promise<string> {
    const c = await this.caseAt(place, 'RESOLVED');
    const input = { caseId: c.id, courtDepartmentId: COURT, viaPartner: to?.role === 'PARTNER' ? MATRIX_PARTNER : null };
    const r = await this.must<{ applyJudicialConfirmation: { id: string } }>(this.admin,
      `mutation($input: ApplyJudicialConfirmationInput!) { applyJudicialConfirmation(input: $input) { id } }`, { input });
    return r.applyJudicialConfirmation.id;
  }

  /** A registered case marked high-risk (一人一案), ready for its plan. */
  async highRiskCaseAt(place: Place, to?: Actor | null): Promise<{ id: string; code: string }> {
    const c = await this.caseAt(place, 'REGISTERED', to);
    await this.must(this.admin, `mutation($input: MarkHighRiskInput!) { markHighRisk(input: $input) { id } }`, { input: { caseId: c.id, reason: '存在命案风险' } });
    return c;
  }

  async consultationAt(place: Place): Promise<string> {
    const c = await this.caseAt(place, 'ACCEPTED');
    return (await this.must<{ openConsultation: { id: string } }>(this.admin, M.consult, { input: { caseId: c.id, departmentIds: CONSULTATION_DEPARTMENTS, topic: '矩阵会商' } })).openConsultation.id;
  }

  /** A 周例会 of the place's town center, scheduled an hour ago with one of its cases on the agenda (still SCHEDULED). */
  async meetingAt(place: Place): Promise<string> {
    const c = await this.caseAt(place, 'ACCEPTED');
    const input = { centerId: place.centerId, kind: 'WEEKLY', scheduledAt: new Date(Date.now() - 3600_000).toISOString(), place: '中心会议室', topic: '矩阵周例会', agenda: [{ caseId: c.id }] };
    return (await this.must<{ scheduleCenterMeeting: { id: string } }>(this.admin, `mutation($input: ScheduleCenterMeetingInput!) { scheduleCenterMeeting(input: $input) { id } }`, { input })).scheduleCenterMeeting.id;
  }

  async reportAt(place: Place): Promise<string> {
    return (await this.must<{ reportIssue: { id: string } }>(this.admin, M.report, { input: {
      lat: place.point.lat, lng: place.point.lng, category: '环境卫生', description: '路边垃圾堆积', reporterName: '王某', reporterPhone: phone(),
    } })).reportIssue.id;
  }

  async patrolAt(place: Place): Promise<string> {
    return (await this.must<{ dispatchPatrolTask: { id: string } }>(this.admin, M.patrol, { input: {
      gridId: place.grid.regionId, title: `巡查 ${unique()}`, dueAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    } })).dispatchPatrolTask.id;
  }

  async keyPersonAt(place: Place): Promise<string> {
    return (await this.must<{ addKeyPerson: { id: string } }>(this.supervisor, M.keyPerson, { input: {
      gridId: place.grid.regionId, name: `重点人员${unique()}`, category: 'COMMUNITY_CORRECTION', plan: '每月走访一次',
    } })).addKeyPerson.id;
  }

  /** A free studio slot, 30 minutes on a weekday morning in March 2027 (no public holiday). */
  nextSlot(): { startsAt: string; endsAt: string } {
    const n = this.slot++;
    const day = Date.UTC(2027, 2, 1) + Math.floor(n / 6) * 86_400_000;
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) return this.nextSlot();
    const start = day + (8 * 60 + 30 - 8 * 60 + (n % 6) * 30) * 60_000; // 08:30 CST = 00:30 UTC, then every 30 minutes
    return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 30 * 60_000).toISOString() };
  }

  /** A booking at the place's gold studio; `unrelated`: at the county's gold studio, which no matrix account owns. */
  bookingInput(place: Place, where: 'in' | 'unrelated' | 'out' = 'in') {
    return { mediatorId: where === 'unrelated' ? COUNTY_GOLD : place.goldMediatorId, contactName: '陈某', contactPhone: phone(), ...this.nextSlot() };
  }

  /**
   * An appointment in the place: at its gold studio, booked by `to` when that is the partner (its own
   * booking); `unrelated`: booked by the town's window at the county studio (the town sees it, no
   * matrix account owns or booked it).
   */
  async appointmentAt(place: Place, to?: Actor | null, where: 'in' | 'unrelated' | 'out' = 'in'): Promise<string> {
    const booker = where === 'unrelated' ? await this.p.login('town-a-operator') : to?.role === 'PARTNER' ? to.token : this.admin;
    return (await this.must<{ bookAppointment: { id: string } }>(booker, M.book, { input: this.bookingInput(place, where) })).bookAppointment.id;
  }

  /** A leader (LEADER) of the place's town, named to lead its cases (assignCaseLeader, leadersOf). One per place. */
  leaderAt(place: Place): Promise<string> {
    let hit = this.leaders.get(place.side);
    if (!hit) {
      const input = { username: `matrix-leader-${place.side}-${unique()}`, displayName: '矩阵领导', password: 'matrix2026', roles: ['LEADER'], regionId: place.town.id };
      hit = this.must<{ createUser: { id: string } }>(this.admin, M.user, { input }).then((r) => r.createUser.id);
      this.leaders.set(place.side, hit);
    }
    return hit;
  }

  async userAt(place: Place): Promise<string> {
    const input = { username: `matrix-u-${unique()}`, displayName: '矩阵账号', password: 'matrix2026', roles: ['OPERATOR'], regionId: place.town.id };
    return (await this.must<{ createUser: { id: string } }>(this.admin, M.user, { input })).createUser.id;
  }

  /** A case the supervision read model has taken in (the consumer is drained here: jobs do not run in tests). */
  async supervisedCaseAt(place: Place, stage: CaseStage = 'ACCEPTED'): Promise<{ id: string; code: string }> {
    const c = await this.caseAt(place, stage);
    await this.drainSupervision(c.id, stage);
    return c;
  }

  async drainSupervision(caseId: string, status?: string): Promise<void> {
    const runtime = (this.p.services.supervision as SupervisionServer).runtime;
    for (let i = 0; i < 400; i++) {
      await runtime.drain();
      const rows = await this.p.sql<{ status: string }>(`SELECT status FROM supervision.case_read WHERE case_id = $1`, [caseId]);
      if (rows.length && (!status || rows[0].status === status)) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`supervision never took in case ${caseId}`);
  }

  /** A reminder letter on an assigned case of the place (addressed to its lead department: `to`'s own when it is the department). */
  async letterAt(place: Place, to?: Actor | null): Promise<string> {
    const c = await this.caseAt(place, 'ASSIGNED', to?.role === 'DEPARTMENT' ? to : null);
    await this.drainSupervision(c.id, 'ASSIGNED');
    return (await this.must<{ issueSupervisionLetter: { id: string } }>(this.supervisor, M.letter, { c: c.id })).issueSupervisionLetter.id;
  }

  /** An overdue case of the place: accepted long ago, straight into the log as the cases subgraph writes it (the snapshot is the contract). */
  async overdueCaseAt(place: Place): Promise<string> {
    return this.acceptedCaseAt(place, '2026-01-05T01:00:00.000Z', 'SIMPLE');
  }

  /** A case of the place in its warning window: GENERAL (5 days, warning at 80 %) accepted 4.5 days ago. */
  async warningCaseAt(place: Place): Promise<string> {
    return this.acceptedCaseAt(place, new Date(Date.now() - 4.5 * 86_400_000).toISOString(), 'GENERAL');
  }

  private async acceptedCaseAt(place: Place, at: string, complexity: 'SIMPLE' | 'GENERAL'): Promise<string> {
    const id = crypto.randomUUID();
    const snapshot: CaseSnapshot = {
      id, code: `441422-20260105-9${String(++counter).padStart(5, '0')}`, title: '拖欠工资', status: 'ACCEPTED', fromStatus: 'REGISTERED', complexity,
      type: 'LABOUR_WAGES', channel: 'WINDOW', level: 'VILLAGE', regionId: place.gridRegion.id, regionCode: place.gridRegion.code, handlingCenterId: null,
      ladderStep: null, escalationCount: 0, receivedAt: at, acceptedAt: at, resolvedAt: null, closedAt: null, resolvedLevel: null,
      leadDepartmentId: null, departmentIds: [], mediatorId: null, applicantCount: 1, partyCount: 2, partyKeys: [`k:${id}`], amountInDispute: null, reopenCount: 0,
    };
    await this.p.dataSource('supervision').transaction((m) => appendEvents(m, [{
      kind: 'CASE_ACCEPTED', source: 'cases', regionId: place.gridRegion.id, regionCode: place.gridRegion.code, caseId: id, occurredAt: new Date(at), data: { case: snapshot },
    }]));
    await this.drainSupervision(id);
    await (this.p.services.supervision as SupervisionServer).runtime.tick();
    return id;
  }

  /** A group dispute (10 applicants) of the place, raised as a risk warning by the scheduler. */
  async riskAt(place: Place): Promise<string> {
    const { intakeCase } = await this.must<{ intakeCase: { id: string } }>(this.admin, M.intake, { input: {
      title: `群体欠薪 ${unique()}`, description: '十名工人追讨工资。', channel: 'WINDOW', type: 'LABOUR_WAGES', regionId: place.gridRegion.id,
      parties: [...Array.from({ length: 10 }, (_, i) => ({ name: `工人${i + 1}`, role: 'APPLICANT', phone: phone() })), { name: '某建筑公司', role: 'RESPONDENT' }],
    } });
    await this.drainSupervision(intakeCase.id);
    await (this.p.services.supervision as SupervisionServer).runtime.tick();
    return intakeCase.id;
  }

  /** A resolved case of the place with its follow-up visit (an unsatisfied one counts for accountability). */
  async followUpAt(place: Place): Promise<string> {
    const c = await this.supervisedCaseAt(place, 'RESOLVED');
    await this.must(this.supervisor, `mutation($c: ID!) { recordFollowUp(caseId: $c, rating: UNSATISFIED, comment: "处理太慢") { rating } }`, { c: c.id });
    return c.id;
  }

  /** The cursor of a dispatch event of the place (the newest one). */
  async eventCursorAt(place: Place): Promise<string> {
    await this.reportAt(place);
    const [row] = await this.p.sql<{ tx: string; id: string }>(`SELECT e.tx::text AS tx, e.id::text AS id FROM events.dispatch_event e WHERE e.region_code = $1 ORDER BY e.id DESC LIMIT 1`, [place.gridRegion.code]);
    return `${row.tx}_${row.id}`;
  }

  async sqlId(text: string, params: unknown[]): Promise<string> {
    const rows = await this.p.sql<{ id: string }>(text, params);
    if (!rows.length) throw new Error(`matrix setup: no row for ${text}`);
    return rows[0].id;
  }
}
