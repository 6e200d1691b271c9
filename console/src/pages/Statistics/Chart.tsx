/**
 * ECharts through the tree-shakable core: only the bar, line and pie charts and the grid, tooltip
 * and legend components this screen draws are registered, so the lazily loaded statistics chunk
 * stays small. Canvas rendering; text in the platform's sans-serif (a CJK font on the office PCs).
 */
import ReactEChartsCore from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** The palette of the console (its primary red first), readable on white. */
export const COLORS = ['#1d5fa8', '#27ae60', '#d68910', '#c0392b', '#7d3c98', '#17a589', '#5d6d7e', '#e67e22', '#1f618d', '#a93226', '#7f8c8d'];

export default function Chart({ option, height = 300, testId }: { option: Record<string, unknown>; height?: number; testId?: string }) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={{ color: COLORS, textStyle: { fontFamily: 'sans-serif' }, animation: false, ...option }}
      notMerge
      style={{ height, width: '100%' }}
      data-testid={testId}
    />
  );
}
