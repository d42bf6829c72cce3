import { expect, test } from '@playwright/test';

test.describe('the atlas download', () => {
  test('serves every place as one GeoJSON FeatureCollection', async ({ request }) => {
    const response = await request.get('/data/atlas.geojson');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/geo+json');
    const atlas = await response.json();
    expect(atlas.type).toBe('FeatureCollection');
    const ids = atlas.features.map((f: { id: string }) => f.id);
    for (const id of ['nakhchivan', 'syunik', 'zangezur-corridor', 'tripp-route', 'aras-corridor', 'btc-pipeline', 'iran-embassy-baku', 'nakhchivan-drone-strike', 'nerkin-hand-clash']) {
      expect(ids).toContain(id);
    }
  });

  test('gives each feature its id, precision, sources and cited passages', async ({ request }) => {
    const atlas = await (await request.get('/data/atlas.geojson')).json();
    for (const feature of atlas.features) {
      expect(feature.properties.id).toBe(feature.id);
      expect(['exact', 'approximate', 'schematic']).toContain(feature.properties.precision);
      expect(feature.properties.sources.length).toBeGreaterThan(0);
      expect(feature.properties.passages.length).toBeGreaterThan(0);
      for (const passage of feature.properties.passages) {
        expect(passage).toEqual(expect.objectContaining({ article: expect.any(String), paragraph: expect.any(Number), text: expect.any(String) }));
      }
    }
  });
});
