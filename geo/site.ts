/**
 * The site's public address, used for canonical URLs, share tags, robots.txt and the sitemap.
 * Set `SITE_URL` when building for a real host: `SITE_URL=https://atlas.example.org npm run build`.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/u, '');
export const SITE_NAME = 'South Caucasus Corridors Atlas';
export const SITE_DESCRIPTION =
  'An offline, interactive atlas of the corridors and flashpoints of the South Caucasus — Nakhchivan, Syunik, the Zangezur, Aras and TRIPP routes, the BTC pipeline — every place cited from two analysis articles.';

/** The file name of the site-wide share image under `/share/`. */
export const SITE_OVERVIEW_IMAGE = 'atlas.png';
export const shareImagePath = (placeId: string | null) => `/share/${placeId ? `${placeId}.png` : SITE_OVERVIEW_IMAGE}`;
