/** The 631 split: resolved cases by the level they were settled at, against the 60/30/10 target. */
import { Card, Col, Row, Table } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { RegionLevel } from '../../gql/graphql';
import { STATS } from '../../locales/zh-CN';
import { formatCount, formatRate } from '../../utils/format';
import Chart from './Chart';

export const StatsLevelsFragment = graphql(`
  fragment StatsLevels on Stats {
    resolved
    byLevel {
      level
      count
      share
    }
  }
`);

const LEVEL_NAME: Partial<Record<RegionLevel, string>> = { VILLAGE: '村（社区）', TOWN: '镇（街道）', COUNTY: '县' };
const TARGET: Partial<Record<RegionLevel, number>> = { VILLAGE: 0.6, TOWN: 0.3, COUNTY: 0.1 };

export default function Levels({ stats }: { stats: FragmentType<typeof StatsLevelsFragment> }) {
  const s = getFragmentData(StatsLevelsFragment, stats);
  const c = STATS.columns;
  const rows = s.byLevel.map((l) => ({ key: l.level, label: LEVEL_NAME[l.level] ?? l.level, count: l.count, share: l.share, target: TARGET[l.level] ?? 0 }));
  const pct = (v: number) => Math.round(v * 1000) / 10;
  const option = {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: rows.map((r) => r.label) },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: STATS.series.share, type: 'bar', data: rows.map((r) => pct(r.share)), barMaxWidth: 40, label: { show: true, position: 'top', formatter: '{c}%' } },
      { name: STATS.series.target, type: 'bar', data: rows.map((r) => pct(r.target)), barMaxWidth: 40, itemStyle: { color: '#d5d8dc' } },
    ],
  };
  return (
    <Card size="small" title={STATS.sections.level} extra={<span style={{ color: '#888', fontSize: 12 }}>{STATS.sections.levelHint}</span>} data-testid="section-level">
      <Row gutter={16}>
        <Col xs={24} lg={13}><Chart option={option} height={240} testId="chart-level" /></Col>
        <Col xs={24} lg={11}>
          <Table
            aria-label={STATS.sections.level}
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={rows}
            onRow={(r) => ({ 'data-testid': `row-${r.key}` } as React.HTMLAttributes<HTMLElement>)}
            columns={[
              { title: c.level, dataIndex: 'label' },
              { title: c.count, dataIndex: 'count', align: 'right', render: formatCount },
              { title: c.share, dataIndex: 'share', align: 'right', render: formatRate },
              { title: c.target, dataIndex: 'target', align: 'right', render: (t: number) => `${Math.round(t * 100)}%` },
            ]}
            summary={() => (
              <Table.Summary.Row data-testid="row-total">
                <Table.Summary.Cell index={0}><b>{STATS.total}</b></Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right"><b>{formatCount(s.resolved)}</b></Table.Summary.Cell>
                <Table.Summary.Cell index={2} />
                <Table.Summary.Cell index={3} />
              </Table.Summary.Row>
            )}
            data-testid="table-level"
          />
        </Col>
      </Row>
    </Card>
  );
}
