/**
 * One breakdown as a table: a row per key with the same measures as the headline figures, and a
 * 合计 row with the period's totals (the rows add up to it: the graph computes both the same way).
 */
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { STATS } from '../../locales/zh-CN';
import { formatCount, formatRate } from '../../utils/format';

export interface MeasureRow {
  key: string;
  label: string;
  received: number;
  accepted: number;
  resolved: number;
  resolutionRate: number;
  closed: number;
  closureRate: number;
  overdue?: number;
  satisfactionRate?: number | null;
}

export interface Totals {
  received: number;
  accepted: number;
  resolved: number;
  resolutionRate: number;
  closed: number;
  closureRate: number;
  overdue: number;
  satisfactionRate: number | null;
}

export default function BreakdownTable({ name, rows, totals, keyTitle, extended, testId }: {
  name: string;
  rows: MeasureRow[];
  totals: Totals;
  keyTitle: string;
  /** Region and month rows also carry 超期 and 满意率. */
  extended?: boolean;
  testId: string;
}) {
  const c = STATS.columns;
  const num = { align: 'right' as const, width: 76 };
  const columns: ColumnsType<MeasureRow> = [
    { title: keyTitle, dataIndex: 'label', ellipsis: true, render: (t: string) => <Typography.Text title={t}>{t}</Typography.Text> },
    { title: c.received, dataIndex: 'received', ...num, render: formatCount },
    { title: c.accepted, dataIndex: 'accepted', ...num, render: formatCount },
    { title: c.resolved, dataIndex: 'resolved', ...num, render: formatCount },
    { title: c.resolutionRate, dataIndex: 'resolutionRate', ...num, width: 84, render: formatRate },
    { title: c.closed, dataIndex: 'closed', ...num, render: formatCount },
    { title: c.closureRate, dataIndex: 'closureRate', ...num, width: 84, render: formatRate },
    ...(extended
      ? [
          { title: c.overdue, dataIndex: 'overdue', ...num, width: 64, render: (n: number) => formatCount(n) },
          { title: c.satisfactionRate, dataIndex: 'satisfactionRate', ...num, width: 84, render: (r: number | null) => formatRate(r) },
        ]
      : []),
  ];
  const cell = (i: number, text: string) => <Table.Summary.Cell index={i} align={i ? 'right' : 'left'}><b>{text}</b></Table.Summary.Cell>;
  return (
    <Table<MeasureRow>
      aria-label={name}
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={rows.length > 12 ? { y: 360 } : undefined}
      onRow={(r) => ({ 'data-testid': `row-${r.key}` } as React.HTMLAttributes<HTMLElement>)}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row data-testid="row-total">
            {cell(0, STATS.total)}
            {cell(1, formatCount(totals.received))}
            {cell(2, formatCount(totals.accepted))}
            {cell(3, formatCount(totals.resolved))}
            {cell(4, formatRate(totals.resolutionRate))}
            {cell(5, formatCount(totals.closed))}
            {cell(6, formatRate(totals.closureRate))}
            {extended && cell(7, formatCount(totals.overdue))}
            {extended && cell(8, formatRate(totals.satisfactionRate))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
      data-testid={testId}
    />
  );
}
