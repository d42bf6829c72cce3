import { ARTICLE_SLUGS } from './articles';
import { citationSchema } from './citations';
import { isoDateSchema } from './dates';
import { PASSAGE_ID_PATTERN, PLACE_ID_PATTERN } from './ids';
import { z } from './zod';
import { LAYER_IDS } from './layers';

/** The contract of `/data/atlas.geojson`: every feature's properties, validated before it is served. */

export const PRECISIONS = ['exact', 'approximate', 'schematic'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const KINDS = ['region', 'route', 'pipeline', 'site', 'event'] as const;
export type Kind = (typeof KINDS)[number];

/** What a route's dash pattern says. */
export const STATUSES = ['proposed', 'planned', 'under-construction', 'operating'] as const;
export type Status = (typeof STATUSES)[number];

export const placeIdSchema = z.string().regex(PLACE_ID_PATTERN, 'must be kebab-case (a-z, 0-9, single hyphens)');

/** Strike-layer sites: a confirmed attack, or a site under threat or shut as a precaution with no confirmed hit. */
export const INCIDENTS = ['attack', 'threat', 'precaution'] as const;
export type Incident = (typeof INCIDENTS)[number];

export const datedFactSchema = z.object({ date: isoDateSchema, label: z.string().min(3) }).strict();
export type DatedFact = z.infer<typeof datedFactSchema>;

/** A statement one side makes (and another may dispute), shown as that side's account, never as ours. */
export const claimSchema = z
  .object({
    text: z.string().min(10),
    /** Who says so: "Azerbaijan's defence ministry", "Iran's foreign ministry", "Souleimanov (2024)". */
    by: z.string().min(2),
    date: isoDateSchema.optional(),
    source: citationSchema,
  })
  .strict();
export type Claim = z.infer<typeof claimSchema>;

/**
 * One of a place's names and who uses it: `{ name: 'Khankendi', lang: 'az', usedBy: 'the main town:
 * Azerbaijani (official), Xankəndi' }`. `lang` is a BCP 47 language code (it also sets the `lang` the
 * name is shown with, so screen readers pronounce it); `usedBy` says whose name it is, never which is right.
 */
export const placeNameSchema = z
  .object({
    name: z.string().min(1),
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/u, 'must be a BCP 47 language code such as az, hy, ru, fa or az-Cyrl'),
    usedBy: z.string().min(3),
  })
  .strict();
export type PlaceName = z.infer<typeof placeNameSchema>;

export const passageSchema = z.object({
  /** Stable anchor, e.g. `souleimanov-2024-p31` (a second passage from the same paragraph gets `-2`). */
  id: z.string().regex(PASSAGE_ID_PATTERN),
  article: z.enum(ARTICLE_SLUGS),
  paragraph: z.number().int().positive(),
  /** `souleimanov-2024 ¶31` or `goyushov-2026 note i`. */
  cite: z.string().min(1),
  section: z.string().nullable(),
  /** Verbatim excerpt of the paragraph. */
  text: z.string().min(1),
  /** [start, end) character spans of the place's names within `text`, for highlighting. */
  spans: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().positive()])),
  /** True when the passage is linked by hand because it discusses the place without naming it. */
  curated: z.boolean(),
  /** For curated passages: why it concerns the place. */
  why: z.string().nullable(),
  /** An editorial note of ours on a slip in this paragraph (from the ledger), or null. */
  editorialNote: z.string().nullable(),
});
export type Passage = z.infer<typeof passageSchema>;

export const placePropertiesSchema = z.object({
  id: placeIdSchema,
  name: z.string().min(2),
  layer: z.enum(LAYER_IDS),
  kind: z.enum(KINDS),
  precision: z.enum(PRECISIONS),
  precisionReason: z.string().min(10),
  summary: z.string().min(40),
  dates: z.array(datedFactSchema),
  aliases: z.array(z.string().min(2)),
  /** Names with the language or side that uses them; the first is the atlas's own. */
  names: z.array(placeNameSchema).min(1),
  status: z.enum(STATUSES).nullable(),
  /**
   * The day from which the place is on the map (its first dated fact; the fact's last day when it is
   * known only to the month or year), `YYYY-MM-DD`; null: no date, always on the map.
   */
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable(),
  /** Routes: each status from the date it took effect, oldest first, the last being `status`; empty elsewhere. */
  statusHistory: z.array(z.object({ from: isoDateSchema, status: z.enum(STATUSES) }).strict()),
  /** Citations of the facts and coordinates: "Title — Publisher, date", each the publisher's own page. */
  sources: z.array(citationSchema).min(1),
  /** Contested statements, each attributed to who makes it. */
  claims: z.array(claimSchema),
  /** Strike-layer sites: whether an attack is confirmed; null elsewhere. */
  incident: z.enum(INCIDENTS).nullable(),
  passages: z.array(passageSchema).min(1, 'needs at least one passage from the articles'),
  /** Routes and pipelines: length computed with turf, km. */
  lengthKm: z.number().positive().nullable(),
  /** The published figure beside it, as text (may be a range or a caveat), and as a number where there is one. */
  officialLength: z.string().nullable(),
  officialLengthKm: z.number().positive().nullable(),
  /** Regions: area computed with turf, km², and the official figure. */
  areaKm2: z.number().positive().nullable(),
  officialAreaKm2: z.number().positive().nullable(),
  /** The camera target: [minLon, minLat, maxLon, maxLat]. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
export type PlaceProperties = z.infer<typeof placePropertiesSchema>;

/** Formats a zod error so a failing build names the place and the field. */
export function describeIssues(placeId: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `place '${placeId}': field '${issue.path.join('.') || '(root)'}': ${issue.message}`)
    .join('\n');
}
