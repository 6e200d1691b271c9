/**
 * The table of cases. Each row renders the `CaseRow` fragment below — the fields this component
 * shows and nothing else; the page's query spreads it (`...CaseRow`), so adding a column here means
 * adding its field to the fragment, and `npm run codegen` types it.
 */
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { CaseRowFragment } from '../../gql/graphql';
import DeadlineTag from '../../components/DeadlineTag';
import { CASE_STATUS, DISPUTE_TYPE, REGION_LEVEL } from '../../locales/zh-CN/enums';
import { S } from '../../locales/zh-CN';
import { useNow } from '../../utils/useNow';

export const CaseRowFragmentDoc = graphql(`
  fragment CaseRow on Case {
    id
    code
    title
    type
    status
    level
    receivedAt
    region {
      id
      name
    }
    handlingCenter {
      id
      name
    }
    supervision {
      deadlineAt
      overdue
      warning
    }
  }
`);

const STATUS_COLOR: Partial<Record<CaseRowFragment['status'], string>> = {
  REGISTERED: 'default', ACCEPTED: 'blue', ASSIGNED: 'geekblue', IN_MEDIATION: 'processing', RESOLVED: 'success', CLOSED: 'success', REFERRED: 'purple',
};

export default function CaseTable({ rows, loading, empty }: {
  rows: FragmentType<typeof CaseRowFragmentDoc>[];
  loading: boolean;
  empty: React.ReactNode;
}) {
  const navigate = useNavigate();
  const now = useNow(30_000);
  const data = rows.map((r) => getFragmentData(CaseRowFragmentDoc, r));
  const c = S.cases.columns;
  const columns: ColumnsType<CaseRowFragment> = [
    {
      title: c.code, dataIndex: 'code', width: 200,
      // A real link: keyboard users tab to it, and a middle click opens the case in a new tab.
      render: (code: string, row) => <Link to={`/cases/${row.id}`} onClick={(e) => e.stopPropagation()}>{code}</Link>,
    },
    { title: c.title, dataIndex: 'title', ellipsis: true, render: (t: string) => <Typography.Text title={t}>{t}</Typography.Text> },
    { title: c.type, dataIndex: 'type', width: 120, render: (t: CaseRowFragment['type']) => DISPUTE_TYPE[t] },
    { title: c.status, dataIndex: 'status', width: 110, render: (s: CaseRowFragment['status']) => <Tag color={STATUS_COLOR[s] ?? 'default'}>{CASE_STATUS[s]}</Tag> },
    { title: c.level, dataIndex: 'level', width: 90, render: (l: CaseRowFragment['level']) => REGION_LEVEL[l] },
    { title: c.center, key: 'center', width: 160, ellipsis: true, render: (_, row) => row.handlingCenter.name },
    { title: c.receivedAt, dataIndex: 'receivedAt', width: 150, render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm') },
    { title: c.deadline, key: 'deadline', width: 150, render: (_, row) => <DeadlineTag status={row.status} supervision={row.supervision} now={now} /> },
  ];
  return (
    <Table<CaseRowFragment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data}
      loading={loading}
      pagination={false}
      scroll={{ x: 1100 }}
      locale={{ emptyText: empty }}
      onRow={(row) => ({ onClick: () => navigate(`/cases/${row.id}`), style: { cursor: 'pointer' }, 'data-testid': `case-row-${row.code}` } as React.HTMLAttributes<HTMLElement>)}
      data-testid="case-table"
    />
  );
}
