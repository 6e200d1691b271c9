/** 消息记录: the notification port's local sink, as an ADMIN reads it in demo and test mode. */
export const OUTBOX = {
  menu: '消息记录',
  title: '消息发送记录（本地收件箱）',
  hint: '演示、测试环境下，发给群众的短信（验证码、受理回执、办结评价链接）不真正发出，而是记在这里，便于演示和核对。生产环境经短信网关发出，此页不可用。',
  recipient: '接收手机号',
  recipientPlaceholder: '按手机号筛选（11 位）',
  search: '查询',
  refresh: '刷新',
  empty: '暂无消息',
  unavailable: '当前为生产环境：消息经短信网关发出，本地收件箱不可查看。',
  columns: { at: '时间', template: '模板', recipient: '接收人', body: '内容', case: '相关案件' },
  template: {
    ZZ_CODE: '验证码',
    ZZ_RECEIPT: '受理回执',
    ZZ_RESOLVED: '办结评价',
  } as Record<string, string>,
  toCase: '查看案件',
};
