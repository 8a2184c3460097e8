import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only the parts the chart uses: a bar chart on a grid, drawn to an SVG string on the server, so
// the public results page ships no chart JavaScript at all.
echarts.use([BarChart, GridComponent, SVGRenderer]);

export interface ReductionBar {
  /** who bid (the company's name) */
  readonly label: string;
  /** the reduction against the ceiling as the API gives it, a decimal fraction string ("0.6200") */
  readonly reduction: string;
  /** the bar's printed value, already formatted from the string (never from the plotted number) */
  readonly text: string;
  readonly winner: boolean;
}

const FONT =
  "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";
const ACCENT = '#a4161a';
const OTHER = '#8c959f';

/** Percent for the bar's length only: geometry, not money; the label is the API's string, formatted. */
const percent = (fraction: string) => Math.max(0, Number(fraction) * 100);

const cache = new Map<string, string>();

/**
 * A horizontal bar per bid: its reduction (降幅) against the ceiling, winners in the accent colour.
 * Rendered once per published evaluation, product and language, then served from memory.
 */
export function reductionChartSvg(key: string, bars: readonly ReductionBar[]): string {
  const hit = cache.get(key);
  if (hit) return hit;
  const height = 40 + bars.length * 34;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT, fontSize: 13, color: '#1f2328' },
    grid: { left: 8, right: 64, top: 8, bottom: 24, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { formatter: '{value}%', color: '#57606a' },
      splitLine: { lineStyle: { color: '#d0d7de' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisLabel: { color: '#1f2328', width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: bars.map((b) => ({
          value: percent(b.reduction),
          itemStyle: { color: b.winner ? ACCENT : OTHER },
          label: { show: true, position: 'right', formatter: b.text, color: '#1f2328' },
        })),
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  if (cache.size > 500) cache.clear();
  cache.set(key, svg);
  return svg;
}
