import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlacePanel } from '@/components/place-panel';
import { buildAtlas, findPlace } from '@/geo/atlas';
import { placeMetadata } from '@/geo/metadata';

/** `/place/<id>`: the atlas with that place's panel open, prerendered for every place. */
export const dynamicParams = false;

export function generateStaticParams() {
  return buildAtlas().features.map((f) => ({ id: f.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const place = findPlace((await params).id);
  return place ? placeMetadata(place.properties) : {};
}

export default async function PlacePage({ params }: Props) {
  const place = findPlace((await params).id);
  if (!place) notFound();
  return <PlacePanel place={place.properties} />;
}
