import { describe, expect, it } from 'vitest';
import { loadArticles } from './article-files';
import { ARTICLE_SLUGS } from './articles';
import { buildAtlas } from './atlas';
import { LEDGER, type Ledger, coverage, ledgerProblems } from './ledger';

const articles = loadArticles();
const atlas = buildAtlas();
const placeIds = new Set(atlas.features.map((f) => f.id));

describe('the paragraph ledger', () => {
  it('covers every paragraph of both articles once, and names only places that exist', () => {
    expect(ledgerProblems(LEDGER, articles, placeIds)).toEqual([]);
  });

  it('reports a missing paragraph and an unknown place', () => {
    const broken: Ledger = {
      ...LEDGER,
      'goyushov-2026': [...LEDGER['goyushov-2026'].slice(1), { paragraph: 99, places: ['atlantis'], reason: null, note: null }],
    };
    const problems = ledgerProblems(broken, articles, placeIds);
    expect(problems).toContain('goyushov-2026 ¶1: missing from the ledger');
    expect(problems).toContain('goyushov-2026 ¶99: the article has no such paragraph');
    expect(problems).toContain("goyushov-2026 ¶99: names 'atlantis', which is not a place");
  });

  it('agrees with the passages: a paragraph lists exactly the places that quote it', () => {
    for (const slug of ARTICLE_SLUGS) {
      for (const entry of LEDGER[slug]) {
        const quoting = atlas.features.filter((f) => f.properties.passages.some((p) => p.article === slug && p.paragraph === entry.paragraph)).map((f) => f.id);
        expect([...entry.places].sort(), `${slug} ¶${entry.paragraph}`).toEqual(quoting.sort());
      }
    }
  });

  it('gives every unmapped paragraph a reason', () => {
    for (const slug of ARTICLE_SLUGS) {
      for (const entry of LEDGER[slug].filter((e) => e.places.length === 0)) expect(entry.reason, `${slug} ¶${entry.paragraph}`).toMatch(/\w{4,}/u);
    }
  });

  it('counts how much of each article is on the map', () => {
    const shares = coverage();
    for (const c of shares) {
      expect(c.paragraphs).toBe(articles[c.slug].paragraphs.length);
      expect(c.mapped).toBe(LEDGER[c.slug].filter((e) => e.places.length > 0).length);
      // Printed with the test run: the share of each article the atlas maps.
      console.log(`ledger: ${c.slug}: ${c.mapped} of ${c.paragraphs} paragraphs on the map (${c.percent}%)`);
    }
  });
});
