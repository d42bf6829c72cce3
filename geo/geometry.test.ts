import type { Geometry, LineString, MultiPolygon, Polygon } from 'geojson';
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from './atlas';
import { lonLatOf } from './gazetteer';
import { SYUNIK_BOUNDARY_EVIDENCE, armeniaMainland, lengthInsideKm } from './geometry';
import { ISO, country } from './natural-earth';

/** Tests run on the geometry users download (simplified and rounded), not on intermediate shapes. */
const atlas = buildAtlas();
const geometryOf = (id: string): Geometry => atlas.features.find((f) => f.id === id)!.geometry;
const lineOf = (id: string) => turf.lineString((geometryOf(id) as LineString).coordinates);
const areaOf = (id: string) => turf.feature(geometryOf(id) as Polygon | MultiPolygon);
const inside = (id: string, lonLat: number[]) => turf.booleanPointInPolygon(lonLat, areaOf(id));
const kmFrom = (id: string, lonLat: number[]) => turf.pointToLineDistance(lonLat, lineOf(id), { units: 'kilometers' });

const SISIAN = [46.03222, 39.52083]; // English Wikipedia infobox, 39°31′15″N 46°01′56″E
const armenia = armeniaMainland();
const iran = country(ISO.iran);

describe('Nakhchivan', () => {
  it('is the Natural Earth exclave: contains Nakhchivan city and its airport, not Meghri or Yerevan', () => {
    expect(inside('nakhchivan', lonLatOf('nakhchivan_city'))).toBe(true);
    expect(inside('nakhchivan', lonLatOf('nakhchivan_airport'))).toBe(true);
    expect(inside('nakhchivan', lonLatOf('meghri'))).toBe(false);
    expect(inside('nakhchivan', lonLatOf('yerevan'))).toBe(false);
  });

  it('reaches the border towns on the Aras (within 1 km at 1:10m generalisation)', () => {
    const outline = turf.polygonToLine(areaOf('nakhchivan') as never) as never;
    for (const id of ['julfa', 'ordubad']) {
      const d = inside('nakhchivan', lonLatOf(id)) ? 0 : turf.pointToLineDistance(lonLatOf(id), outline);
      expect(d, id).toBeLessThan(1);
    }
  });

  it('has about the area Natural Earth gives it at 1:10m (~4,780 km²)', () => {
    const km2 = turf.area(areaOf('nakhchivan')) / 1e6;
    expect(km2).toBeGreaterThan(4600);
    expect(km2).toBeLessThan(5600);
  });
});

describe('Syunik', () => {
  it('contains Kapan, Goris, Sisian and Meghri', () => {
    for (const [name, p] of [['kapan', lonLatOf('kapan')], ['goris', lonLatOf('goris')], ['sisian', SISIAN], ['meghri', lonLatOf('meghri')]] as const) {
      expect(inside('syunik', p), name).toBe(true);
    }
  });

  it('excludes Jermuk and Yerevan', () => {
    expect(inside('syunik', lonLatOf('jermuk'))).toBe(false);
    expect(inside('syunik', lonLatOf('yerevan'))).toBe(false);
  });

  it('puts every sourced village on its own side of the authored boundary', () => {
    for (const v of SYUNIK_BOUNDARY_EVIDENCE.syunikSide.filter((v) => turf.booleanPointInPolygon([...v.lonLat], armenia))) {
      expect(inside('syunik', [...v.lonLat]), v.name).toBe(true);
    }
    for (const v of SYUNIK_BOUNDARY_EVIDENCE.vayotsDzorSide) expect(inside('syunik', [...v.lonLat]), v.name).toBe(false);
  });

  it('has an area within 15% of the official 4,506 km²', () => {
    const km2 = turf.area(areaOf('syunik')) / 1e6;
    expect(Math.abs(km2 - 4506) / 4506).toBeLessThan(0.15);
  });
});

describe('Zangezur corridor', () => {
  it('passes within a few km of Meghri, Ordubad and Julfa, and starts at Horadiz and ends at Nakhchivan', () => {
    for (const id of ['meghri', 'ordubad', 'julfa', 'aghband']) expect(kmFrom('zangezur-corridor', lonLatOf(id)), id).toBeLessThan(3);
    const coords = (geometryOf('zangezur-corridor') as LineString).coordinates;
    expect(turf.distance(coords[0]!, lonLatOf('horadiz'))).toBeLessThan(1);
    expect(turf.distance(coords.at(-1)!, lonLatOf('nakhchivan_city'))).toBeLessThan(1);
  });

  it('runs 30–50 km inside Armenia and does not cut across Iran', () => {
    const line = geometryOf('zangezur-corridor') as LineString;
    const inArmenia = lengthInsideKm(line, armenia);
    expect(inArmenia).toBeGreaterThanOrEqual(30);
    expect(inArmenia).toBeLessThanOrEqual(50);
    expect(lengthInsideKm(line, iran)).toBeLessThan(1);
  });
});

describe('TRIPP', () => {
  it('lies in Armenia', () => {
    const line = geometryOf('tripp-route') as LineString;
    const total = turf.length(turf.lineString(line.coordinates));
    expect(lengthInsideKm(line, armenia) / total).toBeGreaterThan(0.97);
    for (const p of line.coordinates) {
      const d = turf.booleanPointInPolygon(p, armenia) ? 0 : turf.pointToLineDistance(p, turf.lineString(armenia.geometry.coordinates[0]!));
      expect(d).toBeLessThan(0.2);
    }
  });

  it('runs through Meghri and is 30–50 km long', () => {
    expect(kmFrom('tripp-route', lonLatOf('meghri'))).toBeLessThan(3);
    const km = atlas.features.find((f) => f.id === 'tripp-route')!.properties.lengthKm!;
    expect(km).toBeGreaterThanOrEqual(30);
    expect(km).toBeLessThanOrEqual(50);
  });
});

describe('Aras corridor', () => {
  it('lies mostly in Iran, from Aghband to the crossing into Ordubad district (the 2022 memorandum’s span)', () => {
    const line = geometryOf('aras-corridor') as LineString;
    const total = turf.length(turf.lineString(line.coordinates));
    expect(lengthInsideKm(line, iran) / total).toBeGreaterThan(0.8);
    expect(turf.distance(line.coordinates[0]!, lonLatOf('aghband'))).toBeLessThan(1);
    expect(turf.distance(line.coordinates.at(-1)!, lonLatOf('ordubad'))).toBeLessThan(1);
  });

  it('is drawn within 15% of the memorandum’s 55 km', () => {
    const km = atlas.features.find((f) => f.id === 'aras-corridor')!.properties.lengthKm!;
    expect(Math.abs(km - 55) / 55).toBeLessThan(0.15);
  });
});

describe('BTC pipeline', () => {
  it('is within 15% of the official 1,768 km', () => {
    const km = turf.length(lineOf('btc-pipeline'));
    expect(Math.abs(km - 1768) / 1768).toBeLessThan(0.15);
  });

  it('runs from Sangachal through the Tbilisi area and Erzurum to Ceyhan', () => {
    expect(kmFrom('btc-pipeline', lonLatOf('sangachal'))).toBeLessThan(1);
    expect(kmFrom('btc-pipeline', lonLatOf('tbilisi'))).toBeLessThan(40);
    expect(kmFrom('btc-pipeline', [41.27694, 39.90861])).toBeLessThan(1); // Erzurum (GeoNames 315368)
    expect(kmFrom('btc-pipeline', lonLatOf('ceyhan_terminal'))).toBeLessThan(1);
    expect((geometryOf('btc-pipeline') as LineString).coordinates.length).toBeGreaterThanOrEqual(20);
  });
});
