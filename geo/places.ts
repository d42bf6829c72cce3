import type { Geometry } from 'geojson';
import { ARTICLE_SLUGS } from './articles';
import { citationSchema } from './citations';
import { lonLatOf } from './gazetteer';
import { SHAPES, SHAPE_NAMES } from './geometry';
import { LAYER_IDS } from './layers';
import { COUNTRY_CODES } from './natural-earth';
import { INCIDENTS, KINDS, PRECISIONS, STATUSES, claimSchema, datedFactSchema, placeIdSchema, placeNameSchema } from './schema';
import { dateSpan, isoDateSchema } from './dates';
import { z } from './zod';
import raw from './places.json';

/**
 * The catalogue: every place on the map, in our own words, with its citations — kept as data in
 * `places.json` and validated here, once. Ids are a public contract (deep links, the download): never
 * rename one. Geometry stays in code: a place names a gazetteer point, a sourced position, or a shape
 * derived in `geometry.ts`.
 */

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const geometryRefSchema = z.union([
  /** A point of the gazetteer, by its id. */
  z.object({ point: z.string().min(1) }).strict(),
  /** A position sourced in the place's own citations (its `precisionReason` says from where). */
  z.object({ lonLat }).strict(),
  /** A shape derived in code (`SHAPES` in geometry.ts). */
  z.object({ shape: z.enum(SHAPE_NAMES) }).strict(),
]);
export type GeometryRef = z.infer<typeof geometryRefSchema>;

/** A paragraph linked by hand because it discusses a place without naming it. */
export const curatedLinkSchema = z
  .object({
    article: z.enum(ARTICLE_SLUGS),
    paragraph: z.number().int().positive(),
    /** A verbatim excerpt of that paragraph. */
    quote: z.string().min(10),
    why: z.string().min(10),
  })
  .strict();
export type CuratedLink = z.infer<typeof curatedLinkSchema>;

export const placeInputSchema = z
  .object({
    id: placeIdSchema,
    name: z.string().min(2),
    aliases: z.array(z.string().min(2)),
    /** The place's names with who uses them (contested names: each side's, never ours); the first is the atlas's own. */
    names: z.array(placeNameSchema).min(1),
    layer: z.enum(LAYER_IDS),
    kind: z.enum(KINDS),
    status: z.enum(STATUSES).optional(),
    /**
     * Routes whose status changed: each status from the date it took effect, oldest first, the last
     * being `status`. Each date is one of the place's own `dates`, so every change is a dated fact.
     * Without it a route has its `status` from its first dated fact.
     */
    statusHistory: z.array(z.object({ from: isoDateSchema, status: z.enum(STATUSES) }).strict()).min(1).optional(),
    precision: z.enum(PRECISIONS),
    precisionReason: z.string().min(10),
    summary: z.string().min(40),
    dates: z.array(datedFactSchema),
    geometry: geometryRefSchema,
    /**
     * The country a point lies in (ISO 3166 alpha-2), or null for a point at sea (an offshore field);
     * checked against the basemap's own borders.
     */
    country: z.enum(COUNTRY_CODES).nullable().optional(),
    sources: z.array(citationSchema).min(1),
    /** Phrases that name the place in the articles (whole words, case-insensitive). */
    match: z.array(z.string().min(2)),
    /** Phrases that refer back to the place in the sentences right after a name ("the attack"). */
    refs: z.array(z.string().min(3)).optional(),
    curated: z.array(curatedLinkSchema).optional(),
    claims: z.array(claimSchema).optional(),
    incident: z.enum(INCIDENTS).optional(),
    officialLength: z.object({ text: z.string().min(2), km: z.number().positive().nullable() }).strict().optional(),
    officialAreaKm2: z.number().positive().optional(),
  })
  .strict()
  .superRefine((place, ctx) => {
    const history = place.statusHistory;
    if (!history) return;
    const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['statusHistory'], message });
    if (history.at(-1)!.status !== place.status) issue(`must end with the place's status ('${place.status ?? 'none'}')`);
    const dates = new Set(place.dates.map((d) => d.date));
    for (const [i, step] of history.entries()) {
      if (!dates.has(step.from)) issue(`'${step.from}' is not one of the place's dates`);
      if (i > 0 && dateSpan(step.from).start <= dateSpan(history[i - 1]!.from).start) issue(`'${step.from}' must come after '${history[i - 1]!.from}'`);
    }
  });
export type PlaceSpec = z.infer<typeof placeInputSchema>;

/** The geometry a catalogue entry names. */
export function resolveGeometry(ref: GeometryRef): Geometry {
  if ('point' in ref) return { type: 'Point', coordinates: lonLatOf(ref.point) };
  if ('lonLat' in ref) return { type: 'Point', coordinates: [...ref.lonLat] };
  return SHAPES[ref.shape]();
}

/** Validates the catalogue, naming the place and field of the first problem. */
export function parseCatalogue(data: unknown): PlaceSpec[] {
  if (!Array.isArray(data)) throw new Error('places.json: must be an array of places');
  return data.map((entry, i) => {
    const parsed = placeInputSchema.safeParse(entry);
    if (parsed.success) return parsed.data;
    const id = (entry as { id?: unknown })?.id;
    const where = typeof id === 'string' ? `place '${id}'` : `places.json entry ${i}`;
    throw new Error(parsed.error.issues.map((issue) => `${where}: field '${issue.path.join('.') || '(root)'}': ${issue.message}`).join('\n'));
  });
}

export const PLACES: PlaceSpec[] = parseCatalogue(raw);
