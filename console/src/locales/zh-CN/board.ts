/** 调度大屏 (screen 5): its sentences, event-kind labels and colours. */
import type { DispatchEventKind } from '../../gql/graphql';

export const BOARD = {
  title: '调度大屏',
  region: '查看区域',
  fullscreen: '全屏',
  exitFullscreen: '退出全屏',
  today: '今日事件',
  total: (n: number) => `共 ${n} 条`,
  keyPerson: (name: string, tier: string) => `重点人员：${name}（${tier}）`,
  empty: '暂无事件，新事件将实时显示',
  columns: { time: '时间', kind: '类型', region: '区域', subject: '事项' },
  state: {
    connecting: '连接中',
    connected: '已连接',
    reconnecting: (attempt: number) => `重连中（第 ${attempt} 次）`,
  },
  failed: '事件订阅出错',
} as const;

export const EVENT_KIND: Record<DispatchEventKind, string> = {
  CASE_RECEIVED: '新案件受理登记', CASE_ACCEPTED: '案件已受理', CASE_ASSIGNED: '案件交办', CASE_REROUTED: '改派',
  MEDIATION_STARTED: '开始调解', MEDIATION_FAILED: '调解未成功', CASE_ESCALATED: '逐级上行', CASE_RESOLVED: '已化解',
  CASE_REFERRED: '导出', CASE_CLOSED: '已办结', CASE_REJECTED: '不予受理', CASE_WITHDRAWN: '已撤回',
  CASE_REOPENED: '重新启动办理', CASE_MERGED: '案件合并', CONSULTATION_OPENED: '召开会商', MEDIATION_SESSION_HELD: '调解会', DEADLINE_WARNING: '临期预警',
  CASE_OVERDUE: '已超期', SUPERVISION_LETTER: '督办函', RISK_WARNING: '风险预警', FOLLOW_UP_RECORDED: '回访记录',
  PATROL_TASK_DISPATCHED: '巡查任务下达', PATROL_TASK_COMPLETED: '巡查任务完成', GRID_REPORT: '网格上报事件',
  GRID_REPORT_SETTLED: '就地化解上报事件', GRID_REPORT_CONVERTED: '上报事件转为案件', APPOINTMENT_BOOKED: '预约调解',
  APPOINTMENT_CANCELLED: '取消预约', CASE_RESOLUTION_MODE_CHANGED: '调整化解方式', CASE_LEADER_ASSIGNED: '领导包案', COUNTY_POLICY_CHANGED: '时限与阶梯配置更新', LETTER_ANSWERED: '文书反馈',
  JUDICIAL_CONFIRMATION_APPLIED: '申请司法确认', JUDICIAL_CONFIRMATION_DECIDED: '司法确认决定',
  KEY_PERSON_VISIT_OVERDUE: '重点人员走访超期', KEY_PERSON_RISK_WARNING: '风险预警涉及重点人员', ROTA_CHANGED: '入驻轮驻调整',
};

/** antd Tag colours: new work blue, progress cyan, settled green, trouble red/orange, grid purple. */
export const EVENT_COLOR: Record<DispatchEventKind, string> = {
  CASE_RECEIVED: 'blue', CASE_ACCEPTED: 'geekblue', CASE_ASSIGNED: 'cyan', CASE_REROUTED: 'gold',
  MEDIATION_STARTED: 'cyan', MEDIATION_FAILED: 'volcano', CASE_ESCALATED: 'orange', CASE_RESOLVED: 'green',
  CASE_REFERRED: 'gold', CASE_CLOSED: 'green', CASE_REJECTED: 'default', CASE_WITHDRAWN: 'default',
  CASE_REOPENED: 'orange', CASE_MERGED: 'default', CONSULTATION_OPENED: 'magenta', MEDIATION_SESSION_HELD: 'purple', DEADLINE_WARNING: 'orange',
  CASE_OVERDUE: 'red', SUPERVISION_LETTER: 'red', RISK_WARNING: 'red', FOLLOW_UP_RECORDED: 'lime',
  PATROL_TASK_DISPATCHED: 'purple', PATROL_TASK_COMPLETED: 'purple', GRID_REPORT: 'purple',
  GRID_REPORT_SETTLED: 'lime', GRID_REPORT_CONVERTED: 'blue', APPOINTMENT_BOOKED: 'geekblue', APPOINTMENT_CANCELLED: 'default',
  CASE_RESOLUTION_MODE_CHANGED: 'cyan', CASE_LEADER_ASSIGNED: 'purple', COUNTY_POLICY_CHANGED: 'geekblue', LETTER_ANSWERED: 'green', JUDICIAL_CONFIRMATION_APPLIED: 'geekblue', JUDICIAL_CONFIRMATION_DECIDED: 'green',
  KEY_PERSON_VISIT_OVERDUE: 'red', KEY_PERSON_RISK_WARNING: 'volcano', ROTA_CHANGED: 'default',
};
