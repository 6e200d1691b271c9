/** 督办 (screen 6): its sentences. Letter kinds and risk levels are in enums.ts. */
export const SUPERVISION = {
  title: '督办',
  menu: '督办',
  region: '督办区域',
  tabs: { overdue: '超期案件', warning: '临期预警', letters: '督办文书', accountability: '问责情况', risks: '风险预警' },
  hints: {
    overdue: '仍在办理、已超过办理时限的案件，超期最久的在前。超期时系统自动向牵头部门发出督办函。',
    warning: '仍在办理、已到预警时间（时限的 80%）但未超期的案件，时限最近的在前。',
    letters: '本辖区案件的交办单、反馈单、督办函、工作提示函和风险预警函，最新的在前。交办单、督办函等须在反馈期限内由主送部门以反馈单反馈，逾期未反馈的标红。',
    accountability: '按年度统计各牵头部门的回访结果：不满意累计 3 次约谈，5 次取消当年平安建设先进评选资格。',
    risks: '三级预警：重复纠纷、群体性纠纷、节前欠薪、多次上行、重复信访等规则命中的案件，最新的在前。',
  },
  columns: {
    code: '统一编码', title: '标题', type: '纠纷类型', status: '状态', region: '所属区域', center: '承办中心',
    deadline: '办理时限', overdueFor: '已超期', remaining: '剩余时间', notified: '督办函',
    number: '文号', kind: '文书类型', case: '案件', to: '主送部门', issuedAt: '发文时间', automatic: '生成方式', note: '说明',
    department: '部门', followUps: '回访次数', unsatisfied: '不满意', status2: '处理',
    level: '预警等级', rule: '预警规则', reason: '预警原因', raisedAt: '预警时间', letter: '风险预警函',
    ladderStep: '当前层级', stepDeadline: '本级时限',
    dueAt: '反馈期限', state: '反馈状态', actions: '操作',
  },
  auto: '系统自动', manual: '人工发出',
  center: '综治中心办理',
  notNotified: '未发',
  filters: { kind: '文书类型', anyKind: '全部类型', state: '反馈状态', anyState: '全部状态', issued: '发文时间', level: '预警等级', anyLevel: '全部等级', year: '年度' },
  empty: {
    overdue: '本辖区没有超期案件',
    warning: '本辖区没有临期预警案件',
    letters: '没有符合条件的督办文书',
    accountability: '该年度没有回访记录',
    risks: '没有风险预警',
  },
  total: (n: number) => `共 ${n} 条`,
  prev: '上一页',
  next: '下一页',
  loadFailed: '加载失败',
  duration: (ms: number) => {
    const hours = Math.floor(Math.abs(ms) / 3600_000);
    const days = Math.floor(hours / 24);
    return days > 0 ? `${days} 天 ${hours % 24} 小时` : `${hours} 小时`;
  },
} as const;
