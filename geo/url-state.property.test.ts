import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PASSAGE_ID_PATTERN } from './ids';
import { LAYER_IDS } from './layers';
import { datePrecision } from './calendar';
import {
  DEFAULT_LAYERS,
  MAX_QUERY_PARAM,
  atlasHref,
  formatMapHash,
  parseLayers,
  parseMapHash,
  parsePassageParam,
  parsePlacePath,
  parseQueryParam,
  parseUntil,
  searchHref,
  serializeLayers,
  serializeUntil,
  visibleLayers,
} from './url-state';

/** Any string a URL could carry, including unicode, markup and control characters. */
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 100 }));

describe('URL state, for any input', () => {
  it('?layers= gives a valid set of layers or the defaults, and never throws', () => {
    fc.assert(
      fc.property(fc.option(anyText, { nil: null }), (value) => {
        const visible = visibleLayers(value);
        expect(visible.every((id) => (LAYER_IDS as readonly string[]).includes(id))).toBe(true);
        expect(new Set(visible).size).toBe(visible.length);
        const parsed = parseLayers(value);
        if (parsed === null) expect(visible).toEqual([...DEFAULT_LAYERS]);
      }),
      { numRuns: 2000 },
    );
  });

  it('#map= gives a view within the map’s limits or null, and never throws', () => {
    fc.assert(
      fc.property(anyText, (hash) => {
        const view = parseMapHash(hash);
        if (view) {
          expect(Number.isFinite(view.zoom) && view.zoom >= 0 && view.zoom <= 22).toBe(true);
          expect(Math.abs(view.lat)).toBeLessThanOrEqual(85.06);
          expect(Math.abs(view.lon)).toBeLessThanOrEqual(180);
        }
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(anyText, (s) => void parseMapHash(`#map=${s}`)), { numRuns: 1000 });
  });

  it('paths and passage params give a kebab-case id or null, and never throw', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const id of [parsePlacePath(s), parsePlacePath(`/place/${s}`), parsePlacePath(`/place/${encodeURIComponent(s)}`)]) {
          if (id !== null) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/u);
        }
        const passage = parsePassageParam(s);
        if (passage !== null) expect(passage).toMatch(PASSAGE_ID_PATTERN);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Dates in the three forms the contract allows, each a real calendar date. */
const validUntil = fc
  .record({ date: fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), form: fc.constantFrom(4, 7, 10) })
  .map(({ date, form }) => date.toISOString().slice(0, form));

describe('?until=, for any input', () => {
  it('gives a real calendar date in one of the three forms, or null (today), and never throws', () => {
    fc.assert(
      fc.property(fc.option(anyText, { nil: null }), (value) => {
        const until = parseUntil(value);
        if (until !== null) {
          expect(until).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/u);
          expect(datePrecision(until)).not.toBeNull();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a date with anything after the day as today', () => {
    fc.assert(
      fc.property(validUntil.filter((d) => d.length === 10), fc.constantFrom('-00', '-13', '-32', 'T00:00', ' ', '/'), (date, junk) => {
        expect(parseUntil(`${date}${junk}`)).toBeNull();
      }),
    );
  });
});

describe('URL state round-trips', () => {
  it('any valid date, in the form it was given', () => {
    fc.assert(
      fc.property(validUntil, (until) => {
        expect(parseUntil(serializeUntil(until))).toBe(until);
        // …and through a whole atlas link, beside the layers.
        const href = atlasHref({ placeId: 'syunik', layers: 'btc,tripp', until });
        expect(parseUntil(new URL(href, 'http://x').searchParams.get('until'))).toBe(until);
      }),
      { numRuns: 1000 },
    );
    expect(serializeUntil(null)).toBeNull();
  });

  it('any set of layers', () => {
    fc.assert(
      fc.property(fc.subarray([...LAYER_IDS]), (layers) => {
        expect(visibleLayers(serializeLayers(layers))).toEqual(LAYER_IDS.filter((id) => layers.includes(id)));
      }),
    );
  });

  it('any valid view, to within the rounding the hash applies', () => {
    fc.assert(
      fc.property(
        fc.record({
          zoom: fc.double({ min: 0, max: 22, noNaN: true }),
          lat: fc.double({ min: -85, max: 85, noNaN: true }),
          lon: fc.double({ min: -180, max: 179.999, noNaN: true }),
        }),
        (view) => {
          const back = parseMapHash(`#${formatMapHash(view)}`);
          expect(back).not.toBeNull();
          expect(Math.abs(back!.zoom - view.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
          // One unit of the last decimal is about a pixel at that zoom: far finer than a degree.
          const tolerance = 360 / (512 * 2 ** view.zoom) + 1e-9;
          expect(Math.abs(back!.lat - view.lat)).toBeLessThanOrEqual(tolerance * 2);
          expect(Math.abs(back!.lon - view.lon)).toBeLessThanOrEqual(tolerance * 2);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a formatted view reads back to itself exactly', () => {
    fc.assert(
      fc.property(fc.record({ zoom: fc.double({ min: 0, max: 22, noNaN: true }), lat: fc.double({ min: -85, max: 85, noNaN: true }), lon: fc.double({ min: -180, max: 179.999, noNaN: true }) }), (view) => {
        const once = formatMapHash(view);
        expect(formatMapHash(parseMapHash(once)!)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('?q= (the search)', () => {
  it('gives a short, trimmed, printable query or null, for any input, and never throws', () => {
    fc.assert(
      fc.property(fc.option(anyText, { nil: null }), (value) => {
        const q = parseQueryParam(value);
        if (q !== null) {
          expect(q.length).toBeGreaterThan(0);
          expect(q.length).toBeLessThanOrEqual(MAX_QUERY_PARAM);
          expect(q).toBe(q.trim());
          expect(q).not.toMatch(/\p{Cc}|\s{2}/u);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what a link cannot carry: control characters, lone surrogates, blank and overlong input', () => {
    for (const bad of ['a\u0000b', 'a\uD800', '   ', '', 'x'.repeat(MAX_QUERY_PARAM + 1)]) expect(parseQueryParam(bad), JSON.stringify(bad)).toBeNull();
    expect(parseQueryParam('  soft   target ')).toBe('soft target');
  });

  it('round-trips any query it accepts through the link', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const q = parseQueryParam(value);
        for (const page of ['/', '/search'] as const) {
          const url = new URL(searchHref(q, page), 'http://atlas.test');
          expect(url.pathname).toBe(page);
          expect(parseQueryParam(url.searchParams.get('q'))).toBe(q);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
