import { describe, expect, it } from 'vitest';
import { loadArticles } from './article-files';
import { buildAtlas, buildAtlasFrom } from './atlas';
import { CORE_LAYER_IDS, LAYER_IDS } from './layers';
import { PLACES, type PlaceSpec } from './places';

const atlas = buildAtlas();

/** The ids the issue tracker fixed as a public contract, with their layers. */
const REQUIRED: Record<string, string> = {
  nakhchivan: 'nakhchivan',
  syunik: 'syunik',
  'zangezur-corridor': 'zangezur',
  'tripp-route': 'tripp',
  'aras-corridor': 'aras',
  'btc-pipeline': 'btc',
  'iran-embassy-baku': 'embassies',
  'israel-embassy-baku': 'embassies',
  'azerbaijan-embassy-tel-aviv': 'embassies',
  'azerbaijan-embassy-tehran': 'embassies',
  'iran-consulate-kapan': 'embassies',
  'nakhchivan-drone-strike': 'strikes',
  'ashkelon-port': 'strikes',
  'tamar-gas-field': 'strikes',
  'nerkin-hand-clash': 'strikes',
};

describe('the atlas catalogue', () => {
  it('has unique, kebab-case ids, and each feature id equals its property id', () => {
    const ids = atlas.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of atlas.features) {
      expect(f.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/u);
      expect(f.properties.id).toBe(f.id);
    }
  });

  it('holds every required place in its layer', () => {
    for (const [id, layer] of Object.entries(REQUIRED)) {
      expect(atlas.features.find((f) => f.id === id)?.properties.layer, id).toBe(layer);
    }
  });

  it('puts at least one place in every layer', () => {
    for (const layer of LAYER_IDS) expect(atlas.features.some((f) => f.properties.layer === layer), layer).toBe(true);
    expect(CORE_LAYER_IDS.every((l) => (LAYER_IDS as readonly string[]).includes(l))).toBe(true);
  });

  it('gives every route its computed length, and the official figure where there is one', () => {
    for (const f of atlas.features.filter((f) => f.properties.kind === 'route' || f.properties.kind === 'pipeline')) {
      expect(f.properties.lengthKm, f.id).toBeGreaterThan(0);
      expect(f.properties.officialLength, f.id).not.toBeNull();
    }
    expect(atlas.features.find((f) => f.id === 'btc-pipeline')!.properties.officialLengthKm).toBe(1768);
  });

  it('labels placeholder and estimated positions as approximate, never exact', () => {
    for (const id of ['iran-embassy-baku', 'israel-embassy-baku', 'azerbaijan-embassy-tel-aviv', 'azerbaijan-embassy-tehran', 'iran-consulate-kapan', 'nerkin-hand-clash', 'tamar-gas-field']) {
      expect(atlas.features.find((f) => f.id === id)!.properties.precision, id).toBe('approximate');
    }
    for (const id of ['zangezur-corridor', 'tripp-route', 'aras-corridor', 'btc-pipeline']) {
      expect(atlas.features.find((f) => f.id === id)!.properties.precision, id).toBe('schematic');
    }
  });

  it('keeps the download small: coordinates rounded to at most 5 decimals', () => {
    const json = JSON.stringify(atlas.features.map((f) => f.geometry));
    expect(json).toMatch(/\d\.\d{4,5}\b/u);
    expect(json).not.toMatch(/\d\.\d{6,}/u);
  });
});

describe('validation', () => {
  const articles = loadArticles();
  const base = PLACES.find((p) => p.id === 'ashkelon-port')!;
  const broken = (patch: Partial<PlaceSpec>): PlaceSpec[] => [{ ...base, ...patch }];

  it('names the place and the field when a value is malformed', () => {
    expect(() => buildAtlasFrom(broken({ precision: 'precise' as never }), articles)).toThrow(/place 'ashkelon-port': field 'precision'/u);
    expect(() => buildAtlasFrom(broken({ sources: [{ title: 'A page', publisher: 'Someone', url: 'javascript:alert(1)' }] }), articles)).toThrow(
      /place 'ashkelon-port': field 'sources.0.url'/u,
    );
    expect(() => buildAtlasFrom(broken({ dates: [{ date: '5 March', label: 'strike' }] }), articles)).toThrow(/field 'dates.0.date'/u);
    expect(() => buildAtlasFrom(broken({ dates: [{ date: '2023-02-29', label: 'strike' }] }), articles)).toThrow(/field 'dates.0.date'/u);
  });

  it('rejects an id that is not kebab-case', () => {
    expect(() => buildAtlasFrom(broken({ id: 'Ashkelon_Port' }), articles)).toThrow(/place 'Ashkelon_Port': field 'id'/u);
  });

  it('rejects a place no passage concerns', () => {
    expect(() => buildAtlasFrom(broken({ match: ['Atlantis'], curated: [] }), articles)).toThrow(/field 'passages'/u);
  });

  it('rejects duplicate ids', () => {
    expect(() => buildAtlasFrom([base, base], articles)).toThrow(/place 'ashkelon-port': field 'id': duplicate/u);
  });
});
