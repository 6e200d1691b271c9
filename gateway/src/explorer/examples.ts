/**
 * Saved example operations shown as tabs in the explorer, one per kind of user. Each names the demo
 * account it is written for: the browser test logs in as that account and runs the tab, so every
 * example stays valid for its role (an example that fails for the role it names is a bug).
 */
export interface ExampleTab {
  title: string;
  /** The demo account (password `demo`) whose role this tab is for. */
  account: string;
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * Stands for the logged-in user's own region id: the login bar replaces it in every tab's variables,
 * so "my jurisdiction" examples run for whoever logs in, on any database (ids differ per install).
 */
export const MY_REGION_ID = '<登录后自动填入：本人辖区 ID>';

export const EXAMPLES: ExampleTab[] = [
  {
    title: '登录 login（所有角色）',
    account: 'county-dispatcher',
    // The rest of the request runs as the account that has just logged in, so its region reads in full.
    query: `# 演示账号密码均为 demo；用页面顶部的登录栏登录，令牌会自动写入 Headers
mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    user { id username displayName roles region { id code name level parent { name level } } }
  }
}`,
    variables: { username: 'county-dispatcher', password: 'demo' },
  },
  {
    title: '登录日志 loginAttempts（督办/管理员）',
    account: 'county-supervisor',
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
    title: '区域与中心（领导/调度）',
    account: 'county-supervisor',
    query: `query Territory {
  regions(level: TOWN) { id code name level children { name } }
  centers(level: COUNTY) { id name level region { name code } stationings { mode staffCount department { name kind } } }
}`,
  },
  {
    title: '今日在岗与本月轮驻（领导）',
    account: 'county-supervisor',
    query: `query OnDuty {
  centers(level: COUNTY) {
    name
    onDuty { mode windowNumbers department { name } staff { name } contact { name phone } }
    rota { windowNumber window { label } department { name } staff { name } }
  }
}`,
  },
  {
    title: '金牌调解团队（调解员/调度）',
    account: 'mediator-gold',
    query: `query GoldTeam {
  goldTeam { id name brand specialties languages activeCaseCount center { name region { name } } }
}`,
  },
  {
    title: '一窗受理 intakeCase（受理员/合作系统）',
    account: 'village-a-operator',
    query: `# regionId 为纠纷发生地；登录后自动填入本人辖区。同一 idempotencyKey 重复提交返回同一案件
mutation Intake($input: IntakeCaseInput!) {
  intakeCase(input: $input) { id code status handlingCenter { name } history { at action toStatus } }
}`,
    variables: {
      input: {
        idempotencyKey: 'explorer-demo-1', title: '邻里漏水纠纷', description: '楼上住户卫生间漏水，多次协商未果',
        channel: 'WINDOW', type: 'NEIGHBOUR', regionId: MY_REGION_ID,
        parties: [{ name: '张三', role: 'APPLICANT', phone: '13812345678' }, { name: '李四', role: 'RESPONDENT' }],
      },
    },
  },
  {
    title: '案件台账（受理员/调度）',
    account: 'county-dispatcher',
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
    title: '统计 stats（督办/领导）',
    account: 'county-supervisor',
    query: `query Stats($regionId: ID!, $from: DateTime!, $to: DateTime!) {
  stats(regionId: $regionId, from: $from, to: $to) { received resolved resolutionRate closed closureRate overdue satisfactionRate byLevel { level share } }
  overdueCases(regionId: $regionId, first: 10) { totalCount edges { node { code title supervision { deadlineAt } } } }
}`,
    variables: { regionId: MY_REGION_ID, from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' },
  },
  {
    // The point lies inside grid-a-worker's own grid (湖寮社区第1网格) of the demo county: outside
    // the caller's jurisdiction gridAt returns null, which would show nothing useful.
    title: '网格定位与巡查（网格员）',
    account: 'grid-a-worker',
    query: `query MyGrid {
  gridAt(lat: 24.535, lng: 116.465) { code name households region { name parent { name } } workers { name kind } }
  patrolTasks(first: 5) { totalCount edges { node { title status dueAt overdue } } }
  gridReports(first: 5) { totalCount edges { node { category description status } } }
}`,
  },
  {
    // Public: a resident's page calls these without a token (the token the bar sets changes nothing).
    title: '居民自助 residentChallenge（无需登录）',
    account: 'county-operator',
    query: `# 居民自助的第一步：领取计算题（求 SHA-256(challenge:answer) 前 difficulty 位为 0 的 answer），
# 再 requestResidentCode → verifyResidentCode → fileResidentRequest；可选的镇（街道）如下
query ResidentStart {
  residentChallenge { challenge difficulty expiresAt }
  residentRegions { id name level }
}`,
  },
  {
    title: '实时调度 subscription（调度/合作系统）',
    account: 'county-dispatcher',
    query: `# 运行后保持连接；新受理、升级、超期等事件会逐条出现在右侧
subscription Dispatch($after: String) {
  dispatchEvents(after: $after) {
    cursor kind occurredAt region { name }
    case { code title status supervision { deadlineAt } assignments { mediator { name goldTeam } } }
    patrolTask { title dueAt } gridReport { category description } appointment { startsAt }
  }
}`,
  },
  {
    // Last: it spends the token it runs with (the next login through the bar gets a new one).
    title: '注销 logout（所有角色）',
    account: 'county-operator',
    query: `# 当前令牌立即失效；allDevices: true 时本账号全部令牌失效
mutation Logout { logout(allDevices: false) }`,
  },
];
