/**
 * Every sentence a user reads, in one place per language (ant-design-pro keeps locales/zh-CN/*.ts).
 * Code stays English; screens take their words from here. Enum labels are in enums.ts.
 */
export { BOARD } from './board';
export { STATS } from './statistics';
export { SUPERVISION } from './supervision';
export { INTAKE, NOTICE } from './intake';
export { CASE_FILE } from './caseFile';
export { DOCUMENTS } from './documents';
export { GRID_MAP, GRID_PANEL, GRID_WORKER } from './grid';
export { POLICY } from './policy';
export { STATIONING } from './stationing';
export { EVALUATION } from './evaluation';
export { OUTBOX } from './outbox';
export const S = {
  app: {
    title: '综治中心工作台',
    logout: '退出登录',
    loading: '正在加载…',
    retry: '重试',
    back: '返回',
  },
  menu: {
    cases: '案件列表',
  },
  exception: {
    notFound: '页面不存在',
    notFoundHint: '地址可能输错了，或该页面已调整。',
    forbidden: '无权查看',
    forbiddenHint: '当前账号的角色不能使用该页面；如需使用请联系本中心管理员。',
    toHome: '返回首页',
  },
  login: {
    title: '综治中心工作台',
    subtitle: '县、镇、村三级综治中心矛盾纠纷多元化解平台',
    username: '用户名',
    password: '密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    submit: '登录',
    wrongPassword: '用户名或密码错误',
    rateLimited: (seconds: number) => `登录尝试过多，请 ${seconds} 秒后再试`,
    rateLimitedNoTime: '登录尝试过多，请稍后再试',
    expired: '登录已失效，请重新登录',
    loggedOut: '已退出登录',
    demoTitle: '演示账号（密码均为 demo），点击填入',
  },
  cases: {
    title: '案件列表',
    columns: {
      code: '统一编码', title: '标题', type: '纠纷类型', status: '状态', level: '办理层级',
      center: '承办中心', receivedAt: '受理时间', deadline: '办理时限',
    },
    filters: {
      region: '所属区域', regionPlaceholder: '本辖区全部', status: '状态', type: '纠纷类型', channel: '受理渠道',
      level: '办理层级', overdue: '超期', overdueAny: '全部', overdueYes: '已超期', overdueNo: '未超期',
      received: '受理时间', search: '关键词', searchPlaceholder: '标题、描述、统一编码、当事人姓名', any: '全部', reset: '重置', more: '更多筛选', less: '收起',
    },
    mine: '我包案的', all: '全部案件',
    empty: '没有符合条件的案件',
    emptyHint: '可调整或重置筛选条件',
    total: (n: number) => `共 ${n} 件`,
    pageUnknown: '请逐页翻到该页（分页按游标进行）',
    loadFailed: '案件列表加载失败',
    export: '导出 Excel',
    exportHint: '按当前筛选条件导出全部案件（由服务器生成文件，导出操作记入审计日志）',
  },
} as const;

/** The demo accounts seeded by `npm start` in demo mode (CONTRACT.md), shown on the login page there only. */
export const DEMO_ACCOUNTS: [username: string, label: string][] = [
  ['admin', '系统管理员（全县）'],
  ['county-operator', '县中心窗口受理员'],
  ['county-dispatcher', '县中心指挥调度员'],
  ['county-supervisor', '县督办人员、领导'],
  ['town-a-operator', '湖寮镇窗口受理员'],
  ['town-b-operator', '大麻镇窗口受理员'],
  ['village-a-operator', '湖寮镇某村受理员'],
  ['village-b-operator', '大麻镇某村受理员'],
  ['grid-a-worker', '网格员'],
  ['mediator-gold', '金牌调解员'],
  ['partner-12345', '12345 热线对接平台'],
];
export { MEETINGS } from './meetings';
