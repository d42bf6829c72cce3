import { describe, expect, it } from 'vitest';
import { buildAtlas } from './atlas';
import { buildBasemap } from './basemap';
import { mapPreviewSvg } from '@/components/map/map-preview-svg';
import { LAYER_LOOKS } from '@/components/map/layer-styles';
import { MAP_PREVIEW, SHARE_IMAGE, frameFor, mapPreviewData, previewFrame, shareImageData } from './share-image';

const atlas = buildAtlas();
const basemap = buildBasemap();
const dataFor = (id: string) => shareImageData(atlas.features.find((f) => f.id === id)!, basemap);

describe('share image data', () => {
  it('gives every place a title, a kicker, a shape inside the picture and outlines around it', () => {
    for (const place of atlas.features) {
      const d = shareImageData(place, basemap);
      expect(d.title, place.id).toBe(place.properties.name);
      expect(d.kicker, place.id).toMatch(/^(Region|Route|Pipeline|Site|Event) · /u);
      expect(d.outlines.length, place.id).toBeGreaterThan(2);
      expect(d.shape.x, place.id).toBeGreaterThanOrEqual(0);
      expect(d.shape.x, place.id).toBeLessThanOrEqual(SHARE_IMAGE.mapWidth);
      expect(d.shape.y, place.id).toBeGreaterThanOrEqual(0);
      expect(d.shape.y, place.id).toBeLessThanOrEqual(SHARE_IMAGE.height);
      if (d.shape.kind !== 'point') expect(d.shape.d, place.id).toMatch(/^M[\d.]+ [\d.]+L/u);
    }
  });

  it('draws regions as areas, routes as lines and sites as points', () => {
    expect(dataFor('syunik').shape.kind).toBe('area');
    expect(dataFor('zangezur-corridor').shape.kind).toBe('line');
    expect(dataFor('btc-pipeline').shape.kind).toBe('line');
    expect(dataFor('ashkelon-port').shape.kind).toBe('point');
  });

  it('widens the frame for far places and keeps the South Caucasus in it', () => {
    const ashkelon = dataFor('ashkelon-port').frame;
    expect(ashkelon[0]).toBeLessThan(34.5);
    expect(ashkelon[2]).toBeGreaterThan(50);
    const syunik = dataFor('syunik').frame;
    expect(syunik[0]).toBeGreaterThan(38);
  });

  it('keeps the frame in the map panel’s proportions', () => {
    const [w, s, e, n] = frameFor([45, 39, 46, 40]);
    const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
    expect(((e - w) * kx) / (n - s)).toBeCloseTo(SHARE_IMAGE.mapWidth / SHARE_IMAGE.height, 5);
  });

  it('carries the most recent dated fact and names in other scripts', () => {
    expect(dataFor('nakhchivan-drone-strike').keyLine).toBe('5 Mar 2026 — Drone strike');
    expect(dataFor('syunik').aliases.join(' ')).toMatch(/\p{Script=Armenian}/u);
    expect(dataFor('nakhchivan').aliases.join(' ')).toMatch(/\p{Script=Cyrillic}/u);
  });

  it('differs between places', () => {
    expect(dataFor('syunik').shape).not.toEqual(dataFor('nakhchivan').shape);
  });
});

describe('a phone’s static map of a place', () => {
  const atlas = buildAtlas();
  const basemap = buildBasemap();
  it('centres the place in a square frame with its neighbours named', () => {
    for (const place of atlas.features) {
      const data = mapPreviewData(place, basemap);
      const [w, s, e, n] = data.frame;
      const [bw, bs, be, bn] = place.properties.bbox;
      expect(w <= bw && e >= be && s <= bs && n >= bn, place.id).toBe(true);
      expect(Math.abs((w + e) / 2 - (bw + be) / 2)).toBeLessThan(1e-9);
      expect(data.shape.x).toBeGreaterThanOrEqual(0);
      expect(data.shape.x).toBeLessThanOrEqual(MAP_PREVIEW.width);
      expect(data.outlines.length, place.id).toBeGreaterThan(0);
    }
    const nakhchivan = mapPreviewData(atlas.features.find((f) => f.id === 'nakhchivan')!, basemap);
    expect(nakhchivan.labels.map((l) => l.text)).toEqual(expect.arrayContaining(['ARMENIA', 'IRAN', 'AZERBAIJAN']));
  });
  it('gives a point place its neighbourhood, not a blank square', () => {
    const [w, s, e, n] = previewFrame([45, 40, 45, 40]);
    expect(n - s).toBeGreaterThanOrEqual(2.5);
    expect(e - w).toBeGreaterThan(n - s);
  });
  it('is an SVG document with the place drawn in its layer’s colour and the names escaped', () => {
    const place = atlas.features.find((f) => f.id === 'nakhchivan')!;
    const svg = mapPreviewSvg(mapPreviewData(place, basemap), 'Map of <Nakhchivan> & co');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Map of &lt;Nakhchivan&gt; &amp; co</title>');
    expect(svg).toContain(LAYER_LOOKS.nakhchivan.color);
    expect(svg).toContain('>ARMENIA</text>');
  });
});
