/**
 * Chinese labels of the graph's enum values (the schema's own descriptions, shortened for a
 * table cell). `Record<Enum, string>` makes a value added to the schema fail the typecheck until
 * it has its label here. Codegen emits only the enums some document uses (onlyOperationTypes), so
 * an enum's table is added with the first document that uses it (e.g. Complexity with intake).
 */
import type {
  AssignmentRole, CaseStatus, KeyPersonTier, KeyPersonVisitKind, JointMediationKind, Channel, Complexity, DeadlineState, DepartmentKind, DisputeType, GridReportStatus, GridWorkerKind, LetterKind, LetterState,
  MediationOutcome, MediationSessionOutcome, PartyRole, PatrolTaskStatus, ReferralRoute, RegionLevel, ResolutionMode, RiskLevel, Role, Satisfaction,
} from '../../gql/graphql';

export const CASE_STATUS: Record<CaseStatus, string> = {
  REGISTERED: '已登记',
  ACCEPTED: '已受理',
  ASSIGNED: '已交办',
  IN_MEDIATION: '调解中',
  RESOLVED: '已化解',
  REFERRED: '已导出',
  CLOSED: '已办结',
  REJECTED: '不予受理',
  WITHDRAWN: '已撤回',
};

export const DISPUTE_TYPE: Record<DisputeType, string> = {
  MARRIAGE_FAMILY: '婚恋家庭',
  NEIGHBOUR: '邻里纠纷',
  DEBT: '债务纠纷',
  LABOUR_WAGES: '劳动争议/欠薪',
  LAND: '土地纠纷',
  TRAFFIC_ACCIDENT: '交通事故',
  MEDICAL: '医患纠纷',
  CONSUMER: '消费/退费纠纷',
  PROPERTY_MANAGEMENT: '物业纠纷',
  CONSTRUCTION_PAYMENT: '工程款纠纷',
  OTHER: '其他',
};

export const CHANNEL: Record<Channel, string> = {
  WINDOW: '窗口受理',
  HOTLINE_12345: '12345热线',
  POLICE_110: '110移交',
  ONLINE: '线上',
  GRID: '网格上报',
  PETITION: '信访',
  COURT: '法院委派',
  PARTNER: '合作平台',
};

export const REGION_LEVEL: Record<RegionLevel, string> = {
  COUNTY: '县级',
  TOWN: '镇级',
  VILLAGE: '村级',
  GRID: '网格',
};

/** How staff name each other's posts (the header reads 「湖寮镇综治中心 · 窗口受理员 罗秀英」). */
export const ROLE: Record<Role, string> = {
  ADMIN: '系统管理员',
  OPERATOR: '窗口受理员',
  DISPATCHER: '指挥调度员',
  MEDIATOR: '调解员',
  GRID_WORKER: '网格员',
  DEPARTMENT: '入驻部门',
  SUPERVISOR: '督办人员',
  LEADER: '领导',
  PARTNER: '对接平台',
};

export const PARTY_ROLE: Record<PartyRole, string> = {
  APPLICANT: '申请人',
  RESPONDENT: '被申请人',
  THIRD_PARTY: '第三人',
};

/**
 * 繁简程度, with the deadline each sets by default (简单1天、一般5天、复杂15天、疑难20天), as the schema
 * describes them: an operator choosing one sees what it means. Where a date matters the screens show
 * the graph's own deadline (`supervision.deadlineAt`), which follows the county's configuration.
 */
export const COMPLEXITY: Record<Complexity, string> = {
  SIMPLE: '简单（1天）',
  GENERAL: '一般（5天）',
  COMPLEX: '复杂（15天）',
  DIFFICULT: '疑难（20天）',
};

export const GRID_REPORT_STATUS: Record<GridReportStatus, string> = {
  REPORTED: '待处置',
  SETTLED: '已就地化解',
  CONVERTED: '已转为案件',
};

export const PATROL_TASK_STATUS: Record<PatrolTaskStatus, string> = {
  DISPATCHED: '待完成',
  COMPLETED: '已完成',
};

export const KEY_PERSON_TIER: Record<KeyPersonTier, string> = { RED: '红色预警', ORANGE: '橙色预警', YELLOW: '黄色预警' };
export const KEY_PERSON_TIER_COLOR: Record<KeyPersonTier, string> = { RED: 'red', ORANGE: 'orange', YELLOW: 'gold' };
export const KEY_PERSON_VISIT_KIND: Record<KeyPersonVisitKind, string> = { HOME_VISIT: '入户走访', PHONE: '电话联系', MEETING: '约见面谈' };

export const GRID_WORKER_KIND: Record<GridWorkerKind, string> = {
  FULL_TIME: '专职',
  PART_TIME: '兼职',
  AUXILIARY: '辅助',
};

/** Enum values in a stable display order, for selects. */
export const options = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

export const LETTER_KIND: Record<LetterKind, string> = {
  ASSIGNMENT: '交办单',
  FEEDBACK: '反馈单',
  SUPERVISION: '督办函',
  REMINDER: '工作提示函',
  RISK_WARNING: '风险预警函',
  ACCEPTANCE_NOTICE: '受理告知单',
};

export const LETTER_STATE: Record<LetterState, string> = {
  NONE: '无需反馈',
  OPEN: '待反馈',
  ANSWERED: '已反馈',
  OVERDUE: '逾期未反馈',
};

/** antd Tag colours of the states: 逾期 in red. */
export const LETTER_STATE_COLOR: Record<LetterState, string> = { NONE: 'default', OPEN: 'blue', ANSWERED: 'green', OVERDUE: 'red' };

export const RISK_LEVEL: Record<RiskLevel, string> = {
  YELLOW: '黄色预警',
  ORANGE: '橙色预警',
  RED: '红色预警',
};

export const ASSIGNMENT_ROLE: Record<AssignmentRole, string> = {
  LEAD: '牵头',
  ASSIST: '协办',
};

export const REFERRAL_ROUTE: Record<ReferralRoute, string> = {
  ARBITRATION: '仲裁',
  LITIGATION: '诉讼',
  ADMINISTRATIVE_REVIEW: '行政复议',
};

/** 化解方式: the steps of the resolution path, in its order. */
/** 五方联调 的各方（联调类别） */
export const JOINT_MEDIATION_KIND: Record<JointMediationKind, string> = {
  LITIGATION: '诉调',
  POLICE: '警调',
  ADMINISTRATIVE: '行政',
  PROFESSIONAL: '行业专业',
  PEOPLES: '人民调解',
};

/** A mediator's role on the case (主办 / 协办); departments are 牵头 / 协办 (ASSIGNMENT_ROLE). */
export const MEDIATOR_ROLE: Record<AssignmentRole, string> = {
  LEAD: '主办',
  ASSIST: '协办',
};

export const RESOLUTION_MODE: Record<ResolutionMode, string> = {
  INSTANT: '即时调解',
  PROFESSIONAL: '专业调解',
  JOINT: '联合调解（五方联调）',
  ARBITRATION: '仲裁',
  LITIGATION: '诉讼',
  ADMINISTRATIVE_REVIEW: '行政复议',
};

export const MEDIATION_SESSION_OUTCOME: Record<MediationSessionOutcome, string> = {
  AGREED: '达成协议',
  PARTIAL: '部分达成协议',
  NO_AGREEMENT: '未达成协议',
  ADJOURNED: '休会（改期再调）',
};

export const MEDIATION_OUTCOME: Record<MediationOutcome, string> = {
  RESOLVED: '化解成功',
  FAILED: '调解未成功',
};

export const SATISFACTION: Record<Satisfaction, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
};

export const DEADLINE_STATE: Record<DeadlineState, string> = {
  NOT_STARTED: '未起算',
  ON_TRACK: '正常',
  WARNING: '临期预警',
  OVERDUE: '已超期',
  STOPPED: '已停止计时',
};

export const DEPARTMENT_KIND: Record<DepartmentKind, string> = {
  COURT: '法院',
  PROCURATORATE: '检察院',
  POLICE: '公安',
  JUSTICE: '司法行政',
  PETITION: '信访',
  HUMAN_RESOURCES: '人社',
  HOUSING: '住建',
  CIVIL_AFFAIRS: '民政',
  HEALTH: '卫健',
  WOMEN_FEDERATION: '妇联',
  MARKET_REGULATION: '市场监管',
  TRANSPORT: '交通运输',
  LAW_SOCIETY: '律师协会',
  OTHER: '其他',
};
