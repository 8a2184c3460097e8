import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// A bar chart drawn to an SVG string on the server, as the public results' chart: no chart
// JavaScript reaches the reviewer's browser.
echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

export interface ProductBars {
  readonly label: string;
  readonly lastYear: number;
  readonly reported: number;
  readonly approved: number;
}

export interface ChartWords {
  readonly lastYear: string;
  readonly reported: string;
  readonly approved: string;
}

const FONT =
  "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

/**
 * Per product, three bars side by side: last year's volume, what was reported, what is approved.
 * Quantities are integers the API gave; the numbers here are bar lengths only.
 */
export function demandVsLastYearSvg(products: readonly ProductBars[], words: ChartWords): string {
  const height = 70 + products.length * 54;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 760, height });
  const series = (name: string, color: string, value: (p: ProductBars) => number) => ({
    name,
    type: 'bar' as const,
    barMaxWidth: 12,
    itemStyle: { color },
    data: products.map(value),
  });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT, fontSize: 13, color: '#1f2328' },
    legend: { top: 0, left: 0, textStyle: { color: '#1f2328' } },
    grid: { left: 8, right: 24, top: 36, bottom: 24, containLabel: true },
    xAxis: {
      type: 'value',
      axisLabel: { color: '#57606a' },
      splitLine: { lineStyle: { color: '#d0d7de' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: products.map((p) => p.label),
      axisLabel: { color: '#1f2328', width: 200, overflow: 'truncate' },
    },
    series: [
      series(words.lastYear, '#8c959f', (p) => p.lastYear),
      series(words.reported, '#a4161a', (p) => p.reported),
      series(words.approved, '#116329', (p) => p.approved),
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
