import { MapChart } from 'echarts/charts';
import { GraphicComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { BAND_COLOUR, type ProgressBand } from '$lib/demand/progress-band';
import { chartCache, CHART_FONT, CHART_MUTED, CHART_TEXT } from './chart-style';
import { CHINA_GEO } from './china-geo';

// China's provinces drawn to an SVG string on the server: no chart JavaScript in the browser.
echarts.use([MapChart, GraphicComponent, SVGRenderer]);
type GeoJson = Parameters<typeof echarts.registerMap>[1];
echarts.registerMap('china-mainland', CHINA_GEO.mainland as unknown as GeoJson);
echarts.registerMap('china-islands', CHINA_GEO.islands as unknown as GeoJson);

export interface ProvinceArea {
  /** the province's GB/T 2260 code, 110000 */
  readonly division: string;
  readonly band: ProgressBand;
  /** printed on the area: the province's short name */
  readonly label: string;
}

const WIDTH = 900;
const HEIGHT = 700;
const INSET = { x: WIDTH - 150, y: HEIGHT - 200, width: 136, height: 188 };
const cached = chartCache(100);
const BORDER = { areaColor: BAND_COLOUR.absent, borderColor: '#6e7781', borderWidth: 0.6 };

/**
 * The map of China's provinces, each coloured by its band (provinces outside the round stay white),
 * with the South China Sea islands in the customary inset at the bottom right.
 */
export function provinceMapSvg(
  key: string,
  areas: readonly ProvinceArea[],
  text: { islands: string },
): string {
  return cached(key, () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
    const data = (labelled: boolean) =>
      areas.map((a) => ({
        name: a.division,
        value: 1,
        itemStyle: { areaColor: BAND_COLOUR[a.band] },
        label: {
          show: labelled,
          formatter: a.label,
          fontSize: 12,
          color: a.band === 'done' ? '#ffffff' : CHART_TEXT,
        },
      }));
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CHART_FONT, color: CHART_TEXT },
      graphic: [
        {
          type: 'rect',
          shape: INSET,
          style: { fill: '#ffffff', stroke: '#6e7781', lineWidth: 1 },
        },
        {
          type: 'text',
          x: INSET.x + 6,
          y: INSET.y + INSET.height - 18,
          style: { text: text.islands, fill: CHART_MUTED, fontSize: 11, fontFamily: CHART_FONT },
        },
      ],
      series: [
        {
          type: 'map',
          map: 'china-mainland',
          left: 8,
          top: 8,
          right: 8,
          bottom: 8,
          itemStyle: BORDER,
          label: { show: false },
          emphasis: { disabled: true },
          data: data(true),
        },
        {
          type: 'map',
          map: 'china-islands',
          left: INSET.x + 8,
          top: INSET.y + 8,
          width: INSET.width - 16,
          height: INSET.height - 32,
          z: 3,
          itemStyle: BORDER,
          label: { show: false },
          emphasis: { disabled: true },
          data: data(false),
        },
      ],
    });
    const svg = chart.renderToSVGString();
    chart.dispose();
    return svg;
  });
}
