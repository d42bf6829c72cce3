import { loadArticles } from '@/geo/article-files';
import { buildAtlas } from '@/geo/atlas';
import { buildSearchIndex } from '@/geo/search-index';

/** `GET /data/search-index.json`: the search index, built once at build time (geo/search-index.ts). */
export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(buildSearchIndex(buildAtlas(), loadArticles()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
