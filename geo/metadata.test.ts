import { describe as group, expect, it } from 'vitest';
import { ARTICLE_SLUGS } from './articles';
import { buildAtlas } from './atlas';
import { describe, placeMetadata, siteMetadata, sourceMetadata } from './metadata';

const atlas = buildAtlas();

group('placeMetadata', () => {
  it('gives every place a specific title, description, canonical URL, Open Graph and Twitter card', () => {
    for (const { properties: place } of atlas.features) {
      const m = placeMetadata(place);
      expect(m.title).toBe(`${place.name} — South Caucasus Corridors Atlas`);
      expect(typeof m.description).toBe('string');
      expect((m.description as string).length).toBeLessThanOrEqual(200);
      expect(place.summary.startsWith((m.description as string).replace(/…$/u, ''))).toBe(true);
      expect(m.alternates?.canonical).toBe(`/place/${place.id}`);
      expect(m.openGraph).toMatchObject({ title: m.title, url: `/place/${place.id}`, type: 'article', images: [{ url: `/share/${place.id}.png`, width: 1200, height: 630 }] });
      expect(m.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: `/share/${place.id}.png` }] });
    }
  });

  it('uses the exact title the issue asks for', () => {
    expect(placeMetadata(atlas.features.find((f) => f.id === 'zangezur-corridor')!.properties).title).toBe('Zangezur corridor — South Caucasus Corridors Atlas');
  });
});

group('siteMetadata and sourceMetadata', () => {
  it('sets metadataBase from the site URL and a site-wide image', () => {
    const m = siteMetadata();
    expect(m.metadataBase?.toString()).toMatch(/^https?:\/\//u);
    expect(m.openGraph).toMatchObject({ images: [{ url: '/share/atlas.png' }] });
  });

  it('describes each source page with its author and title', () => {
    for (const slug of ARTICLE_SLUGS) {
      const m = sourceMetadata(slug);
      expect(m.alternates?.canonical).toBe(`/sources/${slug}`);
      expect(m.description).toMatch(/Goyushov|Souleimanov/u);
    }
  });
});

group('describe', () => {
  it('keeps whole sentences under the limit, or cuts at a word with an ellipsis', () => {
    expect(describe('One. Two.', 200)).toBe('One. Two.');
    expect(describe('First sentence here. Second sentence is long.', 25)).toBe('First sentence here.');
    expect(describe('a'.repeat(10) + ' ' + 'b'.repeat(300), 50)).toBe(`${'a'.repeat(10)}…`);
  });
});
