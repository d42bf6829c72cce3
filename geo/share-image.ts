import type { Geometry, Position } from 'geojson';
import * as turf from '@turf/turf';
import type { AtlasFeature } from './atlas';
import type { BasemapProperties } from './basemap';
import { placeEvents } from './chronology';
import { KIND_LABEL, formatDate } from './format';
import { layerLabel } from './layers';

/**
 * What a place's share image shows, computed from the same GeoJSON as the map: a frame around the
 * South Caucasus (widened to take in far places such as Ceyhan or Ashkelon), the country outlines in
 * it, the place's own shape, and its text. Pure and tested; the image route only lays it out.
 */
export const SHARE_IMAGE = { width: 1200, height: 630, mapWidth: 560 } as const;

/** The frame every image starts from: the South Caucasus [w, s, e, n]. */
const REGION: [number, number, number, number] = [42.6, 37.6, 50.4, 42.4];

export type ShapeKind = 'area' | 'line' | 'point';

export interface ShareImageData {
  title: string;
  kicker: string;
  /** Alternative names, some in Armenian or Cyrillic script (the image's fonts must cover them). */
  aliases: string[];
  /** One dated line: the most recent dated fact. */
  keyLine: string | null;
  precision: string;
  layer: AtlasFeature['properties']['layer'];
  /** Country outlines as SVG path data in map-panel pixels. */
  outlines: string[];
  shape: { kind: ShapeKind; d: string; x: number; y: number };
  frame: [number, number, number, number];
}


/** The frame: the region, widened to include the place, then padded to the map panel's proportions. */
export function frameFor(bbox: [number, number, number, number]): [number, number, number, number] {
  let [w, s, e, n] = [Math.min(REGION[0], bbox[0] - 1), Math.min(REGION[1], bbox[1] - 1), Math.max(REGION[2], bbox[2] + 1), Math.max(REGION[3], bbox[3] + 1)];
  const midLat = (s + n) / 2;
  const kx = Math.cos((midLat * Math.PI) / 180);
  const wantRatio = SHARE_IMAGE.mapWidth / SHARE_IMAGE.height;
  const ratio = ((e - w) * kx) / (n - s);
  if (ratio < wantRatio) {
    const extra = ((n - s) * wantRatio) / kx - (e - w);
    w -= extra / 2;
    e += extra / 2;
  } else {
    const extra = ((e - w) * kx) / wantRatio - (n - s);
    s -= extra / 2;
    n += extra / 2;
  }
  return [w, s, e, n];
}

function projector(frame: [number, number, number, number]) {
  const [w, s, e, n] = frame;
  return ([lon, lat]: Position): [number, number] => [
    Math.round(((lon! - w) / (e - w)) * SHARE_IMAGE.mapWidth * 10) / 10,
    Math.round(((n - lat!) / (n - s)) * SHARE_IMAGE.height * 10) / 10,
  ];
}

function pathOf(geometry: Geometry, project: (p: Position) => [number, number]): string {
  const ring = (coords: Position[], close: boolean) => coords.map((p, i) => `${i === 0 ? 'M' : 'L'}${project(p).join(' ')}`).join('') + (close ? 'Z' : '');
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((r) => ring(r, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((poly) => poly.map((r) => ring(r, true))).join('');
    case 'LineString':
      return ring(geometry.coordinates, false);
    default:
      return '';
  }
}


type Basemap = { features: { geometry: Geometry; properties: BasemapProperties }[] };
type Project = (p: Position) => [number, number];

/** The country outlines inside a frame, simplified to about a pixel of the image. */
function outlinesIn(basemap: Basemap, frame: [number, number, number, number], project: Project): string[] {
  const frameBox = turf.bboxPolygon(frame);
  return basemap.features
    .filter((f) => f.properties.role === 'country' && turf.booleanIntersects(turf.feature(f.geometry), frameBox))
    .map((f) => pathOf(turf.simplify(turf.feature(f.geometry), { tolerance: (frame[2] - frame[0]) / 400 }).geometry, project))
    .filter((d) => d.length > 0);
}

/** A place's geometry as drawn on the image: an area, a line or a point, with its centre. */
function shapeOf(geometry: Geometry, project: Project): ShareImageData['shape'] {
  const kind: ShapeKind = geometry.type === 'Point' ? 'point' : geometry.type === 'LineString' ? 'line' : 'area';
  const [x, y] = project(geometry.type === 'Point' ? geometry.coordinates : turf.center(turf.feature(geometry)).geometry.coordinates);
  return { kind, d: kind === 'point' ? '' : pathOf(geometry, project), x, y };
}

export function shareImageData(place: AtlasFeature, basemap: Basemap): ShareImageData {
  const p = place.properties;
  const frame = frameFor(p.bbox);
  const project = projector(frame);
  const outlines = outlinesIn(basemap, frame, project);
  // The chronology's last event of the place: the same order and date format as the timeline and panel.
  const latest = placeEvents(p).at(-1);

  return {
    title: p.name,
    kicker: `${KIND_LABEL[p.kind]} · ${layerLabel(p.layer)}`,
    aliases: p.aliases.slice(0, 4),
    keyLine: latest ? `${formatDate(latest.date)} — ${latest.label}` : null,
    precision: p.precision,
    layer: p.layer,
    outlines,
    shape: shapeOf(place.geometry, project),
    frame,
  };
}

/** The site-wide image: every place in the South Caucasus frame, drawn by kind. */
export function overviewImageData(atlas: { features: AtlasFeature[] }, basemap: Basemap) {
  const frame = frameFor(REGION);
  const project = projector(frame);
  const frameBox = turf.bboxPolygon(frame);
  const shapes = atlas.features
    .filter((f) => turf.booleanIntersects(f, frameBox))
    .map((f) => ({ layer: f.properties.layer, shape: shapeOf(f.geometry, project) }));
  return { outlines: outlinesIn(basemap, frame, project), shapes, frame };
}
