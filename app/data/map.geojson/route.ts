import { buildAtlas } from '@/geo/atlas';
import { mapData } from '@/geo/map-data';

/**
 * `GET /data/map.geojson`: the atlas map's own source — every place's geometry and only the properties
 * the map reads (`geo/map-data.ts`). Not a public contract: the download is `/data/atlas.geojson`.
 */
export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(JSON.stringify(mapData(buildAtlas())), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
}
