/**
 * A small map of the worker's own grid (its boundary from the graph, nothing from another host) with
 * the chosen point as a pin; a tap inside the grid moves the pin there. Taps are read from the chart's
 * drawing surface and turned into [lng, lat] by the geo coordinate system, so a tap anywhere — not
 * only on the grid's outline — counts.
 */
import { useMemo, useRef } from 'react';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { echarts } from '../../components/GridGeo/echarts';
import { contains, featureCollection, type LngLat, type Ring } from '../../components/GridGeo/geo';
import { GRID_WORKER } from '../../locales/zh-CN/grid';

let registrations = 0;

interface Props {
  grid: { id: string; name: string; boundary: unknown };
  rings: Ring[];
  value: LngLat | null;
  onPick: (point: LngLat) => void;
  onPickOutside: () => void;
}

export default function GridPointPicker({ grid, rings, value, onPick, onPickOutside }: Props) {
  const mapName = useMemo(() => {
    registrations += 1;
    const name = `zz-my-grid-${registrations}`;
    echarts.registerMap(name, featureCollection([grid]) as unknown as Parameters<typeof echarts.registerMap>[1]);
    return name;
  }, [grid]);

  const option = useMemo(() => ({
    animation: false,
    geo: {
      map: mapName,
      nameProperty: 'id',
      roam: false,
      silent: true,
      top: 12,
      bottom: 12,
      itemStyle: { areaColor: '#e6f0ff', borderColor: '#3b6fc4', borderWidth: 1.5 },
      label: { show: false },
    },
    series: [{
      type: 'scatter',
      coordinateSystem: 'geo',
      // A dot, not a pin: its centre is the point, with nothing to misread about where the tip is.
      symbol: 'circle',
      symbolSize: 18,
      itemStyle: { color: '#f5222d', borderColor: '#fff', borderWidth: 3, shadowBlur: 6, shadowColor: 'rgba(0,0,0,0.35)' },
      silent: true,
      data: value ? [{ value }] : [],
    }],
  }), [mapName, value]);

  // Latest callbacks for the one listener bound to the drawing surface.
  const handlers = useRef({ onPick, onPickOutside, rings });
  handlers.current = { onPick, onPickOutside, rings };
  // One tap listener per chart instance: echarts-for-react may replace the instance right after mount.
  const bound = useRef(new WeakSet<object>());
  const onReady = (chart: ReturnType<typeof echarts.init>) => {
    if (bound.current.has(chart)) return;
    bound.current.add(chart);
    chart.getZr().on('click', (e: { offsetX: number; offsetY: number }) => {
      const p = chart.convertFromPixel({ geoIndex: 0 }, [e.offsetX, e.offsetY]) as number[] | undefined;
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return;
      const point: LngLat = [p[0], p[1]];
      if (contains(handlers.current.rings, point)) handlers.current.onPick(point);
      else handlers.current.onPickOutside();
    });
  };

  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      opts={{ renderer: 'svg' }}
      onChartReady={onReady}
      style={{ height: 200, width: '100%', cursor: 'crosshair', background: '#fafafa', borderRadius: 6 }}
      role="img"
      aria-label={GRID_WORKER.report.mapLabel}
      data-testid="point-picker"
    />
  );
}
