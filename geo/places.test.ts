import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from './atlas';
import { COUNTRY_ISO, country } from './natural-earth';
import { PLACES, parseCatalogue } from './places';

const atlas = buildAtlas();
const points = atlas.features.filter((f) => f.geometry.type === 'Point');
const coordinatesOf = (id: string) => {
  const f = atlas.features.find((x) => x.id === id)!;
  return (f.geometry as GeoJSON.Point).coordinates;
};

describe('the catalogue (places.json)', () => {
  const base = PLACES.find((p) => p.id === 'ashkelon-port')!;

  it('names the place and the field of a malformed entry', () => {
    expect(() => parseCatalogue([{ ...base, layer: 'ports' }])).toThrow(/place 'ashkelon-port': field 'layer'/u);
    expect(() => parseCatalogue([{ ...base, geometry: { shape: 'atlantis' } }])).toThrow(/place 'ashkelon-port': field 'geometry/u);
    expect(() => parseCatalogue([{ ...base, sources: [{ title: 'Port', publisher: 'X', url: 'https://anonyproxies.com/a2/index.php?q=x' }] }])).toThrow(
      /place 'ashkelon-port': field 'sources.0.url': not the publisher's canonical page/u,
    );
    expect(() => parseCatalogue([{ ...base, unknownField: 1 }])).toThrow(/place 'ashkelon-port'/u);
    expect(() => parseCatalogue({})).toThrow(/array/u);
  });

  it('places every point whose country is known inside that country, on the basemap’s own borders', () => {
    const placed = PLACES.filter((p) => p.country && points.some((f) => f.id === p.id));
    expect(placed.length).toBeGreaterThan(10);
    for (const p of placed) {
      const inside = turf.booleanPointInPolygon(coordinatesOf(p.id), country(COUNTRY_ISO[p.country!]));
      expect(inside, `${p.id} should lie in ${p.country}`).toBe(true);
    }
  });

  it('says which country every point lies in, or that it lies at sea', () => {
    for (const f of points) expect(PLACES.find((p) => p.id === f.id)!.country, f.id).toBeDefined();
  });

  it('keeps every point said to lie at sea out of every country', () => {
    const atSea = PLACES.filter((p) => p.country === null);
    expect(atSea.map((p) => p.id)).toEqual(expect.arrayContaining(['tamar-gas-field']));
    for (const p of atSea) {
      for (const iso of Object.values(COUNTRY_ISO)) expect(turf.booleanPointInPolygon(coordinatesOf(p.id), country(iso)), `${p.id} in ${iso}`).toBe(false);
    }
  });

  it('stacks no two points within 150 m of each other', () => {
    for (const [i, a] of points.entries()) {
      for (const b of points.slice(i + 1)) {
        const metres = turf.distance(coordinatesOf(a.id), coordinatesOf(b.id), { units: 'meters' });
        expect(metres, `${a.id} and ${b.id} are ${Math.round(metres)} m apart`).toBeGreaterThanOrEqual(150);
      }
    }
  });
});

describe('names (places.json `names`)', () => {
  const base = PLACES.find((p) => p.id === 'karabakh')!;

  it('gives every place its names, the first the atlas’s own', () => {
    for (const p of PLACES) expect(p.names[0]?.name, p.id).toBeTruthy();
  });

  it('says who uses each of a contested place’s names, in their language', () => {
    const karabakh = Object.fromEntries(base.names.map((n) => [n.name, n]));
    expect(karabakh.Khankendi).toMatchObject({ lang: 'az', usedBy: expect.stringMatching(/Azerbaijani \(official\)/u) });
    expect(karabakh.Stepanakert).toMatchObject({ lang: 'hy', usedBy: expect.stringMatching(/Armenian/u) });
    expect(PLACES.find((p) => p.id === 'nakhchivan')!.names.map((n) => n.lang)).toEqual(expect.arrayContaining(['az', 'ru', 'hy', 'tr', 'fa']));
  });

  it('rejects a place without names, or a name without its language or user, naming the field', () => {
    const withoutNames = Object.fromEntries(Object.entries(base).filter(([key]) => key !== 'names'));
    expect(() => parseCatalogue([withoutNames])).toThrow(/place 'karabakh': field 'names'/u);
    expect(() => parseCatalogue([{ ...base, names: [] }])).toThrow(/place 'karabakh': field 'names'/u);
    expect(() => parseCatalogue([{ ...base, names: [{ name: 'Khankendi', lang: 'Azerbaijani', usedBy: 'Azerbaijan' }] }])).toThrow(/field 'names.0.lang'/u);
    expect(() => parseCatalogue([{ ...base, names: [{ name: 'Khankendi', lang: 'az' }] }])).toThrow(/field 'names.0.usedBy'/u);
  });
});
