import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerId } from '@/geo/layers';
import { ATLAS_LAYER_SPECS, ATLAS_SOURCE, FONT, visibilityOf } from './atlas-layers';

/**
 * The basemap: Natural Earth served by the app (`/data/basemap.geojson`) and fonts from `/fonts`.
 * No tile server, remote style or glyph server: MapLibre draws labels from the self-hosted woff2
 * files declared in `font-faces`, loading the Latin Extended file only if a label needs it.
 */
export const BASEMAP_SOURCE = 'basemap';

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
      [BASEMAP_SOURCE]: { type: 'geojson', data: `${origin}/data/basemap.geojson` },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': '#dbe7ee' } },
      {
        id: 'land',
        type: 'fill',
        source: BASEMAP_SOURCE,
        filter: ['==', ['get', 'role'], 'country'],
        // No antialiasing pass: the borders layer draws every edge.
        paint: { 'fill-color': ['case', ['get', 'focus'], '#f7f5f0', '#ecebe6'], 'fill-antialias': false },
      },
      {
        id: 'borders',
        type: 'line',
        source: BASEMAP_SOURCE,
        filter: ['==', ['get', 'role'], 'country'],
        paint: { 'line-color': '#a8a29e', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 8, 1.2] },
      },
      {
        id: 'river',
        type: 'line',
        source: BASEMAP_SOURCE,
        filter: ['==', ['get', 'role'], 'river'],
        paint: { 'line-color': '#7fa7c0', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 9, 2.5] },
      },
      {
        id: 'river-label',
        type: 'symbol',
        source: BASEMAP_SOURCE,
        minzoom: 7,
        filter: ['==', ['get', 'role'], 'river'],
        layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': [FONT], 'text-size': 11, 'text-offset': [0, -0.8] },
        paint: { 'text-color': '#3f6f8c', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: BASEMAP_SOURCE,
        filter: ['all', ['==', ['get', 'role'], 'country-label'], ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 5, 2]]],
        layout: { 'text-field': ['get', 'name'], 'text-font': [FONT], 'text-size': 12, 'text-letter-spacing': 0.15 },
        paint: { 'text-color': '#78716c', 'text-halo-color': '#f7f5f0', 'text-halo-width': 1 },
      },
      {
        id: 'city-dots',
        type: 'circle',
        source: BASEMAP_SOURCE,
        filter: ['all', ['==', ['get', 'role'], 'city'], ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 6.5, 2]]],
        // Radius and stroke both by feature, as the atlas's halos are, so the two share one GL program.
        paint: {
          'circle-radius': ['case', ['get', 'capital'], 3.5, 2.5],
          'circle-color': '#44403c',
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': ['case', ['get', 'capital'], 1.25, 1],
        },
      },
      {
        id: 'city-labels',
        type: 'symbol',
        source: BASEMAP_SOURCE,
        filter: ['all', ['==', ['get', 'role'], 'city'], ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 6.5, 2]]],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT],
          'text-size': ['case', ['get', 'capital'], 13, 11.5],
          'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.6,
        },
        paint: { 'text-color': '#292524', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
      },
    ],
  };
}

/**
 * The whole style the map starts with: the basemap, then the atlas source and all its layers, those
 * not in `visible` hidden. One style from the start: MapLibre fetches and tiles both GeoJSON files at
 * once, and afterwards only layers' visibility changes (`syncVisibility`), with no React re-render of
 * thirty layer elements per checkbox.
 */
export function atlasStyle(origin: string, visible: readonly LayerId[]): StyleSpecification {
  const base = basemapStyle(origin);
  return {
    ...base,
    sources: { ...base.sources, [ATLAS_SOURCE]: { type: 'geojson', data: `${origin}/data/atlas.geojson`, promoteId: 'id' } },
    layers: [
      ...base.layers,
      ...ATLAS_LAYER_SPECS.map(({ layer, spec }) => ({ ...spec, layout: { ...spec.layout, visibility: visibilityOf(layer, visible) } }) as LayerSpecification),
    ],
  };
}
