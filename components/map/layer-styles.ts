import type { ExpressionSpecification } from 'maplibre-gl';
import type { LayerId } from '@/geo/layers';
import type { Status } from '@/geo/schema';

/**
 * How each atlas layer looks: one entry per layer, read by the map's layer specs and by the legend
 * swatches, so the two cannot disagree. Shapes, dash patterns and outlines carry meaning as well as
 * colour, so nothing is encoded by colour alone.
 */
export type Shape = 'diamond' | 'square' | 'burst' | 'circle' | 'ring' | 'triangle' | 'chevron' | 'flag' | 'hexagon';

/**
 * A point symbol drawn open (outline only) for the features whose `property` is one of `values`,
 * filled otherwise; the legend names both.
 */
export interface OpenSymbol {
  property: 'incident';
  values: readonly string[];
  filledLabel: string;
  openLabel: string;
}

export type LayerLook =
  | { geometry: 'area'; color: string; outline: 'solid' | 'dashed' }
  | { geometry: 'route'; color: string }
  | { geometry: 'pipeline'; color: string }
  | {
      geometry: 'point';
      color: string;
      shape: Shape;
      /** Point layers that also hold areas (the Gaza Strip in "Wars") draw them with this outline. */
      areas?: 'solid' | 'dashed';
      /** …and lines (the Lachin corridor in "Karabakh") drawn as routes or pipelines. */
      lines?: 'route' | 'pipeline';
      open?: OpenSymbol;
    };

export const LAYER_LOOKS: Record<LayerId, LayerLook> = {
  nakhchivan: { geometry: 'area', color: '#0f766e', outline: 'solid' },
  syunik: { geometry: 'area', color: '#7e22ce', outline: 'dashed' },
  karabakh: { geometry: 'point', color: '#9a3412', shape: 'ring', lines: 'route' },
  zangezur: { geometry: 'route', color: '#c2410c' },
  aras: { geometry: 'route', color: '#1d4ed8' },
  tripp: { geometry: 'route', color: '#be185d' },
  btc: { geometry: 'pipeline', color: '#292524' },
  energy: { geometry: 'point', color: '#a16207', shape: 'square', lines: 'pipeline' },
  embassies: { geometry: 'point', color: '#3730a3', shape: 'diamond' },
  strikes: {
    geometry: 'point',
    color: '#b91c1c',
    shape: 'burst',
    open: { property: 'incident', values: ['threat', 'precaution'], filledLabel: 'confirmed attack', openLabel: 'no confirmed hit: threatened, or shut as a precaution' },
  },
  wars: { geometry: 'point', color: '#7f1d1d', shape: 'triangle', areas: 'solid' },
  drills: { geometry: 'point', color: '#4d7c0f', shape: 'chevron' },
  'held-ground': { geometry: 'point', color: '#86198f', shape: 'flag' },
  history: { geometry: 'point', color: '#57534e', shape: 'hexagon', areas: 'dashed' },
  context: { geometry: 'point', color: '#475569', shape: 'circle' },
};

/** Dash patterns (in line widths) that say a route's status; a built line is solid. */
export const STATUS_DASH: Record<Status, number[] | null> = {
  operating: null,
  'under-construction': [3, 1.5],
  planned: [1.5, 1.5],
  proposed: [0.6, 1.6],
};

export const STATUS_LABEL: Record<Status, string> = {
  operating: 'in operation',
  'under-construction': 'under construction',
  planned: 'planned',
  proposed: 'proposed',
};

/** The icon image name for a point layer (registered by `icons.ts`); `open` is its outline-only variant. */
export const iconName = (layer: LayerId, open = false): string => `atlas-${layer}${open ? '-open' : ''}`;

/**
 * `value` written as a per-feature expression rather than a constant. MapLibre builds one GL program
 * for each mix of constant and per-feature paint properties of a layer type, and in software WebGL
 * every program is compiled (and its drawing code generated) before the first full frame: 7 programs
 * fewer drew the map ~180 ms sooner on the bench machine. Written this way, a layer uses the program
 * its neighbours already need instead of one of its own: one program per kind of layer for the whole
 * map, basemap and atlas (`geo/map-style.test.ts`).
 */
export const perFeature = (value: number | string | number[]): ExpressionSpecification => {
  const written = Array.isArray(value) ? ['literal', value] : value;
  return ['case', ['has', 'never-set'], written, written] as ExpressionSpecification;
};

/**
 * A line width given per feature, as one that could grow with the zoom: MapLibre builds another GL
 * program for a value that depends on zoom and feature both (the basemap's rivers and borders widen
 * as you zoom in), so every line of the map is written this way and all share that one program.
 */
export const lineWidth = (value: number | ExpressionSpecification): ExpressionSpecification =>
  lineWidthByZoom([
    [0, value],
    [24, value],
  ]);

/** A line width that grows with the zoom, each stop's width per feature: the same program as `lineWidth`. */
export const lineWidthByZoom = (stops: readonly [zoom: number, width: number | ExpressionSpecification][]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([zoom, width]) => [zoom, typeof width === 'number' ? perFeature(width) : width])] as unknown as ExpressionSpecification;
