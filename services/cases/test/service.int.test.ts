/**
 * The service layer on a real PostgreSQL (its own database clone), with the neighbours answered from
 * the demo world: transactions, the ledger's guarantees, concurrency, idempotency, code allocation,
 * step visits and the demo seed. The API-level behaviour is tested through the gateway in
 * cases.e2e.test.ts.
 */
import type { DataSource } from 'typeorm';
import { DomainError, idNumberCheckChar, parseConfig } from '@zz/common';
import { openTestDataSources } from '@zz/platform/testing';
import { CaseStore } from '../src/store/case-store';
import { CaseService } from '../src/service/case-service';
import { DEFAULT_POLICY, parseCasePolicy } from '../src/domain/policy';
import { WorldDirectory, seedDemoCases, seedDemoMeetings } from '../src/seed';
import { actorOf, department, gridA, mediator, phone, townA, villageA, world } from './world-fixtures';

// The machine is shared: give setup and the larger tests room (jest's default is 5 s).
jest.setTimeout(60_000);

let t: Awaited<ReturnType<typeof openTestDataSources>>;
let ds: DataSource;
let service: CaseService;
const operator = actorOf('town-a-operator');

beforeAll(async () => {
  t = await openTestDataSources();
  ds = t.dataSources.cases;
  service = new CaseService(new CaseStore(ds), new WorldDirectory(world), DEFAULT_POLICY);
});
afterAll(async () => {
  await t?.close();
});

const intakeInput = (over: Record<string, unknown> = {}) => ({
  title: '邻里通行道路纠纷', description: '邻居在共用巷道加装铁门，出行受阻，双方曾发生推搡。', channel: 'WINDOW', type: 'NEIGHBOUR',
  regionId: villageA.id, parties: [{ name: '张三', role: 'APPLICANT', phone: phone() }, { name: '李四', role: 'RESPONDENT' }], ...over,
});

async function codeOf(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
  return 'OK';
}

const count = async (sql: string, params: unknown[] = []) => Number((await ds.query(sql, params))[0].n);
const eventsOf = (caseId: string) => count(`SELECT count(*) AS n FROM events.dispatch_event WHERE case_id = $1`, [caseId]);
const ledgerOf = (caseId: string) => count(`SELECT count(*) AS n FROM cases.case_event WHERE case_id = $1`, [caseId]);

describe('intake', () => {
  it('writes the case, its parties, ledger entry, step visit and CASE_RECEIVED in one go', async () => {
    const c = await service.intake(operator, intakeInput());
    expect(c.code).toMatch(/^441422-\d{8}-\d{6}$/);
    expect(c).toMatchObject({ status: 'REGISTERED', version: 1, ladderStep: 'VILLAGE_COMMITTEE', level: 'VILLAGE', centerLevel: 'VILLAGE' });
    expect(c.handlingCenterId).toBe(world.centers.find((x) => x.regionId === villageA.id)!.id);
    expect(await ledgerOf(c.id)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM cases.party WHERE case_id = $1`, [c.id])).toBe(2);
    expect(await count(`SELECT count(*) AS n FROM cases.step_visit WHERE case_id = $1 AND left_at IS NULL`, [c.id])).toBe(1);
    const [event] = await ds.query(`SELECT kind, region_code, data FROM events.dispatch_event WHERE case_id = $1`, [c.id]);
    expect(event.kind).toBe('CASE_RECEIVED');
    expect(event.region_code).toBe(villageA.code);
    expect(event.data.case).toMatchObject({ id: c.id, code: c.code, status: 'REGISTERED', fromStatus: null, level: 'VILLAGE', partyCount: 2, applicantCount: 1 });
    expect(event.data.case.partyKeys).toHaveLength(3);
    expect(JSON.stringify(event.data)).not.toContain('张三');
  });

  it('starts a grid worker’s report at the grid step, with the village center handling it', async () => {
    const c = await service.intake(actorOf('grid-a-worker'), intakeInput({ channel: 'GRID', regionId: gridA.id }));
    expect(c).toMatchObject({ ladderStep: 'GRID', level: 'GRID', centerLevel: 'VILLAGE', regionLevel: 'GRID' });
  });

  it('never gives two cases the same code, even under concurrent intake', async () => {
    const cases = await Promise.all(Array.from({ length: 12 }, () => service.intake(operator, intakeInput())));
    const codes = cases.map((c) => c.code);
    expect(new Set(codes).size).toBe(12);
    const seqs = codes.map((code) => Number(code.slice(-6))).sort((a, b) => a - b);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBe(seqs[i - 1] + 1);
  });

  it('returns the same case for the same idempotency key, sequentially and in parallel', async () => {
    const first = await service.intake(operator, intakeInput({ idempotencyKey: 'retry-seq-1' }));
    const again = await service.intake(operator, intakeInput({ idempotencyKey: 'retry-seq-1' }));
    expect(again.id).toBe(first.id);

    const parallel = await Promise.all(Array.from({ length: 8 }, () => service.intake(operator, intakeInput({ idempotencyKey: 'retry-par-1' }))));
    expect(new Set(parallel.map((c) => c.id)).size).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM cases."case" WHERE idempotency_key = 'retry-par-1'`)).toBe(1);
    expect(await eventsOf(parallel[0].id)).toBe(1);
  });

  it('does not let another jurisdiction reach a case through its idempotency key', async () => {
    await service.intake(operator, intakeInput({ idempotencyKey: 'town-a-only' }));
    expect(await codeOf(() => service.intake(actorOf('town-b-operator'), intakeInput({ idempotencyKey: 'town-a-only', regionId: world.regions.find((r) => r.parentId === world.regions.filter((x) => x.level === 'TOWN')[1].id)!.id })))).toBe('CONFLICT');
  });

  it('flags a possible duplicate (same applicant phone within 30 days)', async () => {
    const p = phone();
    const a = await service.intake(operator, intakeInput({ parties: [{ name: '王五', role: 'APPLICANT', phone: p }] }));
    const b = await service.intake(operator, intakeInput({ type: 'DEBT', parties: [{ name: '王五', role: 'APPLICANT', phone: p }] }));
    const rows = await ds.query(`SELECT other_case_id, reasons FROM cases.possible_duplicate WHERE case_id = $1`, [b.id]);
    expect(rows).toEqual([{ other_case_id: a.id, reasons: [expect.stringContaining('申请人联系电话相同')] }]);
  });

  it('flags by applicant ID number, and by respondent only within the same region and dispute type', async () => {
    const dupsOf = async (id: string) => (await ds.query(`SELECT other_case_id, reasons FROM cases.possible_duplicate WHERE case_id = $1`, [id]))
      .map((r: { other_case_id: string; reasons: string[] }) => ({ other: r.other_case_id, reasons: r.reasons.map((x) => x.slice(0, 6)) }));
    const idNumberFull = '44142219770505631' + idNumberCheckChar('44142219770505631');
    const respondent = `某某建材公司${phone().slice(-4)}`;
    const a = await service.intake(operator, intakeInput({ type: 'DEBT', parties: [{ name: '赵六', role: 'APPLICANT', phone: phone(), idNumber: idNumberFull }, { name: respondent, role: 'RESPONDENT' }] }));
    // Another phone, the same ID number: flagged by the ID number (any region, any type).
    const b = await service.intake(operator, intakeInput({ type: 'LABOUR_WAGES', regionId: villageA.id, parties: [{ name: '赵六', role: 'APPLICANT', phone: phone(), idNumber: idNumberFull }] }));
    expect(await dupsOf(b.id)).toEqual([{ other: a.id, reasons: ['申请人身份证'] }]);
    // Other applicant, the same respondent (spacing differs), same village and type: flagged by the respondent.
    const c = await service.intake(operator, intakeInput({ type: 'DEBT', parties: [{ name: '钱七', role: 'APPLICANT', phone: phone() }, { name: ` ${respondent.slice(0, 2)} ${respondent.slice(2)}`, role: 'RESPONDENT' }] }));
    expect(await dupsOf(c.id)).toEqual([{ other: a.id, reasons: ['同一地区、同'] }]);
    // The same respondent in another dispute type: not a duplicate.
    const d = await service.intake(operator, intakeInput({ type: 'LABOUR_WAGES', parties: [{ name: '孙八', role: 'APPLICANT', phone: phone() }, { name: respondent, role: 'RESPONDENT' }] }));
    expect(await dupsOf(d.id)).toEqual([]);
  });
});

describe('the state machine in the database', () => {
  it('an illegal transition is CONFLICT and writes nothing', async () => {
    const c = await service.intake(operator, intakeInput());
    const before = { ledger: await ledgerOf(c.id), events: await eventsOf(c.id) };
    expect(await codeOf(() => service.startMediation(operator, c.id))).toBe('CONFLICT');
    expect(await codeOf(() => service.close(operator, c.id, null))).toBe('CONFLICT');
    const [row] = await ds.query(`SELECT status, version FROM cases."case" WHERE id = $1`, [c.id]);
    expect(row).toEqual({ status: 'REGISTERED', version: 1 });
    expect({ ledger: await ledgerOf(c.id), events: await eventsOf(c.id) }).toEqual(before);
  });

  it('two concurrent changes of one case: exactly one wins', async () => {
    const c = await service.intake(operator, intakeInput());
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => service.accept(operator, c.id, i % 2 ? 'SIMPLE' : 'COMPLEX')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x): x is PromiseRejectedResult => x.status === 'rejected')) expect((r.reason as DomainError).code).toBe('CONFLICT');
    expect(await ledgerOf(c.id)).toBe(2);
    expect(await eventsOf(c.id)).toBe(2);
  });

  it('escalation moves the step visits and the center; the ledger has one entry per version', async () => {
    const c0 = await service.intake(operator, intakeInput());
    let c = await service.accept(operator, c0.id, 'GENERAL');
    c = await service.assign(operator, { caseId: c.id, mediatorId: mediator(), leadDepartmentId: department('JUSTICE') });
    c = await service.startMediation(operator, c.id);
    c = await service.recordOutcome(operator, { caseId: c.id, outcome: 'FAILED', note: '被申请人拒不到场' });
    c = await service.escalate(operator, c.id, '村级调解未果');
    expect(c).toMatchObject({ status: 'ACCEPTED', ladderStep: 'TOWN_CENTER', centerLevel: 'TOWN', escalationCount: 1, mediatorId: null, leadDepartmentId: null });
    expect(c.handlingCenterId).toBe(world.centers.find((x) => x.regionId === townA.id)!.id);
    const visits = await ds.query(`SELECT step_key, left_at IS NULL AS open FROM cases.step_visit WHERE case_id = $1 ORDER BY entered_at, id`, [c.id]);
    expect(visits).toEqual([{ step_key: 'VILLAGE_COMMITTEE', open: false }, { step_key: 'TOWN_CENTER', open: true }]);
    expect(await count(`SELECT count(*) AS n FROM cases.assignment WHERE case_id = $1 AND active`, [c.id])).toBe(0);
    const versions = await ds.query(`SELECT version FROM cases.case_event WHERE case_id = $1 ORDER BY version`, [c.id]);
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('the ledger is append-only, and a case row cannot change without its ledger entry', async () => {
    const c = await service.intake(operator, intakeInput());
    await expect(ds.query(`UPDATE cases.case_event SET note = 'x' WHERE case_id = $1`, [c.id])).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM cases.case_event WHERE case_id = $1`, [c.id])).rejects.toThrow(/append-only/);
    await expect(ds.query(`UPDATE cases."case" SET status = 'CLOSED', version = version + 1 WHERE id = $1`, [c.id])).rejects.toThrow(/ledger entry/);
    expect((await ds.query(`SELECT status FROM cases."case" WHERE id = $1`, [c.id]))[0].status).toBe('REGISTERED');
  });
});

describe('1+5+N under the county policy', () => {
  it('a county\'s own list replaces the top-level one, which replaces the default five', async () => {
    const policy = parseCasePolicy(JSON.stringify({
      consultation: { requiredKinds: ['COURT', 'POLICE'] },
      counties: { '441422': { consultation: { requiredKinds: ['COURT', 'PROCURATORATE'] } } },
    }));
    const configured = new CaseService(new CaseStore(ds), new WorldDirectory(world), policy);
    const c = await service.intake(operator, intakeInput()); // village A: county 441422
    await service.accept(operator, c.id, 'GENERAL');
    const consult = (svc: CaseService, kinds: string[]) => svc.openConsultation(operator, { caseId: c.id, topic: '通行纠纷会商', departmentIds: kinds.map(department) });
    const refused = async (fn: () => Promise<unknown>) => fn().then(() => null, (e: DomainError) => [e.code, e.field, e.message]);
    expect(await refused(() => consult(configured, ['COURT', 'POLICE']))).toEqual(['BAD_USER_INPUT', 'input.departmentIds', expect.stringContaining('缺少：检察院')]);
    expect(await refused(() => consult(service, ['COURT', 'PROCURATORATE']))).toEqual(['BAD_USER_INPUT', 'input.departmentIds', expect.stringContaining('缺少：公安局、司法局、信访局')]);
    expect(await count(`SELECT count(*) AS n FROM cases.consultation WHERE case_id = $1`, [c.id])).toBe(0);
    await consult(configured, ['COURT', 'PROCURATORATE']);
    expect(await count(`SELECT count(*) AS n FROM cases.consultation WHERE case_id = $1`, [c.id])).toBe(1);
  });
});

describe('demo seed', () => {
  it('drives cases into every state through the service, and a re-run changes nothing', async () => {
    const config = { ...parseConfig({ APP_ENV: 'test' }), seedDemo: true };
    const now = new Date();
    await seedDemoCases(ds, world, config, { count: 60, now });
    const statuses = (await ds.query(`SELECT DISTINCT status FROM cases."case" WHERE idempotency_key LIKE 'demo-%'`)).map((r: { status: string }) => r.status).sort();
    expect(statuses).toEqual(['ACCEPTED', 'ASSIGNED', 'CLOSED', 'IN_MEDIATION', 'REFERRED', 'REGISTERED', 'REJECTED', 'RESOLVED'].filter((s) => statuses.includes(s)));
    expect(statuses.length).toBeGreaterThanOrEqual(6);
    // Every version of every demo case has its ledger entry and dispatch event.
    const gaps = await count(`SELECT count(*) AS n FROM cases."case" c WHERE c.idempotency_key LIKE 'demo-%'
      AND (SELECT count(*) FROM cases.case_event e WHERE e.case_id = c.id) <> c.version`);
    expect(gaps).toBe(0);
    // The demo's 1+5+N consultations convene the five and record who attended once decided.
    const consultations = await ds.query(`SELECT m.department_ids AS "departmentIds", m.decided_at AS "decidedAt", m.attendees
      FROM cases.consultation m JOIN cases."case" c ON c.id = m.case_id WHERE c.idempotency_key LIKE 'demo-%'`);
    expect(consultations.filter((m: { decidedAt: Date | null }) => m.decidedAt).length).toBeGreaterThan(0);
    const kindOf = (id: string) => world.departments.find((d) => d.id === id)?.kind;
    for (const m of consultations as { departmentIds: string[]; decidedAt: Date | null; attendees: { departmentId: string; name: string }[] }[]) {
      expect(['COURT', 'PROCURATORATE', 'POLICE', 'JUSTICE', 'PETITION'].every((k) => m.departmentIds.some((id) => kindOf(id) === k))).toBe(true);
      if (m.decidedAt) expect(m.attendees.map((a) => a.departmentId)).toEqual(m.departmentIds);
    }
    // The resolution path and 领导包案 are in the demo: complex cases in 专业调解, the leader's own cases, each with its entry.
    const modes = (await ds.query(`SELECT DISTINCT resolution_mode AS m FROM cases."case" WHERE idempotency_key LIKE 'demo-%'`)).map((r: { m: string }) => r.m);
    expect(modes).toEqual(expect.arrayContaining(['INSTANT', 'PROFESSIONAL']));
    const leaderId = world.users.find((u) => u.roles.includes('LEADER'))!.id;
    expect(await count(`SELECT count(*) AS n FROM cases."case" WHERE idempotency_key LIKE 'demo-%' AND leader_id = $1`, [leaderId])).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM cases."case" c WHERE c.leader_id IS NOT NULL AND NOT EXISTS
      (SELECT 1 FROM cases.case_event e WHERE e.case_id = c.id AND e.action = 'takeCase' AND e.actor_id = c.leader_id)`)).toBe(0);
    // 一人一案: high-risk demo cases exist, and none got past REGISTERED without its leader and its plan.
    expect(await count(`SELECT count(*) AS n FROM cases."case" WHERE idempotency_key LIKE 'demo-%' AND high_risk`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM cases."case" WHERE high_risk AND status <> 'REGISTERED' AND (leader_id IS NULL OR risk_plan IS NULL)`)).toBe(0);
    // Every case settled by mediation has its sittings (调解会), the last one agreed; joint mediations sat twice.
    const unsat = await count(`SELECT count(*) AS n FROM cases."case" c WHERE c.idempotency_key LIKE 'demo-%' AND c.status IN ('RESOLVED', 'CLOSED')
      AND (SELECT s.outcome FROM cases.mediation_session s WHERE s.case_id = c.id ORDER BY s.sequence DESC LIMIT 1) IS DISTINCT FROM 'AGREED'`);
    expect(unsat).toBe(0);
    expect(await count(`SELECT count(DISTINCT case_id) AS n FROM cases.mediation_session WHERE sequence = 2`)).toBeGreaterThan(0);
    // 五方联调 teams: joint-mediation cases carry a lead and an assisting mediator, each with its kind, the assistant on mediator_ids.
    expect(await count(`SELECT count(*) AS n FROM cases."case" c WHERE c.idempotency_key LIKE 'demo-%' AND c.resolution_mode = 'JOINT'
      AND cardinality(c.mediator_ids) = 2
      AND (SELECT count(*) FROM cases.assignment a WHERE a.case_id = c.id AND a.active AND a.mediator_id IS NOT NULL AND a.joint_kind IS NOT NULL) = 2`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM cases."case" c WHERE c.mediator_id IS DISTINCT FROM c.mediator_ids[1]
      AND cardinality(c.mediator_ids) > 0`)).toBe(0);
    // 司法确认: settled joint mediations went to the court; some are confirmed with a ruling number, none in progress twice.
    expect(await count(`SELECT count(*) AS n FROM cases.judicial_confirmation j JOIN cases."case" c ON c.id = j.case_id
      WHERE c.idempotency_key LIKE 'demo-%' AND j.status = 'CONFIRMED' AND j.ruling_number LIKE '（%）粤1422民特%号'`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM cases.judicial_confirmation j JOIN cases."case" c ON c.id = j.case_id
      WHERE c.status NOT IN ('RESOLVED', 'CLOSED') OR c.resolved_at IS NULL`)).toBe(0);
    const ledger = await count(`SELECT count(*) AS n FROM cases.case_event`);
    const dispatch = await count(`SELECT count(*) AS n FROM events.dispatch_event`);
    await seedDemoCases(ds, world, config, { count: 60, now });
    expect(await count(`SELECT count(*) AS n FROM cases.case_event`)).toBe(ledger);
    expect(await count(`SELECT count(*) AS n FROM events.dispatch_event`)).toBe(dispatch);
  });

  it('gives the county center its last weeks\' 周例会 and months\' 月研判 on the demo cases, once', async () => {
    const config = { ...parseConfig({ APP_ENV: 'test' }), seedDemo: true };
    await seedDemoMeetings(ds, world, config);
    const rows = await ds.query(`SELECT kind, status, minutes, jsonb_array_length(decisions) AS decisions,
      (SELECT count(*) FROM cases.center_meeting_agenda a WHERE a.meeting_id = m.id)::int AS agenda FROM cases.center_meeting m ORDER BY scheduled_at`);
    expect(rows.filter((r: { kind: string; status: string }) => r.kind === 'WEEKLY' && r.status === 'HELD')).toHaveLength(4);
    expect(rows.filter((r: { kind: string; status: string }) => r.kind === 'MONTHLY' && r.status === 'HELD')).toHaveLength(3);
    expect(rows[rows.length - 1]).toMatchObject({ kind: 'WEEKLY', status: 'SCHEDULED', minutes: null });
    expect(rows.every((r: { agenda: number }) => r.agenda >= 3)).toBe(true);
    expect(rows.filter((r: { status: string }) => r.status === 'HELD').every((r: { decisions: number }) => r.decisions >= 2)).toBe(true);
    await seedDemoMeetings(ds, world, config);
    expect(await count(`SELECT count(*) AS n FROM cases.center_meeting`)).toBe(rows.length);
  });
});
