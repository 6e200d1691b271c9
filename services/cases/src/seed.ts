/**
 * Demo cases for the board (demo mode only): ~300 cases from the demo world's generator, driven
 * through the same service as the API (intake, accept, assign, mediation, escalation, consultation,
 * referral, close …), so every one has its ledger, step visits and dispatch events, in every state.
 *
 * It runs before any server starts, so regions, centers, departments and mediators come from the
 * world object (a Directory over it), not from the other subgraphs. Idempotent and resumable: each
 * case's idempotency key is its seed key, each step of its plan bumps the case version by one, so a
 * re-run skips finished cases and continues a half-driven one where it stopped.
 */
import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Scope, createLogger, type Config, type Identity } from '@zz/common';
import { DEMO_CASE_COUNT, generateCases, type CaseSeed, type World } from '@zz/demo-world';
import { CaseStore } from './store/case-store';
import { CaseService, type Actor } from './service/case-service';
import type { CenterInfo, DepartmentInfo, Directory, MediatorInfo, RegionInfo, UserInfo } from './service/directory';
import type { CenterLevel } from './domain/ladder';
import { parseCasePolicy } from './domain/policy';
import { seedPolicyHistory } from './seed-policy';
import { seedMeetings } from './seed-meetings';
import type { CaseEntity } from './store/entities/case.entity';

/** Who the departments send to a demo 1+5+N consultation (in the order they are convened: 法院, 检察院, 公安, 司法, 信访, the lead). */
const CONSULTATION_STAFF = [
  { name: '陈立平', title: '立案庭副庭长' }, { name: '刘慧', title: '检察官' }, { name: '黄志强', title: '治安大队副大队长' },
  { name: '李秀兰', title: '人民调解科科长' }, { name: '张国华', title: '信访接待科科长' }, { name: '周建新', title: '业务科科长' },
];

const log = createLogger('cases:seed');

export { DEMO_CASE_COUNT } from '@zz/demo-world';
const CONCURRENCY = 6;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The demo world seen as the neighbours would answer (no scoping: the seed acts for the platform). */
export class WorldDirectory implements Directory {
  private readonly regions: Map<string, RegionInfo>;
  constructor(private readonly world: World) {
    this.regions = new Map(world.regions.map((r) => [r.id, { id: r.id, code: r.code, level: r.level }]));
  }
  async region(id: string): Promise<RegionInfo | null> {
    return this.regions.get(id) ?? null;
  }
  async regionExists(id: string): Promise<boolean> {
    return this.regions.has(id);
  }
  async regionByCode(code: string): Promise<RegionInfo | null> {
    return [...this.regions.values()].find((r) => r.code === code) ?? null;
  }
  async centerFor(regionCode: string, level: CenterLevel): Promise<CenterInfo | null> {
    const found = this.world.centers
      .filter((c) => c.level === level && regionCode.startsWith(c.regionCode))
      .sort((a, b) => b.regionCode.length - a.regionCode.length)[0];
    return found ? { id: found.id, level: found.level } : null;
  }
  async center(id: string): Promise<CenterInfo | null> {
    const c = this.world.centers.find((x) => x.id === id);
    return c ? { id: c.id, level: c.level, regionCode: c.regionCode } : null;
  }
  async departmentsByIds(ids: readonly string[]): Promise<(DepartmentInfo | null)[]> {
    return ids.map((id) => this.world.departments.find((d) => d.id === id) ?? null);
  }
  async mediator(id: string): Promise<MediatorInfo | null> {
    const m = this.world.mediators.find((x) => x.id === id);
    return m ? { id: m.id } : null;
  }
  async user(id: string): Promise<UserInfo | null> {
    const u = this.world.users.find((x) => x.id === id);
    return u ? { id: u.id, displayName: u.displayName, roles: [...u.roles], active: true, regionCode: u.regionCode } : null;
  }
}

/** Lead department per dispute type ("部门实质性化解"), by department kind or name in the demo world. */
const LEAD_BY_TYPE: Record<string, string> = {
  MARRIAGE_FAMILY: 'WOMEN_FEDERATION', NEIGHBOUR: 'JUSTICE', DEBT: 'COURT', LABOUR_WAGES: 'HUMAN_RESOURCES', LAND: '自然资源局',
  TRAFFIC_ACCIDENT: 'POLICE', MEDICAL: 'HEALTH', CONSUMER: 'MARKET_REGULATION', PROPERTY_MANAGEMENT: 'HOUSING',
  CONSTRUCTION_PAYMENT: 'HOUSING', OTHER: 'JUSTICE',
};

/** 五方联调: the kind of mediation a department brings to a joint mediation (the others: 行政调解). */
const JOINT_KIND_BY_DEPARTMENT: Record<string, 'LITIGATION' | 'POLICE' | 'PEOPLES' | 'ADMINISTRATIVE'> = {
  COURT: 'LITIGATION', POLICE: 'POLICE', JUSTICE: 'PEOPLES',
};

/** Why a case leaves 即时调解 for 专业调解, by dispute type (the specialised mediation bodies of a county). */
const PROFESSIONAL_BY_TYPE: Record<string, string> = {
  LABOUR_WAGES: '涉及工资核算和用工关系认定，窗口当场未能化解，转劳动争议调解委员会专业调解',
  TRAFFIC_ACCIDENT: '涉及责任认定和保险理赔，转道路交通事故纠纷人民调解委员会调解',
  MEDICAL: '涉及诊疗过错认定，转医疗纠纷人民调解委员会调解',
  MARRIAGE_FAMILY: '涉及子女抚养和财产分割，转婚姻家庭纠纷专业调解员调解',
  PROPERTY_MANAGEMENT: '涉及物业服务合同条款，转物业纠纷专业调解',
  CONSTRUCTION_PAYMENT: '涉及工程量和工程款结算，转建设工程纠纷专业调解',
  LAND: '涉及承包地界址和确权资料，转土地承包经营纠纷调解委员会调解',
};

/** 一人一案 in the demo: why a difficult case of these types is high-risk, and its plan. */
const HIGH_RISK: Record<string, { reason: string; measures: string; responsible: string }> = {
  LABOUR_WAGES: {
    reason: '讨薪人员情绪激动，扬言采取极端方式，存在个人极端风险',
    measures: '包案领导每日研判；派出所落实专人稳控并掌握动向；人社部门三日内责令用工方支付欠薪；村（社区）干部上门疏导',
    responsible: '镇综治中心主任、派出所所长',
  },
  MARRIAGE_FAMILY: {
    reason: '婚姻家庭矛盾激化，一方扬言伤害对方及家人，存在命案风险',
    measures: '包案领导牵头研判；派出所出具告诫书并落实专人稳控；妇联、村委会每日走访疏导；必要时申请人身安全保护令',
    responsible: '镇综治中心主任、派出所所长、镇妇联主席',
  },
  NEIGHBOUR: {
    reason: '邻里纠纷多次发生肢体冲突，一方持械威胁，存在命案风险',
    measures: '包案领导牵头研判；派出所依法处置持械行为并落实专人稳控；村调委会每日走访；司法所组织释法说理',
    responsible: '村党支部书记、派出所社区民警',
  },
  LAND: {
    reason: '土地界址争议引发多次冲突，双方家族聚集对峙，存在群体性事件风险',
    measures: '包案领导牵头研判；自然资源所三日内现场勘界；派出所落实现场管控；镇村干部分头做双方家族工作',
    responsible: '镇分管领导、自然资源所所长',
  },
};

const hash = (text: string) => crypto.createHash('sha1').update(text).digest().readUInt32BE(0);

type Step = (c: CaseEntity, at: Date) => Promise<unknown>;

const SETTLED = new Set(['RESOLVED', 'CLOSED', 'REFERRED', 'REJECTED', 'WITHDRAWN']);

/** What the minutes of a demo sitting say, by how it ended (no names or numbers: those live on the parties). */
const MINUTES = {
  ADJOURNED: '调解员宣读调解纪律，申请人陈述诉求及依据，被申请人对部分事实有异议；经释法明理，双方同意补充材料后再行调解。',
  AGREED: '调解员组织双方核对事实与金额，结合法律规定逐项说明；双方在平等自愿基础上达成一致，当场签署人民调解协议书。',
} as const;

export async function seedDemoCases(dataSource: DataSource, world: World, config: Config, options: { count?: number; now?: Date } = {}): Promise<void> {
  const now = options.now ?? new Date();
  const seeds = generateCases(world, { count: options.count ?? DEMO_CASE_COUNT, now });
  if (!seeds.length) return;
  const store = new CaseStore(dataSource);
  const directory = new WorldDirectory(world);
  const service = new CaseService(store, directory, parseCasePolicy(config.countyPolicyJson));
  const operator = world.users.find((u) => u.username === 'county-operator');
  // 领导包案 is the leader's own act: the demo county's leader takes the hardest group cases under their own name.
  const leaderUser = world.users.find((u) => u.roles.includes('LEADER'));
  const leader: Actor | null = leaderUser ? {
    identity: { kind: 'user', userId: leaderUser.id, username: leaderUser.username, roles: ['LEADER'], regionId: null, regionCode: '' },
    scope: Scope.everything(),
  } : null;
  const identity: Identity = {
    kind: 'service', userId: operator?.id ?? null, username: operator?.username ?? 'service:cases-seed', roles: ['ADMIN'],
    regionId: null, regionCode: '',
  };
  const actor: Actor = { identity, scope: Scope.everything() };
  const progress = await store.versionsByIdempotencyKeys(seeds.map((s) => s.key));
  const planOf = (s: CaseSeed) => planFor(s, world, service, actor, leader);

  // A case already settled as planned is done, even when a newer plan has more steps (a database seeded before).
  const todo = seeds.filter((s) => {
    const done = progress.get(s.key);
    return !(done && SETTLED.has(done.status) && done.status === s.targetStatus) && (done?.version ?? 0) < planOf(s).length + 1;
  });
  if (!todo.length) return;
  const started = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const seed = todo[next++];
      await driveCase(service, actor, seed, planOf(seed), now, progress.get(seed.key)?.version ?? 0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  log.info(`seeded ${todo.length} demo case(s) in ${Date.now() - started} ms`);
}

async function driveCase(service: CaseService, actor: Actor, seed: CaseSeed, plan: Step[], now: Date, doneVersion: number): Promise<void> {
  const received = new Date(seed.receivedAt);
  // Spread the steps over the time the case has had (never past now), one at least a minute after the other.
  const end = Math.min(now.getTime() - MINUTE, received.getTime() + Math.max(plan.length, 1) * 0.6 * DAY);
  const gap = Math.max(1000, Math.floor((end - received.getTime()) / (plan.length + 1)));
  const at = (i: number) => new Date(Math.min(now.getTime(), received.getTime() + gap * (i + 1)));

  let c = doneVersion === 0
    ? await service.intake(actor, {
      idempotencyKey: seed.key, title: seed.title, description: seed.description, channel: seed.channel, type: seed.type,
      regionId: seed.regionId, parties: seed.parties, amountInDispute: seed.amountInDispute,
    }, { at: received })
    : await service.loadInScope(actor, (await service.store.caseByIdempotencyKey(seed.key))!.id);
  for (let i = c.version - 1; i < plan.length; i++) {
    c = (await plan[i](c, at(i))) as CaseEntity;
    c = await service.loadInScope(actor, c.id);
  }
}

/** The steps that bring a seed case from REGISTERED to its target status (one version each). */
function planFor(seed: CaseSeed, world: World, svc: CaseService, actor: Actor, leader: Actor | null): Step[] {
  const h = hash(seed.key);
  const deptOf = (key: string) => world.departments.find((d) => d.kind === key || d.name === key)?.id ?? world.departments[0].id;
  const lead = deptOf(LEAD_BY_TYPE[seed.type] ?? 'JUSTICE');
  const co = lead === deptOf('JUSTICE') ? deptOf('PETITION') : deptOf('JUSTICE');
  const complex = seed.complexity === 'COMPLEX' || seed.complexity === 'DIFFICULT';
  const group = seed.parties.filter((p) => p.role === 'APPLICANT').length >= 10;
  const region = world.regions.find((r) => r.id === seed.regionId);
  const lowLevel = region?.level === 'GRID' || region?.level === 'VILLAGE';
  const mediatorFor = (c: CaseEntity) => {
    const pool = world.mediators.filter((m) => m.kind === 'MEDIATOR' && m.available);
    const here = pool.filter((m) => m.centerId === c.handlingCenterId);
    const town = pool.filter((m) => c.regionCode.startsWith(m.regionCode) && m.regionCode.length === 9);
    const county = pool.filter((m) => m.regionCode.length === 6);
    // 金牌调解: every other complex or difficult case goes to a gold mediator of its specialty when there is one.
    const gold = pool.filter((m) => m.goldTeam && m.specialties.includes(seed.type));
    if (complex && h % 2 === 0 && gold.length) return gold[Math.floor(h / 2) % gold.length].id;
    const candidates = [here, town, county].find((list) => list.length > 0) ?? pool;
    const specialists = candidates.filter((m) => m.specialties.includes(seed.type));
    const list = specialists.length ? specialists : candidates;
    return list[h % list.length].id;
  };
  const reasonFor = () => (seed.type === 'LABOUR_WAGES' ? '用人单位拒不到场，本级无法化解' : '双方分歧较大，本级调解未果');

  // 化解路径: complex cases go on to 专业调解 once assigned; group cases to 五方联调 after their 1+5+N decision.
  const professional: Step = (c, at) => svc.changeResolutionMode(actor, {
    caseId: c.id, mode: 'PROFESSIONAL', reason: PROFESSIONAL_BY_TYPE[seed.type] ?? '案情较复杂，窗口当场未能化解，转专职调解员专业调解',
  }, { at });
  const jointMode: Step = (c, at) => svc.changeResolutionMode(actor, {
    caseId: c.id, mode: 'JOINT', reason: '涉及群体诉求，经1+5+N会商决定启动五方联调（诉调、警调、行政、行业专业、人民调解联动）',
  }, { at });

  const steps: Step[] = [];
  const accept: Step = (c, at) => svc.accept(actor, c.id, seed.complexity, { at });
  const assign: Step = (c, at) => svc.assign(actor, {
    caseId: c.id, leadDepartmentId: lead, departmentIds: complex ? [lead, co] : [lead], mediatorId: mediatorFor(c),
    note: '请于规定时限内办理并反馈', }, { at });
  // 五方联调 team (seed 003: two mediators settled the workers' wages together): once a group case is in joint
  // mediation, its mediator leads (人民调解) with a second one assisting (行业性专业性调解), and the departments
  // carry the kind of mediation each brings (法院 诉调, 公安 警调, 司法 人民调解, the others 行政调解).
  const secondFor = (c: CaseEntity) => world.mediators.find((m) => m.kind === 'MEDIATOR' && m.available && m.id !== c.mediatorId && c.regionCode.startsWith(m.regionCode));
  const deptKind = (id: string) => JOINT_KIND_BY_DEPARTMENT[world.departments.find((d) => d.id === id)?.kind ?? ''] ?? 'ADMINISTRATIVE';
  const assignTeam: Step = (c, at) => {
    const leadMediator = c.mediatorId ?? mediatorFor(c), second = secondFor(c);
    const departmentIds = [...new Set([lead, co])];
    return svc.assign(actor, {
      caseId: c.id, leadDepartmentId: lead, departmentIds, departmentKinds: departmentIds.map((departmentId) => ({ departmentId, jointKind: deptKind(departmentId) })),
      mediators: [{ mediatorId: leadMediator, role: 'LEAD', jointKind: 'PEOPLES' }, ...(second ? [{ mediatorId: second.id, role: 'ASSIST', jointKind: 'PROFESSIONAL' }] : [])],
      note: '启动五方联调：两名调解员共同调解（主办、协办），各部门按联调类别联动', }, { at });
  };
  const start: Step = (c, at) => svc.startMediation(actor, c.id, { at });
  const fail: Step = (c, at) => svc.recordOutcome(actor, { caseId: c.id, outcome: 'FAILED', note: reasonFor() }, { at });
  const escalate: Step = (c, at) => svc.escalate(actor, c.id, reasonFor(), { at });
  const resolve: Step = (c, at) => svc.recordOutcome(actor, {
    caseId: c.id, outcome: 'RESOLVED', agreement: `经调解，双方自愿达成协议：${seed.amountInDispute ? `被申请人分期支付${seed.amountInDispute}元` : '各自履行相应义务'}，就此纠纷不再争执。`,
  }, { at });
  // 调解会: joint mediation (complex or group cases) sits twice — adjourned, then agreed — with a second mediator and the
  // court's 诉调对接; a plain case settles at one sitting with its own mediator.
  const joint = complex || group;
  const center = (c: CaseEntity) => world.centers.find((x) => x.id === c.handlingCenterId)?.name ?? '综治中心';
  const sitting = (outcome: 'ADJOURNED' | 'AGREED'): Step => (c, at) => {
    const second = secondFor(c);
    const names = [...new Set(seed.parties.map((p) => p.name))];
    return svc.recordSession(actor, {
      caseId: c.id, heldAt: at, outcome, minutes: MINUTES[outcome],
      place: joint && outcome === 'AGREED' ? `${center(c)}联合调解室` : `${center(c)}人民调解室`,
      partyNames: names.length > 6 ? [...names.slice(0, 5), names[names.length - 1]] : names,
      mediators: [{ mediatorId: c.mediatorId ?? mediatorFor(c), role: 'LEAD' }, ...(joint && second ? [{ mediatorId: second.id, role: 'ASSIST' as const }] : [])],
      departmentIds: joint ? [...new Set([lead, deptOf('COURT')])] : [],
    }, { at }).then(() => c);
  };
  const consult: Step = (c, at) => svc.openConsultation(actor, {
    caseId: c.id, topic: `${seed.title}：联合会商`, departmentIds: [...new Set([deptOf('COURT'), deptOf('PROCURATORATE'), deptOf('POLICE'), deptOf('JUSTICE'), deptOf('PETITION'), lead])],
  }, { at }).then(() => c);
  const decide: Step = async (c, at) => {
    const [consultation] = await svc.store.consultations.byCaseIds([c.id]);
    const attendees = consultation.departmentIds.map((departmentId, i) => ({ departmentId, ...CONSULTATION_STAFF[i % CONSULTATION_STAFF.length] }));
    await svc.decideConsultation(actor, { consultationId: consultation.id, responsibilitySplit: '牵头部门负责核实并督促履行，政法单位协助释法明理', plan: '分批次组织调解，一周内拿出化解方案', attendees }, { at });
    return c;
  };

  const t = seed.targetStatus;
  // 一人一案: difficult cases of these types are marked high-risk at the window; the leader takes them and records the plan before acceptance.
  const risk = seed.complexity === 'DIFFICULT' ? HIGH_RISK[seed.type] : undefined;
  const leadsFirst = !!(risk && leader && t !== 'REJECTED');
  if (leadsFirst) {
    steps.push((c, at) => svc.markHighRisk(actor, { caseId: c.id, reason: risk!.reason }, { at }));
    if (t === 'REGISTERED') return steps;
    steps.push(
      (c, at) => svc.takeCase(leader!, c.id, '存在高风险，本人包案，一人一案、一包到底', { at }),
      (c, at) => svc.recordRiskPlan(leader!, { caseId: c.id, measures: risk!.measures, responsiblePerson: risk!.responsible, reviewDate: new Date(at.getTime() + 3 * DAY) }, { at }),
    );
  }
  if (t === 'REGISTERED') return steps;
  if (t === 'REJECTED') return [(c, at) => svc.reject(actor, c.id, '不属于矛盾纠纷受理范围，已告知当事人通过其他途径反映', null, { at })];
  steps.push(accept);
  if (t === 'ACCEPTED') return steps;
  steps.push(assign);
  // The county leader takes the difficult cases and the complex group ones personally (一包到底), before the consultation.
  if (leader && !leadsFirst && (seed.complexity === 'DIFFICULT' || (group && complex))) {
    const why = group ? '涉及人数多、易引发群体性事件' : '案情疑难、矛盾易激化';
    steps.push((c, at) => svc.takeCase(leader, c.id, `${why}，本人包案，一包到底`, { at }));
  }
  if (group) steps.push(consult, decide, jointMode, assignTeam);
  else if (complex) steps.push(professional);
  if (t === 'ASSIGNED') return steps;
  steps.push(start);
  if (t === 'IN_MEDIATION') return joint ? [...steps, sitting('ADJOURNED')] : steps;
  if (t === 'REFERRED') {
    steps.push(fail, (c, at) => svc.refer(actor, c.id, seed.type === 'LABOUR_WAGES' ? 'ARBITRATION' : 'LITIGATION', '调解不成，引导当事人依法维权', { at }));
    return steps;
  }
  // Some grid and village cases climb the ladder before they are settled there.
  const climbs = lowLevel ? [0, 0, 1, 2][h % 4] : 0;
  for (let k = 0; k < climbs; k++) steps.push(fail, escalate, group ? assignTeam : assign, start);
  steps.push(...(joint ? [sitting('ADJOURNED'), sitting('AGREED')] : [sitting('AGREED')]), resolve);
  // 司法确认: joint mediations' agreements go to the county court (诉调对接); most are confirmed, some wait for the court.
  if (joint) steps.push(...confirmationSteps(world, svc, actor, h));
  if (t === 'CLOSED') steps.push((c, at) => svc.close(actor, c.id, '已回访，当事人表示满意', { at }));
  return steps;
}

/** `seedDemo` of the ServiceModule: demo cases only when asked for (config.seedDemo). */
export async function seedCases(dataSource: DataSource, world: World, config: Config): Promise<void> {
  if (!config.seedDemo) return;
  await seedDemoCases(dataSource, world, config);
  await seedDemoPolicyHistory(dataSource, world, config);
  await seedDemoMeetings(dataSource, world, config);
}

/** The demo county center's 周例会 and 月研判 (seed-meetings.ts), on the demo cases. */
export async function seedDemoMeetings(dataSource: DataSource, world: World, config: Config, at = new Date()): Promise<void> {
  const service = new CaseService(new CaseStore(dataSource), new WorldDirectory(world), parseCasePolicy(config.countyPolicyJson));
  await seedMeetings(service, world, at);
}

/** The demo county's one stored policy version (seed-policy.ts), after its demo cases. */
export async function seedDemoPolicyHistory(dataSource: DataSource, world: World, config: Config, at = new Date()): Promise<void> {
  const service = new CaseService(new CaseStore(dataSource), new WorldDirectory(world), parseCasePolicy(config.countyPolicyJson));
  await seedPolicyHistory(service, world, at);
}

/**
 * The demo's 司法确认 of a joint mediation's agreement: the center applies to the county court; the court's
 * clerk at the center's 诉调对接 window accepts it and, for two in three, confirms it with a 民特 ruling number.
 */
function confirmationSteps(world: World, svc: CaseService, actor: Actor, h: number): Step[] {
  const court = world.departments.find((d) => d.kind === 'COURT');
  if (!court) return [];
  const clerk: Actor = {
    identity: { kind: 'user', userId: null, username: 'court-clerk', roles: ['DEPARTMENT'], departmentId: court.id, regionId: null, regionCode: '' },
    scope: Scope.everything(),
  };
  // Looked up, not remembered: a seed interrupted between two steps resumes at the second.
  const confirmationId = async (caseId: string) => (await svc.store.confirmations.byCaseIds([caseId])).at(-1)!.id;
  const steps: Step[] = [async (c, at) => {
    await svc.applyJudicialConfirmation(actor, { caseId: c.id, courtDepartmentId: court.id, note: '双方当事人共同申请司法确认' }, { at });
    return c;
  }];
  if (h % 3 === 2) return steps;
  steps.push(async (c, at) => {
    await svc.decideJudicialConfirmation(clerk, { confirmationId: await confirmationId(c.id), decision: 'ACCEPT' }, { at });
    return c;
  });
  if (h % 3 === 1) return steps;
  steps.push(async (c, at) => {
    await svc.decideJudicialConfirmation(clerk, { confirmationId: await confirmationId(c.id), decision: 'CONFIRM', rulingNumber: `（${at.getFullYear()}）粤1422民特${100 + (h % 900)}号` }, { at });
    return c;
  });
  return steps;
}
