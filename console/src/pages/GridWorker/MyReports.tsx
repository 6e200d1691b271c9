/** 我的上报: the reports of the worker's grid, open ones first by default, newest first, 20 at a time. */
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Empty, Segmented, Skeleton } from 'antd';
import { graphql } from '../../gql';
import type { GridReportStatus } from '../../gql/graphql';
import { errorMessage } from '../../app/errors';
import { GRID_WORKER } from '../../locales/zh-CN/grid';
import ReportCard from './ReportCard';

const MyReportsQuery = graphql(`
  query MyReports($gridId: ID!, $status: GridReportStatus, $after: String) {
    gridReports(gridId: $gridId, status: $status, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...MyReportItem
        }
      }
    }
  }
`);

const T = GRID_WORKER.reports;

export default function MyReports({ gridId }: { gridId: string }) {
  const [status, setStatus] = useState<GridReportStatus | null>('REPORTED');
  const { data, loading, error, refetch, fetchMore } = useQuery(MyReportsQuery, { variables: { gridId, status }, notifyOnNetworkStatusChange: true });
  const list = data?.gridReports;

  const more = () => fetchMore({
    variables: { after: list?.pageInfo.endCursor },
    updateQuery: (prev, { fetchMoreResult }) => ({
      gridReports: { ...fetchMoreResult.gridReports, edges: [...prev.gridReports.edges, ...fetchMoreResult.gridReports.edges] },
    }),
  });

  return (
    <div data-testid="my-reports">
      <Segmented
        block
        size="large"
        value={status ?? 'ALL'}
        onChange={(v) => setStatus(v === 'ALL' ? null : (v as GridReportStatus))}
        options={[{ value: 'REPORTED', label: T.open }, { value: 'ALL', label: T.all }]}
        style={{ marginBottom: 12 }}
      />
      {error && !list && <Alert type="error" showIcon title={errorMessage(error)} action={<Button onClick={() => void refetch()}>{GRID_WORKER.retry}</Button>} />}
      {!list && loading && <Skeleton active />}
      {list && list.edges.length === 0 && <Empty description={status ? T.empty : T.emptyAll} />}
      {list?.edges.map((e) => <ReportCard key={e.node.id} report={e.node} onStale={() => void refetch()} />)}
      {list?.pageInfo.hasNextPage && (
        <Button block size="large" loading={loading} onClick={() => void more()}>{T.loadMore}</Button>
      )}
    </div>
  );
}
