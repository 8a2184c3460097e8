/** What every server-drawn chart shares: the page's fonts and colours (see reduction-chart.ts). */
export const CHART_FONT =
  "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";
export const CHART_TEXT = '#1f2328';
export const CHART_MUTED = '#57606a';
export const CHART_LINE = '#d0d7de';

/** A small, bounded memory of drawn charts: a chart is redrawn only when its data changed. */
export function chartCache(limit = 200) {
  const cache = new Map<string, string>();
  return (key: string, draw: () => string): string => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const svg = draw();
    if (cache.size >= limit) cache.clear();
    cache.set(key, svg);
    return svg;
  };
}
