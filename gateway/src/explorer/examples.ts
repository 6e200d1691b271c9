/** Saved example operations shown as tabs in the explorer, one set per kind of user. */
export interface ExampleTab {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLES: ExampleTab[] = [
  {
    title: '登录 login（所有角色）',
    query: `# 演示账号密码均为 demo；登录后点击页面顶部的"使用此令牌"或把 token 填入 Headers
mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    user { id username displayName roles region { name level } }
  }
}`,
    variables: { username: 'county-dispatcher', password: 'demo' },
  },
  {
    title: '登录日志 loginAttempts（督办/管理员）',
    query: `# 本辖区账号的登录尝试，最新的在前；不存在的登录名仅县级管理员可见
query LoginLog($filter: LoginAttemptFilter) {
  loginAttempts(filter: $filter, first: 20) {
    totalCount
    edges { node { at username user { displayName region { name } } clientAddress success reason } }
  }
}`,
    variables: { filter: { success: false } },
  },
  {
    title: '注销 logout（所有角色）',
    query: `# 当前令牌立即失效；allDevices: true 时本账号全部令牌失效
mutation Logout { logout(allDevices: false) }`,
  },
  {
    title: '区域与中心（领导/调度）',
    query: `query Territory {
  regions(level: TOWN) { id code name level children { name } }
  centers(level: COUNTY) { id name level region { name code } stationings { mode staffCount department { name kind } } }
}`,
  },
  {
    title: '金牌调解团队（调解员/调度）',
    query: `query GoldTeam {
  goldTeam { id name brand specialties languages activeCaseCount center { name region { name } } }
}`,
  },
  {
    title: '案件台账（受理员/调度）',
    query: `query CaseList($first: Int, $after: String) {
  cases(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { code title status complexity channel type receivedAt region { name } handlingCenter { name }
      assignments { role department { name } mediator { name goldTeam } } supervision { deadlineAt overdue warning } } }
  }
}`,
    variables: { first: 20 },
  },
  {
    title: '一窗受理 intakeCase（受理员/合作系统）',
    query: `mutation Intake($input: IntakeCaseInput!) {
  intakeCase(input: $input) { id code status handlingCenter { name } history { at action toStatus } }
}`,
    variables: {
      input: {
        idempotencyKey: 'explorer-demo-1', title: '邻里漏水纠纷', description: '楼上住户卫生间漏水，多次协商未果',
        channel: 'WINDOW', type: 'NEIGHBOUR', regionId: '<a village id from regions>',
        parties: [{ name: '张三', role: 'APPLICANT', phone: '13812345678' }, { name: '李四', role: 'RESPONDENT' }],
      },
    },
  },
  {
    title: '统计 stats（督办/领导）',
    query: `query Stats($regionId: ID!, $from: DateTime!, $to: DateTime!) {
  stats(regionId: $regionId, from: $from, to: $to) { received resolved resolutionRate closed closureRate overdue satisfactionRate byLevel { level share } }
  overdueCases(regionId: $regionId, first: 10) { totalCount edges { node { code title supervision { deadlineAt } } } }
}`,
    variables: { regionId: '<the county id>', from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' },
  },
  {
    title: '网格定位与上报（网格员）',
    query: `query GridAt { gridAt(lat: 24.35, lng: 116.65) { code name households region { name parent { name } } workers { name kind } } }`,
  },
  {
    title: '实时调度 subscription（调度/合作系统）',
    query: `subscription Dispatch($after: String) {
  dispatchEvents(after: $after) {
    cursor kind occurredAt region { name }
    case { code title status supervision { deadlineAt } assignments { mediator { name goldTeam } } }
    patrolTask { title dueAt } gridReport { category description } appointment { startsAt }
  }
}`,
  },
];
