/**
 * The ECharts parts the grid screens use, and nothing else: the geo component (the grids drawn from
 * their own boundaries; no tile server, nothing from another host), scatter markers on it, tooltips
 * and a legend, drawn as SVG (crisp at any zoom, and each grid is an element a test can count).
 * Imported only by the lazily loaded grid screens, so none of it is in the console's first load.
 */
import * as echarts from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { GeoComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([GeoComponent, ScatterChart, TooltipComponent, LegendComponent, SVGRenderer]);

export { echarts };
