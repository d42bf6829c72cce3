import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { LAYERS, type LayerId } from '@/geo/layers';
import type { PlaceSummary } from '@/geo/place-index';
import { type Offset, spreadOffsets } from '@/geo/symbol-spread';
import type { Status } from '@/geo/schema';
import { LAYER_LOOKS, type LayerLook, STATUS_DASH, iconName, lineWidth, perFeature } from './layer-styles';
import { asOfColor, asOfOpacity, isOnMap, routeStatusOpacity } from './time-filter';

/**
 * The atlas's MapLibre layers, generated from `LAYER_LOOKS`: each atlas layer becomes a few style
 * layers (fill + outline, casing + line, halo + icon, and a label) that share its id as a prefix.
 * Hover, selection and the date (`time-filter.ts`: a place not yet on the map at the chosen date is
 * drawn at opacity 0) are feature-state, read by paint expressions; visibility is the only thing that
 * changes.
 *
 * Kept lean because every layer and every distinct GL program costs each frame on slow (software)
 * WebGL: areas carry their translucency in the colour and skip the fill antialiasing pass (their
 * outline is drawn anyway), all outlines and route lines take their dashes from an expression so they
 * share one program, and thin lines are picked with a small box around the pointer (`placeAt`)
 * instead of invisible wide "hit" layers.
 */
export const ATLAS_SOURCE = 'atlas';
/** One point per area place, where its name is written (see `labelPoints`). */
export const ATLAS_LABEL_SOURCE = 'atlas-labels';
export const FONT = 'Noto Sans Regular';

// No date in filters: every feature is tiled once, and the date only changes paint (time-filter.ts).
const ofLayer = (id: LayerId): ExpressionSpecification => ['==', ['get', 'layer'], id];
const isArea: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** A route's dash by its status today; the statuses it had before are drawn by `statusLineSpecs`. */
const dash: ExpressionSpecification = [
  'match',
  ['to-string', ['get', 'status']],
  ...Object.entries(STATUS_DASH).flatMap(([status, pattern]) => [status, ['literal', pattern ?? [1, 0]]]),
  ['literal', [1, 0]],
] as unknown as ExpressionSpecification;

/** `#rrggbb` with an alpha, as `rgba()`. */
const withAlpha = (hex: string, alpha: number): string =>
  `rgba(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')}, ${alpha})`;

/** An outline's dashes, per feature so that outlines share the routes' GL program (see `perFeature`). */
const outlineDash = (dashed: boolean): ExpressionSpecification => perFeature(dashed ? [3, 1.5] : [1, 0]);

// The date in the colours, not the opacity: the basemap's labels' GL program (see `perFeature`).
const LABEL_PAINT = { 'text-color': asOfColor('#1c1917'), 'text-halo-color': asOfColor('rgba(255,255,255,0.9)'), 'text-halo-width': 1.4 };

const label = (id: LayerId, minzoom: number): LayerSpecification => ({
  id: `${id}-label`,
  type: 'symbol',
  source: ATLAS_SOURCE,
  minzoom,
  // Lines are labelled along themselves (lineSpecs).
  filter: ['all', ofLayer(id), isPoint],
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

/**
 * An area's name, once: from the label source's one point per place. (A polygon labelled by MapLibre
 * is labelled once per part and once per tile it crosses: "Nakhchivan" four times at zoom 9.) Capitals
 * and letter-spacing set a region apart from the town of the same name.
 */
const areaLabel = (id: LayerId): LayerSpecification => ({
  id: `${id}-area-label`,
  type: 'symbol',
  source: ATLAS_LABEL_SOURCE,
  minzoom: 5.5,
  filter: ofLayer(id),
  layout: {
    'text-field': ['get', 'name'],
    'text-font': [FONT],
    'text-size': 12,
    'text-transform': 'uppercase',
    'text-letter-spacing': 0.12,
    'text-max-width': 9,
    'text-optional': true,
  },
  paint: LABEL_PAINT,
});

/** Fill and outline of a layer's areas, and their label. */
function areaSpecs(id: LayerId, color: string, outline: 'solid' | 'dashed'): LayerSpecification[] {
  return [
    {
      id: `${id}-fill`,
      type: 'fill',
      source: ATLAS_SOURCE,
      filter: ['all', ofLayer(id), isArea],
      paint: {
        // The date in the colour, not the opacity: the basemap's land fill's GL program (see `perFeature`).
        'fill-color': asOfColor(['case', selected, withAlpha(color, 0.34), hovered, withAlpha(color, 0.28), withAlpha(color, 0.16)]),
        'fill-antialias': false,
      },
    },
    {
      id: `${id}-outline`,
      type: 'line',
      source: ATLAS_SOURCE,
      filter: ['all', ofLayer(id), isArea],
      paint: {
        'line-color': color,
        'line-width': lineWidth(['case', selected, 3, hovered, 2.5, 1.6]),
        'line-dasharray': outlineDash(outline === 'dashed'),
        'line-opacity': asOfOpacity(1),
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
      paint: {
        'line-color': '#ffffff',
        'line-width': lineWidth(['case', selected, width + 6, hovered, width + 4, width + 2]),
        // Solid, as a per-feature dash: the one GL program of every atlas line (see `perFeature`).
        'line-dasharray': perFeature([1, 0]),
        'line-opacity': asOfOpacity(0.9),
      },
    },
    {
      id: `${id}-line`,
      type: 'line',
      source: ATLAS_SOURCE,
      filter: ['all', ofLayer(id), isLine],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': lineWidth(['case', selected, width + 2, width]), 'line-dasharray': dash, 'line-opacity': routeStatusOpacity(['get', 'status']) },
    },
    {
      id: `${id}-line-label`,
      type: 'symbol',
      source: ATLAS_SOURCE,
      minzoom: 7,
      filter: ['all', ofLayer(id), isLine],
      // Far apart: a route is named once or twice in a view, not every 250 px.
      layout: { 'symbol-placement': 'line', 'symbol-spacing': 700, 'text-field': ['get', 'name'], 'text-font': [FONT], 'text-size': 11.5, 'text-offset': [0, 1], 'text-optional': true },
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
      return [...areaSpecs(id, look.color, look.outline), areaLabel(id)];
    case 'route':
    case 'pipeline':
      return lineSpecs(id, look.color, look.geometry);
    case 'point':
      return [
        ...(look.areas ? [...areaSpecs(id, look.color, look.areas), areaLabel(id)] : []),
        ...(look.lines ? lineSpecs(id, look.color, look.lines) : []),
        {
          id: `${id}-halo`,
          type: 'circle',
          source: ATLAS_SOURCE,
          filter: ['all', ofLayer(id), isPoint],
          paint: {
            'circle-radius': ['case', selected, 16, hovered, 14, 0],
            'circle-color': look.color,
            'circle-opacity': asOfOpacity(0.18),
            'circle-stroke-color': look.color,
            'circle-stroke-width': ['case', selected, 2, hovered, 1, 0],
            'circle-stroke-opacity': asOfOpacity(1),
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
            // Always drawn, and taking its room: names placed after it keep clear of it (map-style.ts `drawOrder`).
            'icon-allow-overlap': true,
            'icon-ignore-placement': false,
          },
          paint: { 'icon-opacity': asOfOpacity(1) },
        },
        label(id, 5.5),
      ];
  }
}

/** The label source's data: one point per area place (points and lines label themselves). */
export function labelPoints(places: readonly PlaceSummary[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places
      .filter((p) => p.shape === 'area')
      .map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: p.labelAt }, properties: { id: p.id, name: p.name, layer: p.layer } })),
  };
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

const ICON_SIZE = 0.9;
/** The leader image's length in px (`icons.ts` draws it); its `icon-size` scales it to each offset. */
export const LEADER_LENGTH = 32;

const byId = (values: Map<string, unknown>, fallback: unknown): ExpressionSpecification =>
  (values.size === 0
    ? ['literal', fallback]
    : ['match', ['get', 'id'], ...[...values].flatMap(([id, v]) => [id, Array.isArray(v) ? ['literal', v] : v]), Array.isArray(fallback) ? ['literal', fallback] : fallback]) as unknown as ExpressionSpecification;

const perZoom = (stops: { zoom: number; values: Map<string, unknown> }[], fallback: unknown): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(({ zoom, values }) => [zoom, byId(values, fallback)])] as unknown as ExpressionSpecification;

type Entry = { layer: LayerId; spec: LayerSpecification };

/**
 * For the routes of a line layer whose status changed (`statusHistory`), one more line layer per earlier
 * status, dashed by it and drawn while the route had that status at the chosen date (the main line
 * draws today's): `line-dasharray` cannot read feature-state, opacity can.
 */
function statusLineSpecs({ layer, spec }: Entry, places: readonly PlaceSummary[]): Entry[] {
  if (spec.type !== 'line' || !spec.id.endsWith('-line')) return [];
  const earlier = new Map<Status, Set<string>>();
  for (const p of places) {
    if (p.layer !== layer || p.shape !== 'line') continue;
    for (const { status } of p.statusHistory) if (status !== p.status) earlier.set(status, (earlier.get(status) ?? new Set()).add(p.id));
  }
  return [...earlier].map(([status, ids]) => ({
    layer,
    spec: {
      ...spec,
      id: `${spec.id}-${status}`,
      filter: ['all', spec.filter!, ['in', ['get', 'id'], ['literal', [...ids]]]],
      paint: {
        ...spec.paint,
        // Per feature, so that it shares the routes' GL program (see `perFeature`).
        'line-dasharray': perFeature(STATUS_DASH[status] ?? [1, 0]),
        'line-opacity': routeStatusOpacity(status),
      },
    } as LayerSpecification,
  }));
}

/**
 * The atlas layers for these places: `ATLAS_LAYER_SPECS` with a line layer per earlier status of the
 * routes whose status changed (`statusLineSpecs`), and co-located point icons spread apart
 * (`geo/symbol-spread.ts`) — each icon offset on screen at the zooms where it would overlap another,
 * and a thin leader line from the true position to the icon. Icons are picked where they are drawn.
 */
export function atlasLayerSpecs(places: readonly PlaceSummary[]): Entry[] {
  const specs = ATLAS_LAYER_SPECS.flatMap((entry) => [entry, ...statusLineSpecs(entry, places)]);
  const points = places.filter((p) => p.shape === 'point').map((p) => ({ id: p.id, lon: p.labelAt[0], lat: p.labelAt[1] }));
  const stops = spreadOffsets(points);
  const spread = new Set(stops.flatMap((s) => [...s.offsets.keys()]));
  if (spread.size === 0) return specs;
  const layerOf = new Map(places.map((p) => [p.id, p.layer]));
  const spreadLayers = new Set([...spread].map((id) => layerOf.get(id)));
  const offsetStops = stops.map(({ zoom, offsets }) => ({ zoom, values: new Map([...offsets].map(([id, [x, y]]) => [id, [x / ICON_SIZE, y / ICON_SIZE] as Offset])) }));
  const lengthStops = stops.map(({ zoom, offsets }) => ({ zoom, values: new Map([...offsets].map(([id, [x, y]]) => [id, Math.hypot(x, y) / LEADER_LENGTH])) }));
  const angleStops = stops.map(({ zoom, offsets }) => ({ zoom, values: new Map([...spread].map((id) => [id, (() => {
    const o = offsets.get(id) ?? stops.map((s) => s.offsets.get(id)).find(Boolean)!;
    return (Math.atan2(o[1], o[0]) * 180) / Math.PI;
  })()])) }));

  return specs.flatMap((entry) => {
    const { layer, spec } = entry;
    if (!spreadLayers.has(layer) || !spec.id.endsWith('-icon') || spec.type !== 'symbol') return [entry];
    const icon = { layer, spec: { ...spec, layout: { ...spec.layout, 'icon-offset': perZoom(offsetStops, [0, 0]) } } as LayerSpecification };
    const leader = {
      layer,
      spec: {
        id: `${layer}-leader`,
        type: 'symbol',
        source: ATLAS_SOURCE,
        filter: ['all', ofLayer(layer), isPoint, ['in', ['get', 'id'], ['literal', [...spread]]]],
        layout: {
          'icon-image': 'atlas-leader',
          'icon-size': perZoom(lengthStops, 0),
          'icon-rotate': perZoom(angleStops, 0),
          'icon-rotation-alignment': 'viewport',
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          visibility: spec.layout?.visibility ?? 'visible',
        },
        paint: { 'icon-opacity': asOfOpacity(1) },
      } as LayerSpecification,
    };
    return [leader, icon];
  });
}

/** The style layers that respond to the pointer (labels, casings and halos do not). */
export const PICKABLE_LAYER_IDS = ATLAS_LAYER_SPECS.map((s) => s.spec.id).filter((id) => /-(fill|line|icon)$/u.test(id));

/** How far from a thin line the pointer may be and still pick it, in CSS pixels. */
export const PICK_RADIUS = 7;

/** Screen distance from `p` to the nearest segment of a (multi)line, in CSS pixels. */
function distanceToLine(map: MapLibreMap, p: { x: number; y: number }, geometry: GeoJSON.Geometry): number {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiLineString' ? geometry.coordinates : [];
  let best = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    const pts = line.map((c) => map.project([c[0]!, c[1]!]));
    for (let i = 1; i < pts.length; i += 1) {
      const [a, b] = [pts[i - 1]!, pts[i]!];
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy)));
    }
  }
  return best;
}

/**
 * How a picked feature ranks: icons before lines before areas; among lines the one nearest the pointer
 * (two pipelines drawn side by side), among areas the smaller.
 */
function pickRank(map: MapLibreMap, point: { x: number; y: number }, feature: MapGeoJSONFeature): [number, number] {
  const layerId = feature.layer.id;
  if (layerId.endsWith('-icon')) return [0, 0];
  if (layerId.endsWith('-line')) return [1, distanceToLine(map, point, feature.geometry)];
  const areaKm2 = feature.properties?.areaKm2;
  return [2, typeof areaKm2 === 'number' ? areaKm2 : Number.POSITIVE_INFINITY];
}

/**
 * The place under a screen point, or null. Icons are picked where they are drawn (spread or not); a
 * thin line within `PICK_RADIUS`; an area only when the pointer is inside it. When several overlap, the
 * one the pointer is most precisely over wins: an icon, then a line, then the smallest area — a small
 * area drawn inside a large one stays clickable.
 */
export function placeAt(map: MapLibreMap, point: { x: number; y: number }): string | null {
  const box: [[number, number], [number, number]] = [
    [point.x - PICK_RADIUS, point.y - PICK_RADIUS],
    [point.x + PICK_RADIUS, point.y + PICK_RADIUS],
  ];
  const layers = PICKABLE_LAYER_IDS.filter((id) => map.getLayer(id));
  // Hidden layers render nothing, so MapLibre returns nothing of them: no visibility check needed here.
  // A place not yet on the map at the chosen date is drawn at opacity 0 but still returned: skipped.
  // An icon right under the pointer wins outright: spread icons sit within the box of their neighbours.
  const [onIcon] = map.queryRenderedFeatures([point.x, point.y], { layers: layers.filter((id) => id.endsWith('-icon')) }).filter(isOnMap);
  if (typeof onIcon?.properties?.id === 'string') return onIcon.properties.id;
  const near = map.queryRenderedFeatures(box, { layers: layers.filter((id) => !id.endsWith('-fill')) });
  const under = map.queryRenderedFeatures([point.x, point.y], { layers: layers.filter((id) => id.endsWith('-fill')) });
  let best: { id: string; rank: [number, number] } | null = null;
  for (const feature of [...near, ...under]) {
    if (!isOnMap(feature)) continue;
    const id = feature.properties?.id;
    if (typeof id !== 'string') continue;
    const rank = pickRank(map, point, feature);
    if (!best || rank[0] < best.rank[0] || (rank[0] === best.rank[0] && rank[1] < best.rank[1])) best = { id, rank };
  }
  return best?.id ?? null;
}

const STATUSES = Object.keys(STATUS_DASH) as Status[];

/** A style layer's `visibility` when the atlas layers in `visible` are shown. */
export const visibilityOf = (layer: LayerId, visible: readonly LayerId[]): 'visible' | 'none' => (visible.includes(layer) ? 'visible' : 'none');

/**
 * Every style layer an atlas layer may have, with its atlas layer: its specs, a line's per-status
 * copies and the leaders (those a style lacks are skipped). Fixed, so listed once, not per checkbox.
 */
const STYLE_LAYERS_OF_ATLAS_LAYERS: readonly { layer: LayerId; id: string }[] = [
  ...ATLAS_LAYER_SPECS.flatMap(({ layer, spec }) => [spec.id, ...(spec.id.endsWith('-line') ? STATUSES.map((s) => `${spec.id}-${s}`) : [])].map((id) => ({ layer, id }))),
  ...LAYERS.map((l) => ({ layer: l.id, id: `${l.id}-leader` })),
];

/** Shows the style layers of the `visible` atlas layers and hides the rest; touches only what changes. */
export function syncVisibility(map: MapLibreMap, visible: readonly LayerId[]): void {
  for (const { layer, id } of STYLE_LAYERS_OF_ATLAS_LAYERS) {
    if (!map.getLayer(id)) continue;
    const want = visibilityOf(layer, visible);
    if ((map.getLayoutProperty(id, 'visibility') ?? 'visible') !== want) map.setLayoutProperty(id, 'visibility', want);
  }
}
