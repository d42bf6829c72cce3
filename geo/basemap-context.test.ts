import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from './atlas';
import { BASEMAP_BOUNDS, buildBasemap } from './basemap';
import { KARABAKH_1994_LABEL, countryNameBox } from './basemap-context';
import { allCountries } from './natural-earth';

const features = buildBasemap().features;
const labels = (kind: string) => features.filter((f) => f.properties.role === 'label' && 'kind' in f.properties && f.properties.kind === kind);

describe('the basemap context', () => {
  it('has the rivers, lakes, towns and peaks a reader looks for', () => {
    const names = new Set(features.map((f) => ('name' in f.properties ? f.properties.name : '')));
    for (const name of ['Kura', 'Aras (Araz)', 'Lake Sevan', 'Lake Urmia', 'Lake Van', 'Mingachevir Reservoir', 'Yerevan', 'Baku', 'Tbilisi', 'Ganja', 'Gyumri', 'Nakhchivan', 'Goris', 'Meghri'])
      expect([...names].some((n) => n === name || n.startsWith(`${name} `)), name).toBe(true);
    expect([...names].some((n) => n.startsWith('Mount Ararat 5,137 m'))).toBe(true);
    expect([...names].some((n) => n.startsWith('Mount Aragats'))).toBe(true);
  });

  it('names every large country it draws, on its own land', () => {
    const names = labels('country');
    const unnamed = features
      .filter((f) => f.properties.role === 'country' && turf.area(f as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>) > 100_000e6)
      .filter((country) => !names.some((l) => turf.booleanPointInPolygon((l.geometry as GeoJSON.Point).coordinates, country as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>)))
      .map((f) => ('name' in f.properties ? f.properties.name : ''));
    expect(unnamed).toEqual([]);
  });

  it('shows capitals at every zoom', () => {
    const capitals = features.filter((f) => f.properties.role === 'town' && f.properties.capital);
    expect(capitals.map((f) => f.properties.name)).toEqual(expect.arrayContaining(['Yerevan', 'Baku', 'Tbilisi']));
    for (const c of capitals) expect(c.properties.role === 'town' && c.properties.minz).toBe(0);
  });

  it('names the country on each bank of the Aras, close to the river, at high zoom', () => {
    const near = (name: string, at: [number, number]) =>
      labels('country').filter((f) => f.properties.name === name && 'minz' in f.properties && f.properties.minz >= 8 && turf.distance(at, (f.geometry as GeoJSON.Point).coordinates) < 25);
    // The Aras at Meghri: Iran on the south bank, Armenia on the north.
    expect(near('IRAN', [46.25, 38.9]).length).toBeGreaterThan(0);
    expect(near('ARMENIA', [46.25, 38.9]).length).toBeGreaterThan(0);
    // Nakhchivan's bank is Azerbaijan's.
    expect(near('AZERBAIJAN', [45.6, 38.97]).length).toBeGreaterThan(0);
  });

  it('puts every border name inside its own country', () => {
    const iran = features.find((f) => f.properties.role === 'country' && f.properties.name === 'Iran')!;
    for (const f of labels('country').filter((l) => l.properties.name === 'IRAN' && 'minz' in l.properties && l.properties.minz >= 6))
      expect(turf.booleanPointInPolygon((f.geometry as GeoJSON.Point).coordinates, iran as GeoJSON.Feature<GeoJSON.Polygon>)).toBe(true);
  });

  it('draws every border name, at its first zoom, wholly on its own country’s land', () => {
    // Natural Earth's own outlines, which the names are placed by (the drawn ones are simplified by 0.3–3 km).
    const countries = allCountries().features;
    const own = (name: string) => countries.find((c) => c.properties.name.toUpperCase() === name)!;
    const outside = labels('country').flatMap((l) => {
      const p = l.properties as { name: string; minz: number };
      const country = p.minz >= 6 ? own(p.name) : undefined;
      if (!country) return [];
      const box = countryNameBox((l.geometry as GeoJSON.Point).coordinates, p.name, p.minz);
      return box.every((corner) => turf.booleanPointInPolygon(corner, country as GeoJSON.Feature<GeoJSON.Polygon>)) ? [] : [`${p.name} at ${(l.geometry as GeoJSON.Point).coordinates.join(',')}`];
    });
    expect(outside).toEqual([]);
  });

  it('names no other country inside the atlas’s own regions (Nakhchivan is Azerbaijan, Syunik Armenia)', () => {
    // The basemap's borders and the regions' outlines are generalised differently; a name set a few km
    // inside a basemap border can fall on the wrong side of the region's drawn edge.
    const atlas = buildAtlas();
    for (const [id, own] of [
      ['nakhchivan', 'AZERBAIJAN'],
      ['syunik', 'ARMENIA'],
    ] as const) {
      const region = atlas.features.find((f) => f.id === id)!;
      const wrong = labels('country').filter(
        (l) => l.properties.name !== own && turf.booleanPointInPolygon((l.geometry as GeoJSON.Point).coordinates, region as GeoJSON.Feature<GeoJSON.Polygon>),
      );
      expect(wrong.map((l) => `${l.properties.name} at ${(l.geometry as GeoJSON.Point).coordinates.join(',')}`), id).toEqual([]);
    }
  });

  it('draws Karabakh 1994–2020 as history, never as a current entity', () => {
    const held = features.filter((f) => f.properties.role === 'held-1994');
    expect(held).toHaveLength(1);
    expect(labels('history').map((f) => f.properties.name)).toEqual([KARABAKH_1994_LABEL]);
    expect(KARABAKH_1994_LABEL).toMatch(/1994–2020/u);
  });

  it('stays inside the basemap bounds', () => {
    for (const f of features.filter((x) => x.geometry.type === 'Point')) {
      const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
      expect(lon >= BASEMAP_BOUNDS[0] && lon <= BASEMAP_BOUNDS[2] && lat >= BASEMAP_BOUNDS[1] && lat <= BASEMAP_BOUNDS[3], f.properties.name).toBe(true);
    }
  });
});
