/**
 * 交办情况: the lead and assisting departments and the mediators currently on the case — the team, each
 * mediator 主办 or 协办 — with the joint-mediation kind (五方联调) of each handler when one was given.
 */
import { Card, Empty, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { ASSIGNMENT_ROLE, JOINT_MEDIATION_KIND, MEDIATOR_ROLE } from '../../locales/zh-CN/enums';
import { CASE_FILE } from '../../locales/zh-CN';

export const CaseAssignmentsFragment = graphql(`
  fragment CaseAssignments on Case {
    assignments {
      id
      role
      jointKind
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
  // Lead department first, then assisting departments, then the mediators (主办 before 协办): the order a 交办单 lists them.
  const rows = [...assignments].sort((a, b) => rank(a) - rank(b));
  const mediators = rows.filter((a) => a.mediator).length;
  return (
    <Card size="small" title={mediators > 1 ? `${t.title}（${t.team} ${mediators} 人）` : t.title} data-testid="case-assignments">
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
            {
              title: t.role, key: 'role', width: 70,
              // Departments 牵头 / 协办, mediators 主办 / 协办 (the words a 交办单 uses).
              render: (_, a) => <Tag color={a.role === 'LEAD' ? 'red' : 'default'} data-testid="assignment-role">{(a.mediator ? MEDIATOR_ROLE : ASSIGNMENT_ROLE)[a.role]}</Tag>,
            },
            {
              title: t.jointKind, dataIndex: 'jointKind', width: 90,
              render: (k: keyof typeof JOINT_MEDIATION_KIND | null) => (k ? <Tag color="blue" data-testid="assignment-kind">{JOINT_MEDIATION_KIND[k]}</Tag> : null),
            },
            { title: t.assignedAt, dataIndex: 'assignedAt', width: 140, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
            { title: t.by, key: 'by', width: 100, render: (_, a) => a.assignedBy?.displayName ?? CASE_FILE.ledger.system },
            { title: t.note, dataIndex: 'note', ellipsis: true, render: (v: string | null) => <Typography.Text title={v ?? ''}>{v ?? ''}</Typography.Text> },
          ]}
        />
      )}
    </Card>
  );
}

const rank = (a: { role: string; department?: unknown }) => (a.department ? 0 : 2) + (a.role === 'LEAD' ? 0 : 1);
