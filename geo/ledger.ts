import { ARTICLE_SLUGS, type Article, type ArticleSlug } from './articles';
import { placeIdSchema } from './schema';
import { z } from './zod';
import raw from './ledger.json';

/**
 * The paragraph ledger: for every paragraph of both articles, the places it concerns, or — when it
 * concerns none — why not ("general argument", "historical parallel with no mappable place"). Nothing
 * in the articles is skipped silently. Where a paragraph has a slip of the author's (a wrong date, a
 * misnamed treaty), the ledger holds our editorial note on it, shown beside every quote of it.
 */

export const ledgerEntrySchema = z
  .object({
    paragraph: z.number().int().positive(),
    places: z.array(placeIdSchema),
    /** Why the paragraph is not on the map; required exactly when `places` is empty. */
    reason: z.string().min(8).nullable(),
    /** An editorial note of ours on the paragraph, or null. */
    note: z.string().min(20).nullable(),
  })
  .strict()
  .refine((e) => (e.places.length === 0) === (e.reason !== null), {
    message: 'a paragraph has places or a reason for having none, never both',
  });
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

export const ledgerSchema = z.object(Object.fromEntries(ARTICLE_SLUGS.map((slug) => [slug, z.array(ledgerEntrySchema)])) as Record<ArticleSlug, z.ZodArray<typeof ledgerEntrySchema>>).strict();
export type Ledger = Record<ArticleSlug, LedgerEntry[]>;

export const LEDGER: Ledger = ledgerSchema.parse(raw) as Ledger;

/** The ledger's entry for a paragraph (undefined when the ledger misses it: a unit test forbids that). */
export function ledgerEntry(slug: ArticleSlug, paragraph: number, ledger: Ledger = LEDGER): LedgerEntry | undefined {
  return ledger[slug].find((e) => e.paragraph === paragraph);
}

/** What is wrong with a ledger against the articles and the place ids: missing, doubled or unknown entries. */
export function ledgerProblems(ledger: Ledger, articles: Record<ArticleSlug, Article>, placeIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const slug of ARTICLE_SLUGS) {
    const numbers = articles[slug].paragraphs.map((p) => p.n);
    const entries = ledger[slug];
    for (const n of numbers) {
      const count = entries.filter((e) => e.paragraph === n).length;
      if (count === 0) problems.push(`${slug} ¶${n}: missing from the ledger`);
      if (count > 1) problems.push(`${slug} ¶${n}: in the ledger ${count} times`);
    }
    for (const e of entries) {
      if (!numbers.includes(e.paragraph)) problems.push(`${slug} ¶${e.paragraph}: the article has no such paragraph`);
      for (const id of e.places) if (!placeIds.has(id)) problems.push(`${slug} ¶${e.paragraph}: names '${id}', which is not a place`);
    }
  }
  return problems;
}

export interface Coverage {
  slug: ArticleSlug;
  paragraphs: number;
  mapped: number;
  /** 0–100, rounded. */
  percent: number;
}

/** How much of each article the atlas maps: paragraphs with at least one place, of all paragraphs. */
export function coverage(ledger: Ledger = LEDGER): Coverage[] {
  return ARTICLE_SLUGS.map((slug) => {
    const entries = ledger[slug];
    const mapped = entries.filter((e) => e.places.length > 0).length;
    return { slug, paragraphs: entries.length, mapped, percent: Math.round((mapped / Math.max(1, entries.length)) * 100) };
  });
}
