import { describe, expect, it } from 'vitest';
import { loadArticles, readArticleText } from './article-files';
import { ARTICLE_META, citeParagraph, parseArticle } from './articles';

const articles = loadArticles();
const goyushov = articles['goyushov-2026'];
const souleimanov = articles['souleimanov-2024'];
const para = (paragraphs: typeof goyushov.paragraphs, n: number) => paragraphs.find((p) => p.n === n)!.text;

describe('parseArticle', () => {
  it('numbers goyushov-2026 as 14 paragraphs and its footnote', () => {
    expect(goyushov.paragraphs.filter((p) => p.kind === 'body')).toHaveLength(14);
    const notes = goyushov.paragraphs.filter((p) => p.kind === 'note');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.label).toBe('i');
    expect(notes[0]!.text).toMatch(/^This refers to the notion/);
  });

  it('numbers souleimanov-2024 from its abstract (¶1) to its last paragraph (¶35)', () => {
    expect(souleimanov.paragraphs).toHaveLength(35);
    expect(souleimanov.paragraphs[0]!.kind).toBe('abstract');
    expect(souleimanov.paragraphs[0]!.text).toMatch(/^This study analyzes/);
    expect(para(souleimanov.paragraphs, 35)).toMatch(/^While a shift toward Tehran is out of the question/);
  });

  it('joins the four paragraphs split by page breaks', () => {
    expect(para(goyushov.paragraphs, 2)).toContain('wounding several people. In response, Aliyev delivered a speech');
    expect(para(goyushov.paragraphs, 6)).toContain('This relationship is rooted in a long-standing strategic partnership');
    expect(para(goyushov.paragraphs, 8)).toContain('cut its support for the Azerbaijani republic and united with Russia');
    expect(para(goyushov.paragraphs, 10)).toContain('In a scenario where Turkish commitment weakens');
  });

  it('drops endnote numbers glued to sentences but keeps years and figures', () => {
    expect(para(souleimanov.paragraphs, 14)).toContain('the status quo in the South Caucasus. However, the Second Karabakh War of 2020');
    for (const p of souleimanov.paragraphs) expect(p.text).not.toMatch(/[.,”’)]\d{1,2}(\s|$)/u);
    expect(para(souleimanov.paragraphs, 10)).toContain('in 2022 alone, according to the Azerbaijani Ministry of Defense, more than 20 joint military exercises');
  });

  it('drops the footnote reference from the text', () => {
    expect(para(goyushov.paragraphs, 3)).toMatch(/aimed at Iran's northern territories\.$/u);
    for (const p of goyushov.paragraphs) expect(p.text).not.toContain('[\\[i\\]]');
  });

  it('keeps headings as sections, never as paragraphs', () => {
    const texts = [...goyushov.paragraphs, ...souleimanov.paragraphs].map((p) => p.text);
    for (const heading of ['What Happened?', 'CONCLUSION', 'POSTWAR GEOPOLITICAL SHIFTS']) expect(texts).not.toContain(heading);
    expect(goyushov.paragraphs.find((p) => p.n === 5)!.section).toBe('Between Two Fires: Diverging Threat Perceptions');
    expect(souleimanov.paragraphs.find((p) => p.n === 31)!.section).toBe('CONCLUSION');
  });

  it('leaves out titles, author boxes and page furniture', () => {
    const all = [...goyushov.paragraphs, ...souleimanov.paragraphs].map((p) => p.text).join('\n');
    expect(all).not.toContain('written by');
    expect(all).not.toContain('Dr. Souleimanov is a professor');
    expect(all).not.toContain('Scroll to Top');
    expect(all).not.toContain('Marina Tovar');
    expect(all).not.toContain('Unlikely Alliances');
  });

  it('is deterministic: the same text gives the same numbering', () => {
    expect(parseArticle('souleimanov-2024', readArticleText('souleimanov-2024'))).toEqual(souleimanov.paragraphs);
  });
});

describe('citation metadata', () => {
  it('carries title, author, date and the DOI of the journal article', () => {
    expect(ARTICLE_META['souleimanov-2024'].doi).toBe('10.1111/mepo.12741');
    expect(ARTICLE_META['souleimanov-2024'].venue).toContain('Middle East Policy');
    expect(ARTICLE_META['goyushov-2026'].doi).toBeNull();
    expect(ARTICLE_META['goyushov-2026'].author).toBe('Altay Goyushov');
  });

  it('cites paragraphs and notes distinctly', () => {
    expect(citeParagraph('souleimanov-2024', { n: 31, kind: 'body', label: null })).toBe('souleimanov-2024 ¶31');
    expect(citeParagraph('goyushov-2026', { n: 15, kind: 'note', label: 'i' })).toBe('goyushov-2026 note i');
  });
});
