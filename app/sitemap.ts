import type { MetadataRoute } from 'next';
import { ARTICLE_SLUGS } from '@/geo/articles';
import { buildAtlas } from '@/geo/atlas';
import { SITE_URL } from '@/geo/site';

/** `/sitemap.xml`: the atlas, the timeline, every place and every source. */
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return [
    { url: `${SITE_URL}/` },
    { url: `${SITE_URL}/timeline` },
    ...buildAtlas().features.map((f) => ({ url: `${SITE_URL}/place/${f.id}` })),
    ...ARTICLE_SLUGS.map((slug) => ({ url: `${SITE_URL}/sources/${slug}` })),
  ];
}
