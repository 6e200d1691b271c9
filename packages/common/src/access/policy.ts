/**
 * THE authorization policy: one row for every root query, mutation and subscription field of the
 * composed supergraph and for every entity type resolved through `_entities`. The subgraphs' domain
 * code asks this table (authorize / authorizeOn / mayUnmask in authorize.ts) instead of keeping its
 * own role lists, and the authorization matrix test (e2e/authorization) runs every row through the
 * gateway for every role, inside and outside the caller's jurisdiction. A field without a row fails
 * the tests. Jurisdiction (a region and everything below it) is applied on top of every grant.
 *
 * Conventions: reads of a record outside the jurisdiction answer null / an empty list (its existence
 * is not revealed); mutations naming an out-of-jurisdiction record answer NOT_FOUND; an input that
 * points at a record outside the jurisdiction is FORBIDDEN naming the field. The role is checked
 * before the record is looked up, so a role without any grant gets FORBIDDEN wherever the record is.
 */
import type { Role } from '../auth';
import type { Condition, Grant, MaskRule, Rule } from './types';

const any: Grant[] = [{ role: 'ANY' }];
const PUBLIC: Grant[] = [{ role: 'PUBLIC' }];
const roles = (...rs: Role[]): Grant[] => rs.map((role) => ({ role }));
const when = (condition: Condition, ...rs: Role[]): Grant[] => rs.map((role) => ({ role, when: condition }));

const DESK = roles('OPERATOR', 'DISPATCHER');
const CENTER_STAFF = roles('OPERATOR', 'DISPATCHER', 'SUPERVISOR', 'LEADER');
/** Those who work a case's substance besides the desk: its mediator and its lead department. */
/** Every staff role (not partner systems): the center's internal records. */
const STAFF = roles('OPERATOR', 'DISPATCHER', 'MEDIATOR', 'GRID_WORKER', 'DEPARTMENT', 'SUPERVISOR', 'LEADER');
const CASE_WORKERS = [...when('ASSIGNED_MEDIATOR', 'MEDIATOR'), ...when('LEAD_DEPARTMENT', 'DEPARTMENT')];
const KEY_PERSON_READERS = [...when('OWN_GRID', 'GRID_WORKER'), ...when('ABOVE', 'LEADER', 'SUPERVISOR')];

const read = (why: string, outside: 'NULL' | 'EMPTY' | 'NONE' | 'DATA' = 'NULL'): Rule => ({ grants: any, outside, why });

export const ACCESS_POLICY: Readonly<Record<string, Rule>> = {
  // ── cases ──────────────────────────────────────────────────────────────────────────────────
  'Query.case': read('案件台账：辖区内人员可查阅'),
  'Query.caseByCode': read('按统一编码查案件'),
  'Query.cases': read('辖区案件列表', 'EMPTY'),
  'Query.consultation': read('会商记录随案件可见'),
  'Query.centerMeetings': { grants: STAFF, outside: 'EMPTY', why: '周例会、月研判：辖区内各岗位工作人员可查阅' },
  'Query.centerMeeting': { grants: STAFF, outside: 'NULL', why: '例会纪要和决定随中心可见' },
  'Mutation.scheduleCenterMeeting': { grants: CENTER_STAFF, outside: 'FORBIDDEN', inputs: { 'input.agenda.0.caseId': 'FORBIDDEN' }, why: '中心工作人员安排周例会、月研判，议程为本中心辖区的案件' },
  'Mutation.recordCenterMeeting': { grants: CENTER_STAFF, outside: 'NOT_FOUND', why: '中心工作人员记录会议纪要和决定' },
  'Mutation.cancelCenterMeeting': { grants: CENTER_STAFF, outside: 'NOT_FOUND', why: '中心工作人员取消待召开的例会' },
  'Query.escalationLadder': read('逐级化解阶梯配置', 'NONE'),
  'Query.intakeDuplicates': { grants: roles('OPERATOR', 'DISPATCHER', 'PARTNER', 'GRID_WORKER'), outside: 'FORBIDDEN', inputs: { 'input.regionId': 'FORBIDDEN' }, why: '受理前查重：与登记受理同一批人，只比对本辖区的案件' },
  'Mutation.intakeCase': { grants: roles('OPERATOR', 'DISPATCHER', 'PARTNER', 'GRID_WORKER'), outside: 'FORBIDDEN', inputs: { 'input.regionId': 'FORBIDDEN' }, why: '一窗受理：窗口、调度、网格员与对接平台登记' },
  'Mutation.acceptCase': { grants: DESK, outside: 'NOT_FOUND', why: '受理与定级由窗口、调度人员办理' },
  'Mutation.rejectCase': { grants: DESK, outside: 'NOT_FOUND', why: '不予受理或转交由窗口、调度人员办理' },
  'Mutation.assignCase': { grants: DESK, outside: 'NOT_FOUND', inputs: { 'input.mediatorId': 'FORBIDDEN', 'input.mediators.1.mediatorId': 'FORBIDDEN' }, why: '分流交办：中心推程序；可指派多名调解员（主办 + 协办）' },
  'Mutation.rerouteCase': { grants: [...DESK, ...when('LEAD_DEPARTMENT', 'DEPARTMENT')], outside: 'NOT_FOUND', why: '牵头部门可申请改派' },
  'Mutation.startMediation': { grants: [...DESK, ...CASE_WORKERS], outside: 'NOT_FOUND', why: '本案调解员或牵头部门开始调解' },
  'Mutation.recordMediationOutcome': { grants: [...DESK, ...CASE_WORKERS], outside: 'NOT_FOUND', why: '本案调解员或牵头部门记录调解结果' },
  'Mutation.recordMediationSession': { grants: [...DESK, ...CASE_WORKERS], outside: 'NOT_FOUND', inputs: { 'input.mediators.0.mediatorId': 'FORBIDDEN' }, why: '本案调解员、牵头部门或中心记录每一次调解会（笔录）' },
  'Mutation.escalateCase': { grants: [...DESK, ...roles('LEADER')], outside: 'NOT_FOUND', why: '本级化解不了的逐级上行' },
  'Mutation.referCase': { grants: [...DESK, ...CASE_WORKERS], outside: 'NOT_FOUND', why: '调解不成引导仲裁、诉讼、复议' },
  'Mutation.openConsultation': { grants: [...DESK, ...roles('LEADER')], outside: 'NOT_FOUND', why: '1+5+N 会商由中心或领导召集' },
  'Mutation.recordConsultationDecision': { grants: [...DESK, ...roles('LEADER')], outside: 'NOT_FOUND', why: '会商结论由召集方记录' },
  'Mutation.closeCase': { grants: [...DESK, ...roles('SUPERVISOR', 'LEADER')], outside: 'NOT_FOUND', why: '办结由中心确认' },
  'Mutation.withdrawCase': { grants: [...DESK, ...when('OWN_RECORD', 'PARTNER')], outside: 'NOT_FOUND', why: '当事人撤回；对接平台只撤回自己推送的案件' },
  'Mutation.reopenCase': { grants: [...DESK, ...roles('SUPERVISOR', 'LEADER')], outside: 'NOT_FOUND', why: '回访不满意等重新办理' },
  'Mutation.mergeCases': { grants: DESK, outside: 'NOT_FOUND', inputs: { 'input.intoCaseId': 'FORBIDDEN' }, why: '重复登记合并' },
  'Mutation.takeCase': { grants: roles('LEADER'), admin: false, outside: 'NOT_FOUND', why: '领导包案：本辖区领导亲自包案' },
  'Mutation.applyJudicialConfirmation': { grants: [...DESK, ...CASE_WORKERS], outside: 'NOT_FOUND', why: '申请司法确认：窗口、调度或承办的调解员、牵头部门将调解协议送法院' },
  'Mutation.decideJudicialConfirmation': {
    grants: [...when('OWN_DEPARTMENT', 'DEPARTMENT'), ...when('OWN_RECORD', 'PARTNER')], admin: false, outside: 'NOT_FOUND',
    why: '司法确认由法院作出：受理法院的入驻账号，或申请指定的法院对接系统',
  },
  'Mutation.assignCaseLeader': { grants: roles('SUPERVISOR', 'LEADER'), admin: false, outside: 'NOT_FOUND', inputs: { 'input.leaderId': 'FORBIDDEN' }, why: '指定包案领导：督办人员或领导指定本辖区领导包案' },
  'Mutation.markHighRisk': { grants: [...DESK, ...roles('SUPERVISOR', 'LEADER')], outside: 'NOT_FOUND', why: '一人一案：窗口、督办人员或领导研判标记高风险' },
  'Mutation.recordRiskPlan': { grants: [...DESK, ...roles('LEADER')], outside: 'NOT_FOUND', why: '一人一案：包案领导或中心制定化解方案' },
  'Mutation.changeResolutionMode': { grants: [...DESK, ...CASE_WORKERS, ...roles('LEADER')], outside: 'NOT_FOUND', why: '化解方式（即时调、专业调、五方联调）由中心、本案承办人或领导调整' },
  'Query.countyPolicy': read('时限与阶梯配置：本县人员可查阅本县现行版本'),
  'Query.countyPolicyVersions': read('时限与阶梯配置的历史版本：本县人员可查阅', 'EMPTY'),
  'Mutation.updateCountyPolicy': { grants: [], outside: 'FORBIDDEN', why: '时限与阶梯配置由辖区覆盖全县的管理员修改，保存为新版本' },
  // 居民自助 (issue 16): public, no account; the resident's own session (one verified phone) and signed links decide, and
  // limits per phone and per address apply (services/cases resident-service). A staff token changes nothing: it is not a resident's.
  'Query.residentChallenge': { grants: PUBLIC, outside: 'NONE', why: '居民自助：获取验证码前的计算题（防机器人）' },
  'Query.residentRegions': { grants: PUBLIC, outside: 'NONE', why: '居民自助：可选的镇街、村社区（公开的区划名称）' },
  'Mutation.requestResidentCode': { grants: PUBLIC, outside: 'NONE', why: '居民自助：向本人手机发送验证码，按手机号和来源地址限流' },
  'Mutation.verifyResidentCode': { grants: PUBLIC, outside: 'NONE', why: '居民自助：核验验证码，取得只对应该手机号的会话' },
  'Mutation.fileResidentRequest': { grants: PUBLIC, outside: 'NONE', why: '居民自助：验证手机后反映事项，按网上渠道进入一窗受理' },
  'Query.residentCaseProgress': { grants: PUBLIC, outside: 'NONE', why: '居民自助：凭案件编号和已验证手机查询本人案件进度，不含其他当事人信息' },
  'Query.residentRatingLink': { grants: PUBLIC, outside: 'NONE', why: '居民自助：评价链接（签名、限期）对应的案件编号与状态' },
  'Mutation.rateResidentCase': { grants: PUBLIC, outside: 'NONE', why: '居民自助：凭评价链接评价，记为本案回访，每轮一次' },
  'Query.notificationOutbox': { grants: [], outside: 'EMPTY', why: '通知端口本地收件箱：仅演示、测试模式，管理员查看本辖区案件的消息；验证码消息仅县级' },

  // ── grid ───────────────────────────────────────────────────────────────────────────────────
  'Query.region': read('区划：本辖区及上级链可见'),
  'Query.regionByCode': read('按区划编码查区域'),
  'Query.regions': read('区划列表', 'EMPTY'),
  'Query.grid': read('网格'),
  'Query.gridByCode': read('按编码查网格'),
  'Query.grids': read('网格列表', 'EMPTY'),
  'Query.gridAt': read('按位置找网格（仅辖区内网格）'),
  'Query.gridWorker': read('网格员'),
  'Query.gridReport': read('网格上报事件'),
  'Query.gridReports': read('网格上报事件列表', 'EMPTY'),
  'Query.patrolTask': read('巡查任务'),
  'Query.patrolTasks': read('巡查任务列表', 'EMPTY'),
  'Query.keyPersons': { grants: KEY_PERSON_READERS, admin: false, outside: 'EMPTY', why: '重点人群一人一策：仅本网格网格员及上级领导、督办人员' },
  'Mutation.createGrid': { grants: [], outside: 'FORBIDDEN', inputs: { 'input.villageRegionId': 'FORBIDDEN' }, why: '网格划分由管理员维护' },
  'Mutation.updateGrid': { grants: [], outside: 'NOT_FOUND', why: '网格信息由管理员维护' },
  'Mutation.addGridWorker': { grants: [], outside: 'FORBIDDEN', inputs: { 'input.gridId': 'FORBIDDEN' }, why: '网格员由管理员配备' },
  'Mutation.updateGridWorker': { grants: [], outside: 'NOT_FOUND', inputs: { 'input.gridId': 'FORBIDDEN' }, why: '网格员由管理员调整' },
  'Mutation.addKeyPerson': { grants: KEY_PERSON_READERS, admin: false, outside: 'FORBIDDEN', inputs: { 'input.gridId': 'FORBIDDEN' }, why: '重点人群由本网格或上级领导建档' },
  'Mutation.updateKeyPerson': { grants: KEY_PERSON_READERS, admin: false, outside: 'NOT_FOUND', why: '重点人群档案维护' },
  'Mutation.recordKeyPersonVisit': { grants: KEY_PERSON_READERS, admin: false, outside: 'NOT_FOUND', why: '走访（含领导围屋家访）由本网格网格员或上级领导、督办人员登记' },
  'Mutation.reportIssue': { grants: roles('GRID_WORKER', 'OPERATOR', 'DISPATCHER', 'PARTNER'), outside: 'FORBIDDEN', inputs: { 'input.lat': 'FORBIDDEN' }, why: '随手拍：网格员、窗口、调度与对接平台上报' },
  'Mutation.settleReportOnSite': { grants: roles('GRID_WORKER', 'OPERATOR', 'DISPATCHER'), outside: 'NOT_FOUND', why: '小事就地化解' },
  'Mutation.convertReportToCase': { grants: roles('GRID_WORKER', 'OPERATOR', 'DISPATCHER'), outside: 'NOT_FOUND', why: '上报事件转为案件' },
  'Mutation.dispatchPatrolTask': { grants: when('ABOVE', 'ADMIN', 'DISPATCHER', 'LEADER'), admin: false, outside: 'FORBIDDEN', inputs: { 'input.gridId': 'FORBIDDEN' }, why: '中心向下级网格下达巡查任务' },
  'Mutation.completePatrolTask': { grants: when('OWN_GRID', 'GRID_WORKER'), admin: false, outside: 'NOT_FOUND', why: '本网格网格员完成巡查' },

  // ── personnel ──────────────────────────────────────────────────────────────────────────────
  'Query.me': read('本人账号', 'NONE'),
  'Query.users': { grants: [], outside: 'EMPTY', why: '账号管理' },
  'Query.user': { grants: [], outside: 'NULL', why: '账号管理' },
  'Query.leadersOf': { grants: roles('SUPERVISOR', 'LEADER'), outside: 'EMPTY', why: '指定包案领导：督办人员、领导查看本辖区的在岗领导' },
  'Query.centers': read('综治中心（本辖区及上级）', 'NONE'),
  'Query.center': read('综治中心（本辖区及上级）'),
  'Query.centerFor': read('某区域的综治中心'),
  'Query.departments': read('部门是全县共用的参考数据', 'NONE'),
  'Query.department': read('部门是全县共用的参考数据', 'NONE'),
  'Query.departmentsByIds': read('部门是全县共用的参考数据', 'NONE'),
  'Query.staff': read('中心工作人员'),
  'Query.mediators': read('调解人才库（本辖区及上级）', 'EMPTY'),
  'Query.mediator': read('调解员（本辖区及上级）'),
  'Query.goldTeam': read('金牌调解团队', 'NONE'),
  'Query.experts': read('法学、心理专家库', 'NONE'),
  'Query.recommendMediators': { grants: CENTER_STAFF, outside: 'NOT_FOUND', why: '为案件匹配调解员' },
  'Query.recommendMediatorTeam': { grants: CENTER_STAFF, outside: 'NOT_FOUND', why: '为案件推荐调解团队（主办 + 协办）' },
  'Query.appointment': read('工作室预约（辖区内，及本人预约或本人工作室）'),
  'Query.appointments': read('某日预约', 'EMPTY'),
  'Query.evaluations': { grants: roles('SUPERVISOR', 'LEADER'), outside: 'EMPTY', why: '入驻人员季度考评' },
  'Mutation.login': { grants: [{ role: 'PUBLIC' }], outside: 'NONE', why: '登录' },
  'Mutation.logout': { grants: any, outside: 'NONE', why: '退出登录：只作用于本人的令牌或账号' },
  'Query.loginAttempts': { grants: roles('SUPERVISOR'), outside: 'EMPTY', why: '登录记录：督办与管理员查看本辖区账号的登录；未知用户名仅县级管理员' },
  'Mutation.createUser': { grants: [], outside: 'FORBIDDEN', inputs: { 'input.regionId': 'FORBIDDEN', 'input.mediatorId': 'FORBIDDEN' }, why: '账号管理' },
  'Mutation.disableUser': { grants: [], outside: 'NOT_FOUND', why: '账号管理' },
  'Mutation.enableUser': { grants: [], outside: 'NOT_FOUND', why: '账号管理' },
  'Mutation.resetPassword': { grants: [], outside: 'NOT_FOUND', why: '账号管理' },
  'Mutation.createMediator': { grants: [], outside: 'FORBIDDEN', inputs: { 'input.centerId': 'FORBIDDEN' }, why: '调解人才库维护' },
  'Mutation.updateMediator': { grants: [], outside: 'NOT_FOUND', why: '调解人才库维护' },
  'Mutation.bookAppointment': { grants: [...DESK, ...roles('PARTNER'), ...when('ASSIGNED_MEDIATOR', 'MEDIATOR')], outside: 'NOT_FOUND', inputs: { 'input.caseId': 'FORBIDDEN' }, why: '预约金牌调解员工作室；调解员只预约本人工作室' },
  'Mutation.cancelAppointment': { grants: [...DESK, ...when('ASSIGNED_MEDIATOR', 'MEDIATOR'), ...when('OWN_RECORD', 'PARTNER')], outside: 'NOT_FOUND', why: '取消预约' },
  'Mutation.recordEvaluation': { grants: roles('SUPERVISOR', 'LEADER'), outside: 'NOT_FOUND', why: '入驻人员季度考评' },
  'Query.departmentsOnDuty': read('今日在岗部门（区域所属中心及上级中心），分流交办时作建议', 'EMPTY'),
  'Mutation.setStationing': { grants: roles('LEADER'), outside: 'FORBIDDEN', inputs: { 'input.centerId': 'FORBIDDEN' }, why: '"8+14+N" 入驻方式由本中心领导、管理员维护' },
  'Mutation.setCenterWindow': { grants: roles('LEADER'), outside: 'FORBIDDEN', inputs: { 'input.centerId': 'FORBIDDEN' }, why: '办事大厅窗口由本中心领导、管理员设置' },
  'Mutation.planRota': {
    grants: roles('LEADER'), outside: 'FORBIDDEN', inputs: { 'input.centerId': 'FORBIDDEN', 'input.staffIds.0': 'FORBIDDEN' },
    why: '按月轮驻：本中心领导、管理员安排轮驻部门、窗口和人员',
  },
  'Mutation.removeRotaAssignment': { grants: roles('LEADER'), outside: 'NOT_FOUND', why: '按月轮驻：本中心领导、管理员调整轮驻安排' },

  // ── supervision ────────────────────────────────────────────────────────────────────────────
  'Query.stats': { grants: [...CENTER_STAFF, ...roles('DEPARTMENT')], outside: 'FORBIDDEN', why: '统计：受理量、化解率、办结率、631' },
  'Query.overdueCases': { grants: CENTER_STAFF, outside: 'FORBIDDEN', why: '超期案件督办' },
  'Query.warningCases': { grants: CENTER_STAFF, outside: 'FORBIDDEN', why: '临期预警案件督办' },
  'Query.supervisionLetters': { grants: CENTER_STAFF, outside: 'FORBIDDEN', why: '辖区内发出的督办文书' },
  'Query.accountability': { grants: roles('SUPERVISOR', 'LEADER', 'DISPATCHER'), outside: 'FORBIDDEN', why: '不满意累计约谈、评先一票否决' },
  'Query.accountabilityLedger': { grants: roles('SUPERVISOR', 'LEADER', 'DISPATCHER'), outside: 'FORBIDDEN', why: '问责台账：部门和个人的不满意累计、所涉案件、约谈记录' },
  'Query.evaluationQuarter': { grants: roles('SUPERVISOR', 'LEADER', 'DISPATCHER'), outside: 'FORBIDDEN', why: '季度考核排名（部门、调解员），末位标注' },
  'Query.caseSubsidies': { grants: roles('SUPERVISOR', 'LEADER'), outside: 'FORBIDDEN', why: '以案定补：调解员月度办案补贴，督办与领导核定' },
  'Query.riskWarnings': { grants: CENTER_STAFF, outside: 'FORBIDDEN', why: '三级风险预警' },
  'Query.lettersByDepartment': { grants: [...CENTER_STAFF, ...when('OWN_DEPARTMENT', 'DEPARTMENT')], outside: 'NONE', why: '发给部门的督办文书；部门只看本部门的' },
  'Query.supervisionLetter': read('督办文书随案件可见'),
  'Query.sensitiveReads': { grants: roles('SUPERVISOR'), admin: false, outside: 'EMPTY', why: '敏感信息查阅记录：督办人员监督本辖区人员的查阅；管理员不审计自己' },
  'Query._dispatchEvent': read('订阅推送内部使用：一条调度事件（辖区内）'),
  'Mutation.recordFollowUp': { grants: CENTER_STAFF, outside: 'NOT_FOUND', why: '回访由中心人员记录' },
  'Mutation.issueSupervisionLetter': { grants: roles('SUPERVISOR', 'LEADER', 'DISPATCHER'), outside: 'NOT_FOUND', why: '督办函、提示函由督办与领导签发' },
  'Mutation.freezeEvaluationQuarter': { grants: roles('SUPERVISOR', 'LEADER'), outside: 'FORBIDDEN', why: '季度结束后封存考核结果，之后不再改写' },
  'Mutation.recordSummons': { grants: roles('SUPERVISOR', 'LEADER'), outside: 'FORBIDDEN', inputs: { 'input.subjectId': 'FORBIDDEN' }, why: '约谈记录：本辖区有不满意回访的部门或个人' },
  'Mutation.answerLetter': { grants: [...CENTER_STAFF, ...when('OWN_DEPARTMENT', 'DEPARTMENT')], outside: 'NOT_FOUND', why: '反馈单：主送部门反馈本部门收到的文书，综治中心可代为录入' },

  // ── live dispatch ──────────────────────────────────────────────────────────────────────────
  'Subscription.dispatchEvents': { grants: any, outside: 'FORBIDDEN', why: '指挥调度：只推送本辖区事件' },

  // ── entities resolved across subgraphs (`_entities`) ───────────────────────────────────────
  'Entity.Case': read('随引用可见，限辖区'),
  'Entity.Region': read('本辖区及上级链'),
  'Entity.Grid': read('限辖区'),
  'Entity.GridWorker': read('限辖区'),
  'Entity.GridReport': read('限辖区'),
  'Entity.PatrolTask': read('限辖区'),
  'Entity.Center': read('本辖区及上级链'),
  'Entity.Department': read('部门是共用参考数据', 'NONE'),
  'Entity.Mediator': read('本辖区及上级链'),
  'Entity.Staff': read('本辖区及上级链'),
  'Entity.Appointment': read('辖区内，及本人预约或本人工作室'),
  'Entity.User': read('可见案件事件的经办人姓名', 'DATA'),
  'Entity.SupervisionLetter': read('限辖区'),
  'Entity.RiskWarning': read('限辖区'),
  'Entity.KeyPerson': { grants: KEY_PERSON_READERS, admin: false, outside: 'NULL', denied: 'NULL', why: '经调度事件、风险预警引用的重点人员：仅本网格网格员及上级领导、督办人员得到记录，其他人为 null' },
};

/** Personal numbers: who reads them in full (everyone else gets them masked). */
export const MASK_POLICY: Readonly<Record<string, MaskRule>> = {
  'Party.phone': { full: [...CENTER_STAFF, ...CASE_WORKERS], why: '登记、分流、回访、督办需联系当事人；调解员、牵头部门仅限本案' },
  'Party.idNumber': { full: [...CENTER_STAFF, ...CASE_WORKERS], why: '同上' },
  'GridReport.reporterPhone': { full: roles('GRID_WORKER', 'OPERATOR', 'DISPATCHER'), why: '处理上报的人员回电核实' },
  'Appointment.contactPhone': { full: roles('OPERATOR', 'DISPATCHER', 'MEDIATOR', 'GRID_WORKER', 'DEPARTMENT', 'SUPERVISOR', 'LEADER'), why: '工作人员联系预约人；对接平台只见掩码' },
  'Mediator.phone': { full: roles('OPERATOR', 'DISPATCHER', 'MEDIATOR', 'GRID_WORKER', 'DEPARTMENT', 'SUPERVISOR', 'LEADER'), why: '工作人员之间联系；对接平台只见掩码' },
  'Staff.phone': { full: roles('OPERATOR', 'DISPATCHER', 'MEDIATOR', 'GRID_WORKER', 'DEPARTMENT', 'SUPERVISOR', 'LEADER'), why: '同上' },
};
