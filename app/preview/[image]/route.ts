import { mapPreviewSvg } from '@/components/map/map-preview-svg';
import { buildAtlas, findPlace } from '@/geo/atlas';
import { buildBasemap } from '@/geo/basemap';
import { mapPreviewData } from '@/geo/share-image';

/**
 * `/preview/<place id>.svg`: the static map a place page shows on a phone until the reader asks for
 * the interactive one (components/map/map-area.tsx). Drawn at build time from the atlas GeoJSON.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return buildAtlas().features.map((f) => ({ image: `${f.id}.svg` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const { image } = await params;
  const place = findPlace(image.replace(/\.svg$/u, ''));
  if (!place) return new Response('Not found', { status: 404 });
  return new Response(mapPreviewSvg(mapPreviewData(place, buildBasemap()), `Map of ${place.properties.name}`), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
}
