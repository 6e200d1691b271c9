/**
 * 统计: the figures the centers publish for a region of the jurisdiction (and everything below it)
 * over a month, quarter, year or range of days — 受理量、化解量/率、办结量/率、满意率、超期, the 631
 * split, and the breakdowns by month, child region, type, channel and lead department, each as a
 * chart and as a table. Region and period live in the URL (a report view can be bookmarked); every
 * number is the graph's `stats` as it answers, formatted only.
 */
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Space, Typography } from 'antd';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/errors';
import { useSession } from '../../app/session-hooks';
import RegionCascader from '../../components/RegionCascader';
import PageLoading from '../../components/PageLoading';
import { S, STATS } from '../../locales/zh-CN';
import { useUrlState } from '../../utils/useUrlState';
import Breakdowns from './Breakdowns';
import Figures from './Figures';
import Levels from './Levels';
import PeriodPicker from './PeriodPicker';
import Trend from './Trend';
import { parsePeriod, periodLabel, periodParams, periodRange, type Period } from '../../utils/period';

const StatisticsQuery = graphql(`
  query Statistics($regionId: ID!, $from: DateTime!, $to: DateTime!) {
    region(id: $regionId) {
      id
      name
    }
    stats(regionId: $regionId, from: $from, to: $to) {
      received
      accepted
      resolved
      resolutionRate
      closed
      closureRate
      overdue
      satisfactionRate
      ...StatsFigures
      ...StatsLevels
      ...StatsTrend
      ...StatsBreakdowns
    }
  }
`);

interface State {
  region: string | null;
  period: Period;
}

const parse = (p: URLSearchParams): State => ({ region: p.get('region'), period: parsePeriod(p) });
const serialize = (s: State) => new URLSearchParams([...(s.region ? [['region', s.region]] : []), ...periodParams(s.period)]);

export default function StatisticsPage() {
  const session = useSession();
  const [state, go] = useUrlState<State>(parse, serialize);
  const regionId = state.region ?? session?.user.region.id ?? '';
  const range = periodRange(state.period)!;
  const { data, previousData, loading, error, refetch } = useQuery(StatisticsQuery, {
    variables: { regionId, from: range.from, to: range.to },
    skip: !regionId,
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const stats = shown?.stats;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="statistics-page">
      <Card
        size="small"
        title={shown?.region ? STATS.heading(shown.region.name, periodLabel(state.period)) : STATS.title}
        extra={loading && stats ? <Typography.Text type="secondary">{S.app.loading}</Typography.Text> : null}
      >
        <Space wrap size="large">
          <Space>
            <span>{STATS.region}</span>
            <div style={{ width: 260 }}>
              <RegionCascader value={regionId} onChange={(id) => go({ ...state, region: id })} />
            </div>
          </Space>
          <Space>
            <span>{STATS.period}</span>
            <PeriodPicker value={state.period} onChange={(period) => go({ ...state, period })} />
          </Space>
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>{STATS.scope}</Typography.Paragraph>
      </Card>
      {error && (
        <Alert type="error" showIcon title={STATS.loadFailed} description={errorMessage(error)} action={<Button onClick={() => void refetch()}>{S.app.retry}</Button>} data-testid="statistics-error" />
      )}
      {!stats && loading && <PageLoading />}
      {stats && (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 16, opacity: loading ? 0.6 : 1 }} data-testid="statistics-result" data-loading={loading ? 'true' : 'false'}>
          <Figures stats={stats} />
          {stats.received === 0 ? (
            <Card size="small"><Empty description={STATS.empty} data-testid="statistics-empty" /></Card>
          ) : (
            <>
              <Levels stats={stats} />
              <Trend stats={stats} totals={stats} />
              <Breakdowns stats={stats} totals={stats} />
            </>
          )}
        </div>
      )}
    </Space>
  );
}
