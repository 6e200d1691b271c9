/**
 * Volume module of the cases subgraph (tables of services/cases/src/store/migrations): cases across every
 * status, channel, type and complexity (the demo generator's distributions), each driven through a
 * plausible life — intake, acceptance, escalations up the ladder, assignment to a lead department (by
 * dispute type) with co-departments and a mediator, mediation, resolution / referral, closure — with
 * its parties, assignments, ledger entries (case_event, one per version), step visits, the day
 * counters of the case codes, and one dispatch event per ledger entry in the shared event log
 * (events.dispatch_event, `data.case` = the CaseSnapshot after that change, as the service writes it)
 * for the changes inside the log's retention (EVENT_RETENTION_DAYS, 400 by default; the platform prunes
 * older rows from the live log, so a live log never holds them).
 *
 * The rules come from the cases domain itself (ladder, party keys, case codes), so the rows are what
 * the service would have written. Timelines follow the complexity deadlines: most cases settle within
 * them, about one in eight runs late (supervision's overdue figures).
 */
import crypto from 'node:crypto';
import type { Client } from 'pg';
import { DEMO_COUNTY_CODE, generateCases, type CaseSeed, type World } from '@zz/demo-world';
import { DEFAULT_LADDER, caseCodeDay, formatCaseCode, initialStep, nextStep, partyKeys, type LadderStep } from '@zz/cases';
import { DEFAULT_DEADLINE_POLICY, deadlineFor } from '@zz/common';
import { arrayLiteral, Batch, flush, layoutProblem, openBulkClient, withIndexesDeferred, type ColumnSpec } from './bulk';
import { Progress } from './progress';
import type { VolumeContext, VolumeModule } from './modules';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Cases span the two years before "now" (the stats queries ask for a year). */
const SPAN_DAYS = 730;
/** Lead department by dispute type, then likely co-departments (names of the demo world's departments). */
const DEPARTMENTS_BY_TYPE: Record<string, string[]> = {
  MARRIAGE_FAMILY: ['妇联', '司法局', '人民调解委员会', '民政局'],
  NEIGHBOUR: ['司法局', '人民调解委员会', '公安局'],
  DEBT: ['法院', '司法局', '公安局'],
  LABOUR_WAGES: ['人社局', '总工会', '法院', '住建局'],
  LAND: ['自然资源局', '农业农村局', '司法局', '林业局'],
  TRAFFIC_ACCIDENT: ['交通事故纠纷调解委员会', '公安局', '交通运输局', '法院'],
  MEDICAL: ['医患纠纷调解委员会', '卫健局', '法院'],
  CONSUMER: ['市场监管局', '人民调解委员会'],
  PROPERTY_MANAGEMENT: ['住建局', '人民调解委员会', '城管执法局'],
  CONSTRUCTION_PAYMENT: ['住建局', '人社局', '法院'],
  OTHER: ['司法局', '信访局', '人民调解委员会'],
};
const ROUTES = ['ARBITRATION', 'LITIGATION', 'ADMINISTRATIVE_REVIEW'] as const;
const AGREEMENTS = ['双方自愿达成调解协议，当场履行完毕', '双方达成分期履行协议', '经释法明理，申请人撤回主张，双方和解', '达成调解协议并申请司法确认'];

/** mulberry32: fast, deterministic per case. */
function rngOf(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, between: (lo: number, hi: number) => lo + next() * (hi - lo), chance: (p: number) => next() < p, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

const CASE_COLUMNS: ColumnSpec[] = [
  ['id', 'uuid'], ['code', 'text'], ['idempotency_key', 'text'], ['title', 'text'], ['description', 'text'], ['channel', 'text'],
  ['type', 'text'], ['complexity', 'text'], ['status', 'text'], ['mediation_failed', 'boolean'], ['ladder_step', 'text'],
  ['level', 'text'], ['center_level', 'text'], ['handling_center_id', 'uuid'], ['region_id', 'uuid'], ['region_code', 'text'],
  ['region_level', 'text'], ['amount_in_dispute', 'numeric'], ['party_count', 'int'], ['applicant_count', 'int'], ['party_keys', 'text[]'],
  ['lead_department_id', 'uuid'], ['department_ids', 'uuid[]'], ['mediator_id', 'uuid'], ['escalation_count', 'int'], ['reopen_count', 'int'],
  ['received_at', 'timestamptz'], ['received_by', 'uuid'], ['accepted_at', 'timestamptz'], ['deadline_at', 'timestamptz'],
  ['resolved_at', 'timestamptz'], ['resolved_level', 'text'], ['closed_at', 'timestamptz'], ['agreement', 'text'], ['referral_route', 'text'],
  ['merged_into_id', 'uuid'], ['version', 'int'], ['updated_at', 'timestamptz'], ['step_entered_at', 'timestamptz'],
  // Every active mediator (the scale story assigns one): the mediators' load counts from this column.
  ['mediator_ids', 'uuid[]'],
].map(([name, type]) => ({ name, type }) as ColumnSpec);
const PARTY_COLUMNS: ColumnSpec[] = [['id', 'uuid'], ['case_id', 'uuid'], ['position', 'int'], ['name', 'text'], ['role', 'text'], ['phone', 'text'], ['id_number', 'text']]
  .map(([name, type]) => ({ name, type }) as ColumnSpec);
const ASSIGNMENT_COLUMNS: ColumnSpec[] = [['id', 'uuid'], ['case_id', 'uuid'], ['department_id', 'uuid'], ['mediator_id', 'uuid'], ['role', 'text'],
  ['assigned_at', 'timestamptz'], ['assigned_by', 'uuid'], ['note', 'text'], ['active', 'boolean'], ['ended_at', 'timestamptz'], ['end_reason', 'text']]
  .map(([name, type]) => ({ name, type }) as ColumnSpec);
const LEDGER_COLUMNS: ColumnSpec[] = [['case_id', 'uuid'], ['version', 'int'], ['at', 'timestamptz'], ['actor_id', 'uuid'], ['actor_username', 'text'],
  ['action', 'text'], ['from_status', 'text'], ['to_status', 'text'], ['step_key', 'text'], ['level', 'text'], ['note', 'text'], ['details', 'jsonb']]
  .map(([name, type]) => ({ name, type }) as ColumnSpec);
const VISIT_COLUMNS: ColumnSpec[] = [['case_id', 'uuid'], ['step_key', 'text'], ['level', 'text'], ['center_level', 'text'], ['center_id', 'uuid'],
  ['entered_at', 'timestamptz'], ['left_at', 'timestamptz']]
  .map(([name, type]) => ({ name, type }) as ColumnSpec);
const EVENT_COLUMNS: ColumnSpec[] = [['kind', 'text'], ['source', 'text'], ['region_id', 'uuid'], ['region_code', 'text'], ['case_id', 'uuid'],
  ['actor_id', 'uuid'], ['occurred_at', 'timestamptz'], ['data', 'jsonb']]
  .map(([name, type]) => ({ name, type }) as ColumnSpec);

interface Directory {
  center(regionCode: string, level: 'COUNTY' | 'TOWN' | 'VILLAGE'): string | null;
  regionLevel(regionId: string): string;
  regionCode(regionId: string): string;
  mediatorsFor(regionCode: string): string[];
  departmentsFor(type: string): string[];
  /** Demo accounts of county 1 act on its cases (history actors resolve through personnel). */
  actor(regionCode: string, role: 'operator' | 'dispatcher'): { id: string; username: string } | null;
}

function directoryOf(world: World): Directory {
  const centers = new Map(world.centers.map((c) => [`${c.level}:${c.regionCode}`, c.id]));
  const regions = new Map(world.regions.map((r) => [r.id, r]));
  const mediatorsByCode = new Map<string, string[]>();
  for (const m of world.mediators) {
    if (m.kind !== 'MEDIATOR' || !m.available) continue;
    const list = mediatorsByCode.get(m.regionCode) ?? [];
    list.push(m.id);
    mediatorsByCode.set(m.regionCode, list);
  }
  const deptByName = new Map(world.departments.map((d) => [d.name, d.id]));
  const departmentsByType = new Map(Object.entries(DEPARTMENTS_BY_TYPE).map(([t, names]) => [t, names.map((n) => deptByName.get(n)).filter((x): x is string => !!x)]));
  const fallbackDepartments = world.departments.slice(0, 5).map((d) => d.id);
  const operator = world.users.find((u) => u.username === 'county-operator');
  const dispatcher = world.users.find((u) => u.username === 'county-dispatcher');
  const len = { COUNTY: 6, TOWN: 9, VILLAGE: 12 } as const;
  return {
    center: (code, level) => (code.length >= len[level] ? centers.get(`${level}:${code.slice(0, len[level])}`) ?? null : null),
    regionLevel: (id) => regions.get(id)!.level,
    regionCode: (id) => regions.get(id)!.code,
    mediatorsFor: (code) => [
      ...(mediatorsByCode.get(code.slice(0, 12)) ?? []), ...(mediatorsByCode.get(code.slice(0, 9)) ?? []), ...(mediatorsByCode.get(code.slice(0, 6)) ?? []),
    ],
    departmentsFor: (type) => departmentsByType.get(type)?.length ? departmentsByType.get(type)! : fallbackDepartments,
    actor: (code, role) => {
      if (!code.startsWith(DEMO_COUNTY_CODE)) return null;
      const u = role === 'operator' ? operator : dispatcher;
      return u ? { id: u.id, username: u.username } : null;
    },
  };
}

interface Batches {
  cases: Batch; parties: Batch; assignments: Batch; ledger: Batch; visits: Batch; events: Batch | null;
}

interface CaseState {
  id: string; code: string; title: string; status: string; complexity: string | null; type: string; channel: string;
  step: LadderStep; handlingCenterId: string; regionId: string; regionCode: string; escalationCount: number;
  receivedAt: number; acceptedAt: number | null; deadlineAt: number | null; resolvedAt: number | null; closedAt: number | null;
  resolvedLevel: string | null; leadDepartmentId: string | null; departmentIds: string[]; mediatorId: string | null;
  applicantCount: number; partyCount: number; partyKeys: string[]; amountInDispute: string | null; version: number;
  mediationFailed: boolean; agreement: string | null; referralRoute: string | null;
}

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** Drives one case through its life, pushing every row it produces into the batches. */
function driveCase(seed: CaseSeed, n: number, now: number, dir: Directory, b: Batches, codeSeq: Map<string, number>, eventsFrom: number): void {
  const rng = rngOf(0x5eed ^ Math.imul(n + 1, 0x9e3779b1));
  const regionCode = dir.regionCode(seed.regionId);
  const regionLevel = dir.regionLevel(seed.regionId) as 'TOWN' | 'VILLAGE' | 'GRID';
  const t0 = Date.parse(seed.receivedAt);
  const county = regionCode.slice(0, 6);
  const dayKey = `${county}:${caseCodeDay(new Date(t0))}`;
  const seq = (codeSeq.get(dayKey) ?? 0) + 1;
  codeSeq.set(dayKey, seq);
  const step0 = initialStep(DEFAULT_LADDER, regionLevel, seed.channel as never);
  const center0 = dir.center(regionCode, step0.centerLevel);
  if (!center0) return;
  const parties = seed.parties;

  // The plan: which actions, at which offsets from receipt (scaled into [t0, now) at the end).
  type Act = { kind: string; action: string; at: number; apply: (s: CaseState) => string | null; note?: string | null; details?: Record<string, unknown> };
  const acts: Act[] = [];
  const target = seed.targetStatus;
  // The default policy's days (the service's rule, deadlineFor): plans are shaped around them.
  const days = DEFAULT_DEADLINE_POLICY.days[seed.complexity];
  let t = 0;
  const later = (lo: number, hi: number) => (t += rng.between(lo, hi));
  if (target === 'REJECTED') {
    acts.push({ kind: 'CASE_REJECTED', action: 'reject', at: later(10 * MIN, 1 * DAY), note: '不属于矛盾纠纷受理范围，已告知当事人通过其他渠道反映', apply: () => 'REJECTED' });
  } else if (target !== 'REGISTERED') {
    // (times are set when the plan is replayed below, after scaling)
    acts.push({ kind: 'CASE_ACCEPTED', action: 'accept', at: later(10 * MIN, 6 * HOUR), details: { complexity: seed.complexity }, apply: () => 'ACCEPTED' });
    // 上行: some cases climb the ladder before a department takes them.
    const climbs = seed.complexity === 'DIFFICULT' ? (rng.chance(0.35) ? (rng.chance(0.3) ? 2 : 1) : 0) : rng.chance(0.08) ? 1 : 0;
    let step = step0;
    for (let i = 0; i < climbs && step.days !== null; i++) {
      const next = nextStep(DEFAULT_LADDER, step.key);
      const from = step;
      step = next;
      acts.push({ kind: 'CASE_ESCALATED', action: 'escalate', at: later(2 * HOUR, 2 * DAY), note: '本级调处未果，按程序上行', details: { fromStep: from.key, toStep: next.key, fromLevel: from.centerLevel, toLevel: next.centerLevel },
        apply: (s) => {
          s.step = next; s.escalationCount++; s.leadDepartmentId = null; s.departmentIds = []; s.mediatorId = null;
          s.handlingCenterId = dir.center(s.regionCode, next.centerLevel) ?? s.handlingCenterId; return 'ACCEPTED';
        } });
    }
    if (target !== 'ACCEPTED') {
      const depts = dir.departmentsFor(seed.type);
      const lead = rng.chance(0.8) ? depts[0] : rng.pick(depts);
      const assists = depts.filter((d) => d !== lead && rng.chance(0.3)).slice(0, 2);
      const mediators = dir.mediatorsFor(regionCode);
      const mediator = mediators.length && rng.chance(0.7) ? rng.pick(mediators) : null;
      acts.push({ kind: 'CASE_ASSIGNED', action: 'assign', at: later(30 * MIN, 1 * DAY), details: { leadDepartmentId: lead, departmentIds: [lead, ...assists], mediatorId: mediator },
        apply: (s) => { s.leadDepartmentId = lead; s.departmentIds = [lead, ...assists]; s.mediatorId = mediator; return 'ASSIGNED'; } });
      const settleAt = () => {
        const late = rng.chance(0.12);
        const f = late ? rng.between(1.05, 2.0) : rng.between(0.15, 0.95);
        return Math.max(t + 30 * MIN, acts[0].at + f * days * DAY);
      };
      const refer = target === 'REFERRED' || (target === 'CLOSED' && rng.chance(0.15));
      if (target === 'IN_MEDIATION' || target === 'RESOLVED' || (target === 'CLOSED' && !refer) || (refer && rng.chance(0.5))) {
        acts.push({ kind: 'MEDIATION_STARTED', action: 'startMediation', at: later(1 * HOUR, 2 * DAY), apply: () => 'IN_MEDIATION' });
      }
      if (refer) {
        const route = rng.pick(ROUTES);
        t = settleAt();
        acts.push({ kind: 'CASE_REFERRED', action: 'refer', at: t, details: { route }, apply: (s) => { s.referralRoute = route; return 'REFERRED'; } });
      } else if (target === 'RESOLVED' || target === 'CLOSED') {
        t = settleAt();
        const agreement = rng.pick(AGREEMENTS);
        acts.push({ kind: 'CASE_RESOLVED', action: 'recordOutcome', at: t, details: { outcome: 'RESOLVED', agreement }, apply: (s) => {
          s.resolvedLevel = s.step.centerLevel; s.agreement = agreement; return 'RESOLVED';
        } });
      }
      if (target === 'CLOSED') {
        const at = later(1 * DAY, 10 * DAY);
        acts.push({ kind: 'CASE_CLOSED', action: 'close', at, apply: () => 'CLOSED' });
      }
    }
  }
  // Keep the whole life before "now" (cases received recently have not had time for a long one).
  const room = now - MIN - t0;
  const last = acts.length ? acts[acts.length - 1].at : 0;
  if (last > room && room > 0) {
    const k = room / last;
    for (const a of acts) a.at = Math.floor(a.at * k);
  }
  const state: CaseState = {
    id: crypto.randomUUID(), code: formatCaseCode(county, new Date(t0), seq), title: seed.title, status: 'REGISTERED', complexity: null,
    type: seed.type, channel: seed.channel, step: step0, handlingCenterId: center0, regionId: seed.regionId, regionCode,
    escalationCount: 0, receivedAt: t0, acceptedAt: null, deadlineAt: null, resolvedAt: null, closedAt: null, resolvedLevel: null,
    leadDepartmentId: null, departmentIds: [], mediatorId: null, applicantCount: parties.filter((p) => p.role === 'APPLICANT').length,
    partyCount: parties.length, partyKeys: partyKeys(parties, regionCode), amountInDispute: seed.amountInDispute, version: 0,
    mediationFailed: false, agreement: null, referralRoute: null,
  };
  const operator = dir.actor(regionCode, 'operator');
  const dispatcher = dir.actor(regionCode, 'dispatcher');

  const record = (kind: string, action: string, at: number, fromStatus: string | null, note: string | null, details: Record<string, unknown>) => {
    state.version++;
    const actor = action === 'intake' ? operator : dispatcher;
    b.ledger.push(state.id, state.version, new Date(at), actor?.id ?? null, actor?.username ?? 'scale-seed', action, fromStatus, state.status,
      state.step.key, state.step.level, note, details);
    // The live event log keeps EVENT_RETENTION_DAYS (older rows are pruned by the platform): same here.
    if (b.events && at >= eventsFrom) {
      const snapshot = {
        id: state.id, code: state.code, title: state.title, status: state.status, fromStatus, complexity: state.complexity, type: state.type,
        channel: state.channel, level: state.step.centerLevel, regionId: state.regionId, regionCode: state.regionCode, handlingCenterId: state.handlingCenterId,
        ladderStep: state.step.key, escalationCount: state.escalationCount, receivedAt: iso(state.receivedAt), acceptedAt: iso(state.acceptedAt),
        resolvedAt: iso(state.resolvedAt), closedAt: iso(state.closedAt), resolvedLevel: state.resolvedLevel, leadDepartmentId: state.leadDepartmentId,
        departmentIds: state.departmentIds, mediatorId: state.mediatorId, applicantCount: state.applicantCount, partyCount: state.partyCount,
        partyKeys: state.partyKeys, amountInDispute: state.amountInDispute, reopenCount: 0,
      };
      b.events.push(kind, 'cases', state.regionId, state.regionCode, state.id, actor?.id ?? null, new Date(at), { case: snapshot, note, details });
    }
  };

  record('CASE_RECEIVED', 'intake', t0, null, null, { channel: seed.channel, stepKey: step0.key, possibleDuplicates: [] });
  const visits: { step: LadderStep; center: string; enteredAt: number; leftAt: number | null }[] = [{ step: step0, center: center0, enteredAt: t0, leftAt: null }];
  for (const a of acts) {
    const at = t0 + a.at;
    const from = state.status;
    state.status = a.apply(state)!;
    if (a.action === 'accept') { state.complexity = seed.complexity; state.acceptedAt = at; state.deadlineAt = deadlineFor(seed.complexity, new Date(at)).getTime(); }
    else if (a.action === 'recordOutcome') state.resolvedAt = at;
    else if (a.action === 'close') state.closedAt = at;
    if (a.action === 'escalate') {
      visits[visits.length - 1].leftAt = at;
      visits.push({ step: state.step, center: state.handlingCenterId, enteredAt: at, leftAt: null });
    }
    if (a.action === 'assign') {
      const by = dispatcher?.id ?? null;
      state.departmentIds.forEach((d, i) => b.assignments.push(crypto.randomUUID(), state.id, d, null, i === 0 ? 'LEAD' : 'ASSIST', new Date(at), by, null, true, null, null));
      if (state.mediatorId) b.assignments.push(crypto.randomUUID(), state.id, null, state.mediatorId, 'LEAD', new Date(at), by, null, true, null, null);
    }
    record(a.kind, a.action, at, from, a.note ?? null, a.details ?? {});
  }
  const updatedAt = t0 + (acts.length ? acts[acts.length - 1].at : 0);
  // Settled and ended cases have left their last step.
  if (!['REGISTERED', 'ACCEPTED', 'ASSIGNED', 'IN_MEDIATION'].includes(state.status)) visits[visits.length - 1].leftAt = updatedAt;
  for (const v of visits) b.visits.push(state.id, v.step.key, v.step.level, v.step.centerLevel, v.center, new Date(v.enteredAt), v.leftAt === null ? null : new Date(v.leftAt));

  b.cases.push(state.id, state.code, null, seed.title, seed.description, seed.channel, seed.type, state.complexity, state.status, state.mediationFailed,
    state.step.key, state.step.level, state.step.centerLevel, state.handlingCenterId, seed.regionId, regionCode, regionLevel, seed.amountInDispute,
    state.partyCount, state.applicantCount, arrayLiteral(state.partyKeys), state.leadDepartmentId, arrayLiteral(state.departmentIds), state.mediatorId,
    state.escalationCount, 0, new Date(t0), operator?.id ?? null, iso(state.acceptedAt), iso(state.deadlineAt), iso(state.resolvedAt), state.resolvedLevel,
    iso(state.closedAt), state.agreement, state.referralRoute, null, state.version, new Date(updatedAt), new Date(visits[visits.length - 1].enteredAt),
    arrayLiteral(state.mediatorId ? [state.mediatorId] : []));
  parties.forEach((p, i) => b.parties.push(crypto.randomUUID(), state.id, i, p.name, p.role, p.phone, p.idNumber));
}

export const casesModule: VolumeModule = {
  name: 'cases',
  async load(ctx: VolumeContext) {
    const { client, world } = ctx;
    const newBatches = (withEvents: boolean): Batches => ({
      cases: new Batch('cases."case"', CASE_COLUMNS),
      parties: new Batch('cases.party', PARTY_COLUMNS),
      assignments: new Batch('cases.assignment', ASSIGNMENT_COLUMNS),
      ledger: new Batch('cases.case_event', LEDGER_COLUMNS),
      visits: new Batch('cases.step_visit', VISIT_COLUMNS),
      events: withEvents ? new Batch('events.dispatch_event', EVENT_COLUMNS) : null,
    });
    const probe = newBatches(true);
    const skipped: Record<string, string> = {};
    for (const key of ['cases', 'parties', 'assignments', 'ledger', 'visits'] as const) {
      const problem = await layoutProblem(client, probe[key]);
      if (problem) {
        if (key === 'cases' || key === 'parties') return { skipped: { [probe[key].table]: problem }, cases: 0 };
        skipped[probe[key].table] = problem;
      }
    }
    const eventsProblem = await layoutProblem(client, probe.events!);
    if (eventsProblem) skipped['events.dispatch_event'] = eventsProblem;
    const withEvents = !eventsProblem;
    const counts: Record<string, number> = {};
    /** Time spent in the database per table (the rest is generating rows in JS). */
    const flushMs: Record<string, number> = {};
    const flushOne = async (c: Client, batch: Batch | null) => {
      if (!batch || skipped[batch.table]) return;
      const t = Date.now();
      counts[batch.table] = (counts[batch.table] ?? 0) + (await flush(c, batch));
      flushMs[batch.table] = (flushMs[batch.table] ?? 0) + Date.now() - t;
    };
    // Two connections (two server backends, one per core): the event log — half the bytes — on one,
    // the cases tables on the other; and the next chunk is generated while the previous one is written.
    const side = await openBulkClient(ctx.url);
    const flushChunk = async (b: Batches) => {
      await Promise.all([
        (async () => { for (const key of ['cases', 'parties', 'assignments', 'ledger', 'visits'] as const) await flushOne(client, b[key]); })(),
        flushOne(side, b.events),
      ]);
    };

    const now = ctx.now.getTime();
    const eventsFrom = now - ctx.eventRetentionDays * DAY;
    const dir = directoryOf(world);
    const codeSeq = new Map<string, number>();
    const bar = new Progress('cases', ctx.cases);
    const tables = ['cases."case"', 'cases.party', 'cases.assignment', 'cases.case_event', 'cases.step_visit', ...(withEvents ? ['events.dispatch_event'] : [])]
      .filter((t) => !skipped[t]);
    try {
      await withIndexesDeferred(client, tables, async () => {
        // Cases come in chunks from the demo generator (each chunk its own seed, spread over two years
        // and over every county of the world), so memory stays flat at any scale.
        let pending: Promise<void> | null = null;
        for (let done = 0, chunk = 0; done < ctx.cases; chunk++) {
          const count = Math.min(ctx.batchSize, ctx.cases - done);
          const b = newBatches(withEvents);
          const seeds = generateCases(world, { count, now: ctx.now, days: SPAN_DAYS, seed: 1_000_003 + chunk });
          for (let i = 0; i < seeds.length; i++) driveCase(seeds[i], done + i, now, dir, b, codeSeq, eventsFrom);
          if (pending) await pending;
          pending = flushChunk(b).then(() => bar.add(count));
          done += count;
        }
        if (pending) await pending;
        bar.finish();
      }, (name) => process.stderr.write(`  rebuilding index ${name}\n`));
    } finally {
      await side.end();
    }

    // The day counters of case codes: new intakes continue after the loaded sequences.
    if (!(await layoutProblem(client, { table: 'cases.case_code_counter', columns: [{ name: 'county_code', type: 'text' }, { name: 'day', type: 'text' }, { name: 'last_seq', type: 'int' }] }))) {
      const counter = new Batch('cases.case_code_counter', [{ name: 'county_code', type: 'text' }, { name: 'day', type: 'text' }, { name: 'last_seq', type: 'int' }]);
      for (const [k, v] of codeSeq) {
        const [countyCode, day] = k.split(':');
        counter.push(countyCode, day, v);
        if (counter.size >= 10_000) await flush(client, counter, 'ON CONFLICT (county_code, day) DO UPDATE SET last_seq = GREATEST(cases.case_code_counter.last_seq, EXCLUDED.last_seq)');
      }
      await flush(client, counter, 'ON CONFLICT (county_code, day) DO UPDATE SET last_seq = GREATEST(cases.case_code_counter.last_seq, EXCLUDED.last_seq)');
      counts['cases.case_code_counter'] = codeSeq.size;
    }
    return { rows: counts, skipped, insertSeconds: Object.fromEntries(Object.entries(flushMs).map(([k, v]) => [k, Math.round(v / 100) / 10])) };
  },
};
