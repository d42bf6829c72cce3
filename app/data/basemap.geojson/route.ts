import { buildBasemap } from '@/geo/basemap';

/** `GET /data/basemap.geojson`: the Natural Earth basemap the map draws under the atlas. Built once, at build time. */
export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(JSON.stringify(buildBasemap()), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
}
