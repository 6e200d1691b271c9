/**
 * The breakdowns by child region (towns of a county, villages of a town …), dispute type, channel,
 * lead department and resolution mode: each a chart and the same figures as a table; and the cases
 * leaders lead (领导包案) as one line of figures.
 */
import { Card, Col, Descriptions, Row } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { CHANNEL, DISPUTE_TYPE, RESOLUTION_MODE } from '../../locales/zh-CN/enums';
import { formatCount, formatRate } from '../../utils/format';
import { STATS } from '../../locales/zh-CN';
import BreakdownTable, { type MeasureRow, type Totals } from './BreakdownTable';
import Chart from './Chart';

export const StatsBreakdownsFragment = graphql(`
  fragment StatsBreakdowns on Stats {
    byRegion {
      code
      own
      region {
        id
        name
      }
      received
      accepted
      resolved
      resolutionRate
      closed
      closureRate
      overdue
      satisfactionRate
    }
    byType {
      type
      received
      accepted
      resolved
      resolutionRate
      closed
      closureRate
    }
    byChannel {
      channel
      received
      accepted
      resolved
      resolutionRate
      closed
      closureRate
    }
    byDepartment {
      department {
        id
        name
      }
      received
      accepted
      resolved
      resolutionRate
      closed
      closureRate
    }
    byResolutionMode {
      mode
      received
      accepted
      resolved
      resolutionRate
      closed
      closureRate
    }
    leaderOwned {
      received
      accepted
      resolved
      resolutionRate
      closed
      closureRate
    }
  }
`);

/** Received and resolved side by side per key; horizontal when the labels are long or many. */
function barOption(rows: MeasureRow[], horizontal: boolean) {
  const labels = rows.map((r) => r.label);
  const category = { type: 'category', data: horizontal ? [...labels].reverse() : labels, axisLabel: { interval: 0, ...(horizontal ? {} : { rotate: labels.length > 6 ? 30 : 0 }) } };
  const value = { type: 'value', minInterval: 1 };
  const series = (['received', 'resolved'] as const).map((k) => {
    const data = rows.map((r) => r[k]);
    return { name: STATS.series[k], type: 'bar', data: horizontal ? data.reverse() : data, barMaxWidth: 22 };
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: horizontal ? 120 : 48, right: 24, top: 36, bottom: horizontal ? 24 : labels.length > 6 ? 64 : 32 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series,
  };
}

function pieOption(rows: MeasureRow[]) {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    legend: { type: 'scroll', orient: 'vertical', left: 0, top: 'middle' },
    series: [{ name: STATS.series.received, type: 'pie', radius: ['38%', '68%'], center: ['62%', '52%'], data: rows.map((r) => ({ name: r.label, value: r.received })), label: { formatter: '{b}\n{d}%' } }],
  };
}

function Section({ id, title, keyTitle, rows, totals, option, extended, stacked }: {
  id: string; title: string; keyTitle: string; rows: MeasureRow[]; totals: Totals; option: Record<string, unknown>; extended?: boolean; stacked?: boolean;
}) {
  const half = stacked ? 24 : 12;
  return (
    <Card size="small" title={title} data-testid={`section-${id}`}>
      <Row gutter={16}>
        <Col xs={24} xl={half}><Chart option={option} height={stacked ? 280 : Math.max(260, rows.length * 30 + 60)} testId={`chart-${id}`} /></Col>
        <Col xs={24} xl={half}>
          <BreakdownTable name={title} rows={rows} totals={totals} keyTitle={keyTitle} extended={extended} testId={`table-${id}`} />
        </Col>
      </Row>
    </Card>
  );
}

export default function Breakdowns({ stats, totals }: { stats: FragmentType<typeof StatsBreakdownsFragment>; totals: Totals }) {
  const s = getFragmentData(StatsBreakdownsFragment, stats);
  const c = STATS.columns;
  const regions: MeasureRow[] = s.byRegion.map((r) => ({ ...r, key: r.code, label: r.own ? STATS.own : r.region?.name ?? STATS.unknownRegion(r.code) }));
  const types: MeasureRow[] = s.byType.map((t) => ({ ...t, key: t.type, label: DISPUTE_TYPE[t.type] }));
  const channels: MeasureRow[] = s.byChannel.map((t) => ({ ...t, key: t.channel, label: CHANNEL[t.channel] }));
  const departments: MeasureRow[] = s.byDepartment.map((d) => ({ ...d, key: d.department?.id ?? 'none', label: d.department?.name ?? STATS.noDepartment }));
  const modes: MeasureRow[] = s.byResolutionMode.map((m) => ({ ...m, key: m.mode ?? 'none', label: m.mode ? RESOLUTION_MODE[m.mode] : STATS.noMode }));
  const led = s.leaderOwned;
  return (
    <>
      <Section id="region" title={STATS.sections.region} keyTitle={c.region} rows={regions} totals={totals} option={barOption(regions, false)} extended stacked />
      <Section id="type" title={STATS.sections.type} keyTitle={c.type} rows={types} totals={totals} option={barOption(types, true)} />
      <Section id="channel" title={STATS.sections.channel} keyTitle={c.channel} rows={channels} totals={totals} option={pieOption(channels)} />
      <Section id="department" title={STATS.sections.department} keyTitle={c.department} rows={departments} totals={totals} option={barOption(departments, true)} />
      <Section id="mode" title={STATS.sections.mode} keyTitle={c.mode} rows={modes} totals={totals} option={pieOption(modes)} />
      <Card size="small" title={STATS.sections.leader} extra={STATS.sections.leaderHint} data-testid="section-leader">
        <Descriptions size="small" column={{ xs: 2, md: 6 }}>
          <Descriptions.Item label={c.received}>{formatCount(led.received)}</Descriptions.Item>
          <Descriptions.Item label={c.accepted}>{formatCount(led.accepted)}</Descriptions.Item>
          <Descriptions.Item label={c.resolved}>{formatCount(led.resolved)}</Descriptions.Item>
          <Descriptions.Item label={c.resolutionRate}>{formatRate(led.resolutionRate)}</Descriptions.Item>
          <Descriptions.Item label={c.closed}>{formatCount(led.closed)}</Descriptions.Item>
          <Descriptions.Item label={c.closureRate}>{formatRate(led.closureRate)}</Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}
