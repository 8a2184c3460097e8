import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { chartCache, CHART_FONT, CHART_LINE, CHART_MUTED, CHART_TEXT } from './chart-style';

echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

export interface BarStack {
  /** the legend's name of this part of every bar */
  readonly name: string;
  /** one value per category, in the categories' order: geometry only, the tables carry the figures */
  readonly values: readonly number[];
}

/** A qualitative palette that stays apart for the colour-blind (Okabe–Ito), then greys. */
const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#8c959f'];
const cached = chartCache(100);

/**
 * Horizontal bars, one per category, each split into stacked parts with a legend on top; drawn to
 * an SVG string on the server (no chart JavaScript in the browser). `unit` is the axis' suffix.
 */
export function stackedBarsSvg(
  key: string,
  categories: readonly string[],
  stacks: readonly BarStack[],
  unit: string,
): string {
  return cached(key, () => {
    const legendRows = Math.ceil(stacks.length / 4);
    const top = 16 + legendRows * 22;
    const height = top + 32 + categories.length * 26;
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 760, height });
    chart.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: CHART_FONT, fontSize: 12, color: CHART_TEXT },
      legend: { top: 4, left: 8, right: 8, itemWidth: 14, itemHeight: 10, textStyle: { color: CHART_TEXT } },
      // server-side text measurement guesses label widths a little short: a margin keeps the first glyph
      grid: { left: 20, right: 24, top, bottom: 24 },
      xAxis: {
        type: 'value',
        axisLabel: { formatter: `{value}${unit}`, color: CHART_MUTED },
        splitLine: { lineStyle: { color: CHART_LINE } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: [...categories],
        axisLabel: { color: CHART_TEXT, width: 180, overflow: 'truncate' },
      },
      series: stacks.map((s) => ({
        type: 'bar',
        name: s.name,
        stack: 'all',
        barMaxWidth: 18,
        data: [...s.values],
      })),
    });
    const svg = chart.renderToSVGString();
    chart.dispose();
    return svg;
  });
}
