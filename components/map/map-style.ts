import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerId } from '@/geo/layers';
import type { PlaceSummary } from '@/geo/place-index';
import { ATLAS_LABEL_SOURCE, ATLAS_SOURCE, FONT, atlasLayerSpecs, labelPoints, visibilityOf } from './atlas-layers';
import { BASEMAP_LAYERS, BASEMAP_SOURCE, MAX_ZOOM } from './basemap-layers';

export { BASEMAP_SOURCE };

/**
 * The basemap: Natural Earth served by the app (`/data/basemap.geojson`) and fonts from `/fonts`.
 * No tile server, remote style or glyph server: MapLibre draws labels from the self-hosted woff2
 * files declared in `font-faces`, loading the Latin Extended file only if a label needs it.
 */

export function basemapStyle(origin: string): StyleSpecification {
  return {
    version: 8,
    name: 'South Caucasus Corridors Atlas',
    'font-faces': {
      [FONT]: [
        {
          url: `${origin}/fonts/noto-sans-latin-400-normal.woff2`,
          'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2212'],
        },
        {
          url: `${origin}/fonts/noto-sans-latin-ext-400-normal.woff2`,
          'unicode-range': ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1E00-1E9F', 'U+1EF2-1EFF'],
        },
      ],
    },
    sources: {
      // Tiled no deeper than the map zooms: 1:10m data has nothing more to show.
      [BASEMAP_SOURCE]: { type: 'geojson', data: `${origin}/data/basemap.geojson`, maxzoom: MAX_ZOOM },
    },
    layers: BASEMAP_LAYERS,
  };
}

/**
 * The whole style the map starts with: the basemap, then the atlas source and all its layers, those
 * not in `visible` hidden. One style from the start: MapLibre fetches and tiles both GeoJSON files at
 * once, and afterwards only layers' visibility changes (`syncVisibility`), with no React re-render of
 * thirty layer elements per checkbox.
 */
export function atlasStyle(origin: string, visible: readonly LayerId[], places: readonly PlaceSummary[]): StyleSpecification {
  const base = basemapStyle(origin);
  return {
    ...base,
    sources: {
      ...base.sources,
      // The map's own lean copy (`geo/map-data.ts`): geometry and the properties the layers read, not the passages.
      [ATLAS_SOURCE]: { type: 'geojson', data: `${origin}/data/map.geojson`, promoteId: 'id' },
      // One label point per area, inline (no request): a polygon labelled by MapLibre gets a label per part and per tile.
      // `promoteId` as above: the date is feature-state keyed by place id (MapLibre drops string feature ids).
      [ATLAS_LABEL_SOURCE]: { type: 'geojson', data: labelPoints(places), maxzoom: MAX_ZOOM, promoteId: 'id' },
    },
    layers: drawOrder(
      base.layers,
      atlasLayerSpecs(places).map(({ layer, spec }) => ({ ...spec, layout: { ...spec.layout, visibility: visibilityOf(layer, visible) } }) as LayerSpecification),
    ),
  };
}

/** Ground: what is drawn as areas and lines, under every name and symbol. */
const isGround = (layer: LayerSpecification): boolean => layer.type === 'background' || layer.type === 'fill' || layer.type === 'line';

/** A name: a symbol layer that writes text. */
const isName = (layer: LayerSpecification): boolean => layer.type === 'symbol' && layer.layout !== undefined && 'text-field' in layer.layout;

/**
 * Basemap and atlas layers, bottom to top: the basemap's ground, the atlas's areas and routes, the
 * basemap's names and town dots, the atlas's names, then the atlas's point symbols. No route or area
 * is drawn over a town's name (Ordubad and Meghri sit on the Aras routes). MapLibre places the topmost
 * layers' symbols first, so every place's icon takes its room before any name is placed (an icon is
 * always drawn, and a name that would cover one moves to another side or waits for a closer zoom), and
 * the atlas's names win over the basemap's.
 */
export function drawOrder(basemap: readonly LayerSpecification[], atlas: readonly LayerSpecification[]): LayerSpecification[] {
  const [baseGround, baseNames] = [basemap.filter(isGround), basemap.filter((l) => !isGround(l))];
  const [atlasGround, atlasNames, atlasSymbols] = [atlas.filter(isGround), atlas.filter(isName), atlas.filter((l) => !isGround(l) && !isName(l))];
  return [...baseGround, ...atlasGround, ...baseNames, ...atlasNames, ...atlasSymbols];
}
