/** The headline figures of the period, as the centers report them: 登记量, 受理量, 化解量/率, 办结量/率 (over 受理量), 满意率, 超期. */
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { STATS } from '../../locales/zh-CN';
import { formatCount, formatRate } from '../../utils/format';

export const StatsFiguresFragment = graphql(`
  fragment StatsFigures on Stats {
    received
    accepted
    resolved
    resolutionRate
    closed
    closureRate
    overdue
    rated
    satisfactionRate
  }
`);

export default function Figures({ stats }: { stats: FragmentType<typeof StatsFiguresFragment> }) {
  const s = getFragmentData(StatsFiguresFragment, stats);
  const f = STATS.figures;
  const cards: { key: string; title: string; value: string; suffix?: string; note?: string; danger?: boolean }[] = [
    { key: 'received', title: f.received, value: formatCount(s.received), suffix: f.unit },
    { key: 'accepted', title: f.accepted, value: formatCount(s.accepted), suffix: f.unit },
    { key: 'resolved', title: f.resolved, value: formatCount(s.resolved), suffix: f.unit },
    { key: 'resolutionRate', title: f.resolutionRate, value: formatRate(s.resolutionRate) },
    { key: 'closed', title: f.closed, value: formatCount(s.closed), suffix: f.unit },
    { key: 'closureRate', title: f.closureRate, value: formatRate(s.closureRate) },
    { key: 'satisfactionRate', title: f.satisfactionRate, value: formatRate(s.satisfactionRate), note: s.rated ? f.rated(formatCount(s.rated)) : f.noRating },
    { key: 'overdue', title: f.overdue, value: formatCount(s.overdue), suffix: f.unit, danger: s.overdue > 0 },
  ];
  return (
    <Row gutter={[12, 12]}>
      {cards.map((c) => (
        <Col key={c.key} flex="1 1 120px">
          <Card size="small" style={{ height: '100%' }}>
            <Statistic
              title={c.title}
              value={c.value}
              suffix={c.suffix}
              styles={{ content: { color: c.danger ? '#c0392b' : undefined, fontSize: 26 } }}
              data-testid={`stat-${c.key}`}
            />
            {c.note && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.note}</Typography.Text>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
