import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { ATLAS_LABEL_SOURCE, ATLAS_SOURCE } from '@/components/map/atlas-layers';
import { BASEMAP_SOURCE } from '@/components/map/basemap-layers';
import { ICON_IDS } from '@/components/map/icons';
import { atlasStyle } from '@/components/map/map-style';
import { buildAtlas } from './atlas';
import { LAYER_IDS } from './layers';
import { placeIndex } from './place-index';

// The style the map starts with, every layer shown.
const style = atlasStyle('http://localhost', [...LAYER_IDS], placeIndex(buildAtlas()));
const layers = style.layers.filter((l): l is Exclude<LayerSpecification, { type: 'background' }> => 'source' in l);
const atlasLayers = layers.filter((l) => l.source === ATLAS_SOURCE || l.source === ATLAS_LABEL_SOURCE);
const basemapLayers = layers.filter((l) => l.source === BASEMAP_SOURCE);
/** A layer's place in the drawing order, bottom to top. */
const at = (l: { id: string }) => style.layers.findIndex((x) => x.id === l.id);

/** Every string a layout value could name an image by: the value itself, or the outputs of its expression. */
function strings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, into);
  return into;
}

/**
 * Which paint properties of a layer are per-feature (an expression) and which constant: MapLibre
 * builds one GL program per such mix for a layer type (see `perFeature` in layer-styles.ts).
 */
function programOf(layer: (typeof layers)[number], properties: readonly string[]): string {
  const paint = (layer.paint ?? {}) as Record<string, unknown>;
  return `${layer.type}: ${properties.map((p) => `${p}=${binding(paint[p])}`).join(', ')}`;
}

/** Whether an expression reads anything of the feature (its properties, geometry, id or state). */
const readsFeature = (v: unknown): boolean =>
  Array.isArray(v) && (['get', 'has', 'feature-state', 'geometry-type', 'id', 'properties'].includes(v[0] as string) || v.some(readsFeature));
const readsZoom = (v: unknown): boolean => Array.isArray(v) && (v[0] === 'zoom' || v.some(readsZoom));
/**
 * How MapLibre binds a paint value in the layer's GL program: a uniform for a constant or a value
 * of the zoom alone, an attribute for a per-feature value, and another kind of attribute for a value
 * of zoom and feature both.
 */
function binding(value: unknown): 'constant' | 'per-feature' | 'zoom-and-feature' {
  if (!readsFeature(value)) return 'constant';
  return readsZoom(value) ? 'zoom-and-feature' : 'per-feature';
}

describe('the atlas map style', () => {
  // The map skips MapLibre's own check of the style on every load (`validateStyle: false` in
  // atlas-map.tsx: ~30 ms of a phone's main thread before the first frame); the same check runs here.
  it('passes the MapLibre style specification, with every layer shown and with none', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    expect(validateStyleMin(atlasStyle('http://localhost', [], placeIndex(buildAtlas()))).map((e) => e.message)).toEqual([]);
  });

  it('names no icon that is not added up front (icons.ts ICON_IDS)', () => {
    const named = new Set(layers.flatMap((l) => [...strings((l.layout as Record<string, unknown> | undefined)?.['icon-image'])]));
    const images = [...named].filter((s) => /^(atlas|basemap)-/u.test(s));
    expect(images.length).toBeGreaterThan(10);
    for (const id of images) expect(ICON_IDS, `a layer names the icon '${id}'`).toContain(id);
  });

  it('draws every atlas line with one GL program, and its fills and labels with programs the basemap already needs', () => {
    const LINE = ['line-color', 'line-width', 'line-opacity', 'line-dasharray'];
    const lines = new Set(atlasLayers.filter((l) => l.type === 'line').map((l) => programOf(l, LINE)));
    expect([...lines]).toHaveLength(1);

    const FILL = ['fill-color', 'fill-opacity'];
    const basemapFills = new Set(basemapLayers.filter((l) => l.type === 'fill').map((l) => programOf(l, FILL)));
    for (const l of atlasLayers.filter((x) => x.type === 'fill')) expect(basemapFills, l.id).toContain(programOf(l, FILL));

    const TEXT = ['text-color', 'text-halo-color', 'text-halo-width', 'text-opacity'];
    const textOnly = (l: (typeof layers)[number]) => l.type === 'symbol' && !(l.layout && 'icon-image' in l.layout);
    const basemapText = new Set(basemapLayers.filter(textOnly).map((l) => programOf(l, TEXT)));
    for (const l of atlasLayers.filter(textOnly)) expect(basemapText, l.id).toContain(programOf(l, TEXT));

    const ICON = ['icon-opacity'];
    const icons = new Set(layers.filter((l) => l.type === 'symbol' && l.layout && 'icon-image' in l.layout).map((l) => programOf(l, ICON)));
    expect([...icons]).toHaveLength(1);
  });

  it('draws the whole map, basemap and atlas, with one GL program per kind of layer', () => {
    // The properties each kind's program is built from (MapLibre's program key for the layer type).
    const KINDS = {
      line: ['line-color', 'line-width', 'line-opacity', 'line-dasharray', 'line-blur', 'line-gap-width', 'line-offset'],
      fill: ['fill-color', 'fill-opacity', 'fill-outline-color'],
      circle: ['circle-color', 'circle-radius', 'circle-opacity', 'circle-stroke-color', 'circle-stroke-width', 'circle-stroke-opacity', 'circle-blur'],
      text: ['text-color', 'text-halo-color', 'text-halo-width', 'text-halo-blur', 'text-opacity'],
    } as const;
    const kindOf = (l: (typeof layers)[number]): keyof typeof KINDS | null =>
      l.type === 'symbol' ? (l.layout && 'text-field' in l.layout ? 'text' : null) : l.type in KINDS ? (l.type as keyof typeof KINDS) : null;
    for (const kind of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
      const ofKind = layers.filter((l) => kindOf(l) === kind);
      expect(ofKind.length, kind).toBeGreaterThan(1);
      const programs = new Map(ofKind.map((l) => [programOf(l, KINDS[kind]), l.id]));
      expect([...programs], `${kind} layers with a program of their own`).toHaveLength(1);
    }
    // A fill's antialiasing pass is a program of its own (an outline is drawn as a line instead).
    for (const l of layers.filter((x) => x.type === 'fill')) expect((l.paint as Record<string, unknown> | undefined)?.['fill-antialias'], l.id).toBe(false);
  });

  it('draws no area or route over a name: every name and symbol above every fill and line, the atlas names above the basemap names', () => {
    const ground = layers.filter((l) => l.type === 'fill' || l.type === 'line');
    const isName = (l: (typeof layers)[number]) => l.type === 'symbol' || l.type === 'circle';
    const names = layers.filter(isName);
    const lastGround = Math.max(...ground.map(at));
    for (const l of names) expect(at(l), `${l.id} under a fill or line`).toBeGreaterThan(lastGround);
    // MapLibre places the topmost layers' labels first: the atlas's names win over the basemap's.
    const lastBasemapName = Math.max(...basemapLayers.filter(isName).map(at));
    for (const l of atlasLayers.filter(isName)) expect(at(l), `${l.id} under a basemap name`).toBeGreaterThan(lastBasemapName);
  });

  it('places every icon before any name, so that no name is written over a place’s icon', () => {
    const icons = atlasLayers.filter((l) => l.id.endsWith('-icon'));
    const names = layers.filter((l) => l.type === 'symbol' && l.layout !== undefined && 'text-field' in l.layout);
    expect(icons.length).toBeGreaterThan(5);
    const lastName = Math.max(...names.map(at));
    for (const icon of icons) {
      // Topmost is placed first (MapLibre's placement order), and an icon that is placed takes its room.
      expect(at(icon), `${icon.id} under a name`).toBeGreaterThan(lastName);
      expect((icon.layout as Record<string, unknown>)['icon-ignore-placement'], icon.id).toBe(false);
      expect((icon.layout as Record<string, unknown>)['icon-allow-overlap'], icon.id).toBe(true);
    }
  });
});
