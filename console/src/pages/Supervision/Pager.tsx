/**
 * Server-side paging through a connection: the cursors of the pages seen so far are kept, so 上一页
 * goes back exactly and 下一页 follows `endCursor`. The parent remounts a list (React `key`) when its
 * region or filter changes, which starts it again at page 1.
 */
import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
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
