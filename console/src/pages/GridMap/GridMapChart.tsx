/**
 * The map itself: registers the grids' FeatureCollection with ECharts (no tiles, nothing from another
 * host) and draws the option map-option.ts builds. Clicking a grid or a marker selects its grid. The
 * view (a town or village picked above) is applied on its own, when it changes, so choosing a grid
 * does not undo the user's own panning and zooming; grid names replace the area names once few
 * enough grids are in view to read them.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { echarts } from '../../components/GridGeo/echarts';
import { featureCollection, type LngLat } from '../../components/GridGeo/geo';
import { GRID_MAP } from '../../locales/zh-CN/grid';
import { mapOption, type Area, type GridGeometry } from './map-option';
import type { MapData } from './useMapData';

/** About as many grids as can be named legibly on a 1366 screen. */
const LABEL_LIMIT = 40;

let registrations = 0;

interface Props {
  data: MapData;
  geometry: Map<string, GridGeometry>;
  areas: readonly Area[];
  selectedGridId: string | null;
  /** Where to look; a new object moves the view, the same one leaves the user's pan and zoom alone. */
  view: { center: LngLat; zoom: number } | null;
  onSelectGrid: (gridId: string) => void;
}

export default function GridMapChart({ data, geometry, areas, selectedGridId, view, onSelectGrid }: Props) {
  const ref = useRef<ReactEChartsCore>(null);
  // echarts-for-react creates the chart asynchronously, and may replace it right after (seen: two
  // instances in a row on mount): the view is applied to each new instance once it has our option.
  const [instances, setInstances] = useState(0);
  // Which view the chart shows (instance and view), for whoever must know it has moved there: a test.
  const [shown, setShown] = useState('');
  const [gridLabels, setGridLabels] = useState(() => data.grids.length <= LABEL_LIMIT);
  const legible = (zoom: number) => data.grids.length / zoom ** 2 <= LABEL_LIMIT;

  // A new name per data set: ECharts keeps a registered map's geometry under its name.
  const mapName = useMemo(() => {
    registrations += 1;
    const name = `zz-grids-${registrations}`;
    echarts.registerMap(name, featureCollection(data.grids) as unknown as Parameters<typeof echarts.registerMap>[1]);
    return name;
  }, [data.grids]);

  const option = useMemo(
    () => mapOption({ mapName, data, geometry, areas, selectedGridId, gridLabels }),
    [mapName, data, geometry, areas, selectedGridId, gridLabels],
  );

  useEffect(() => {
    const chart = instances ? ref.current?.getEchartsInstance() : null;
    // A partial option on an instance without our geo would create a geo with no map (ECharts throws).
    const geo = (chart?.getOption() as { geo?: { map?: string }[] } | undefined)?.geo?.[0];
    if (!chart || !view || !geo?.map) return;
    chart.setOption({ geo: { center: view.center, zoom: view.zoom } });
    setGridLabels(legible(view.zoom));
    setShown(`${chart.id}:${view.center.join(',')}@${view.zoom}`);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [instances, view, mapName]);

  const events = useMemo(() => ({
    click: (p: { componentType: string; name: string; data?: { gridId?: string } }) => {
      if (p.componentType === 'geo') onSelectGrid(p.name);
      else if (p.data?.gridId) onSelectGrid(p.data.gridId);
    },
    georoam: () => {
      const chart = ref.current?.getEchartsInstance();
      const zoom = (chart?.getOption() as { geo?: { zoom?: number }[] } | undefined)?.geo?.[0]?.zoom ?? 1;
      setGridLabels(legible(zoom));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }), [onSelectGrid, data.grids.length]);

  return (
    <ReactEChartsCore
      ref={ref}
      echarts={echarts}
      option={option}
      opts={{ renderer: 'svg' }}
      onEvents={events}
      onChartReady={() => setInstances((n) => n + 1)}
      style={{ height: '100%', width: '100%' }}
      role="img"
      aria-label={GRID_MAP.ariaLabel(data.grids.length)}
      data-testid="grid-map"
      data-grid-count={data.grids.length}
      data-view={shown}
    />
  );
}
