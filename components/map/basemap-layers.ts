import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BASEMAP_BOUNDS } from '@/geo/basemap-bounds';
import { FONT } from './atlas-layers';
import { lineWidth, lineWidthByZoom, perFeature } from './layer-styles';

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
export const BASEMAP_MAX_BOUNDS = BASEMAP_BOUNDS;

const WATER = '#cfe0ea';
const role = (r: string): ExpressionSpecification => ['==', ['get', 'role'], r];
/** Shown from the feature's own zoom: `minz` (and, for country names, until `maxz`). */
const fromItsZoom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minz']];
const untilItsZoom: ExpressionSpecification = ['<', ['zoom'], ['get', 'maxz']];
const kind = (...kinds: string[]): ExpressionSpecification => ['match', ['get', 'kind'], kinds, true, false];

/*
 * Every line, fill, label and dot below is written with the same mix of constant and per-feature
 * paint values as the atlas's own layers of its kind (`perFeature`): one GL program per kind for the
 * whole map, each compiled once before the first full frame, instead of a basemap variant beside an
 * atlas one (`geo/map-style.test.ts` checks it).
 */
/**
 * A line's paint: colour constant; width (one, or stops by zoom: `lineWidth`), opacity and dashes per
 * feature, as the atlas's lines.
 */
const lineLook = (color: string, width: number | [zoom: number, width: number][], dash: number[] = [1, 0]) => ({
  'line-color': color,
  'line-width': Array.isArray(width) ? lineWidthByZoom(width) : lineWidth(width),
  'line-opacity': perFeature(1),
  'line-dasharray': perFeature(dash),
});
/** A label's paint: colour and halo colour per feature, as the atlas's labels (which say the date in them). */
const textLook = (color: string, halo: string, haloWidth: number) => ({ 'text-color': perFeature(color), 'text-halo-color': perFeature(halo), 'text-halo-width': haloWidth });

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
  // The shore is a line of its own (below), not the fill's antialiasing pass: that pass is a GL program of its own.
  { id: 'lakes', type: 'fill', source: BASEMAP_SOURCE, filter: role('lake'), paint: { 'fill-color': perFeature(WATER), 'fill-antialias': false } },
  { id: 'lake-shores', type: 'line', source: BASEMAP_SOURCE, filter: role('lake'), paint: lineLook('#9dbdd0', 1) },
  {
    id: 'rivers',
    type: 'line',
    source: BASEMAP_SOURCE,
    filter: ['all', role('river'), fromItsZoom],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: lineLook('#86aec6', [
      [4, 0.6],
      [7, 1.2],
      [10, 2.4],
    ]),
  },
  {
    id: 'held-1994',
    type: 'line',
    source: BASEMAP_SOURCE,
    minzoom: 6,
    filter: role('held-1994'),
    paint: lineLook('#8a7f72', 1.1, [2, 2]),
  },
  {
    id: 'borders',
    type: 'line',
    source: BASEMAP_SOURCE,
    filter: role('country'),
    paint: lineLook('#9c958d', [
      [4, 0.6],
      [8, 1.3],
    ]),
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
    paint: textLook('#3d6f8e', '#ffffff', 1.2),
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
    paint: { ...textLook('#5b4a3a', '#ffffff', 1.2), 'icon-opacity': perFeature(1) },
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
    paint: textLook('#6b635b', '#f7f5f0', 1.5),
  },
  {
    id: 'town-dots',
    type: 'circle',
    source: BASEMAP_SOURCE,
    filter: ['all', role('town'), fromItsZoom],
    // Radius, stroke and opacities by feature, as the atlas's halos have them, so the two share one GL program.
    paint: {
      'circle-radius': ['case', ['get', 'capital'], 3.5, 2.2],
      'circle-color': '#44403c',
      'circle-opacity': perFeature(1),
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': ['case', ['get', 'capital'], 1.25, 1],
      'circle-stroke-opacity': perFeature(1),
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
    paint: { 'text-color': ['case', ['get', 'capital'], '#1c1917', '#44403c'], 'text-halo-color': perFeature('#ffffff'), 'text-halo-width': 1.3 },
  },
];
