/**
 * 网格地图 (issue 13 point 7): the signed-in center's grids drawn from the graph's own boundaries,
 * with reports and open patrol tasks on them. 定位到 zooms to a town, village or grid of the
 * jurisdiction; 查找网格 finds one by name (the keyboard's way to a grid); clicking a grid opens its
 * panel beside the map (the map narrows rather than being covered, so the grid stays in sight). The
 * zoomed region and the open grid are kept in the URL, so a view can be shared.
 */
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Select, Space, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/errors';
import { useSession } from '../../app/session-hooks';
import RegionCascader from '../../components/RegionCascader';
import { unionBBox, zoomToFit, type LngLat } from '../../components/GridGeo/geo';
import { useGridEvents } from '../../components/GridGeo/useGridEvents';
import type { DispatchEventKind } from '../../gql/graphql';
import { S } from '../../locales/zh-CN';
import { GRID_MAP, GRID_PANEL } from '../../locales/zh-CN/grid';
import GridMapChart from './GridMapChart';
import { gridGeometry } from './map-option';
import GridPanel from './GridPanel';
import { REPORT_CAP, useMapData } from './useMapData';

/** The towns (or villages) right below the user's region: the map tints and names their grids by them. */
const AreasQuery = graphql(`
  query GridMapAreas($parentId: ID!) {
    regions(parentId: $parentId) {
      id
      code
      name
      level
    }
  }
`);

const LIVE_KINDS: DispatchEventKind[] = ['GRID_REPORT', 'GRID_REPORT_SETTLED', 'GRID_REPORT_CONVERTED', 'PATROL_TASK_DISPATCHED', 'PATROL_TASK_COMPLETED'];

const RegionCodeQuery = graphql(`
  query GridMapRegion($id: ID!) {
    region(id: $id) {
      id
      code
      level
    }
  }
`);

export default function GridMapPage() {
  const root = useSession()?.user.region;
  const [params, setParams] = useSearchParams();
  const zoomRegion = params.get('region');
  const selected = params.get('grid');
  const [version, setVersion] = useState(0);
  const [live, setLive] = useState(0);
  const { data, loading, error } = useMapData(root?.id ?? null, version, live);
  // Reports filed and handled, tasks sent and done anywhere in the jurisdiction show without a reload.
  useGridEvents(root?.id ?? null, LIVE_KINDS, () => setLive((n) => n + 1));
  const geometry = useMemo(() => gridGeometry(data?.grids ?? []), [data?.grids]);

  const set = useCallback((changes: Record<string, string | null>) => {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v); else next.delete(k);
      return next;
    }, { replace: true });
  }, [setParams]);

  const areasQuery = useQuery(AreasQuery, { variables: { parentId: root?.id ?? '' }, skip: !root });
  const areas = useMemo(() => (areasQuery.data?.regions ?? []).filter((r) => r.level !== 'GRID'), [areasQuery.data]);

  // The zoomed region's code: its grids are those whose code starts with it.
  const region = useQuery(RegionCodeQuery, { variables: { id: zoomRegion ?? '' }, skip: !zoomRegion });
  const view = useMemo((): { center: LngLat; zoom: number } | null => {
    if (!data?.grids.length) return null;
    const full = unionBBox([...geometry.values()].map((g) => g.box));
    const code = zoomRegion ? region.data?.region?.code : null;
    if (zoomRegion && !code) return null;
    const target = code ? unionBBox(data.grids.filter((g) => g.code.startsWith(code)).map((g) => geometry.get(g.id)?.box ?? null)) : full;
    // A single grid is shown with its neighbours around it.
    return zoomToFit(full, target, region.data?.region?.level === 'GRID' ? 0.35 : 0.85);
  }, [data?.grids, geometry, zoomRegion, region.data]);

  const onSelectGrid = useCallback((id: string) => set({ grid: id }), [set]);
  const selectedName = data?.grids.find((g) => g.id === selected)?.name;
  const open = data?.reports.filter((r) => r.status === 'REPORTED').length ?? 0;
  const overdue = data?.tasks.filter((t) => t.overdue).length ?? 0;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card
        size="small"
        title={GRID_MAP.title}
        extra={(
          <Space wrap>
            <span>{GRID_MAP.zoomTo}</span>
            <div style={{ width: 240 }}>
              <RegionCascader value={zoomRegion} onChange={(id) => set({ region: id })} placeholder={GRID_MAP.zoomPlaceholder} />
            </div>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              allowClear
              placeholder={GRID_MAP.findGridPlaceholder}
              aria-label={GRID_MAP.findGrid}
              style={{ width: 220 }}
              value={selected ?? undefined}
              options={(data?.grids ?? []).map((g) => ({ value: g.id, label: g.name }))}
              onChange={(id?: string) => set({ grid: id ?? null, region: id ?? zoomRegion })}
              data-testid="find-grid"
            />
          </Space>
        )}
      >
        {data && (
          <Space wrap size={16}>
            <Typography.Text data-testid="grid-map-counts">{GRID_MAP.counts(data.grids.length, open, data.tasks.length, overdue)}</Typography.Text>
            <Typography.Text type="secondary">{GRID_MAP.hint}</Typography.Text>
            {data.reportTotal > REPORT_CAP && <Typography.Text type="warning">{GRID_MAP.reportsCapped(REPORT_CAP)}</Typography.Text>}
          </Space>
        )}
      </Card>

      {error != null && (
        <Alert type="error" showIcon title={GRID_MAP.loadFailed} description={errorMessage(error)}
          action={<Button onClick={() => setVersion((v) => v + 1)}>{S.app.retry}</Button>} data-testid="grid-map-error" />
      )}

      <div style={{ display: 'flex', gap: 12, height: 'calc(100vh - 200px)', minHeight: 420 }}>
        <Card size="small" style={{ flex: 1, minWidth: 0 }} styles={{ body: { padding: 0, height: '100%', position: 'relative' } }}>
          {!data && loading && (
            <div style={{ paddingTop: 120, textAlign: 'center' }}><Spin description={GRID_MAP.loading} /></div>
          )}
          {data && data.grids.length === 0 && (
            <Empty style={{ paddingTop: 96 }} description={GRID_MAP.empty} data-testid="grid-map-empty">
              <Typography.Text type="secondary">{GRID_MAP.emptyHint}</Typography.Text>
            </Empty>
          )}
          {data && data.grids.length > 0 && (
            <GridMapChart data={data} geometry={geometry} areas={areas} selectedGridId={selected} view={view} onSelectGrid={onSelectGrid} />
          )}
          {data && loading && <Spin size="small" style={{ position: 'absolute', top: 12, right: 12 }} />}
        </Card>
        {selected && (
          <Card
            size="small"
            title={selectedName ?? GRID_PANEL.notFound}
            extra={<Button type="text" icon={<CloseOutlined />} aria-label={GRID_PANEL.close} onClick={() => set({ grid: null })} data-testid="grid-panel-close" />}
            style={{ width: 380, flex: 'none', display: 'flex', flexDirection: 'column' }}
            styles={{ body: { overflowY: 'auto', flex: 1, minHeight: 0 } }}
            data-testid="grid-panel-card"
          >
            <GridPanel key={selected} gridId={selected} refresh={live} onChanged={() => setLive((n) => n + 1)} />
          </Card>
        )}
      </div>
    </Space>
  );
}
