import { describe, expect, it } from 'vitest';
import { buildAtlas } from './atlas';
import { editDistance, placeIndex, suggestPlaces } from './place-index';

const index = placeIndex(buildAtlas());
const ids = (asked: string) => suggestPlaces(asked, index).map((p) => p.id);

describe('placeIndex', () => {
  it('lists every place with what the UI needs to list and frame it', () => {
    expect(index).toHaveLength(buildAtlas().features.length);
    for (const p of index) expect(p.bbox).toHaveLength(4);
  });
});

describe('suggestPlaces', () => {
  it('finds places by a typo in their id', () => {
    expect(ids('zangezur-coridor')[0]).toBe('zangezur-corridor');
    expect(ids('syunk')[0]).toBe('syunik');
  });

  it('finds places under their other names', () => {
    expect(ids('nakhichevan')[0]).toBe('nakhchivan');
    expect(ids('araz')).toContain('aras-corridor');
    expect(ids('BTC')).toContain('btc-pipeline');
  });

  it('suggests nothing for unrelated or hostile input', () => {
    expect(ids('')).toEqual([]);
    expect(ids('<script>alert(1)</script>')).toEqual([]);
    expect(ids('qqqqqqqqqqqq')).toEqual([]);
    // Aliases in Armenian or Cyrillic must not make a place match everything.
    expect(ids('zzzz-unrelated')).not.toContain('syunik');
  });

  it('suggests at most three places, the closest first, when more match', () => {
    const all = suggestPlaces('embassy', index, 100).map((p) => p.id);
    expect(all.length).toBeGreaterThan(3);
    expect(ids('embassy')).toEqual(all.slice(0, 3));
  });

  it('computes edit distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
