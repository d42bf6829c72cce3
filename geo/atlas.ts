import type { Feature, FeatureCollection, Geometry, LineString, Position } from 'geojson';
import * as turf from '@turf/turf';
import { loadArticles } from './article-files';
import type { Article, ArticleSlug } from './articles';
import { firstDate, placeSince } from './chronology';
import { lengthKm } from './geometry';
import { type Ledger, LEDGER, ledgerEntry } from './ledger';
import { findPassages } from './passages';
import { PLACES, type PlaceSpec, resolveGeometry } from './places';
import { type PlaceProperties, describeIssues, placePropertiesSchema } from './schema';

export type AtlasFeature = Feature<Geometry, PlaceProperties> & { id: string };
export type Atlas = Omit<FeatureCollection<Geometry, PlaceProperties>, 'features'> & { features: AtlasFeature[] };

/** Decimal places kept: ~1 m for points (sourced positions), ~10 m for drawn lines and areas. */
const POINT_DECIMALS = 5;
const SHAPE_DECIMALS = 4;
/** Douglas–Peucker tolerance in degrees (~100 m) for regions and routes. */
const SIMPLIFY_TOLERANCE = 0.001;

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Removes consecutive duplicate positions that rounding can create. */
function dedupe(positions: Position[]): Position[] {
  return positions.filter((p, i) => i === 0 || p[0] !== positions[i - 1]![0] || p[1] !== positions[i - 1]![1]);
}

/** Simplifies and rounds a geometry so the download stays small. */
export function compactGeometry(geometry: Geometry, tolerance = SIMPLIFY_TOLERANCE): Geometry {
  if (geometry.type === 'Point') {
    return { type: 'Point', coordinates: geometry.coordinates.map((v) => round(v, POINT_DECIMALS)) };
  }
  const simplified = turf.simplify(turf.feature(geometry), { tolerance, highQuality: true }).geometry;
  const r = (p: Position) => p.map((v) => round(v, SHAPE_DECIMALS));
  switch (simplified.type) {
    case 'LineString':
      return { type: 'LineString', coordinates: dedupe(simplified.coordinates.map(r)) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: simplified.coordinates.map((line) => dedupe(line.map(r))) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: simplified.coordinates.map((ring) => dedupe(ring.map(r))) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: simplified.coordinates.map((poly) => poly.map((ring) => dedupe(ring.map(r)))) };
    default:
      throw new Error(`atlas: unsupported geometry type ${simplified.type}`);
  }
}

function isLinear(geometry: Geometry): geometry is LineString {
  return geometry.type === 'LineString';
}

/** Builds one feature from its catalogue entry; throws with the place and field named if it is malformed. */
export function buildFeature(spec: PlaceSpec, articles: Record<ArticleSlug, Article>, ledger: Ledger = LEDGER): AtlasFeature {
  let geometry: Geometry;
  try {
    geometry = compactGeometry(resolveGeometry(spec.geometry));
  } catch (error) {
    throw new Error(`place '${spec.id}': field 'geometry': ${(error as Error).message}`, { cause: error });
  }
  const isArea = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  const candidate = {
    id: spec.id,
    name: spec.name,
    layer: spec.layer,
    kind: spec.kind,
    precision: spec.precision,
    precisionReason: spec.precisionReason,
    summary: spec.summary,
    dates: spec.dates,
    aliases: spec.aliases,
    names: spec.names,
    status: spec.status ?? null,
    since: placeSince(spec.dates),
    statusHistory: spec.statusHistory ?? (spec.status && spec.dates.length > 0 ? [{ from: firstDate(spec.dates)!, status: spec.status }] : []),
    sources: spec.sources,
    claims: spec.claims ?? [],
    incident: spec.incident ?? null,
    passages: findPassages({ placeId: spec.id, match: spec.match, refs: spec.refs, curated: spec.curated ?? [] }, articles).map((p) => ({
      ...p,
      editorialNote: ledgerEntry(p.article, p.paragraph, ledger)?.note ?? null,
    })),
    lengthKm: isLinear(geometry) ? lengthKm(geometry) : null,
    officialLength: spec.officialLength?.text ?? null,
    officialLengthKm: spec.officialLength?.km ?? null,
    areaKm2: isArea ? Math.round(turf.area(turf.feature(geometry)) / 1e6) : null,
    officialAreaKm2: spec.officialAreaKm2 ?? null,
    bbox: turf.bbox(turf.feature(geometry)).map((v) => round(v, SHAPE_DECIMALS)) as [number, number, number, number],
  };
  const parsed = placePropertiesSchema.safeParse(candidate);
  if (!parsed.success) throw new Error(describeIssues(spec.id, parsed.error));
  return { type: 'Feature', id: spec.id, geometry, properties: parsed.data };
}

/** Validates a whole catalogue: unique ids first, then every entry. */
export function buildAtlasFrom(specs: readonly PlaceSpec[], articles: Record<ArticleSlug, Article>, ledger: Ledger = LEDGER): Atlas {
  const seen = new Set<string>();
  for (const spec of specs) {
    if (seen.has(spec.id)) throw new Error(`place '${spec.id}': field 'id': duplicate id`);
    seen.add(spec.id);
  }
  return { type: 'FeatureCollection', features: specs.map((spec) => buildFeature(spec, articles, ledger)) };
}

let cached: Atlas | null = null;

/** The atlas: every place with its geometry, facts and passages — the one source of truth. */
export function buildAtlas(): Atlas {
  cached ??= buildAtlasFrom(PLACES, loadArticles());
  return cached;
}

export function findPlace(id: string): AtlasFeature | undefined {
  return buildAtlas().features.find((f) => f.id === id);
}
