/** 交办情况: the lead and assisting departments and the mediator currently on the case. */
import { Card, Empty, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { ASSIGNMENT_ROLE } from '../../locales/zh-CN/enums';
import { CASE_FILE } from '../../locales/zh-CN';

export const CaseAssignmentsFragment = graphql(`
  fragment CaseAssignments on Case {
    assignments {
      id
      role
      assignedAt
      note
      department {
        id
        name
      }
      mediator {
        id
        name
        goldTeam
        brand
      }
      assignedBy {
        id
        displayName
      }
    }
  }
`);

export default function AssignmentsCard(props: { case: FragmentType<typeof CaseAssignmentsFragment> }) {
  const { assignments } = getFragmentData(CaseAssignmentsFragment, props.case);
  const t = CASE_FILE.assignments;
  // Lead first, then assisting departments, the mediator last: the order a 交办单 lists them.
  const rows = [...assignments].sort((a, b) => rank(a) - rank(b));
  return (
    <Card size="small" title={t.title} data-testid="case-assignments">
      {rows.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} /> : (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={rows}
          columns={[
            {
              title: `${t.department} / ${t.mediator}`,
              key: 'who',
              render: (_, a) => a.department
                ? <span data-testid="assignment-department">{a.department.name}</span>
                : a.mediator && (
                  <span data-testid="assignment-mediator">
                    {t.mediator}：{a.mediator.name}{a.mediator.brand ? `（${a.mediator.brand}）` : ''}
                    {a.mediator.goldTeam && <Tag color="gold" style={{ marginInlineStart: 6 }}>{t.gold}</Tag>}
                  </span>
                ),
            },
            { title: t.role, dataIndex: 'role', width: 70, render: (r: keyof typeof ASSIGNMENT_ROLE) => <Tag color={r === 'LEAD' ? 'red' : 'default'}>{ASSIGNMENT_ROLE[r]}</Tag> },
            { title: t.assignedAt, dataIndex: 'assignedAt', width: 140, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
            { title: t.by, key: 'by', width: 100, render: (_, a) => a.assignedBy?.displayName ?? CASE_FILE.ledger.system },
            { title: t.note, dataIndex: 'note', ellipsis: true, render: (v: string | null) => <Typography.Text title={v ?? ''}>{v ?? ''}</Typography.Text> },
          ]}
        />
      )}
    </Card>
  );
}

const rank = (a: { role: string; department?: unknown }) => (a.department ? (a.role === 'LEAD' ? 0 : 1) : 2);
