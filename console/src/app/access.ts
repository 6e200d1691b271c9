/**
 * THE access map of the console (ant-design-pro's access.ts): which menu entries and buttons a
 * signed-in account sees, derived only from the roles in its login payload. Every screen and every
 * button asks this map (`useAccess().intake`), never a role list of its own.
 *
 * The server enforces; this map only hides. Each entry names the row of the server's policy
 * (packages/common/src/access/policy.ts) that decides the operation behind it, and
 * access.policy.test.ts checks it against that row: every role shown here is granted by the server
 * (so nobody is led into a FORBIDDEN), and every role the server grants but the console leaves out
 * is listed in `hides` (a decision, not an oversight). Jurisdiction and conditions the server applies
 * per record (a mediator's own case, a grid worker's own grid) are not visible here: an entry shows
 * for the role, the server answers for the record. On the case file a button also needs the case's
 * state: show it when the role has it here AND the case's `allowedActions` lists it.
 *
 * Adding a screen or button: add an entry here (mirroring its policy row), then use the key.
 */
import type { Role } from '../gql/graphql';

export const ALL_ROLES: readonly Role[] = ['ADMIN', 'OPERATOR', 'DISPATCHER', 'MEDIATOR', 'GRID_WORKER', 'DEPARTMENT', 'SUPERVISOR', 'LEADER', 'PARTNER'];

export interface AccessEntry {
  /** The roles that see it. */
  roles: readonly Role[];
  /** The server policy row (`Query.x`, `Mutation.y`, `Subscription.z`) that decides the operation. */
  policy: string;
  /** Roles the server grants that the console does not show it to, and why. */
  hides?: { roles: readonly Role[]; why: string };
}

const DESK: Role[] = ['OPERATOR', 'DISPATCHER'];
const CENTER_STAFF: Role[] = ['OPERATOR', 'DISPATCHER', 'SUPERVISOR', 'LEADER'];
/** Conditional on the record server-side: the case's own mediator, its lead department. */
const CASE_WORKERS: Role[] = ['MEDIATOR', 'DEPARTMENT'];

export const ACCESS = {
  // ── menu entries (the screens of issue 13) ──────────────────────────────────────────────────
  /** 案件列表 */
  caseList: { roles: ALL_ROLES, policy: 'Query.cases' },
  /** 案件卷宗 */
  caseFile: { roles: ALL_ROLES, policy: 'Query.case' },
  /** 导出 Excel (the gateway's export endpoint reads Query.cases as the caller; EXPORT_ROLES in gateway/src/export decides who may) */
  exportCases: {
    roles: ['ADMIN', ...CENTER_STAFF], policy: 'Query.cases',
    hides: { roles: ['MEDIATOR', 'GRID_WORKER', 'DEPARTMENT', 'PARTNER'], why: '导出名单限中心工作人员；网关的导出接口同样拒绝这些角色' },
  },
  /** 一窗受理 */
  intake: {
    roles: ['ADMIN', 'OPERATOR', 'DISPATCHER', 'GRID_WORKER'], policy: 'Mutation.intakeCase',
    hides: { roles: ['PARTNER'], why: '对接平台通过接口推送案件，不使用工作台登记' },
  },
  /** 一窗受理的受理前查重（表单边填边查） */
  intakeDuplicates: {
    roles: ['ADMIN', 'OPERATOR', 'DISPATCHER', 'GRID_WORKER'], policy: 'Query.intakeDuplicates',
    hides: { roles: ['PARTNER'], why: '对接平台通过接口推送案件，不使用工作台登记' },
  },
  /** 调度大屏 */
  dispatchBoard: {
    roles: ['ADMIN', 'OPERATOR', 'DISPATCHER', 'SUPERVISOR', 'LEADER'], policy: 'Subscription.dispatchEvents',
    hides: { roles: ['MEDIATOR', 'GRID_WORKER', 'DEPARTMENT', 'PARTNER'], why: '大屏是中心的指挥视图；调解员、网格员、部门看自己的案件和任务' },
  },
  /** 督办（超期、临期预警、督办文书） */
  supervision: { roles: ['ADMIN', ...CENTER_STAFF], policy: 'Query.overdueCases' },
  /** 督办 → 问责情况 (回访不满意累计约谈、取消评先) */
  accountability: {
    roles: ['ADMIN', 'DISPATCHER', 'SUPERVISOR', 'LEADER'], policy: 'Query.accountability',
  },
  /** 考核与问责 → 季度考核 (the screen itself) */
  evaluation: { roles: ['ADMIN', 'DISPATCHER', 'SUPERVISOR', 'LEADER'], policy: 'Query.evaluationQuarter' },
  /** 考核与问责 → 季度考核: the manual scores of stationed staff beside their department's computed one */
  manualEvaluations: { roles: ['ADMIN', 'SUPERVISOR', 'LEADER'], policy: 'Query.evaluations' },
  /** 考核与问责 → 封存本季度 */
  freezeEvaluation: { roles: ['ADMIN', 'SUPERVISOR', 'LEADER'], policy: 'Mutation.freezeEvaluationQuarter' },
  /** 考核与问责 → 问责台账 (部门和个人) */
  accountabilityLedger: { roles: ['ADMIN', 'DISPATCHER', 'SUPERVISOR', 'LEADER'], policy: 'Query.accountabilityLedger' },
  /** 考核与问责 → 记录约谈 */
  recordSummons: { roles: ['ADMIN', 'SUPERVISOR', 'LEADER'], policy: 'Mutation.recordSummons' },
  /** 考核与问责 → 以案定补 */
  caseSubsidies: { roles: ['ADMIN', 'SUPERVISOR', 'LEADER'], policy: 'Query.caseSubsidies' },
  /** 统计 */
  statistics: { roles: ['ADMIN', ...CENTER_STAFF, 'DEPARTMENT'], policy: 'Query.stats' },
  /** 网格地图 */
  gridMap: {
    roles: ['ADMIN', ...CENTER_STAFF], policy: 'Query.grids',
    hides: { roles: ['MEDIATOR', 'GRID_WORKER', 'DEPARTMENT', 'PARTNER'], why: '网格员使用手机页面；其他角色无需全辖区地图' },
  },
  /** 时限与阶梯配置（按县、分版本）：管理员修改，领导查阅 */
  countyPolicy: {
    roles: ['ADMIN', 'LEADER'], policy: 'Query.countyPolicy',
    hides: { roles: ['OPERATOR', 'DISPATCHER', 'MEDIATOR', 'GRID_WORKER', 'DEPARTMENT', 'SUPERVISOR', 'PARTNER'], why: '配置页面供管理员维护、领导查阅；其他人员在案件和督办页面看到按配置计算的时限' },
  },
  updateCountyPolicy: { roles: ['ADMIN'], policy: 'Mutation.updateCountyPolicy' },
  /** 消息记录: the notification port's local sink (the server answers only in demo and test mode) */
  notificationOutbox: { roles: ['ADMIN'], policy: 'Query.notificationOutbox' },
  /** 入驻与轮驻（"8+14+N"）：本中心领导、管理员安排每月轮驻，查看今日在岗、随驻联系人 */
  stationing: { roles: ['ADMIN', 'LEADER'], policy: 'Mutation.planRota' },
  /** 入驻与轮驻「删除」一条轮驻安排 */
  removeRotaAssignment: { roles: ['ADMIN', 'LEADER'], policy: 'Mutation.removeRotaAssignment' },
  /** 入驻与轮驻「调整入驻」「新增入驻」 */
  setStationing: { roles: ['ADMIN', 'LEADER'], policy: 'Mutation.setStationing' },
  /** 入驻与轮驻「窗口设置」: 新增窗口、修改 */
  setCenterWindow: { roles: ['ADMIN', 'LEADER'], policy: 'Mutation.setCenterWindow' },
  /** 例会研判（周例会、月研判）：中心工作人员查阅、安排、记录 */
  meetings: {
    roles: ['ADMIN', ...CENTER_STAFF], policy: 'Query.centerMeetings',
    hides: { roles: ['MEDIATOR', 'GRID_WORKER', 'DEPARTMENT'], why: '例会由中心组织；调解员、部门在案件卷宗的「例会研判」卡片看到本案的会议' },
  },
  scheduleCenterMeeting: { roles: ['ADMIN', ...CENTER_STAFF], policy: 'Mutation.scheduleCenterMeeting' },
  recordCenterMeeting: { roles: ['ADMIN', ...CENTER_STAFF], policy: 'Mutation.recordCenterMeeting' },
  /** 案件卷宗「例会研判」卡片（议程中有本案的会议） */
  caseMeetings: {
    roles: ['ADMIN', ...CENTER_STAFF, 'MEDIATOR', 'DEPARTMENT'], policy: 'Query.centerMeeting',
    hides: { roles: ['GRID_WORKER'], why: '网格员辖区内没有综治中心，看不到中心的会议' },
  },
  /** 文书打印页（交办单、反馈单、督办函等，A4 红头） */
  documentPrint: { roles: ALL_ROLES, policy: 'Query.supervisionLetter' },
  /** 网格员手机页面（随手拍、我的上报与巡查任务） */
  gridWorker: { roles: ['GRID_WORKER'], policy: 'Mutation.completePatrolTask' },

  // ── buttons on the case file (also gated by the case's allowedActions) ──────────────────────
  acceptCase: { roles: ['ADMIN', ...DESK], policy: 'Mutation.acceptCase' },
  rejectCase: { roles: ['ADMIN', ...DESK], policy: 'Mutation.rejectCase' },
  assignCase: { roles: ['ADMIN', ...DESK], policy: 'Mutation.assignCase' },
  startMediation: { roles: ['ADMIN', ...DESK, ...CASE_WORKERS], policy: 'Mutation.startMediation' },
  recordMediationOutcome: { roles: ['ADMIN', ...DESK, ...CASE_WORKERS], policy: 'Mutation.recordMediationOutcome' },
  recordMediationSession: { roles: ['ADMIN', ...DESK, ...CASE_WORKERS], policy: 'Mutation.recordMediationSession' },
  escalateCase: { roles: ['ADMIN', ...DESK, 'LEADER'], policy: 'Mutation.escalateCase' },
  referCase: { roles: ['ADMIN', ...DESK, ...CASE_WORKERS], policy: 'Mutation.referCase' },
  openConsultation: { roles: ['ADMIN', ...DESK, 'LEADER'], policy: 'Mutation.openConsultation' },
  recordConsultationDecision: { roles: ['ADMIN', ...DESK, 'LEADER'], policy: 'Mutation.recordConsultationDecision' },
  closeCase: { roles: ['ADMIN', ...DESK, 'SUPERVISOR', 'LEADER'], policy: 'Mutation.closeCase' },
  reopenCase: { roles: ['ADMIN', ...DESK, 'SUPERVISOR', 'LEADER'], policy: 'Mutation.reopenCase' },
  takeCase: { roles: ['LEADER'], policy: 'Mutation.takeCase' },
  assignCaseLeader: { roles: ['SUPERVISOR', 'LEADER'], policy: 'Mutation.assignCaseLeader' },
  applyJudicialConfirmation: { roles: ['ADMIN', ...DESK, ...CASE_WORKERS], policy: 'Mutation.applyJudicialConfirmation' },
  decideJudicialConfirmation: { roles: ['DEPARTMENT', 'PARTNER'], policy: 'Mutation.decideJudicialConfirmation' },
  markHighRisk: { roles: ['ADMIN', ...DESK, 'SUPERVISOR', 'LEADER'], policy: 'Mutation.markHighRisk' },
  recordRiskPlan: { roles: ['ADMIN', ...DESK, 'LEADER'], policy: 'Mutation.recordRiskPlan' },
  changeResolutionMode: { roles: ['ADMIN', ...DESK, ...CASE_WORKERS, 'LEADER'], policy: 'Mutation.changeResolutionMode' },
  /** 疑似重复案件「合并」: one registration is withdrawn into the other, both ledgers kept */
  mergeCases: { roles: ['ADMIN', ...DESK], policy: 'Mutation.mergeCases' },
  withdrawCase: {
    roles: ['ADMIN', ...DESK], policy: 'Mutation.withdrawCase',
    hides: { roles: ['PARTNER'], why: '对接平台通过接口撤回自己推送的工单，不在工作台操作' },
  },
  recommendMediators: { roles: ['ADMIN', ...CENTER_STAFF], policy: 'Query.recommendMediators' },
  /** 交办表单「推荐团队」 */
  recommendMediatorTeam: { roles: ['ADMIN', ...CENTER_STAFF], policy: 'Query.recommendMediatorTeam' },
  bookAppointment: { roles: ['ADMIN', ...DESK, 'PARTNER', 'MEDIATOR'], policy: 'Mutation.bookAppointment' },
  recordFollowUp: { roles: ['ADMIN', ...CENTER_STAFF], policy: 'Mutation.recordFollowUp' },
  /** 网格地图侧栏「下达巡查任务」 */
  dispatchPatrolTask: { roles: ['ADMIN', 'DISPATCHER', 'LEADER'], policy: 'Mutation.dispatchPatrolTask' },
  issueSupervisionLetter: { roles: ['ADMIN', 'SUPERVISOR', 'LEADER', 'DISPATCHER'], policy: 'Mutation.issueSupervisionLetter' },
  /** 反馈 on a letter: its department (server-side condition: addressed to the caller's department) or the center on its behalf */
  answerLetter: { roles: ['ADMIN', ...CENTER_STAFF, 'DEPARTMENT'], policy: 'Mutation.answerLetter' },
} satisfies Record<string, AccessEntry>;

export type AccessKey = keyof typeof ACCESS;
export type Access = Record<AccessKey, boolean>;

/** What an account with these roles sees. */
export function accessFor(roles: readonly Role[]): Access {
  const out = {} as Access;
  for (const key of Object.keys(ACCESS) as AccessKey[]) {
    const entry: AccessEntry = ACCESS[key];
    out[key] = entry.roles.some((r) => roles.includes(r));
  }
  return out;
}
