import { describe, expect, it } from 'vitest';
import { loadArticles } from './article-files';
import { mentionSegments } from './mentions';
import { PLACES } from './places';

describe('mentionSegments', () => {
  it('links each mention and keeps the text whole', () => {
    const text = 'Baku insists on the Zangezur corridor, not the Aras corridor.';
    const segments = mentionSegments(text, PLACES);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.placeId).map((s) => [s.text, s.placeId])).toEqual([
      ['Zangezur corridor', 'zangezur-corridor'],
      ['Aras corridor', 'aras-corridor'],
    ]);
  });

  it('lets the longer name win where two overlap', () => {
    const segments = mentionSegments('the Baku-Tbilisi-Ceyhan pipeline', PLACES);
    expect(segments.filter((s) => s.placeId)).toEqual([{ text: 'Baku-Tbilisi-Ceyhan', placeId: 'btc-pipeline' }]);
  });

  it('finds the places of a real paragraph and reproduces it exactly', () => {
    const p29 = loadArticles()['souleimanov-2024'].paragraphs.find((p) => p.n === 29)!;
    const segments = mentionSegments(p29.text, PLACES);
    expect(segments.map((s) => s.text).join('')).toBe(p29.text);
    expect(new Set(segments.map((s) => s.placeId).filter(Boolean))).toEqual(new Set(['aras-corridor', 'nakhchivan', 'zangezur-corridor']));
  });
});
