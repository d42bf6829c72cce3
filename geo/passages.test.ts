import { describe, expect, it } from 'vitest';
import { loadArticles, readArticleText } from './article-files';
import { ARTICLE_SLUGS } from './articles';
import { buildAtlas } from './atlas';
import { findPassages, findSpans, namePattern, sentenceSpans } from './passages';
import { PLACES } from './places';
import { collapseWhitespace, dropEndnoteMarkers } from './text';

const atlas = buildAtlas();
const articles = loadArticles();

/** The whole file, as a reader would compare quotes: markers dropped, white space collapsed. */
const wholeText = Object.fromEntries(
  ARTICLE_SLUGS.map((slug) => [slug, collapseWhitespace(dropEndnoteMarkers(readArticleText(slug)))]),
) as Record<(typeof ARTICLE_SLUGS)[number], string>;

describe('passages in the atlas', () => {
  const all = atlas.features.flatMap((f) => f.properties.passages.map((p) => ({ place: f.id, ...p })));

  it('are verbatim: each is inside its cited paragraph and inside the source file', () => {
    for (const p of all) {
      const paragraph = articles[p.article].paragraphs.find((q) => q.n === p.paragraph);
      expect(paragraph, `${p.place}: ${p.cite}`).toBeDefined();
      expect(paragraph!.text.includes(collapseWhitespace(p.text)), `${p.place}: ${p.cite}`).toBe(true);
      expect(wholeText[p.article].includes(collapseWhitespace(p.text)), `${p.place}: ${p.cite} not in file`).toBe(true);
    }
  });

  it('give every place at least one passage, and quote both articles', () => {
    for (const f of atlas.features) expect(f.properties.passages.length, f.id).toBeGreaterThan(0);
    expect(new Set(all.map((p) => p.article))).toEqual(new Set(ARTICLE_SLUGS));
  });

  it('mark the spans of the names they were found by', () => {
    for (const f of atlas.features) {
      const spec = PLACES.find((s) => s.id === f.id)!;
      const pattern = namePattern(spec.match)!;
      for (const p of f.properties.passages) {
        if (!p.curated) expect(p.spans.length, `${f.id} ${p.cite}`).toBeGreaterThan(0);
        for (const [start, end] of p.spans) {
          expect(new RegExp(`^(?:${pattern.source})$`, 'iu').test(p.text.slice(start, end)), `${f.id}: ${p.text.slice(start, end)}`).toBe(true);
        }
      }
    }
  });

  it('find the paragraphs the sources are known for', () => {
    const cites = (id: string) => atlas.features.find((f) => f.id === id)!.properties.passages.map((p) => p.cite);
    expect(cites('zangezur-corridor')).toEqual(expect.arrayContaining(['souleimanov-2024 ¶15', 'souleimanov-2024 ¶24', 'souleimanov-2024 ¶29']));
    expect(cites('tripp-route')).toContain('goyushov-2026 ¶10');
    expect(cites('iran-embassy-baku')).toContain('goyushov-2026 ¶2');
    expect(cites('btc-pipeline')).toContain('souleimanov-2024 ¶8');
    expect(cites('south-azerbaijan')).toContain('goyushov-2026 note i');
    const zangezur = atlas.features.find((f) => f.id === 'zangezur-corridor')!.properties.passages;
    expect(zangezur.some((p) => p.text.includes('extraterritorial Zangezur corridor'))).toBe(true);
  });

  it('have stable, unique ids within a place', () => {
    for (const f of atlas.features) {
      const ids = f.properties.passages.map((p) => p.id);
      expect(new Set(ids).size, f.id).toBe(ids.length);
    }
  });
});

describe('namePattern', () => {
  it('matches whole words only, case-insensitively', () => {
    const p = namePattern(['Tamar']);
    expect(findSpans('the Tamar gas field', p)).toEqual([[4, 9]]);
    expect(findSpans('tamarind', p)).toEqual([]);
    expect(findSpans('TAMAR', p)).toEqual([[0, 5]]);
  });

  it('treats hyphens and dashes, straight and curly apostrophes alike', () => {
    expect(findSpans('the Baku–Tbilisi–Ceyhan line', namePattern(['Baku-Tbilisi-Ceyhan']))).toEqual([[4, 23]]);
    expect(findSpans('Iran’s northern territories', namePattern(["Iran's northern"]))).toHaveLength(1);
  });

  it('prefers the longest phrase', () => {
    expect(findSpans('the Zangezur corridor', namePattern(['Zangezur', 'Zangezur corridor']))).toEqual([[4, 21]]);
  });
});

describe('sentenceSpans', () => {
  it('splits after closing punctuation and quotes, not inside numbers', () => {
    const text = 'He said “no.” Then 2.5 km went by. Done';
    expect(sentenceSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['He said “no.”', 'Then 2.5 km went by.', 'Done']);
  });
});

describe('findPassages', () => {
  it('rejects a curated quote that is not verbatim, naming the place and the field', () => {
    expect(() =>
      findPassages(
        { placeId: 'test-place', match: [], curated: [{ article: 'souleimanov-2024', paragraph: 8, quote: 'the pipelines made Baku rich', why: 'x' }] },
        articles,
      ),
    ).toThrow(/place 'test-place': field 'curated'.*not verbatim/u);
  });

  it('rejects a link to a paragraph that does not exist', () => {
    expect(() =>
      findPassages({ placeId: 'test-place', match: ['Baku'], curated: [{ article: 'goyushov-2026', paragraph: 99, quote: 'x', why: 'x' }] }, articles),
    ).toThrow(/goyushov-2026 has no paragraph 99/u);
  });
});
