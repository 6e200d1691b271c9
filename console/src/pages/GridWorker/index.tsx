/**
 * 网格员工作台, the grid worker's phone page (390 px): 随手拍 (report with location), 我的上报 (settle on
 * site or convert to a case), 巡查任务 (complete a patrol) and 重点人员 (visits due, record a visit). A grid worker's account region is its
 * grid, and a grid's id is its region's id, so the page needs nothing but the session to know where.
 * The open tab is kept in the URL (`?tab=`), so a reload or the back button returns to it.
 */
import { useMemo } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Result, Skeleton, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/errors';
import { useSession } from '../../app/session-hooks';
import { interiorPoint, polygonRings } from '../../components/GridGeo/geo';
import { useGridEvents } from '../../components/GridGeo/useGridEvents';
import { GRID_WORKER } from '../../locales/zh-CN/grid';
import MyReports from './MyReports';
import KeyPeople from './KeyPeople';
import MyTasks from './MyTasks';
import ReportIssue from './ReportIssue';

const MyGridQuery = graphql(`
  query MyGrid($id: ID!) {
    grid(id: $id) {
      id
      name
      boundary
    }
  }
`);

const CountsQuery = graphql(`
  query GridWorkerCounts($gridId: ID!) {
    openReports: gridReports(gridId: $gridId, status: REPORTED, first: 1) {
      totalCount
    }
    openTasks: patrolTasks(gridId: $gridId, status: DISPATCHED, first: 1) {
      totalCount
    }
    dueVisits: keyPersons(gridId: $gridId, visitDue: true, first: 1) {
      totalCount
    }
  }
`);

const LIVE_KINDS = ['PATROL_TASK_DISPATCHED', 'GRID_REPORT'] as const;
const TABS = ['report', 'reports', 'tasks', 'people'] as const;
type Tab = (typeof TABS)[number];

export default function GridWorkerPage() {
  const region = useSession()?.user.region;
  const gridId = region?.level === 'GRID' ? region.id : null;
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'report';
  const go = (t: Tab) => setParams(t === 'report' ? {} : { tab: t }, { replace: true });

  const { data, loading, error, refetch } = useQuery(MyGridQuery, { variables: { id: gridId ?? '' }, skip: !gridId });
  const counts = useQuery(CountsQuery, { variables: { gridId: gridId ?? '' }, skip: !gridId });
  const grid = data?.grid;
  // A task sent to the grid, or a report filed in it by someone else (a resident through a partner
  // platform, the center's window), shows without a reload. Reports settled or converted elsewhere do
  // not trigger a refresh, so a card is not pulled from under a note being typed for that reason; the
  // server's CONFLICT tells the worker if it happens.
  const client = useApolloClient();
  useGridEvents(gridId, LIVE_KINDS, () => void client.refetchQueries({ include: ['MyTasks', 'MyReports', 'GridWorkerCounts'] }));
  const rings = useMemo(() => polygonRings(grid?.boundary), [grid?.boundary]);
  const centre = useMemo(() => interiorPoint(rings), [rings]);

  if (!gridId) return <Result status="warning" title={GRID_WORKER.noGrid} />;
  if (!grid) {
    if (error) return <Alert type="error" showIcon title={GRID_WORKER.gridLoadFailed} description={errorMessage(error)} action={<Button onClick={() => void refetch()}>{GRID_WORKER.retry}</Button>} />;
    if (loading) return <Skeleton active paragraph={{ rows: 8 }} />;
    return <Result status="warning" title={GRID_WORKER.noGrid} />;
  }

  const badge = (label: string, n: number | undefined) => (
    <Badge count={n ?? 0} size="small" offset={[6, -4]} styles={{ root: { fontSize: 'inherit', color: 'inherit' } }}>
      <span>{label}</span>
    </Badge>
  );

  return (
    <Tabs
      activeKey={tab}
      onChange={(k) => go(k as Tab)}
      centered
      size="large"
      // Four tabs and their badges must fit a 390-px phone without scrolling the tab bar (the last badge was cut).
      tabBarGutter={12}
      tabBarStyle={{ marginBottom: 12 }}
      data-testid="grid-worker-tabs"
      items={[
        {
          key: 'report',
          label: GRID_WORKER.tabs.report,
          children: centre
            ? <ReportIssue grid={grid} rings={rings} centre={centre} onReported={() => go('reports')} />
            : <Alert type="error" showIcon title={GRID_WORKER.gridLoadFailed} />,
        },
        { key: 'reports', label: badge(GRID_WORKER.tabs.reports, counts.data?.openReports.totalCount), children: <MyReports gridId={grid.id} /> },
        { key: 'tasks', label: badge(GRID_WORKER.tabs.tasks, counts.data?.openTasks.totalCount), children: <MyTasks gridId={grid.id} /> },
        { key: 'people', label: badge(GRID_WORKER.tabs.people, counts.data?.dueVisits.totalCount), children: <KeyPeople gridId={grid.id} /> },
      ]}
    />
  );
}
