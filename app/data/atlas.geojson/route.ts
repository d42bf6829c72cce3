import { buildAtlas } from '@/geo/atlas';

/** `GET /data/atlas.geojson`: every place, its geometry and its passages. Rendered once, at build time. */
export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(JSON.stringify(buildAtlas()), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
}
