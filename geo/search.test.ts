import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadArticles } from './article-files';
import { buildAtlas } from './atlas';
import { buildChronology } from './chronology';
import { INDEX_OPTIONS, type SearchDocument, foldWord, searchGroups, snippet } from './search';
import { buildSearchIndex, searchDocuments } from './search-index';

const json = buildSearchIndex(buildAtlas(), loadArticles());
// Loaded exactly as the browser loads it.
const index = MiniSearch.loadJSON<SearchDocument>(json, INDEX_OPTIONS);
const search = (q: string) => searchGroups(index, q);
const first = (q: string, kind = 'place') => search(q).find((g) => g.kind === kind)?.hits[0]?.url;

describe('folding', () => {
  it('spells Azerbaijani, Turkish, Russian and Armenian names the English way', () => {
    expect(foldWord('Naxçıvan')).toBe('nakhchivan');
    expect(foldWord('Ağbənd')).toBe('aghband');
    expect(foldWord('Нахичевань')).toBe('nakhichevan');
    expect(foldWord('Ստեփանակերտ')).toBe('stepanakert');
    expect(foldWord('Şuşa')).toBe('shusha');
    expect(foldWord('Yumurtalık')).toBe('yumurtalik');
  });
});

describe('search', () => {
  it('finds Nakhchivan first under every spelling', () => {
    for (const q of ['Nakhchivan', 'Naxçıvan', 'Нахичевань', 'Նախիջևան', 'Nakhichevan', 'nahçıvan', 'nakh']) expect(first(q), q).toBe('/place/nakhchivan');
  });

  it('finds places by contested and alternative names, in either direction', () => {
    expect(first('Stepanakert')).toBe('/place/karabakh');
    expect(first('Khankendi')).toBe('/place/karabakh');
    expect(first('Xankəndi')).toBe('/place/karabakh');
    expect(first('Artsakh')).toBe('/place/karabakh');
    expect(first('Ağbənd')).toBe('/place/aras-corridor');
    expect(first('Aghband')).toBe('/place/aras-corridor');
    expect(first('Trump Route')).toBe('/place/tripp-route');
    expect(first('Zəngəzur')).toBeDefined();
    expect(search('Zangezur').find((g) => g.kind === 'place')!.hits.map((h) => h.url)).toEqual(expect.arrayContaining(['/place/zangezur-corridor', '/place/syunik']));
    expect(first('Shushi')).toBe('/place/shusha-declaration');
  });

  it('forgives a typo in a longer name', () => {
    expect(first('Nakhchivn')).toBe('/place/nakhchivan');
    expect(first('Sangachl')).toBe('/place/sangachal-terminal');
  });

  it('finds passages and paragraphs by a phrase, the phrase first', () => {
    const passage = first('soft target', 'passage');
    expect(passage).toMatch(/^\/place\/[a-z0-9-]+\?passage=souleimanov-2024-p\d+/u);
    expect(first('soft target', 'paragraph')).toMatch(/^\/sources\/souleimanov-2024#p\d+$/u);
    expect(first('extraterritorial', 'passage')).toMatch(/passage=souleimanov-2024-p/u);
  });

  it('finds dated events by their words and their date, each opening its place at the passage that speaks of it', () => {
    const events = (q: string) => search(q).find((g) => g.kind === 'event')?.hits ?? [];
    const revolt = events('OPON revolt')[0]!;
    expect(revolt.title).toBe('OPON revolt begins');
    expect(revolt.sub).toBe('13 Mar 1995 · Coup attempt in Baku (1995)');
    expect(revolt.url).toBe('/place/baku-coup-attempt-1995?passage=goyushov-2026-p1');
    // An event no passage speaks of opens its place; only an event says "Horadiz".
    expect(search('Horadiz').map((g) => g.label)).toEqual(['Events']);
    expect(events('Horadiz')[0]!.url).toBe('/place/zangezur-corridor');
    // The phrase first; the date as written on /timeline, or with the month in full.
    expect(events('embassy inaugurated')[0]!.url).toBe('/place/azerbaijan-embassy-tel-aviv?passage=souleimanov-2024-p21');
    expect(events('17 Mar 1995').map((h) => h.title)).toEqual(['Government forces storm the OPON base']);
    expect(events('17 March 1995').map((h) => h.title)).toEqual(['Government forces storm the OPON base']);
    // A year is never matched by a neighbouring year.
    expect(events('Sept 2023').every((h) => h.sub.includes('2023'))).toBe(true);
  });

  it('groups results as Places, Passages, Events, Paragraphs, and marks the matched words', () => {
    const groups = search('Nakhchivan');
    expect(groups.map((g) => g.label)).toEqual(['Places', 'Passages', 'Events', 'Paragraphs of the articles']);
    const hit = search('soft target').find((g) => g.kind === 'passage')!.hits[0]!;
    expect(hit.snippet.filter((s) => s.mark).map((s) => s.text.toLowerCase())).toEqual(expect.arrayContaining(['soft', 'target']));
  });

  it('shows more of each group when asked (the results page)', () => {
    const few = search('corridor').find((g) => g.kind === 'passage')!.hits.length;
    const many = searchGroups(index, 'corridor', { perGroup: 50 }).find((g) => g.kind === 'passage')!.hits.length;
    expect(few).toBe(5);
    expect(many).toBeGreaterThan(few);
  });

  it('answers nothing, never throws, for empty, stop-word-only or odd input', () => {
    expect(search('')).toEqual([]);
    expect(search('the of')).toEqual([]);
    expect(search('<script>alert(1)</script>')).toBeInstanceOf(Array);
    expect(search('x'.repeat(10_000))).toBeInstanceOf(Array);
  });

  it('indexes every place, passage and paragraph once', () => {
    const docs = searchDocuments(buildAtlas(), loadArticles());
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    expect(docs.filter((d) => d.kind === 'place')).toHaveLength(buildAtlas().features.length);
    expect(docs.filter((d) => d.kind === 'event')).toHaveLength(buildChronology(buildAtlas()).length);
  });
});

describe('snippet', () => {
  it('cuts around the first match at word boundaries and marks matches', () => {
    const text = `${'word '.repeat(60)}a soft target here ${'tail '.repeat(60)}`;
    const segs = snippet(text, ['soft', 'target']);
    expect(segs[0]!.text).toBe('…');
    expect(segs.at(-1)!.text).toBe('…');
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['soft', 'target']);
  });
});
