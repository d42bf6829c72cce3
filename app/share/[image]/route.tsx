import { ImageResponse } from 'next/og';
import { ShareCard, shareFonts } from '@/components/share-card';
import { buildAtlas, findPlace } from '@/geo/atlas';
import { buildBasemap } from '@/geo/basemap';
import { SHARE_IMAGE, overviewImageData, shareImageData } from '@/geo/share-image';
import { SITE_NAME, SITE_OVERVIEW_IMAGE } from '@/geo/site';

/**
 * Share images, 1200×630 PNG, drawn at build time from the atlas GeoJSON: `/share/<place id>.png` for
 * each place and `/share/atlas.png` for the whole atlas. Real files with a real extension, so any
 * static host serves them as images.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ image: SITE_OVERVIEW_IMAGE }, ...buildAtlas().features.map((f) => ({ image: `${f.id}.png` }))];
}

const size = { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height };

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const { image } = await params;
  if (image === SITE_OVERVIEW_IMAGE) {
    const data = overviewImageData(buildAtlas(), buildBasemap());
    return new ImageResponse(
      <ShareCard
        outlines={data.outlines}
        shapes={data.shapes}
        emphasis={false}
        kicker="Interactive atlas"
        title={SITE_NAME}
        aliases={['Nakhchivan · Syunik · Zangezur · Aras · TRIPP · BTC']}
        keyLine="Corridors and flashpoints, cited from two analysis articles"
        footer="Offline map · every place sourced"
      />,
      { ...size, fonts: shareFonts() },
    );
  }
  const place = findPlace(image.replace(/\.png$/u, ''));
  if (!place) return new Response('Not found', { status: 404 });
  const data = shareImageData(place, buildBasemap());
  return new ImageResponse(
    <ShareCard
      outlines={data.outlines}
      shapes={[{ layer: data.layer, shape: data.shape }]}
      emphasis
      kicker={data.kicker}
      title={data.title}
      aliases={data.aliases}
      keyLine={data.keyLine}
      footer={`${SITE_NAME} · geometry ${data.precision}`}
    />,
    { ...size, fonts: shareFonts() },
  );
}
