import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
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

function projector(frame: [number, number, number, number], size: { width: number; height: number } = { width: SHARE_IMAGE.mapWidth, height: SHARE_IMAGE.height }) {
  const [w, s, e, n] = frame;
  return ([lon, lat]: Position): [number, number] => [
    Math.round(((lon! - w) / (e - w)) * size.width * 10) / 10,
    Math.round(((n - lat!) / (n - s)) * size.height * 10) / 10,
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

/**
 * A place page's static map on a phone, shown until the reader asks for the interactive map
 * (`/preview/<id>.svg`): the place centred, with room around it, in the country outlines. Same
 * projection and shapes as the share image; a frame of its own, since a phone's map is taller.
 */
export const MAP_PREVIEW = { width: 600, height: 600 } as const;

/** At least this many degrees of latitude: a point place shows its neighbourhood, not a blank square. */
const PREVIEW_MIN_SPAN = 2.6;

export function previewFrame(bbox: [number, number, number, number]): [number, number, number, number] {
  const [w, s, e, n] = bbox;
  const [cx, cy] = [(w + e) / 2, (s + n) / 2];
  const kx = Math.cos((cy * Math.PI) / 180);
  const latSpan = Math.max(PREVIEW_MIN_SPAN, (n - s) * 1.4, (((e - w) * kx) / (MAP_PREVIEW.width / MAP_PREVIEW.height)) * 1.4);
  const lonSpan = (latSpan * (MAP_PREVIEW.width / MAP_PREVIEW.height)) / kx;
  return [cx - lonSpan / 2, cy - latSpan / 2, cx + lonSpan / 2, cy + latSpan / 2];
}

export interface MapPreviewData {
  layer: AtlasFeature['properties']['layer'];
  outlines: string[];
  /** Country names, so the reader can tell whose side is whose: one per country with room in the frame. */
  labels: { x: number; y: number; text: string }[];
  shape: ShareImageData['shape'];
  frame: [number, number, number, number];
}

export function mapPreviewData(place: AtlasFeature, basemap: Basemap): MapPreviewData {
  const frame = previewFrame(place.properties.bbox);
  const project = projector(frame, MAP_PREVIEW);
  return { layer: place.properties.layer, outlines: outlinesIn(basemap, frame, project), labels: countryLabels(basemap, frame, project), shape: shapeOf(place.geometry, project), frame };
}

/** A label at the centre of each country's part of the frame, for parts of at least 4% of it. */
function countryLabels(basemap: Basemap, frame: [number, number, number, number], project: Project): MapPreviewData['labels'] {
  const frameArea = turf.area(turf.bboxPolygon(frame));
  return basemap.features.flatMap((f) => {
    if (f.properties.role !== 'country' || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) return [];
    const part = turf.bboxClip(turf.feature(f.geometry as Polygon | MultiPolygon), frame) as Feature<Polygon | MultiPolygon>;
    if (turf.area(part) < frameArea * 0.04) return [];
    // The centroid of the part's outline when it falls inside it, else a point surely on it.
    const centroid = turf.centroid(part);
    const at = turf.booleanPointInPolygon(centroid, part) ? centroid : turf.pointOnFeature(part);
    const [x, y] = project(at.geometry.coordinates);
    return [{ x, y, text: f.properties.name.toUpperCase() }];
  });
}
