import { buildAtlas } from '@/geo/atlas';
import { buildChronology } from '@/geo/chronology';

/** `GET /data/chronology.json`: every dated event, in order — what the timeline strip loads once the map is drawn. */
export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(JSON.stringify(buildChronology(buildAtlas())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
