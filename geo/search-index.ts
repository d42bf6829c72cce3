import MiniSearch from 'minisearch';
import type { Atlas } from './atlas';
import { ARTICLE_META, ARTICLE_SLUGS, type Article, type ArticleSlug } from './articles';
import { MONTHS, buildChronology } from './chronology';
import { KIND_LABEL, formatDate } from './format';
import { layerLabel } from './layers';
import { INDEX_OPTIONS, type SearchDocument } from './search';
import { passageHref } from './url-state';

/**
 * The search index, built once at build time from the atlas and the articles and served as
 * `/data/search-index.json`: MiniSearch's own serialised form, loaded in the browser with
 * `MiniSearch.loadJSON(json, INDEX_OPTIONS)` on the first focus of the search field.
 */

/** Short article names for result lines: "Souleimanov 2024". */
const shortName = (slug: ArticleSlug) => `${ARTICLE_META[slug].author.split(' ').at(-1)} ${ARTICLE_META[slug].published.slice(0, 4)}`;

/** Where a passage stands in its paragraph: passages are verbatim excerpts, so it is always found. */
function spanIn(paragraph: string, text: string, id: string): [number, number] {
  const start = paragraph.indexOf(text);
  if (start < 0) throw new Error(`search index: passage ${id} is not a verbatim part of its paragraph`);
  return [start, start + text.length];
}

/** An event's date as a reader may type it: "8 Aug 2025 · 8 August 2025" ("Sept" and "September" both find it). */
function dateWords(date: string): string {
  const [year, month, day] = date.split('-');
  const long = [day ? String(Number(day)) : '', month ? MONTHS[Number(month) - 1] : '', year].filter(Boolean).join(' ');
  return long === formatDate(date) ? long : `${formatDate(date)} · ${long}`;
}

/**
 * Every document the index holds: places (by every name), their passages, the chronology's dated
 * events, and every paragraph of both articles.
 */
export function searchDocuments(atlas: Atlas, articles: Record<ArticleSlug, Article>): SearchDocument[] {
  const places: SearchDocument[] = atlas.features.map(({ properties: p }) => ({
    id: `place:${p.id}`,
    kind: 'place',
    title: p.name,
    names: [...new Set([...p.aliases, ...p.names.map((n) => n.name)])].filter((n) => n !== p.name).join(' · '),
    text: '',
    shown: '',
    span: null,
    paragraph: '',
    passages: [],
    sub: `${KIND_LABEL[p.kind]} · ${layerLabel(p.layer)}`,
    url: `/place/${p.id}`,
  }));
  const passages: SearchDocument[] = atlas.features.flatMap(({ properties: p }) =>
    p.passages.map((q) => ({
      id: `passage:${p.id}:${q.id}`,
      kind: 'passage' as const,
      title: p.name,
      names: '',
      text: q.text,
      shown: '',
      span: spanIn(articles[q.article].paragraphs.find((para) => para.n === q.paragraph)?.text ?? '', q.text, q.id),
      paragraph: `paragraph:${q.article}:${q.paragraph}`,
      passages: [],
      sub: q.cite,
      url: passageHref(p.id, q.id),
    })),
  );
  const paragraphs: SearchDocument[] = ARTICLE_SLUGS.flatMap((slug) =>
    articles[slug].paragraphs.map((para) => ({
      id: `paragraph:${slug}:${para.n}`,
      kind: 'paragraph' as const,
      title: `${shortName(slug)} ${para.kind === 'note' ? `note ${para.label}` : `¶${para.n}`}`,
      names: '',
      text: para.text,
      shown: para.text,
      span: null,
      paragraph: '',
      passages: atlas.features.flatMap(({ properties: p }) => p.passages.filter((q) => q.article === slug && q.paragraph === para.n).map((q) => `passage:${p.id}:${q.id}`)),
      sub: para.section ? `${ARTICLE_META[slug].title} · ${para.section}` : ARTICLE_META[slug].title,
      url: `/sources/${slug}#p${para.n}`,
    })),
  );
  // An event opens its place at the passage that speaks of it (as the timeline strip does), else the
  // place: the reader stays on the map, where the panel lists the place's dates. `/timeline#<id>` has
  // the same facts as a list but takes the reader off the map.
  const events: SearchDocument[] = buildChronology(atlas).map((e) => ({
    id: `event:${e.id}`,
    kind: 'event' as const,
    title: e.label,
    names: dateWords(e.date),
    text: e.placeName,
    shown: e.placeName,
    span: null,
    paragraph: '',
    passages: [],
    sub: `${formatDate(e.date)} · ${e.placeName}`,
    url: e.passage ? passageHref(e.placeId, e.passage.id) : `/place/${e.placeId}`,
  }));
  return [...places, ...passages, ...events, ...paragraphs];
}

/** The index as MiniSearch serialises it (a JSON string). */
export function buildSearchIndex(atlas: Atlas, articles: Record<ArticleSlug, Article>): string {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(searchDocuments(atlas, articles));
  return JSON.stringify(index);
}
