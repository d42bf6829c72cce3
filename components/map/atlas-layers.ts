import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { LAYERS, type LayerId } from '@/geo/layers';
import { LAYER_LOOKS, type LayerLook, STATUS_DASH, iconName } from './layer-styles';
import { onMapAsOfExpression, statusAsOfExpression } from './time-filter';

/**
 * The atlas's MapLibre layers, generated from `LAYER_LOOKS`: each atlas layer becomes a few style
 * layers (fill + outline, casing + line, halo + icon, and a label) that share its id as a prefix.
 * Hover and selection are feature-state, read by paint expressions; visibility is the only thing that
 * changes.
 *
 * Kept lean because every layer and every distinct GL program costs each frame on slow (software)
 * WebGL: areas carry their translucency in the colour and skip the fill antialiasing pass (their
 * outline is drawn anyway), all outlines and route lines take their dashes from an expression so they
 * share one program, and thin lines are picked with a small box around the pointer (`placeAt`)
 * instead of invisible wide "hit" layers.
 */
export const ATLAS_SOURCE = 'atlas';
export const FONT = 'Noto Sans Regular';

// Every atlas style layer shows its layer's features as of the chosen date (time-filter.ts).
const ofLayer = (id: LayerId): ExpressionSpecification => ['all', ['==', ['get', 'layer'], id], onMapAsOfExpression];
const isArea: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

const dash: ExpressionSpecification = [
  'match',
  statusAsOfExpression,
  ...Object.entries(STATUS_DASH).flatMap(([status, pattern]) => [status, ['literal', pattern ?? [1, 0]]]),
  ['literal', [1, 0]],
] as unknown as ExpressionSpecification;

/** `#rrggbb` with an alpha, as `rgba()`. */
const withAlpha = (hex: string, alpha: number): string =>
  `rgba(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')}, ${alpha})`;

/** An outline's dashes, as an expression (not a constant) so outlines share the routes' GL program. */
const outlineDash = (dashed: boolean): ExpressionSpecification => ['case', isArea, ['literal', dashed ? [3, 1.5] : [1, 0]], ['literal', [1, 0]]];

const LABEL_PAINT = { 'text-color': '#1c1917', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.4 } as const;

const label = (id: LayerId, minzoom: number): LayerSpecification => ({
  id: `${id}-label`,
  type: 'symbol',
  source: ATLAS_SOURCE,
  minzoom,
  // Lines are labelled along themselves (lineSpecs).
  filter: ['all', ofLayer(id), ['!=', ['geometry-type'], 'LineString']],
  layout: {
    'text-field': ['get', 'name'],
    'text-font': [FONT],
    'text-size': 11.5,
    'text-max-width': 10,
    'text-optional': true,
    'symbol-placement': 'point',
    'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
    'text-radial-offset': 1.1,
  },
  paint: LABEL_PAINT,
});

const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];

/** Fill and outline of a layer's areas, and their label. */
function areaSpecs(id: LayerId, color: string, outline: 'solid' | 'dashed'): LayerSpecification[] {
  return [
    {
      id: `${id}-fill`,
      type: 'fill',
      source: ATLAS_SOURCE,
      filter: ['all', ofLayer(id), isArea],
      paint: { 'fill-color': ['case', selected, withAlpha(color, 0.34), hovered, withAlpha(color, 0.28), withAlpha(color, 0.16)], 'fill-antialias': false },
    },
    {
      id: `${id}-outline`,
      type: 'line',
      source: ATLAS_SOURCE,
      filter: ['all', ofLayer(id), isArea],
      paint: {
        'line-color': color,
        'line-width': ['case', selected, 3, hovered, 2.5, 1.6],
        'line-dasharray': outlineDash(outline === 'dashed'),
      },
    },
  ];
}

/** Casing and line of a layer's routes or pipelines, dashed by status, and their label along the line. */
function lineSpecs(id: LayerId, color: string, kind: 'route' | 'pipeline'): LayerSpecification[] {
  const width = kind === 'pipeline' ? 3 : 3.5;
  return [
    {
      id: `${id}-casing`,
      type: 'line',
      source: ATLAS_SOURCE,
      filter: ['all', ofLayer(id), isLine],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': ['case', selected, width + 6, hovered, width + 4, width + 2], 'line-opacity': 0.9 },
    },
    {
      id: `${id}-line`,
      type: 'line',
      source: ATLAS_SOURCE,
      filter: ['all', ofLayer(id), isLine],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': ['case', selected, width + 2, width], 'line-dasharray': dash },
    },
    {
      id: `${id}-line-label`,
      type: 'symbol',
      source: ATLAS_SOURCE,
      minzoom: 7,
      filter: ['all', ofLayer(id), isLine],
      layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': [FONT], 'text-size': 11.5, 'text-offset': [0, 1], 'text-optional': true },
      paint: LABEL_PAINT,
    },
  ];
}

/** The icon a point layer's features show: the open variant where the look says so. */
function iconImage(id: LayerId, look: Extract<LayerLook, { geometry: 'point' }>): ExpressionSpecification | string {
  if (!look.open) return iconName(id);
  return ['match', ['get', look.open.property], [...look.open.values], iconName(id, true), iconName(id)] as unknown as ExpressionSpecification;
}

function specsFor(id: LayerId): LayerSpecification[] {
  const look = LAYER_LOOKS[id];
  switch (look.geometry) {
    case 'area':
      return [...areaSpecs(id, look.color, look.outline), label(id, 6.5)];
    case 'route':
    case 'pipeline':
      return lineSpecs(id, look.color, look.geometry);
    case 'point':
      return [
        ...(look.areas ? areaSpecs(id, look.color, look.areas) : []),
        ...(look.lines ? lineSpecs(id, look.color, look.lines) : []),
        {
          id: `${id}-halo`,
          type: 'circle',
          source: ATLAS_SOURCE,
          filter: ['all', ofLayer(id), isPoint],
          paint: {
            'circle-radius': ['case', selected, 16, hovered, 14, 0],
            'circle-color': look.color,
            'circle-opacity': 0.18,
            'circle-stroke-color': look.color,
            'circle-stroke-width': ['case', selected, 2, hovered, 1, 0],
          },
        },
        {
          id: `${id}-icon`,
          type: 'symbol',
          source: ATLAS_SOURCE,
          filter: ['all', ofLayer(id), isPoint],
          layout: {
            'icon-image': iconImage(id, look),
            'icon-size': 0.9,
            'icon-allow-overlap': true,
            'icon-ignore-placement': true,
          },
        },
        label(id, 5.5),
      ];
  }
}

/**
 * Where a style layer is drawn, bottom to top: areas, then the lines of point layers (the Lachin
 * corridor, the South Caucasus pipeline: secondary, so BTC is drawn — and picked — above the pipeline
 * that shares its corridor), then pipelines, routes, and points.
 */
function tier(layer: LayerId, spec: LayerSpecification): number {
  const look = LAYER_LOOKS[layer];
  if (/-(fill|outline)$/u.test(spec.id) || look.geometry === 'area') return 0;
  if (/-(casing|line|line-label)$/u.test(spec.id)) return look.geometry === 'pipeline' ? 2 : look.geometry === 'route' ? 3 : 1;
  return 4;
}

/** Every style layer of every atlas layer, in drawing order (stable within a tier: the registry's order). */
export const ATLAS_LAYER_SPECS: { layer: LayerId; spec: LayerSpecification }[] = LAYERS.flatMap((l) => specsFor(l.id).map((spec) => ({ layer: l.id, spec }))).sort(
  (a, b) => tier(a.layer, a.spec) - tier(b.layer, b.spec),
);

/** The style layers that respond to the pointer (labels, casings and halos do not). */
export const PICKABLE_LAYER_IDS = ATLAS_LAYER_SPECS.map((s) => s.spec.id).filter((id) => /-(fill|line|icon)$/u.test(id));

/** How far from a thin line the pointer may be and still pick it, in CSS pixels. */
export const PICK_RADIUS = 7;

/**
 * The place under a screen point: the topmost pickable feature within `PICK_RADIUS` (icons above
 * lines above areas, as drawn), or null.
 */
export function placeAt(map: MapLibreMap, point: { x: number; y: number }): string | null {
  const box: [[number, number], [number, number]] = [
    [point.x - PICK_RADIUS, point.y - PICK_RADIUS],
    [point.x + PICK_RADIUS, point.y + PICK_RADIUS],
  ];
  // Hidden layers render nothing, so MapLibre returns nothing of them: no visibility check needed here.
  const [feature] = map.queryRenderedFeatures(box, { layers: PICKABLE_LAYER_IDS });
  const id = feature?.properties?.id;
  return typeof id === 'string' ? id : null;
}

/** A style layer's `visibility` when the atlas layers in `visible` are shown. */
export const visibilityOf = (layer: LayerId, visible: readonly LayerId[]): 'visible' | 'none' => (visible.includes(layer) ? 'visible' : 'none');

/** Shows the style layers of the `visible` atlas layers and hides the rest; touches only what changes. */
export function syncVisibility(map: MapLibreMap, visible: readonly LayerId[]): void {
  for (const { layer, spec } of ATLAS_LAYER_SPECS) {
    const want = visibilityOf(layer, visible);
    if ((map.getLayoutProperty(spec.id, 'visibility') ?? 'visible') !== want) map.setLayoutProperty(spec.id, 'visibility', want);
  }
}
