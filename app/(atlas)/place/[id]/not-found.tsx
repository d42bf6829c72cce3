import { PlaceNotFound } from '@/components/place-not-found';
import { buildAtlas } from '@/geo/atlas';
import { placeIndex } from '@/geo/place-index';

export default function NotFound() {
  return <PlaceNotFound places={placeIndex(buildAtlas())} />;
}
