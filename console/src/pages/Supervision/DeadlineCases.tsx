/**
 * 超期案件 and 临期预警: open cases past their deadline (longest overdue first) or in their warning
 * window (nearest deadline first), paged by the server. A row leads to the case file.
 */
import { useQuery } from '@apollo/client/react';
import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { getFragmentData, graphql } from '../../gql';
import type { SupervisedCaseFragment } from '../../gql/graphql';
import DeadlineTag from '../../components/DeadlineTag';
import { CASE_STATUS, DISPUTE_TYPE } from '../../locales/zh-CN/enums';
import { SUPERVISION } from '../../locales/zh-CN';
import { useNow } from '../../utils/useNow';
import { PAGE_SIZE, PagedTable, useCursorPages } from './Pager';

export const SupervisedCaseFragmentDoc = graphql(`
  fragment SupervisedCase on Case {
    id
    code
    title
    type
    status
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
      overdueNotifiedAt
      ladderStepName
      stepDeadlineAt
    }
  }
`);

const OverdueCasesQuery = graphql(`
  query OverdueCases($regionId: ID!, $first: Int, $after: String) {
    overdueCases(regionId: $regionId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...SupervisedCase
        }
      }
    }
  }
`);

const WarningCasesQuery = graphql(`
  query WarningCases($regionId: ID!, $first: Int, $after: String) {
    warningCases(regionId: $regionId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...SupervisedCase
        }
      }
    }
  }
`);

export default function DeadlineCases({ regionId, which }: { regionId: string; which: 'overdue' | 'warning' }) {
  const pages = useCursorPages();
  const navigate = useNavigate();
  const now = useNow(30_000);
  const variables = { regionId, first: PAGE_SIZE, after: pages.after };
  const overdue = useQuery(OverdueCasesQuery, { variables, skip: which !== 'overdue', fetchPolicy: 'cache-and-network' });
  const warning = useQuery(WarningCasesQuery, { variables, skip: which !== 'warning', fetchPolicy: 'cache-and-network' });
  const q = which === 'overdue' ? overdue : warning;
  const conn = which === 'overdue' ? overdue.data?.overdueCases : warning.data?.warningCases;
  const page = conn && { ...conn, edges: conn.edges.map((e) => ({ node: getFragmentData(SupervisedCaseFragmentDoc, e.node) })) };
  const c = SUPERVISION.columns;
  const columns: ColumnsType<SupervisedCaseFragment> = [
    { title: c.code, dataIndex: 'code', width: 210, render: (code: string, r) => <Link to={`/cases/${r.id}`} onClick={(e) => e.stopPropagation()}>{code}</Link> },
    { title: c.title, dataIndex: 'title', ellipsis: true, render: (t: string) => <Typography.Text title={t}>{t}</Typography.Text> },
    { title: c.type, dataIndex: 'type', width: 120, render: (t: SupervisedCaseFragment['type']) => DISPUTE_TYPE[t] },
    { title: c.status, dataIndex: 'status', width: 90, render: (s: SupervisedCaseFragment['status']) => <Tag>{CASE_STATUS[s]}</Tag> },
    { title: c.region, key: 'region', width: 150, ellipsis: true, render: (_, r) => r.region.name },
    { title: c.ladderStep, key: 'step', width: 150, ellipsis: true, render: (_, r) => <span data-testid="row-step">{r.supervision.ladderStepName ?? '—'}</span> },
    { title: c.stepDeadline, key: 'stepDeadline', width: 130,
      render: (_, r) => (r.supervision.stepDeadlineAt ? dayjs(r.supervision.stepDeadlineAt).format('MM-DD HH:mm') : '—') },
    { title: c.deadline, key: 'deadline', width: 150, render: (_, r) => <DeadlineTag status={r.status} supervision={r.supervision} now={now} /> },
    which === 'overdue'
      ? { title: c.notified, key: 'notified', width: 130, render: (_, r) => (r.supervision.overdueNotifiedAt ? dayjs(r.supervision.overdueNotifiedAt).format('MM-DD HH:mm') : SUPERVISION.notNotified) }
      : { title: c.remaining, key: 'remaining', width: 130, render: (_, r) => SUPERVISION.duration(dayjs(r.supervision.deadlineAt).valueOf() - now) },
  ];
  return (
    <PagedTable<SupervisedCaseFragment> conn={page} loading={q.loading} error={q.error} columns={columns} empty={SUPERVISION.empty[which]}
      testId={which} scrollX={1280} pages={pages}
      onRow={(r) => ({ onClick: () => navigate(`/cases/${r.id}`), style: { cursor: 'pointer' }, 'data-testid': `${which}-row-${r.code}` } as React.HTMLAttributes<HTMLElement>)} />
  );
}
