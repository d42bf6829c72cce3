import { ARTICLE_SLUGS, type Article, type ArticleSlug, type Paragraph, citeParagraph } from './articles';
import type { CuratedLink } from './places';
import type { Passage } from './schema';
import { collapseWhitespace, escapeRegExp } from './text';

export interface PassageQuery {
  placeId: string;
  /** Phrases that name the place in the articles (matched case-insensitively, as whole words). */
  match: readonly string[];
  /**
   * Phrases that refer back to the place in the sentences right after it is named ("the attack",
   * "the strike"): such a sentence belongs to the same passage.
   */
  refs?: readonly string[];
  curated: readonly CuratedLink[];
}

/** What the finder adds to every passage it returns, beyond the quote itself. */
type PassageDraft = Omit<Passage, 'id' | 'editorialNote'>;

/** Builds a whole-word, case-insensitive pattern; hyphens match any dash and apostrophes either quote. */
export function namePattern(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      escapeRegExp(phrase)
        .replace(/\\-|[-‐–—]/gu, '[-‐–—]')
        .replace(/['’]/gu, "['’]")
        .replace(/\s+/gu, '\\s+'),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** [start, end) spans of every match of `pattern` in `text`. */
export function findSpans(text: string, pattern: RegExp | null): [number, number][] {
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Sentence boundaries of a paragraph as [start, end) offsets. A sentence ends at . ! or ? (and any
 * closing quote) followed by white space and a capital, a digit or an opening quote.
 */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const boundary = /(?<=[.!?][”’")]?)\s+(?=[\p{Lu}\p{N}“‘"(])/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  spans.push([start, text.length]);
  return spans;
}

/**
 * The runs of consecutive sentences of a paragraph that name the place, each carried on through the
 * sentences right after it that refer back to it (`refs`: "the attack").
 */
function namedRuns(paragraph: Paragraph, pattern: RegExp, refs: RegExp | null): [number, number][] {
  const hits = findSpans(paragraph.text, pattern);
  if (hits.length === 0) return [];
  const runs: [number, number][] = [];
  let current: [number, number] | null = null;
  for (const [start, end] of sentenceSpans(paragraph.text)) {
    const named = hits.some(([h]) => h >= start && h < end);
    const refersBack = current !== null && refs !== null && findSpans(paragraph.text.slice(start, end), refs).length > 0;
    if (named || refersBack) {
      if (current) current[1] = end;
      else current = [start, end];
    } else if (current) {
      runs.push(current);
      current = null;
    }
  }
  if (current) runs.push(current);
  return runs;
}

/** Every passage of both articles that concerns the place, in article and paragraph order. */
export function findPassages(query: PassageQuery, articles: Record<ArticleSlug, Article>): (PassageDraft & { id: string })[] {
  const pattern = namePattern(query.match);
  const refs = namePattern(query.refs ?? []);
  const passages: PassageDraft[] = [];

  for (const slug of ARTICLE_SLUGS) {
    for (const paragraph of articles[slug].paragraphs) {
      const base = { article: slug, paragraph: paragraph.n, cite: citeParagraph(slug, paragraph), section: paragraph.section };
      const fromNames: PassageDraft[] = pattern
        ? namedRuns(paragraph, pattern, refs).map(([start, end]) => {
            const text = paragraph.text.slice(start, end);
            return { ...base, text, spans: findSpans(text, pattern), curated: false, why: null };
          })
        : [];

      const fromLinks = query.curated
        .filter((link) => link.article === slug && link.paragraph === paragraph.n)
        .map((link) => {
          const quote = collapseWhitespace(link.quote);
          if (!paragraph.text.includes(quote)) {
            throw new Error(
              `place '${query.placeId}': field 'curated' (${citeParagraph(slug, paragraph)}): quote is not verbatim in that paragraph: "${quote.slice(0, 80)}"`,
            );
          }
          return { ...base, text: quote, spans: findSpans(quote, pattern), curated: true, why: link.why };
        })
        // A hand-linked quote already inside a passage found by name adds nothing.
        .filter((link) => !fromNames.some((p) => p.text.includes(link.text)));

      // A hand link that extends a passage found by name (on through "the attack") replaces it.
      const namedKept = fromNames.filter((p) => !fromLinks.some((link) => link.text.includes(p.text)));
      const inParagraph = [...namedKept, ...fromLinks].sort((a, b) => paragraph.text.indexOf(a.text) - paragraph.text.indexOf(b.text));
      passages.push(...inParagraph);
    }
  }

  for (const link of query.curated) {
    if (!articles[link.article].paragraphs.some((p) => p.n === link.paragraph)) {
      throw new Error(`place '${query.placeId}': field 'curated': ${link.article} has no paragraph ${link.paragraph}`);
    }
  }

  const seen = new Map<string, number>();
  return passages.map((p) => {
    const key = `${p.article}-p${p.paragraph}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return { id: count === 1 ? key : `${key}-${count}`, ...p };
  });
}
