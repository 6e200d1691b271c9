/**
 * Server-side paging through a connection: the cursors of the pages seen so far are kept, so 上一页
 * goes back exactly and 下一页 follows `endCursor`. The parent remounts a list (React `key`) when its
 * region or filter changes, which starts it again at page 1. PagedTable puts the error, the table and
 * the pager of one list together, the same in every supervision list.
 */
import { useState } from 'react';
import { Alert, Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { errorMessage } from '../../app/errors';
import { SUPERVISION } from '../../locales/zh-CN';

export const PAGE_SIZE = 20;

export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length,
    next: (endCursor: string) => setCursors((c) => [...c, endCursor]),
    prev: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
  };
}

export default function Pager({ pages, total, hasNext, endCursor, loading, testId }: {
  pages: ReturnType<typeof useCursorPages>;
  /** Said on the element (data-loading) so a test can wait for the list's data, not a spinner's class. */
  loading: boolean;
  total: number;
  hasNext: boolean;
  endCursor: string | null | undefined;
  testId: string;
}) {
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 12, marginTop: 12 }} data-testid={testId} data-loading={loading ? 'true' : 'false'}>
      <Typography.Text type="secondary">{SUPERVISION.total(total)}</Typography.Text>
      <Space>
        <Button size="small" disabled={pages.page <= 1} onClick={pages.prev}>{SUPERVISION.prev}</Button>
        <Typography.Text>{pages.page}</Typography.Text>
        <Button size="small" disabled={!hasNext || !endCursor} onClick={() => endCursor && pages.next(endCursor)}>{SUPERVISION.next}</Button>
      </Space>
    </div>
  );
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: T }[];
}

/**
 * One page of a connection as the supervision lists show it: the load error above, the table, the pager
 * below. `testId` names the table (`<testId>-table`) and the pager (`<testId>-pager`).
 */
export function PagedTable<T extends { id: string }>({ conn, loading, error, columns, empty, testId, scrollX, onRow, pages }: {
  conn: Connection<T> | undefined;
  loading: boolean;
  error: unknown;
  columns: ColumnsType<T>;
  empty: string;
  testId: string;
  scrollX: number;
  onRow?: (row: T) => React.HTMLAttributes<HTMLElement>;
  pages: ReturnType<typeof useCursorPages>;
}) {
  return (
    <>
      {error ? <Alert type="error" showIcon title={SUPERVISION.loadFailed} description={errorMessage(error)} style={{ marginBottom: 12 }} /> : null}
      <Table<T>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={(conn?.edges ?? []).map((e) => e.node)}
        loading={loading}
        pagination={false}
        scroll={{ x: scrollX }}
        locale={{ emptyText: loading ? <span /> : empty }}
        onRow={onRow}
        data-testid={`${testId}-table`}
      />
      <Pager pages={pages} total={conn?.totalCount ?? 0} hasNext={!!conn?.pageInfo.hasNextPage} endCursor={conn?.pageInfo.endCursor} loading={loading} testId={`${testId}-pager`} />
    </>
  );
}
