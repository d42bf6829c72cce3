import { describe, expect, it } from 'vitest';
import { ATLAS_SOURCE } from '@/components/map/atlas-layers';
import { atlasStyle } from '@/components/map/map-style';
import { buildAtlas } from './atlas';
import { LAYER_IDS } from './layers';
import { MAP_PROPERTIES, mapData } from './map-data';
import { placeIndex } from './place-index';

const atlas = buildAtlas();
const lean = mapData(atlas);

/** Every property name a style expression reads with `['get', name]`. */
function propertiesRead(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    if (value[0] === 'get' && typeof value[1] === 'string' && value.length === 2) into.add(value[1]);
    for (const v of value) propertiesRead(v, into);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) propertiesRead(v, into);
  return into;
}

describe('the map’s lean GeoJSON (/data/map.geojson)', () => {
  it('has every place of the atlas, in order, with the same id and the same geometry', () => {
    expect(lean.features.map((f) => f.id)).toEqual(atlas.features.map((f) => f.id));
    lean.features.forEach((f, i) => expect(f.geometry).toEqual(atlas.features[i]!.geometry));
  });

  it('carries only the properties the map reads, each with the atlas’s value, nulls left out', () => {
    lean.features.forEach((f, i) => {
      const full = atlas.features[i]!.properties;
      const expected = Object.fromEntries(MAP_PROPERTIES.filter((k) => full[k] !== null).map((k) => [k, full[k]]));
      expect(f.properties).toEqual(expected);
    });
  });

  it('keeps what the map needs of every kind of place: a route’s status, a strike’s incident, an area’s size', () => {
    const byId = new Map(lean.features.map((f) => [f.id, f.properties]));
    expect(byId.get('btc-pipeline')).toMatchObject({ id: 'btc-pipeline', layer: 'btc', status: 'operating' });
    expect(LAYER_IDS).toContain(byId.get('nakhchivan')?.layer);
    expect(byId.get('nakhchivan')?.areaKm2).toBeGreaterThan(1000);
    expect(lean.features.filter((f) => f.properties.layer === 'strikes').every((f) => typeof f.properties.incident === 'string')).toBe(true);
  });

  it('has every property the atlas map’s layers read (filters, paint, layout, icons)', () => {
    const style = atlasStyle('http://localhost', [...LAYER_IDS], placeIndex(atlas));
    const read = propertiesRead(style.layers.filter((l) => 'source' in l && l.source === ATLAS_SOURCE));
    expect(read.size).toBeGreaterThan(0);
    for (const name of read) expect(MAP_PROPERTIES, `a layer reads '${name}'`).toContain(name);
  });

  it('is the map’s source, and a fraction of the atlas’s bytes', () => {
    const style = atlasStyle('http://localhost', [...LAYER_IDS], placeIndex(atlas));
    expect(style.sources[ATLAS_SOURCE]).toMatchObject({ type: 'geojson', data: 'http://localhost/data/map.geojson', promoteId: 'id' });
    expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(atlas).length / 3);
  });
});
