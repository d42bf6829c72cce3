import type { Metadata } from 'next';
import { ARTICLE_META, type ArticleSlug } from './articles';
import type { PlaceProperties } from './schema';
import { SHARE_IMAGE } from './share-image';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL, shareImagePath } from './site';

/**
 * Page metadata — title, description, canonical URL, Open Graph and Twitter card — built from the
 * atlas data in one place. URLs are relative; `metadataBase` (from SITE_URL) makes them absolute.
 */
const MAX_DESCRIPTION = 200;

/** The first sentences of a text that fit in a description, cut at a word with an ellipsis otherwise. */
export function describe(text: string, max = MAX_DESCRIPTION): string {
  if (text.length <= max) return text;
  // Split only where a sentence really ends (punctuation then a space), so "110.4-km" stays whole.
  const sentences = text.split(/(?<=[.!?])\s+/u);
  let out = '';
  for (const s of sentences) {
    const next = out ? `${out} ${s}` : s;
    if (next.length > max) break;
    out = next;
  }
  if (out) return out;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`;
}

function social(title: string, description: string, url: string, image: string, alt: string, type: 'website' | 'article'): Metadata {
  const images = [{ url: image, width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, alt, type: 'image/png' }];
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type, siteName: SITE_NAME, title, description, url, images, locale: 'en' },
    twitter: { card: 'summary_large_image', title, description, images: [{ url: image, alt }] },
  };
}

export function siteMetadata(): Metadata {
  return {
    metadataBase: new URL(SITE_URL),
    applicationName: SITE_NAME,
    ...social(SITE_NAME, SITE_DESCRIPTION, '/', shareImagePath(null), 'Outline map of the South Caucasus with the atlas’s corridors and places', 'website'),
  };
}

export function placeMetadata(place: PlaceProperties): Metadata {
  return social(
    `${place.name} — ${SITE_NAME}`,
    describe(place.summary),
    `/place/${place.id}`,
    shareImagePath(place.id),
    `${place.name} on an outline map of the South Caucasus`,
    'article',
  );
}

export function sourceMetadata(slug: ArticleSlug): Metadata {
  const meta = ARTICLE_META[slug];
  return social(
    `${meta.title} — ${meta.author} — ${SITE_NAME}`,
    describe(`${meta.author}, “${meta.title}”${meta.venue ? `, ${meta.venue}` : ''}, ${meta.publishedLabel.split(' (')[0]}. Read in full, with every place it discusses linked to the map.`),
    `/sources/${slug}`,
    shareImagePath(null),
    'Outline map of the South Caucasus with the atlas’s corridors and places',
    'article',
  );
}

export function timelineMetadata(eventCount: number, first: string, last: string): Metadata {
  return social(
    `Timeline — ${SITE_NAME}`,
    describe(`Every dated event of the atlas in order, ${first} to ${last}: ${eventCount} events, each linked to its place on the map, the articles’ passages and its sources.`),
    '/timeline',
    shareImagePath(null),
    'Outline map of the South Caucasus with the atlas’s corridors and places',
    'article',
  );
}

export function searchMetadata(): Metadata {
  return social(
    `Search — ${SITE_NAME}`,
    'Search the atlas: places by any of their names, in any script or spelling, the articles’ passages and paragraphs, and the dated events.',
    '/search',
    shareImagePath(null),
    'Outline map of the South Caucasus with the atlas’s corridors and places',
    'website',
  );
}
