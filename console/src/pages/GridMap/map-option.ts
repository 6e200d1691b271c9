/**
 * The ECharts option of the grid map, built from the graph's data alone (pure, unit-tested; the chart
 * component only registers the map and applies it). Grids are tinted by the town (or village) they
 * belong to and that area's name is written over them, so a county of 225 same-sized boxes reads as
 * a map; a grid with open reports turns orange; the selected one blue. Reports are dots coloured by
 * status, open patrol tasks diamonds spread around their grid's centre, overdue ones red triangles.
 */
import dayjs from 'dayjs';
import { bbox, escapeHtml, interiorPoint, polygonRings, spreadAround, type BBox, type LngLat } from '../../components/GridGeo/geo';
import type { GridReportStatus } from '../../gql/graphql';
import { GRID_REPORT_STATUS } from '../../locales/zh-CN/enums';
import { GRID_MAP, REPORT_STATUS_COLOR } from '../../locales/zh-CN/grid';
import type { MapData } from './useMapData';

/** The stroke of a grid's border: the browser test counts drawn grids by it, so nothing else uses it. */
export const GRID_BORDER = '#3b6fc4';
export const TASK_COLOR = '#722ed1';
export const OVERDUE_COLOR = '#f5222d';
const AREA_TINTS = ['#eef4ff', '#e9f7ef', '#f4effc', '#e6f6f8', '#f7f4e6', '#f1f1f4'];
const OPEN_FILL = '#ffd591';
const SELECTED_FILL = '#91caff';

export interface GridGeometry {
  box: BBox;
  anchor: LngLat;
}

/** Each grid's bounding box and marker point, by id (the page also zooms with these). */
export function gridGeometry(grids: MapData['grids']): Map<string, GridGeometry> {
  const out = new Map<string, GridGeometry>();
  for (const g of grids) {
    const rings = polygonRings(g.boundary);
    const box = bbox(rings);
    const anchor = interiorPoint(rings);
    if (box && anchor) out.set(g.id, { box, anchor });
  }
  return out;
}

/** A town or village below the user's own region; its grids are those whose code starts with its code. */
export interface Area {
  id: string;
  code: string;
  name: string;
}

export interface MapOptionInput {
  mapName: string;
  data: MapData;
  geometry: Map<string, GridGeometry>;
  areas: readonly Area[];
  selectedGridId: string | null;
  /** Grid names written on the grids (when zoomed in far enough to read them) instead of the areas' names. */
  gridLabels: boolean;
}

interface Tip {
  componentType: string;
  seriesId?: string;
  name: string;
  data?: { tip?: string };
}

export function mapOption({ mapName, data, geometry, areas, selectedGridId, gridLabels }: MapOptionInput) {
  const names = new Map(data.grids.map((g) => [g.id, g.name]));
  const households = new Map(data.grids.map((g) => [g.id, g.households]));
  const openByGrid = new Map<string, number>();
  for (const r of data.reports) if (r.status === 'REPORTED') openByGrid.set(r.grid.id, (openByGrid.get(r.grid.id) ?? 0) + 1);
  const tasksByGrid = new Map<string, MapData['tasks']>();
  for (const t of data.tasks) tasksByGrid.set(t.grid.id, [...(tasksByGrid.get(t.grid.id) ?? []), t]);

  // Longest code first, so a grid belongs to the nearest area that contains it.
  const sortedAreas = [...areas].sort((a, b) => b.code.length - a.code.length);
  const areaOf = (code: string) => sortedAreas.findIndex((a) => code.startsWith(a.code));
  const areaAnchors = new Map<number, LngLat[]>();
  const regions = data.grids.map((g) => {
    const a = areaOf(g.code);
    const anchor = geometry.get(g.id)?.anchor;
    if (a >= 0 && anchor) areaAnchors.set(a, [...(areaAnchors.get(a) ?? []), anchor]);
    const areaColor = g.id === selectedGridId ? SELECTED_FILL : openByGrid.has(g.id) ? OPEN_FILL : AREA_TINTS[(a >= 0 ? areas.indexOf(sortedAreas[a]) : 0) % AREA_TINTS.length];
    return { name: g.id, itemStyle: { areaColor, borderColor: GRID_BORDER, borderWidth: g.id === selectedGridId ? 2.5 : 0.8 } };
  });
  // An area's name goes on the one of its grids' centres nearest their average: always on its own land.
  const areaLabels = [...areaAnchors].map(([a, anchors]) => {
    const mean: LngLat = [anchors.reduce((s, p) => s + p[0], 0) / anchors.length, anchors.reduce((s, p) => s + p[1], 0) / anchors.length];
    const at = anchors.reduce((best, p) => (Math.hypot(p[0] - mean[0], p[1] - mean[1]) < Math.hypot(best[0] - mean[0], best[1] - mean[1]) ? p : best));
    return { name: sortedAreas[a].name, value: at };
  });

  const taskPoints: { task: MapData['tasks'][number]; at: LngLat }[] = [];
  for (const [gridId, tasks] of tasksByGrid) {
    const geo = geometry.get(gridId);
    if (geo) spreadAround(geo.anchor, geo.box, tasks.length).forEach((at, i) => taskPoints.push({ task: tasks[i], at }));
  }
  const time = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');
  const reportSeries = (status: GridReportStatus) => ({
    id: `reports-${status}`,
    name: GRID_MAP.legend[status],
    type: 'scatter',
    coordinateSystem: 'geo',
    symbolSize: 11,
    itemStyle: { color: REPORT_STATUS_COLOR[status], borderColor: '#fff', borderWidth: 1.5 },
    z: status === 'REPORTED' ? 4 : 3,
    data: data.reports.filter((r) => r.status === status).map((r) => ({
      name: r.category, value: [r.lng, r.lat], gridId: r.grid.id,
      tip: `<b>${escapeHtml(r.category)}</b>（${GRID_REPORT_STATUS[r.status]}）<br/>${escapeHtml(r.description.slice(0, 60))}<br/>${time(r.reportedAt)}`,
    })),
  });
  const taskSeries = (overdue: boolean) => ({
    id: overdue ? 'tasks-overdue' : 'tasks',
    name: overdue ? GRID_MAP.legend.overdue : GRID_MAP.legend.task,
    type: 'scatter',
    coordinateSystem: 'geo',
    symbol: overdue ? 'triangle' : 'diamond',
    symbolSize: overdue ? 17 : 15,
    itemStyle: { color: overdue ? OVERDUE_COLOR : TASK_COLOR, borderColor: '#fff', borderWidth: 1.5 },
    z: 5,
    data: taskPoints.filter((p) => p.task.overdue === overdue).map(({ task, at }) => ({
      name: task.title, value: at, gridId: task.grid.id,
      tip: `<b>${escapeHtml(task.title)}</b>${overdue ? `（${GRID_MAP.legend.overdue}）` : ''}<br/>${GRID_MAP.tooltip.due} ${time(task.dueAt)}`,
    })),
  });
  const gridName = (p: { name: string }) => names.get(p.name) ?? '';
  const series = [reportSeries('REPORTED'), reportSeries('SETTLED'), reportSeries('CONVERTED'), taskSeries(false), taskSeries(true)];

  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: Tip) => {
        if (p.componentType !== 'geo') return p.data?.tip ?? '';
        const open = openByGrid.get(p.name) ?? 0;
        const tasks = tasksByGrid.get(p.name)?.length ?? 0;
        return [`<b>${escapeHtml(names.get(p.name) ?? '')}</b>`, GRID_MAP.tooltip.households(households.get(p.name) ?? 0),
          open ? GRID_MAP.tooltip.openReports(open) : '', tasks ? GRID_MAP.tooltip.openTasks(tasks) : ''].filter(Boolean).join('<br/>');
      },
    },
    legend: { data: series.map((s) => s.name), bottom: 8, left: 12, itemWidth: 14, itemHeight: 12, backgroundColor: 'rgba(255,255,255,0.85)', padding: 6 },
    geo: {
      map: mapName,
      nameProperty: 'id',
      roam: true,
      scaleLimit: { min: 0.8, max: 80 },
      top: 16,
      bottom: 48,
      tooltip: { show: true },
      itemStyle: { areaColor: AREA_TINTS[0], borderColor: GRID_BORDER, borderWidth: 0.8 },
      // Below the centre: reports filed without a location sit at the centre, tasks above right of it.
      label: { show: gridLabels, formatter: gridName, fontSize: 11, color: '#1f3b66', offset: [0, 16] },
      emphasis: { itemStyle: { areaColor: '#cfe0ff' }, label: { show: true, formatter: gridName, offset: [0, 16] } },
      select: { disabled: true },
      regions,
    },
    series: [
      ...series,
      {
        id: 'area-names',
        type: 'scatter',
        coordinateSystem: 'geo',
        silent: true,
        symbolSize: 0,
        z: 6,
        tooltip: { show: false },
        label: { show: !gridLabels, position: 'inside', formatter: '{b}', fontSize: 14, fontWeight: 'bold', color: '#333', textBorderColor: '#fff', textBorderWidth: 3 },
        data: areaLabels,
      },
    ],
  };
}
