import { describe, expect, it } from 'vitest';
import { buildAtlas } from './atlas';
import { LAYER_IDS } from './layers';
import { DEFAULT_LAYERS, atlasHref, formatMapHash, parseLayers, parseMapHash, parsePassageParam, parsePlacePath, passageHref, serializeLayers, visibleLayers } from './url-state';

describe('?layers=', () => {
  it('is absent for the defaults and reads back to the defaults', () => {
    expect(serializeLayers(DEFAULT_LAYERS)).toBeNull();
    expect(parseLayers(null)).toBeNull();
    expect(visibleLayers(null)).toEqual([...DEFAULT_LAYERS]);
  });

  it('round-trips any subset, in the registry order', () => {
    expect(serializeLayers(['tripp', 'btc'])).toBe('tripp,btc'.split(',').sort((a, b) => LAYER_IDS.indexOf(a as never) - LAYER_IDS.indexOf(b as never)).join(','));
    expect(parseLayers(serializeLayers(['strikes', 'nakhchivan']))).toEqual(['nakhchivan', 'strikes']);
  });

  it('ignores unknown ids and falls back to the defaults when none is known', () => {
    expect(parseLayers('btc,atlantis')).toEqual(['btc']);
    expect(visibleLayers('atlantis,<script>')).toEqual([...DEFAULT_LAYERS]);
  });

  it('reads an empty value as no layers, and an absurdly long one as malformed', () => {
    expect(parseLayers('')).toEqual([]);
    expect(serializeLayers([])).toBe('');
    expect(parseLayers(Array(10_000).fill('btc').join(','))).toBeNull();
  });
});

describe('#map=', () => {
  it('parses zoom/lat/lon and ignores other hash parameters', () => {
    expect(parseMapHash('#map=6.5/40.1/45.2')).toEqual({ zoom: 6.5, lat: 40.1, lon: 45.2 });
    expect(parseMapHash('foo=1&map=3/-10/170')).toEqual({ zoom: 3, lat: -10, lon: 170 });
  });

  it('returns null for anything malformed', () => {
    for (const bad of ['', '#', '#map=', '#map=6/40', '#map=a/b/c', '#map=NaN/1/1', '#map=Infinity/1/1', '#map=6/95/45', '#map=6/40/200', '#map=30/40/45', '#map=1e3/1/1', '#map=6/40/45/1', `#map=${'9'.repeat(100)}/1/1`]) {
      expect(parseMapHash(bad), bad).toBeNull();
    }
  });

  it('rounds by zoom and round-trips', () => {
    expect(formatMapHash({ zoom: 6.123, lat: 40.123456, lon: 45.654321 })).toBe('map=6.12/40.123/45.654');
    expect(formatMapHash({ zoom: 12, lat: 40.123456, lon: 45.654321 })).toBe('map=12/40.12346/45.65432');
    const view = { zoom: 7.5, lat: 39.2, lon: 46.1 };
    expect(parseMapHash(formatMapHash(view))).toEqual(view);
  });
});

describe('/place/<id>', () => {
  it('reads well-formed ids and nothing else', () => {
    expect(parsePlacePath('/place/zangezur-corridor')).toBe('zangezur-corridor');
    expect(parsePlacePath('/place/zangezur-corridor/')).toBe('zangezur-corridor');
    for (const bad of ['/', '/place/', '/place/Zangezur', '/place/%3Cscript%3E', '/place/a/b', '/place/%E0%A4%A', '/place/..%2F..']) {
      expect(parsePlacePath(bad), bad).toBeNull();
    }
  });

  it('builds links that keep the layers and the view', () => {
    expect(atlasHref({ placeId: 'syunik', layers: 'syunik,btc', view: { zoom: 7, lat: 39.3, lon: 46.2 } })).toBe('/place/syunik?layers=syunik,btc#map=7/39.3/46.2');
    expect(atlasHref({ placeId: null })).toBe('/');
  });
});

describe('?passage=', () => {
  it('reads back the link of every passage the atlas serves', () => {
    for (const { id: placeId, properties } of buildAtlas().features) {
      for (const { id } of properties.passages) {
        const search = new URL(passageHref(placeId, id), 'http://atlas.test').searchParams;
        expect(parsePassageParam(search.get('passage')), id).toBe(id);
      }
    }
  });

  it('reads nothing else', () => {
    for (const value of [null, '', 'souleimanov-2024', 'souleimanov-2024-p', 'p31', '<b>-p1', 'souleimanov-2024-p31-', `${'a'.repeat(64)}-p1`]) {
      expect(parsePassageParam(value), String(value)).toBeNull();
    }
  });
});
