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
  return `${layer.type}: ${properties.map((p) => `${p}=${Array.isArray(paint[p]) && paint[p][0] !== 'literal' ? 'per-feature' : 'constant'}`).join(', ')}`;
}

describe('the atlas map style', () => {
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
});
