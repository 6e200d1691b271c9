/** 按月趋势: received and resolved per month of receipt (bars), the resolution rate (line, right axis). */
import { Card, Col, Row } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { STATS } from '../../locales/zh-CN';
import BreakdownTable, { type Totals } from './BreakdownTable';
import Chart from './Chart';

export const StatsTrendFragment = graphql(`
  fragment StatsTrend on Stats {
    byMonth {
      month
      received
      accepted
      resolved
      resolutionRate
      closed
      closureRate
      overdue
      satisfactionRate
    }
  }
`);

export default function Trend({ stats, totals }: { stats: FragmentType<typeof StatsTrendFragment>; totals: Totals }) {
  const months = getFragmentData(StatsTrendFragment, stats).byMonth;
  const rows = months.map((m) => ({ ...m, key: m.month, label: STATS.monthLabel(m.month) }));
  // Short axis labels (3月); the year shows where it changes, so a quarter or a year stays legible at 1366 px.
  const axis = months.map((m, i) => (i === 0 || m.month.endsWith('-01') ? `${m.month.slice(0, 4)}年${Number(m.month.slice(5))}月` : `${Number(m.month.slice(5))}月`));
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: axis },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { name: STATS.series.received, type: 'bar', data: months.map((m) => m.received), barMaxWidth: 28 },
      { name: STATS.series.resolved, type: 'bar', data: months.map((m) => m.resolved), barMaxWidth: 28 },
      {
        name: STATS.series.resolutionRate, type: 'line', yAxisIndex: 1, data: months.map((m) => (m.accepted ? Math.round(m.resolutionRate * 1000) / 10 : null)),
        connectNulls: true, tooltip: { valueFormatter: (v: number | null) => (v === null ? '—' : `${v}%`) },
      },
    ],
  };
  return (
    <Card size="small" title={STATS.sections.month} data-testid="section-month">
      <Row gutter={16}>
        <Col span={24}><Chart option={option} height={280} testId="chart-month" /></Col>
        <Col span={24}>
          <BreakdownTable name={STATS.sections.month} rows={rows} totals={totals} keyTitle={STATS.columns.month} extended testId="table-month" />
        </Col>
      </Row>
    </Card>
  );
}
