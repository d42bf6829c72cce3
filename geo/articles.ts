import { z } from './zod';
import { collapseWhitespace, dropEndnoteMarkers, endsMidSentence } from './text';

/** The two source articles: the only texts the atlas quotes. Their slugs are part of the URL contract. */
export const ARTICLE_SLUGS = ['goyushov-2026', 'souleimanov-2024'] as const;
export type ArticleSlug = (typeof ARTICLE_SLUGS)[number];

export const isArticleSlug = (value: string): value is ArticleSlug => (ARTICLE_SLUGS as readonly string[]).includes(value);

export const articleMetaSchema = z.object({
  slug: z.enum(ARTICLE_SLUGS),
  title: z.string().min(1),
  author: z.string().min(1),
  /** The author's name in another spelling, as printed in the source. */
  authorAlt: z.string().nullable(),
  affiliation: z.string().nullable(),
  venue: z.string().nullable(),
  /** ISO date or month of publication. */
  published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/u),
  publishedLabel: z.string().min(1),
  doi: z.string().regex(/^10\.\d{4,}\/\S+$/u).nullable(),
  pages: z.string().nullable(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const paragraphSchema = z.object({
  /** Stable number within the article: ¶1 is the first paragraph of text (the abstract where there is one). */
  n: z.number().int().positive(),
  kind: z.enum(['abstract', 'body', 'note']),
  /** Footnote label for notes (`i`), null otherwise. */
  label: z.string().nullable(),
  /** The heading of the section the paragraph stands in, as printed; null before the first heading. */
  section: z.string().nullable(),
  /** Verbatim text: page-break splits joined, endnote markers dropped, white space collapsed. */
  text: z.string().min(1),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

export type Article = ArticleMeta & { paragraphs: Paragraph[] };

/** Citation metadata, from geo/sources/README.md (copied from the shared reference). */
export const ARTICLE_META: Record<ArticleSlug, ArticleMeta> = {
  'goyushov-2026': articleMetaSchema.parse({
    slug: 'goyushov-2026',
    title: "Between Turkey and Israel: Azerbaijan's Strategic Dilemma and a Potential Opening for Moscow",
    author: 'Altay Goyushov',
    authorAlt: 'Altay Göyüşov',
    affiliation: null,
    venue: null,
    published: '2026-03',
    publishedLabel: 'March 2026 (written after the events of 5 March 2026; venue not given in the text)',
    doi: null,
    pages: null,
  }),
  'souleimanov-2024': articleMetaSchema.parse({
    slug: 'souleimanov-2024',
    title: 'Unlikely Alliances: How the Wars in Karabakh and Gaza Shape Northwest Asian Security',
    author: 'Emil A. Souleimanov',
    authorAlt: null,
    affiliation: 'Charles University, Prague',
    venue: 'Middle East Policy 31(2)',
    published: '2024-05-03',
    publishedLabel: '3 May 2024',
    doi: '10.1111/mepo.12741',
    pages: '83–94',
  }),
};

/** A line that only says who wrote the piece or where it was published: not article text. */
const AUTHOR_BOX = /^\s*(•|written by\b|Dr\. Souleimanov is\b)/u;
/** Page furniture after the article proper. */
const FURNITURE = /^(Scroll to Top|ACKNOWLEDGMENT)$/u;

function markdownHeading(line: string): string | null {
  const m = /^#{2,6}\s+(.*)$/u.exec(line);
  return m ? collapseWhitespace(m[1]!.replace(/\*\*/gu, '')) : null;
}

function capitalsHeading(line: string): string | null {
  const t = collapseWhitespace(line);
  const isCapitals = t.length > 3 && t.length < 90 && /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
  return isCapitals ? t : null;
}

/**
 * Splits an article's text into numbered paragraphs. Headings become the `section` of what
 * follows; the title, author boxes, furniture and anything after `ACKNOWLEDGMENT` are dropped;
 * paragraphs cut by a page break are joined; notes after a `---` rule are kept as `note`s.
 */
export function parseArticle(slug: ArticleSlug, raw: string): Paragraph[] {
  const blocks = raw.split(/\n/u);
  const paragraphs: Paragraph[] = [];
  let section: string | null = null;
  let inNotes = false;
  let sawTitle = false;
  let pendingJoin = false;

  for (const line of blocks) {
    const trimmed = collapseWhitespace(line);
    if (trimmed === '') continue;
    if (!sawTitle) {
      // The first line of text is the title (a Markdown `#` heading in one file, plain in the other).
      sawTitle = true;
      continue;
    }
    if (FURNITURE.test(trimmed)) {
      if (trimmed === 'ACKNOWLEDGMENT') break;
      continue;
    }
    if (AUTHOR_BOX.test(line)) continue;
    if (trimmed === '---') {
      inNotes = true;
      continue;
    }
    const heading = markdownHeading(trimmed) ?? capitalsHeading(trimmed);
    if (heading !== null) {
      section = heading;
      pendingJoin = false;
      continue;
    }

    if (inNotes) {
      const m = /^\[\\\[([ivx]+)\\\]\]\(#\)\s*(.*)$/u.exec(trimmed);
      paragraphs.push({
        n: paragraphs.length + 1,
        kind: 'note',
        label: m ? m[1]! : null,
        section: 'Notes',
        text: collapseWhitespace(dropEndnoteMarkers(m ? m[2]! : trimmed)),
      });
      continue;
    }

    const text = collapseWhitespace(dropEndnoteMarkers(trimmed));
    const previous = paragraphs.at(-1);
    if (pendingJoin && previous) {
      previous.text = `${previous.text} ${text}`;
    } else {
      const isAbstract = slug === 'souleimanov-2024' && paragraphs.length === 0;
      paragraphs.push({
        n: paragraphs.length + 1,
        kind: isAbstract ? 'abstract' : 'body',
        label: null,
        section,
        text,
      });
    }
    pendingJoin = endsMidSentence(text);
  }
  return paragraphs.map((p) => paragraphSchema.parse(p));
}

/** How a paragraph is cited in the UI and the download: `souleimanov-2024 ¶31`, `goyushov-2026 note i`. */
export function citeParagraph(slug: ArticleSlug, p: Pick<Paragraph, 'n' | 'kind' | 'label'>): string {
  return p.kind === 'note' && p.label ? `${slug} note ${p.label}` : `${slug} ¶${p.n}`;
}
