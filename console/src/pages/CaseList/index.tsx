/**
 * 案件列表: the jurisdiction's cases, filtered by every `CaseFilter` field, paged by the server.
 * The URL is the state (url-state.ts). Cursors are opaque, so a page can be reached only from its
 * neighbour: the pager offers the pages whose start cursor this tab has seen (every page up to the
 * furthest visited, plus the next), and a bookmarked page opens directly from its own cursor.
 */
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Pagination, Segmented, Space, Typography } from 'antd';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/errors';
import { useSession } from '../../app/session-hooks';
import { S } from '../../locales/zh-CN';
import CaseFilters from './CaseFilters';
import ExportButton from './ExportButton';
import CaseTable from './CaseTable';
import { EMPTY_STATE, PAGE_SIZES, parseState, resultKey, showsOwn, toCaseFilter, toSearchParams, withFilter, type CaseListState, type Viewer } from './url-state';
import { pageCursors } from './page-cursors';
import { useUrlState } from '../../utils/useUrlState';

const CaseListQuery = graphql(`
  query CaseList($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...CaseRow
        }
      }
    }
  }
`);

export default function CaseListPage() {
  const [state, go] = useUrlState<CaseListState>(parseState, toSearchParams);
  const session = useSession();
  // 领导包案: a leader opens the list on the cases they lead, one click from all of the jurisdiction's.
  const viewer: Viewer | null = session ? { id: session.user.id, leader: session.user.roles.includes('LEADER') } : null;
  const filter = toCaseFilter(state, viewer);

  const { data, previousData, loading, error, refetch } = useQuery(CaseListQuery, {
    variables: { filter, first: state.size, after: state.after },
    notifyOnNetworkStatusChange: true,
  });
  // Keep the last page on screen while the next one loads (no flash of an empty table).
  const result = (data ?? previousData)?.cases;
  const cursors = pageCursors(resultKey(state, viewer));
  cursors.remember(state.page, state.after);
  if (data?.cases.pageInfo.hasNextPage && data.cases.pageInfo.endCursor) cursors.remember(state.page + 1, data.cases.pageInfo.endCursor);

  const total = result?.totalCount ?? 0;
  const empty = (
    <Empty description={S.cases.empty} data-testid="case-list-empty">
      <Typography.Text type="secondary">{S.cases.emptyHint}</Typography.Text>
    </Empty>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={viewer?.leader ? (
          <Space>
            {S.cases.title}
            <Segmented
              size="small"
              value={showsOwn(state, viewer) ? 'mine' : 'all'}
              options={[{ value: 'mine', label: S.cases.mine }, { value: 'all', label: S.cases.all }]}
              onChange={(v) => go(withFilter(state, { mine: v === 'mine' }))}
              data-testid="case-list-mine"
            />
          </Space>
        ) : S.cases.title}
        size="small"
        extra={<ExportButton filter={filter} total={total} />}
      >
        <CaseFilters state={state} onChange={(change) => go(withFilter(state, change))} onReset={() => go({ ...EMPTY_STATE, size: state.size })} />
      </Card>
      {error && !result && (
        <Alert type="error" showIcon title={S.cases.loadFailed} description={errorMessage(error)} action={<Button onClick={() => void refetch()}>{S.app.retry}</Button>} data-testid="case-list-error" />
      )}
      <Card size="small">
        <CaseTable rows={(result?.edges ?? []).map((e) => e.node)} loading={loading} empty={loading ? <span /> : empty} />
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 16 }}>
          <Pagination
            current={state.page}
            pageSize={state.size}
            total={total}
            showSizeChanger
            pageSizeOptions={PAGE_SIZES.map(String)}
            showTotal={(n) => S.cases.total(n)}
            itemRender={(page, type, element) =>
              type === 'page' && !cursors.has(page) ? <span title={S.cases.pageUnknown} style={{ opacity: 0.35, cursor: 'not-allowed' }}>{page}</span> : element
            }
            onChange={(page, size) => {
              if (size !== state.size) return go({ ...state, size, page: 1, after: null });
              if (!cursors.has(page)) return;
              go({ ...state, page, after: cursors.get(page) });
            }}
            data-testid="case-pagination"
          />
        </div>
      </Card>
    </Space>
  );
}
