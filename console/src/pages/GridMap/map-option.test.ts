import { describe, expect, it } from '@jest/globals';
import { GRID_BORDER, gridGeometry, mapOption, OVERDUE_COLOR } from './map-option';
import type { MapData } from './useMapData';

const box = (x: number, y: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
// Two towns (code 100, 200), three grids in the first, one in the second.
const grids: MapData['grids'] = [
  { id: 'g1', code: '100001001', name: '甲村第1网格', households: 300, boundary: box(0, 0) },
  { id: 'g2', code: '100001002', name: '甲村第2网格', households: 280, boundary: box(1, 0) },
  { id: 'g3', code: '100002001', name: '乙村第1网格', households: 310, boundary: box(2, 0) },
  { id: 'g4', code: '200001001', name: '丙村第1网格', households: 250, boundary: box(10, 10) },
];
const areas = [{ id: 't1', code: '100', name: '湖寮镇' }, { id: 't2', code: '200', name: '大麻镇' }];
const report = (id: string, gridId: string, status: 'REPORTED' | 'SETTLED' | 'CONVERTED', description = '路灯损坏') => ({
  id, category: '安全隐患', description, status, lat: 0.5, lng: 0.5, reportedAt: '2026-03-02T08:00:00Z', grid: { id: gridId },
});
const task = (id: string, gridId: string, overdue: boolean) => ({ id, title: `巡查${id}`, dueAt: '2026-03-03T10:00:00Z', overdue, grid: { id: gridId } });

const data: MapData = {
  grids,
  reports: [report('r1', 'g2', 'REPORTED', '<img src=x onerror=alert(1)>'), report('r2', 'g1', 'CONVERTED'), report('r3', 'g1', 'SETTLED')],
  reportTotal: 3,
  tasks: [task('t1', 'g3', false), task('t2', 'g3', true), task('t3', 'g3', false)],
};
const build = (selectedGridId: string | null = null, gridLabels = false) =>
  mapOption({ mapName: 'm', data, geometry: gridGeometry(grids), areas, selectedGridId, gridLabels });
/** A series as the tests read it (the option's own type is a union of the series' literal shapes). */
interface SeriesView {
  label?: { show: boolean };
  itemStyle?: { color: string };
  data: { name: string; value: number[]; gridId?: string; tip?: string }[];
}
const series = (o: ReturnType<typeof build>, id: string) => o.series.find((s) => s.id === id) as unknown as SeriesView;

describe('the grid map option', () => {
  it('draws every grid with the grid border, tinted by its town, orange with open reports, blue when selected', () => {
    const o = build('g4');
    expect(o.geo.regions.map((r) => r.name)).toEqual(['g1', 'g2', 'g3', 'g4']);
    expect(o.geo.regions.every((r) => r.itemStyle.borderColor === GRID_BORDER)).toBe(true);
    const fill = Object.fromEntries(o.geo.regions.map((r) => [r.name, r.itemStyle.areaColor]));
    expect(fill.g1).toBe(fill.g3); // same town
    expect(fill.g2).not.toBe(fill.g1); // an open report
    expect(fill.g4).not.toBe(fill.g1); // selected
    expect(build(null).geo.regions[3].itemStyle.areaColor).not.toBe(fill.g1); // the other town's tint
  });

  it('names each town once, on one of its own grids, unless grid names are shown', () => {
    const labels = series(build(), 'area-names');
    expect(labels.data).toEqual([{ name: '湖寮镇', value: [1.5, 0.5] }, { name: '大麻镇', value: [10.5, 10.5] }]);
    expect(labels.label).toMatchObject({ show: true });
    expect(series(build(null, true), 'area-names').label).toMatchObject({ show: false });
    expect(build(null, true).geo.label.show).toBe(true);
    expect(build().legend.data).not.toContain(undefined);
    expect(build().legend.data).toHaveLength(5);
  });

  it('puts reports by status and the open tasks of a grid around its centre, overdue ones apart', () => {
    const o = build();
    expect(series(o, 'reports-REPORTED').data.map((d) => d.gridId)).toEqual(['g2']);
    expect(series(o, 'reports-CONVERTED').data).toHaveLength(1);
    expect(series(o, 'reports-SETTLED').data).toHaveLength(1);
    const open = series(o, 'tasks').data;
    const overdue = series(o, 'tasks-overdue');
    expect(open.map((d) => d.name)).toEqual(['巡查t1', '巡查t3']);
    expect(overdue.data.map((d) => d.name)).toEqual(['巡查t2']);
    expect(overdue.itemStyle?.color).toBe(OVERDUE_COLOR);
    const points = [...open, ...overdue.data].map((d) => (d.value as number[]).join());
    expect(new Set(points).size).toBe(3);
  });

  it('escapes what residents wrote before it reaches the tooltip', () => {
    const o = build();
    const tip = o.tooltip.formatter({ componentType: 'series', name: '安全隐患', data: series(o, 'reports-REPORTED').data[0] });
    expect(tip).toContain('&lt;img');
    expect(tip).not.toContain('<img');
    expect(o.tooltip.formatter({ componentType: 'geo', name: 'g2' })).toBe('<b>甲村第2网格</b><br/>280 户<br/>待处置上报 1 件');
  });
});
