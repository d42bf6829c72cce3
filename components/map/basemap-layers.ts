import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT } from './atlas-layers';
import { perFeature } from './layer-styles';

/**
 * The basemap's layers, as data: ground, water and borders, then the context labels. Label priority
 * follows MapLibre's rule that a later layer places its labels first: context (ranges, seas, lakes) <
 * peaks < country names (repeated, so one giving way is no loss) < towns < the atlas's own labels (added after these). Every label has a halo,
 * so no line cuts through one.
 */
export const BASEMAP_SOURCE = 'basemap';

/** The data is Natural Earth 1:10m: past this zoom there is nothing more to see. */
export const MIN_ZOOM = 3.5;
export const MAX_ZOOM = 10;
/** The map cannot be panned away from the region the basemap covers ([minLon, minLat, maxLon, maxLat]). */
export const BASEMAP_MAX_BOUNDS: [number, number, number, number] = [24, 27.5, 56, 47.5];

const WATER = '#cfe0ea';
const role = (r: string): ExpressionSpecification => ['==', ['get', 'role'], r];
/** Shown from the feature's own zoom: `minz` (and, for country names, until `maxz`). */
const fromItsZoom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minz']];
const untilItsZoom: ExpressionSpecification = ['<', ['zoom'], ['get', 'maxz']];
const kind = (...kinds: string[]): ExpressionSpecification => ['match', ['get', 'kind'], kinds, true, false];

export const BASEMAP_LAYERS: LayerSpecification[] = [
  { id: 'water', type: 'background', paint: { 'background-color': WATER } },
  {
    id: 'land',
    type: 'fill',
    source: BASEMAP_SOURCE,
    filter: role('country'),
    // No antialiasing pass: the borders layer draws every edge.
    paint: { 'fill-color': ['case', ['get', 'focus'], '#f7f5f0', '#ecebe6'], 'fill-antialias': false },
  },
  { id: 'lakes', type: 'fill', source: BASEMAP_SOURCE, filter: role('lake'), paint: { 'fill-color': WATER, 'fill-outline-color': '#9dbdd0' } },
  {
    id: 'rivers',
    type: 'line',
    source: BASEMAP_SOURCE,
    filter: ['all', role('river'), fromItsZoom],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': '#86aec6', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 7, 1.2, 10, 2.4] },
  },
  {
    id: 'held-1994',
    type: 'line',
    source: BASEMAP_SOURCE,
    minzoom: 6,
    filter: role('held-1994'),
    paint: { 'line-color': '#8a7f72', 'line-width': 1.1, 'line-dasharray': [2, 2] },
  },
  {
    id: 'borders',
    type: 'line',
    source: BASEMAP_SOURCE,
    filter: role('country'),
    paint: { 'line-color': '#9c958d', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 8, 1.3] },
  },
  {
    id: 'river-label',
    type: 'symbol',
    source: BASEMAP_SOURCE,
    minzoom: 6.5,
    filter: ['all', role('river'), ['!=', ['get', 'name'], '']],
    layout: {
      'symbol-placement': 'line',
      // Far apart, so a river is named once or twice in a view, not every few hundred pixels.
      'symbol-spacing': 600,
      'text-field': ['get', 'name'],
      'text-font': [FONT],
      'text-size': 11,
      'text-letter-spacing': 0.05,
      'text-max-angle': 30,
    },
    paint: { 'text-color': '#3d6f8e', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
  },
  {
    id: 'basemap-context-labels',
    type: 'symbol',
    source: BASEMAP_SOURCE,
    filter: ['all', role('label'), kind('sea', 'range', 'lake', 'history'), fromItsZoom],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [FONT],
      'text-size': ['match', ['get', 'kind'], 'sea', 13, 'range', 11, 11],
      'text-letter-spacing': ['match', ['get', 'kind'], 'range', 0.2, 'sea', 0.1, 0.02],
      'text-max-width': ['match', ['get', 'kind'], 'history', 9, 8],
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: {
      'text-color': ['match', ['get', 'kind'], 'sea', '#4a7a98', 'lake', '#3d6f8e', 'history', '#6f655a', '#8a7560'],
      'text-halo-color': ['match', ['get', 'kind'], 'sea', WATER, '#f7f5f0'],
      'text-halo-width': 1.2,
    },
  },
  {
    id: 'peaks',
    type: 'symbol',
    source: BASEMAP_SOURCE,
    filter: ['all', role('peak'), fromItsZoom],
    layout: {
      'icon-image': 'basemap-peak',
      'text-field': ['get', 'name'],
      'text-font': [FONT],
      'text-size': 10.5,
      'text-anchor': 'top',
      'text-offset': [0, 0.6],
      'text-optional': true,
      'symbol-sort-key': ['get', 'rank'],
    },
    // Opaque, as a per-feature value: the atlas icons' GL program (see `perFeature`).
    paint: { 'text-color': '#5b4a3a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2, 'icon-opacity': perFeature(1) },
  },
  {
    id: 'country-labels',
    type: 'symbol',
    source: BASEMAP_SOURCE,
    filter: ['all', role('label'), kind('country'), fromItsZoom, untilItsZoom, ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 5, 3]]],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 8, 12.5],
      'text-letter-spacing': 0.18,
      // Room between repeated names: collision keeps one or two per country in a view.
      'text-padding': 24,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { 'text-color': '#6b635b', 'text-halo-color': '#f7f5f0', 'text-halo-width': 1.5 },
  },
  {
    id: 'town-dots',
    type: 'circle',
    source: BASEMAP_SOURCE,
    filter: ['all', role('town'), fromItsZoom],
    // Radius and stroke both by feature, as the atlas's halos are, so the two share one GL program.
    paint: {
      'circle-radius': ['case', ['get', 'capital'], 3.5, 2.2],
      'circle-color': '#44403c',
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': ['case', ['get', 'capital'], 1.25, 1],
    },
  },
  {
    id: 'town-labels',
    type: 'symbol',
    source: BASEMAP_SOURCE,
    filter: ['all', role('town'), fromItsZoom],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [FONT],
      'text-size': ['case', ['get', 'capital'], 13, 11],
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.55,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { 'text-color': ['case', ['get', 'capital'], '#1c1917', '#44403c'], 'text-halo-color': '#ffffff', 'text-halo-width': 1.3 },
  },
];
