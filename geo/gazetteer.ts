import { z } from './zod';
import raw from './gazetteer.json';

/**
 * The fact-checked gazetteer (copied from the shared reference gazetteer): sourced
 * coordinates, dates and figures, with its own precision labels. Validated once, here.
 */
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const url = z.string().min(1);

const pointSchema = z.object({
  id: z.string(),
  name: z.string(),
  group: z.string(),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  precision: z.enum(['exact', 'approximate', 'region-level']),
  coord_note: z.string(),
  facts: z.array(z.string()),
  sources: z.array(url).min(1),
});

const lineSchema = z.object({
  id: z.string(),
  name: z.string(),
  precision: z.string(),
  waypoints: z.array(lonLat).min(2),
  waypoint_labels: z.array(z.string()),
  waypoint_sources: z.array(z.string()),
  schematic_polyline_km: z.number().positive(),
  facts: z.array(z.string()),
  sources: z.array(url).min(1),
});

const regionSchema = z.object({
  id: z.string(),
  name: z.string(),
  centroid: lonLat,
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  precision: z.string(),
  coord_note: z.string(),
  facts: z.array(z.string()),
  sources: z.array(url).min(1),
});

const gazetteerSchema = z.object({
  points: z.array(pointSchema),
  lines: z.array(lineSchema),
  regions: z.array(regionSchema),
});

export type GazetteerPoint = z.infer<typeof pointSchema>;
export type GazetteerLine = z.infer<typeof lineSchema>;
export type GazetteerRegion = z.infer<typeof regionSchema>;

export const gazetteer = gazetteerSchema.parse(raw);

function lookup<T extends { id: string }>(list: T[], kind: string, id: string): T {
  const found = list.find((entry) => entry.id === id);
  if (!found) throw new Error(`gazetteer: no ${kind} with id '${id}'`);
  return found;
}

export const gazPoint = (id: string): GazetteerPoint => lookup(gazetteer.points, 'point', id);
export const gazLine = (id: string): GazetteerLine => lookup(gazetteer.lines, 'line', id);
export const gazRegion = (id: string): GazetteerRegion => lookup(gazetteer.regions, 'region', id);

/** [lon, lat] of a gazetteer point. */
export const lonLatOf = (id: string): [number, number] => {
  const p = gazPoint(id);
  return [p.lon, p.lat];
};
