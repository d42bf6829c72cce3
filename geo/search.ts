import type { Options, SearchResult } from 'minisearch';

/**
 * Search, the part that runs in the browser: how a word is folded (the same at build time and on
 * every keystroke), the index's options, and how a query becomes grouped results. The index itself is
 * built once at build time (`search-index.ts`) and served as `/data/search-index.json`. No React here.
 */

/** Cyrillic (Russian and Azerbaijani Cyrillic) → Latin, as English transliterates it (х → kh). */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ә: 'a', ғ: 'gh', ҹ: 'j', һ: 'h', ј: 'y', ү: 'u', ө: 'o', ҝ: 'g',
};

/** Armenian → Latin (ու is u; և is ev), as the places' English names spell it: Ստեփանակերտ → stepanakert. */
const ARMENIAN: Record<string, string> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts',
  կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r',
  ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', ւ: 'v', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'ev',
};

/**
 * Azerbaijani and Turkish letters → the English transliteration (Naxçıvan → nakhchivan, Ağbənd →
 * aghband, Qarabağ → karabagh). `x` → `kh` and `q` → `k` apply to English words too; harmless, since
 * the index and the query are folded by the same function.
 */
const LATIN: Record<string, string> = { ə: 'a', ı: 'i', ğ: 'gh', ş: 'sh', ç: 'ch', x: 'kh', q: 'k', ß: 'ss' };

/** Persian and Arabic spellings of the same letters (ي/ی, ك/ک) are one letter to a reader. */
const ARABIC: Record<string, string> = { ي: 'ی', ى: 'ی', ك: 'ک', ة: 'ه', أ: 'ا', إ: 'ا', آ: 'ا' };

const TABLE: Record<string, string> = { ...CYRILLIC, ...ARMENIAN, ...LATIN, ...ARABIC };
const FOLDABLE = new RegExp(`[${Object.keys(TABLE).join('')}]`, 'gu');

/** One word as the index keeps it: lower case, no diacritics, in Latin letters where a table says how. */
export function foldWord(word: string): string {
  return word
    .toLocaleLowerCase('en')
    .replace(/ու/gu, 'u')
    .replace(FOLDABLE, (c) => TABLE[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/** Words too common to narrow anything; dropped from the index and from queries alike. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'is', 'it', 'of', 'on', 'or', 's', 'the', 'to', 'with']);

export const processTerm = (term: string): string | null => {
  const folded = foldWord(term);
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
};

/** Words: runs of letters and digits (dashes, slashes and quotes split, so Baku–Tbilisi–Ceyhan is three). */
export const tokenize = (text: string): string[] => text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];

/** What a result is: a place, a passage quoted in its panel, a dated event of the chronology, a paragraph. */
export type SearchKind = 'place' | 'passage' | 'event' | 'paragraph';

/** The result groups, in the order they are shown. */
export const GROUPS: readonly { kind: SearchKind; label: string; limit: number }[] = [
  { kind: 'place', label: 'Places', limit: 6 },
  { kind: 'passage', label: 'Passages', limit: 5 },
  { kind: 'event', label: 'Events', limit: 4 },
  { kind: 'paragraph', label: 'Paragraphs of the articles', limit: 4 },
];

/** A document of the index: what is searched (names, title, text) and what a result shows. */
export interface SearchDocument {
  id: string;
  kind: SearchKind;
  /** The result's heading: a place's name, an event's label, or "Souleimanov 2024 ¶31". */
  title: string;
  /** Every other name of a place (aliases and `names`), or an event's date in words; searched, not shown. */
  names: string;
  /** A passage's or paragraph's text, or an event's place; searched and shown as a snippet around the match. */
  text: string;
  /**
   * What the index stores of the text: a paragraph's whole text, an event's place name; for a passage
   * nothing, since its text is `span` of its paragraph's (the stored index is a third smaller without the copies).
   */
  shown: string;
  /** A passage's [start, end) within its paragraph's text. */
  span: [number, number] | null;
  /** A passage's paragraph document (`paragraph:<slug>:<n>`), for a snippet from the rest of the paragraph. */
  paragraph: string;
  /**
   * A paragraph's passages (their document ids): a passage is also found by any phrase of its
   * paragraph, which its panel shows in full — without indexing each paragraph's words twice.
   */
  passages: string[];
  /** A second line: a place's kind and layer, a passage's citation, an event's date ("8 Aug 2025 · TRIPP"). */
  sub: string;
  /**
   * Where the result leads: `/place/<id>`, `/place/<id>?passage=<id>` (a passage, or an event the
   * articles speak of), `/sources/<slug>#p<N>`.
   */
  url: string;
}

/** The options the index is built and loaded with: they must be the same on both sides. */
export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'names', 'text'],
  storeFields: ['kind', 'title', 'names', 'shown', 'span', 'sub', 'url', 'paragraph', 'passages'],
  tokenize,
  processTerm,
};

export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  sub: string;
  url: string;
  /** The text around the match, the matching words marked; empty for places. */
  snippet: Segment[];
}

export interface SearchGroup {
  kind: SearchKind;
  label: string;
  hits: SearchHit[];
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** The longest query read; longer input (a pasted paragraph) is cut, never an error. */
export const MAX_QUERY = 100;

/** A query → the words it searches for, folded like the index. */
export function queryTerms(query: string): string[] {
  return tokenize(query.slice(0, MAX_QUERY))
    .map(processTerm)
    .filter((t): t is string => t !== null);
}

/**
 * The text around the first matched word, about `width` characters, with every word that begins with
 * a query term marked ("soft target" marks "soft" and "target"; "nakh" marks "Nakhchivan").
 */
export function snippet(text: string, terms: readonly string[], width = 180, matched: ReadonlySet<string> = new Set()): Segment[] {
  if (!text) return [];
  const words = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)];
  // A word is marked when it begins with a query term, or is a word the index matched (a typo's target).
  const isHit = (w: string) => {
    const f = foldWord(w);
    return matched.has(f) || terms.some((t) => f.startsWith(t));
  };
  const hits = words.filter((m) => isHit(m[0]));
  const first = hits[0]?.index ?? 0;
  let start = Math.max(0, first - Math.round(width / 3));
  let end = Math.min(text.length, start + width);
  // Whole words at both ends.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const segments: Segment[] = [];
  let at = start;
  for (const m of hits) {
    if (m.index < start || m.index + m[0].length > end) continue;
    if (m.index > at) segments.push({ text: text.slice(at, m.index), mark: false });
    segments.push({ text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  if (at < end) segments.push({ text: text.slice(at, end), mark: false });
  if (start > 0) segments.unshift({ text: '…', mark: false });
  if (end < text.length) segments.push({ text: '…', mark: false });
  return segments;
}

/** The subset of MiniSearch the grouping needs (so this module does not import the library itself). */
export interface Searcher {
  search(query: string, options?: Record<string, unknown>): SearchResult[];
  getStoredFields(id: string): Record<string, unknown> | undefined;
}

/**
 * A query → results in groups, best first. Every word must match (prefix, and a typo or two in longer
 * words; numbers exactly); names count most. `perGroup` replaces each group's own limit (the results
 * page shows more than the field's list). A passage or paragraph holding the query as a phrase ranks above one that
 * only has its words apart.
 */
export function searchGroups(index: Searcher, query: string, { perGroup }: { perGroup?: number } = {}): SearchGroup[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const results = index.search(terms.join(' '), {
    prefix: true,
    // Numbers are exact: a year one digit off (2025 for 2023) is another year, not a typo.
    fuzzy: (term: string) => (/\d/u.test(term) ? 0 : term.length >= 5 ? 0.25 : term.length >= 4 ? 1 : 0),
    combineWith: 'AND',
    boost: { names: 3, title: 3, text: 1 },
  });
  // Passages found through their paragraph, ranked below those that hold the words themselves.
  const direct = new Set(results.map((r) => r.id));
  for (const r of [...results]) {
    if (r.kind !== 'paragraph' || !Array.isArray(r.passages)) continue;
    for (const id of r.passages as string[]) {
      if (direct.has(id)) continue;
      direct.add(id);
      results.push({ ...(index.getStoredFields(id) ?? {}), id, score: r.score * 0.3, terms: r.terms, queryTerms: r.queryTerms, match: {} });
    }
  }
  const phrase = terms.join(' ');
  const paragraphText = (r: SearchResult) => String(r.kind === 'passage' ? (index.getStoredFields(String(r.paragraph))?.shown ?? '') : r.shown);
  const ownText = (r: SearchResult) => {
    const whole = paragraphText(r);
    const span = r.span as [number, number] | null;
    return span ? whole.slice(span[0], span[1]) : whole;
  };
  const fold = (t: unknown) => (typeof t === 'string' ? queryTerms(t).join(' ') : '');
  /** A place named exactly what was typed ("Stepanakert"), or a text holding the phrase, ranks first. */
  const bonus = (r: SearchResult) => {
    if (r.kind === 'place') {
      const names = [r.title, ...String(r.names).split(' · ')].map(fold);
      return names.includes(phrase) ? 4 : names.some((n) => n.startsWith(phrase)) ? 2 : 1;
    }
    const own = r.kind === 'event' ? `${String(r.title)} ${ownText(r)}` : ownText(r);
    return terms.length > 1 && fold(own).includes(phrase) ? 4 : 1;
  };
  const ranked = results.map((r) => ({ r, score: r.score * bonus(r) })).sort((a, b) => b.score - a.score);
  /** A passage found by the rest of its paragraph shows that part. */
  const textOf = (r: SearchResult, matched: ReadonlySet<string>): string => {
    const own = ownText(r);
    return r.kind !== 'passage' || snippet(own, terms, 180, matched).some((s) => s.mark) ? own : paragraphText(r);
  };
  /** The same excerpt quoted for two places (¶2 for Nakhchivan and for the strike on it) is shown once. */
  const seen = new Set<string>();
  const fresh = (r: SearchResult) => {
    if (r.kind !== 'passage') return true;
    const key = `${String(r.paragraph)}:${String(r.span)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  return GROUPS.map(({ kind, label, limit }) => ({
    kind,
    label,
    hits: ranked
      .filter(({ r }) => r.kind === kind && fresh(r))
      .slice(0, perGroup ?? limit)
      .map(({ r }) => {
        const matched = new Set(r.terms);
        return {
          id: String(r.id),
          kind,
          title: String(r.title),
          sub: String(r.sub),
          url: String(r.url),
          snippet: kind === 'place' ? [] : snippet(textOf(r, matched), terms, 180, matched),
        };
      }),
  })).filter((g) => g.hits.length > 0);
}
