import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import * as turf from '@turf/turf';
import { gazLine, lonLatOf } from './gazetteer';
import { ISO, country, iranNorthernBorder, largestPolygon, polygonContaining } from './natural-earth';
import disputedAreas from './natural-earth/disputed-areas.json';

/**
 * The atlas's derived geometry. Every function is pure and deterministic: the same Natural Earth
 * data and gazetteer give the same shapes, so the unit tests and the download agree.
 */

/** Nakhchivan: Azerbaijan's own Natural Earth polygon around Nakhchivan city — not hand-drawn. */
export function nakhchivanGeometry(): Polygon {
  return polygonContaining(country(ISO.azerbaijan), lonLatOf('nakhchivan_city')).geometry;
}

export function armeniaMainland(): Feature<Polygon> {
  return largestPolygon(country(ISO.armenia));
}

/**
 * Syunik's northern boundary with Vayots Dzor, authored west to east. No published coordinate lies
 * on the boundary itself, so each vertex sits between villages sourced on either side of it
 * (see SYUNIK_BOUNDARY_EVIDENCE); the ends run past Armenia's outline so the cut is clean.
 */
export const SYUNIK_NORTHERN_BOUNDARY: Position[] = [
  [45.6, 39.4], // inside Nakhchivan, south of the Armenian border
  [45.7, 39.56], // on the Nakhchivan border east of Vayots Dzor's Vayk range (estimated tripoint)
  [45.71, 39.7], // between Gndevaz (VD, 45.618 E) and Gorayk (Syunik, 45.761 E)
  [45.745, 39.79], // east of Kechut and Jermuk (VD, 45.66–45.67 E)
  [45.8, 39.88], // towards the Vorotan source (Syunik, 39.863 N), at Armenia's eastern border
  [47.0, 39.88], // inside Azerbaijan, east of Armenia's outline
];

export const SYUNIK_BOUNDARY_EVIDENCE = {
  syunikSide: [
    { name: 'Gorayk', lonLat: [45.76139, 39.68278], source: 'https://friendlywiki.com/article/index.php?title=Gorayk' },
    { name: 'Spandaryan Reservoir', lonLat: [45.81333, 39.67139], source: 'http://sr.m.wikipedia.org/sr-el/Спандарјанско_језеро' },
    { name: 'Vorotan river source', lonLat: [45.8525, 39.86278], source: 'https://de.zxc.wiki/wiki/Worotan' },
    { name: 'Sisian', lonLat: [46.03222, 39.52083], source: 'https://dwikipedia.eth.limo/wiki/Sisian.html' },
  ],
  vayotsDzorSide: [
    { name: 'Herher', lonLat: [45.53861, 39.77333], source: 'https://en.wikipedia.org/wiki/Herher' },
    { name: 'Gndevaz', lonLat: [45.61806, 39.75917], source: 'https://perceptiode.com/%D0%93%D0%BD%D0%B4%D0%B5%D0%B2%D0%B0%D0%B7' },
    { name: 'Kechut', lonLat: [45.6625, 39.79944], source: 'https://kiwix.nikhpc.keenetic.name/content/wikipedia_ru_all_maxi_2025-06/%D0%9A%D0%B5%D1%87%D1%83%D1%82' },
    { name: 'Jermuk', lonLat: [45.67222, 39.84167], source: 'https://sco.wikipedia.org/wiki/Jermuk' },
  ],
} as const;

/** Syunik: Armenia's mainland polygon south of the authored northern boundary. */
export function syunikGeometry(): Polygon | MultiPolygon {
  const south = 38.0;
  const boundary = SYUNIK_NORTHERN_BOUNDARY;
  const first = boundary[0]!;
  const last = boundary.at(-1)!;
  const cutter = turf.polygon([[...boundary, [last[0]!, south], [first[0]!, south], first]]);
  const cut = turf.intersect(turf.featureCollection([armeniaMainland(), cutter]));
  if (!cut) throw new Error('geometry: the Syunik boundary does not cross Armenia');
  return cut.geometry;
}

/** The stretch of the Aras between the points of the river nearest two places, east to west. */
export function arasStretch(fromLonLat: Position, toLonLat: Position): Feature<LineString> {
  const border = iranNorthernBorder();
  const stretch = turf.lineSlice(turf.point(fromLonLat), turf.point(toLonLat), border);
  // Natural Earth's river wiggles at ~100 m; smoothing first keeps the offset line free of loops.
  return turf.simplify(stretch, { tolerance: 0.0015, highQuality: true });
}

/** Which bank of the Aras: north is Armenia/Azerbaijan, south is Iran. */
export type Bank = 'north' | 'south';

/** A line along one bank, `km` from the river's course. The sign is found, not assumed. */
export function alongBank(stretch: Feature<LineString>, bank: Bank, km: number): Feature<LineString> {
  const iran = country(ISO.iran);
  const right = turf.lineOffset(stretch, km, { units: 'kilometers' });
  const coords = right.geometry.coordinates;
  const probe = coords[Math.floor(coords.length / 2)]!;
  const rightIsIran = turf.booleanPointInPolygon(probe, iran);
  const wantIran = bank === 'south';
  return rightIsIran === wantIran ? right : turf.lineOffset(stretch, -km, { units: 'kilometers' });
}

/** How far from the river the routes are drawn: a schematic stand-in for the valley-floor alignments. */
const BANK_OFFSET_KM = 1.2;

/**
 * Zangezur corridor: Horadiz → along the north bank (Zangilan, Aghband, Meghri, Ordubad) → Julfa →
 * Nakhchivan city, the alignment of the Soviet Alat–Julfa railway.
 */
export function zangezurGeometry(): LineString {
  const horadiz = lonLatOf('horadiz');
  const julfa = lonLatOf('julfa');
  const bank = alongBank(arasStretch(horadiz, julfa), 'north', BANK_OFFSET_KM);
  return turf.lineString([horadiz, ...bank.geometry.coordinates, julfa, lonLatOf('nakhchivan_city')]).geometry;
}

/**
 * TRIPP: the Armenian segment of the same alignment — the part of the Zangezur route inside
 * Armenia's mainland, between the Azerbaijani border near Aghband and Nakhchivan near Ordubad.
 */
export function trippGeometry(): LineString {
  const armenia = armeniaMainland();
  const route = turf.lineString(zangezurGeometry().coordinates);
  const pieces = turf.lineSplit(route, armenia).features.filter((piece) => {
    const mid = turf.along(piece, turf.length(piece) / 2);
    return turf.booleanPointInPolygon(mid, armenia);
  });
  if (pieces.length !== 1) throw new Error(`geometry: expected one Armenian segment of the route, got ${pieces.length}`);
  return pieces[0]!.geometry;
}

/**
 * The Aras corridor as the memorandum of 11 March 2022 describes it: a highway on Iran's bank of the
 * Aras between a bridge at Aghband (Zangilan district) and a bridge into Nakhchivan's Ordubad
 * district — about 55 km. Drawn on the south bank from Aghband to the crossing opposite Ordubad.
 * (Some reports continue the route along the Iranian bank to Jolfa and across to Julfa; the place's
 * summary says so, the line does not draw it.)
 */
export function arasCorridorGeometry(): LineString {
  const aghband = lonLatOf('aghband');
  const ordubad = lonLatOf('ordubad');
  const bank = alongBank(arasStretch(aghband, ordubad), 'south', BANK_OFFSET_KM);
  return turf.lineString([aghband, ...bank.geometry.coordinates, ordubad]).geometry;
}

/** BTC: the gazetteer's 20 ordered waypoints near the route (schematic, not the surveyed trace). */
export function btcGeometry(): LineString {
  return turf.lineString(gazLine('btc_pipeline').waypoints).geometry;
}

/** Length of a line in kilometres, to 0.1 km. */
export function lengthKm(line: LineString): number {
  return Math.round(turf.length(turf.lineString(line.coordinates), { units: 'kilometers' }) * 10) / 10;
}

/** Length of the part of a line inside a polygon, in kilometres (sampled every 100 m). */
export function lengthInsideKm(line: LineString, area: Feature<Polygon | MultiPolygon>): number {
  const feature = turf.lineString(line.coordinates);
  const total = turf.length(feature, { units: 'kilometers' });
  const step = 0.1;
  let inside = 0;
  for (let d = step / 2; d < total; d += step) {
    if (turf.booleanPointInPolygon(turf.along(feature, d, { units: 'kilometers' }), area)) inside += step;
  }
  return Math.round(inside * 10) / 10;
}

/** A Natural Earth breakaway or disputed area, by its `BRK_NAME`. */
export function disputedArea(name: string): Polygon | MultiPolygon {
  const found = (disputedAreas as unknown as FeatureCollection<Polygon | MultiPolygon, { BRK_NAME: string }>).features.find((f) => f.properties.BRK_NAME === name);
  if (!found) throw new Error(`Natural Earth: no disputed area named '${name}'`);
  return found.geometry;
}

/**
 * The Lachin corridor road, schematic: Goris → Lachin town → Shusha → Khankendi (sourced town
 * positions, see the place's citations), not the road's alignment — which from August 2022 bypassed
 * Lachin town to the south.
 */
export function lachinCorridorGeometry(): LineString {
  return turf.lineString([[46.33816, 39.51288], [46.54694, 39.64083], lonLatOf('shusha'), lonLatOf('khankendi')]).geometry;
}

/** How far north of BTC the South Caucasus gas pipeline is drawn, so the two lines can be told apart. */
const SCP_OFFSET_KM = 2;

/**
 * The South Caucasus gas pipeline, schematic: it shares BTC's corridor from Sangachal to the
 * Georgia–Turkey border (the gazetteer's BTC waypoints 1–13), drawn 2 km to its north.
 */
export function southCaucasusPipelineGeometry(): LineString {
  const waypoints = gazLine('btc_pipeline').waypoints.slice(0, 13);
  return turf.lineOffset(turf.lineString(waypoints), -SCP_OFFSET_KM, { units: 'kilometers' }).geometry;
}

/**
 * The shapes the catalogue (`places.json`) names: geometry stays in code, derived from Natural Earth
 * and the gazetteer, and a place refers to it as `{ "shape": "<name>" }`.
 */
export const SHAPES = {
  nakhchivan: nakhchivanGeometry,
  syunik: syunikGeometry,
  'zangezur-corridor': zangezurGeometry,
  tripp: trippGeometry,
  'aras-corridor': arasCorridorGeometry,
  btc: btcGeometry,
  'lachin-corridor': lachinCorridorGeometry,
  'south-caucasus-pipeline': southCaucasusPipelineGeometry,
  gaza: () => disputedArea('Gaza'),
  'south-ossetia': () => disputedArea('South Ossetia'),
} as const satisfies Record<string, () => Geometry>;
export type ShapeName = keyof typeof SHAPES;
export const SHAPE_NAMES = Object.keys(SHAPES) as [ShapeName, ...ShapeName[]];
