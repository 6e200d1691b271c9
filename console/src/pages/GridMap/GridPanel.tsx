/**
 * The side panel of a grid clicked on the map: who lives and works there, what is open (reports not
 * yet handled, patrol tasks not yet done, overdue ones marked), and — for the roles that may — the
 * form that sends it a patrol task.
 */
import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Descriptions, Divider, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/errors';
import { useAccess } from '../../app/session-hooks';
import { GRID_PANEL } from '../../locales/zh-CN/grid';
import { GRID_WORKER_KIND } from '../../locales/zh-CN/enums';
import { S } from '../../locales/zh-CN';
import DispatchPatrolForm from './DispatchPatrolForm';

const GridPanelQuery = graphql(`
  query GridPanel($id: ID!) {
    grid(id: $id) {
      id
      code
      name
      households
      residents
      village {
        id
        name
      }
      leader {
        name
      }
      workers {
        id
        name
        kind
        active
      }
      reports(status: REPORTED, first: 20) {
        totalCount
        edges {
          node {
            id
            category
            description
            reportedAt
          }
        }
      }
      patrolTasks(status: DISPATCHED, first: 20) {
        totalCount
        edges {
          node {
            id
            title
            dueAt
            overdue
          }
        }
      }
    }
  }
`);

const at = (iso: string) => dayjs(iso).format('MM-DD HH:mm');
const ROW = { padding: '8px 0', borderBottom: '1px solid #f0f0f0' } as const;

/** `refresh` changes when grid work happened somewhere (a live event): the panel reads its grid again. */
export default function GridPanel({ gridId, refresh, onChanged }: { gridId: string; refresh: number; onChanged: () => void }) {
  const access = useAccess();
  const { data, loading, error, refetch } = useQuery(GridPanelQuery, { variables: { id: gridId }, fetchPolicy: 'cache-and-network' });
  const grid = data?.grid;
  useEffect(() => {
    if (refresh) void refetch();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refresh]);

  if (!grid) {
    if (loading) return <Skeleton active paragraph={{ rows: 8 }} />;
    if (error) return <Alert type="error" showIcon title={errorMessage(error)} action={<Button onClick={() => void refetch()}>{S.app.retry}</Button>} />;
    return <Empty description={GRID_PANEL.notFound} />;
  }
  const active = grid.workers.filter((w) => w.active);

  return (
    <div data-testid="grid-panel" data-grid-id={grid.id}>
      <Descriptions column={2} size="small" items={[
        { key: 'code', label: GRID_PANEL.code, children: grid.code, span: 2 },
        { key: 'village', label: GRID_PANEL.village, children: grid.village.name, span: 2 },
        { key: 'households', label: GRID_PANEL.households, children: grid.households },
        { key: 'residents', label: GRID_PANEL.residents, children: grid.residents },
        { key: 'leader', label: GRID_PANEL.leader, children: grid.leader?.name ?? '—', span: 2 },
        {
          key: 'workers', label: GRID_PANEL.workers, span: 2,
          children: active.length
            ? <Space wrap size={4}>{active.map((w) => <Tag key={w.id}>{w.name} · {GRID_WORKER_KIND[w.kind]}</Tag>)}</Space>
            : GRID_PANEL.noWorkers,
        },
      ]} />

      <Divider titlePlacement="start" plain>{GRID_PANEL.openReports}（{grid.reports.totalCount}）</Divider>
      <div data-testid="panel-reports">
        {grid.reports.edges.length === 0 && <Typography.Text type="secondary">{GRID_PANEL.noOpenReports}</Typography.Text>}
        {grid.reports.edges.map(({ node: r }) => (
          <div key={r.id} style={ROW}>
            <Space size={6}><Tag color="orange">{r.category}</Tag><Typography.Text type="secondary">{GRID_PANEL.reportedAt(at(r.reportedAt))}</Typography.Text></Space>
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '4px 0 0' }}>{r.description}</Typography.Paragraph>
          </div>
        ))}
      </div>

      <Divider titlePlacement="start" plain>{GRID_PANEL.openTasks}（{grid.patrolTasks.totalCount}）</Divider>
      <div data-testid="panel-tasks">
        {grid.patrolTasks.edges.length === 0 && <Typography.Text type="secondary">{GRID_PANEL.noOpenTasks}</Typography.Text>}
        {grid.patrolTasks.edges.map(({ node: t }) => (
          <div key={t.id} style={ROW} data-testid="panel-task">
            <Typography.Text strong>{t.title}</Typography.Text>
            <div>
              <Typography.Text type={t.overdue ? 'danger' : 'secondary'}>{GRID_PANEL.due(at(t.dueAt))}</Typography.Text>
              {t.overdue && <Tag color="red" style={{ marginLeft: 6 }}>{GRID_PANEL.overdue}</Tag>}
            </div>
          </div>
        ))}
      </div>

      {access.dispatchPatrolTask && (
        <>
          <Divider titlePlacement="start" plain>{GRID_PANEL.dispatch.title}</Divider>
          <DispatchPatrolForm
            key={grid.id}
            gridId={grid.id}
            onDispatched={() => {
              void refetch();
              onChanged();
            }}
          />
        </>
      )}
    </div>
  );
}
